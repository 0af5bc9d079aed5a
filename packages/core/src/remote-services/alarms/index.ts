/** RS-ALARMS — the rules, machines, contract and typed calls of this part of Remote Services. */
export * from './rules.js';
export * from './live-list.js';
export * from './cancel-flow.js';
export * from './feed-flow.js';
export * from './schemas.js';
export * from './api.js';
