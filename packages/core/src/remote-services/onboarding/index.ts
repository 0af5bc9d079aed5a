/** RS-ONB — the rules, machines, contract and typed calls of this part of Remote Services. */
export * from './api.js';
export * from './model.js';
export * from './schemas.js';
export * from './onboarding.js';
export * from './checks.js';
