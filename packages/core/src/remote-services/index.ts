/** RS — Remote Services (alarm monitoring, seed 000): the shared model, then each part. */
export * from './schemas.js';
export * from './problems.js';
export * from './messages.js';
export * from './sites/index.js';
export * from './overview/index.js';
export * from './call-lists/index.js';
export * from './contacts/index.js';
export * from './alarms/index.js';
export * from './id-pin/index.js';
export * from './onboarding/index.js';
export * from './routes.js';
