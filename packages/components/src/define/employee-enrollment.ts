import { defineElement } from '../base/define.js';
import { EmployeeEnrollment } from '../passport/employee-enrollment/employee-enrollment.js';

defineElement('employee-enrollment', EmployeeEnrollment);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { EmployeeEnrollment };
export * from '../passport/employee-enrollment/employee-enrollment.events.js';
export { PassportLoginRequestedEvent, type PassportLoginReason } from '../passport/passport.events.js';
