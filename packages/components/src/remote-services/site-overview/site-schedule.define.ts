import { defineElement } from '../../base/define.js';
import { SiteSchedule } from './site-schedule.js';

defineElement('site-schedule', SiteSchedule);
