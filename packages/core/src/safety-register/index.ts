export * from './invoice-banner.js';
export * from './invoice-list.js';
export * from './schemas.js';
export * from './api.js';
export * from './messages.js';
