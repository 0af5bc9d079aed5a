export * from './schemas.js';
export * from './api.js';
export * from './access.js';
export * from './synthesis-flow.js';
