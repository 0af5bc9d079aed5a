import { defineElement } from '../../base/define.js';
import { SiteEventLog } from './site-event-log.js';

defineElement('site-event-log', SiteEventLog);
