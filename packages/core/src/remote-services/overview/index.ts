/** RS-OVERVIEW — the rules, machines, contract and typed calls of this part of Remote Services. */
export * from './api.js';
export * from './schemas.js';
export * from './schedule.js';
export * from './schedule-check.js';
export * from './schedule-flow.js';
export * from './test-mode.js';
export * from './site-log.js';
