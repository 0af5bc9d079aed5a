/** Registers `<anomaly-list>` (SR-ANOMALY). */
import { defineElement } from '../base/define.js';
import { AnomalyList } from '../safety-register/anomaly-list/anomaly-list.js';

defineElement('anomaly-list', AnomalyList);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { AnomalyList };
export * from '../safety-register/anomaly-list/anomaly-list.events.js';
