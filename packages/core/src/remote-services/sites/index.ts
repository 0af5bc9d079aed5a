/** RS-SITES — the rules, machines, contract and typed calls of this part of Remote Services. */
export * from './api.js';
export * from './schemas.js';
export * from './site-list.js';
