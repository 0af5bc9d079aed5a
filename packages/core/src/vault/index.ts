/** VA — the payslip vault: rules, machines, API contract and calls (seeds 002 and 003). */
export * from './identifier.js';
export * from './lockout.js';
export * from './one-time-code.js';
export * from './login.js';
export * from './activation.js';
export * from './email-change.js';
export * from './documents.js';
export * from './documents-flow.js';
export * from './documents-runner.js';
export * from './forms.js';
export * from './identifier-recovery.js';
export * from './paper-request.js';
export * from './support.js';
export * from './problems.js';
export * from './schemas.js';
export * from './api.js';
export * from './messages.js';
