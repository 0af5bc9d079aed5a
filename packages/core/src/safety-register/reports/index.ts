/** SR-OBS — the reports part of the safety register: rules, machines, contract and calls. */
export * from './rules.js';
export * from './schemas.js';
export * from './flow.js';
export * from './api.js';
