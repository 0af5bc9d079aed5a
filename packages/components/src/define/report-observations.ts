/** Registers `<report-observations>` (SR-OBS). */
import { defineElement } from '../base/define.js';
import { ReportObservations } from '../safety-register/report-observations/report-observations.js';

defineElement('report-observations', ReportObservations);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { ReportObservations };
export * from '../safety-register/report-observations/report-observations.events.js';
