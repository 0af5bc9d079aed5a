import { defineElement } from '../base/define.js';
import { ActiveAlarms } from '../remote-services/active-alarms/active-alarms.js';

defineElement('active-alarms', ActiveAlarms);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { ActiveAlarms };
export * from '../remote-services/active-alarms/active-alarms.events.js';
