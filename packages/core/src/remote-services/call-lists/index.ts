/** RS-CALL — the rules, machines, contract and typed calls of this part of Remote Services. */
export * from './schemas.js';
export * from './ops.js';
export * from './editor.js';
export * from './merge.js';
export * from './api.js';
