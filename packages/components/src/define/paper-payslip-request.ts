import { defineElement } from '../base/define.js';
import { PaperPayslipRequest } from '../vault/paper-payslip-request/paper-payslip-request.js';

defineElement('paper-payslip-request', PaperPayslipRequest);

// The class and its event, for hosts (and @vigie/react) that import this entry alone.
export { PaperPayslipRequest };
export * from '../vault/paper-payslip-request/paper-payslip-request.events.js';
