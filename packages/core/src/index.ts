/**
 * @vigie/core — the domain of Vigie without any DOM: the services' rules as pure functions
 * and machines, the API contract (zod) and the API client (ky).
 */
export * from './shared/index.js';
export * from './api/index.js';
export * from './i18n/index.js';
export * from './safety-register/index.js';
export * from './vault/index.js';
export * from './passport/index.js';
export * from './remote-services/index.js';
