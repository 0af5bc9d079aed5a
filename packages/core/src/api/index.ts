export * from './client.js';
export * from './errors.js';
export * from './problem.js';
export * from './idempotency.js';
