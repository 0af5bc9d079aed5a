/** SR — the permits part of the safety register: rules, machines, contract and calls. */
export * from './schemas.js';
export * from './rules.js';
export * from './signature-flow.js';
export * from './api.js';
