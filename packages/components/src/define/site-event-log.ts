import { defineElement } from '../base/define.js';
import { SiteEventLog } from '../remote-services/site-overview/site-event-log.js';

defineElement('site-event-log', SiteEventLog);
