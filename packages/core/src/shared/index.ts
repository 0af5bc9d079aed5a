export * from './clock.js';
export * from './calendar.js';
export * from './machine.js';
export * from './flow.js';
export * from './text.js';
export * from '../shared/password-policy.js';
export * from '../shared/links.js';
export * from './contract.js';
