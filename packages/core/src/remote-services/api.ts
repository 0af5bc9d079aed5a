/** RS — the typed calls of Remote Services (the `@vigie/core/remote-services/api` entry). */
export * from './sites/api.js';
export * from './overview/api.js';
export * from './call-lists/api.js';
export * from './contacts/api.js';
export * from './alarms/api.js';
export * from './id-pin/api.js';
export * from './onboarding/api.js';
