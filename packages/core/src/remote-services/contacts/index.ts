/** RS-CONTACTS — the rules, machines, contract and typed calls of this part of Remote Services. */
export * from './api.js';
export * from './schemas.js';
export * from './permissions.js';
export * from './permission-levels.js';
export * from './invitations.js';
export * from './personal-data.js';
export * from './flow.js';
export * from './runner.js';
