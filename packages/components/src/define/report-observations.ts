import { defineElement } from '../base/define.js';
import { ReportObservations } from '../safety-register/report-observations/report-observations.js';

defineElement('report-observations', ReportObservations);
