import { defineElement } from '../base/define.js';
import { SiteSchedule } from '../remote-services/site-overview/site-schedule.js';

defineElement('site-schedule', SiteSchedule);
