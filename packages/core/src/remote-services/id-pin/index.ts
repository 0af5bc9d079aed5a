/** RS-IDPIN — the rules, machines, contract and typed calls of this part of Remote Services. */
export * from './id-pin-format.js';
export * from './nickname.js';
export * from './pin-change.js';
export * from './holder.js';
export * from './throttle.js';
export * from './schemas.js';
export * from './problems.js';
export * from './links-flow.js';
export * from './api.js';
