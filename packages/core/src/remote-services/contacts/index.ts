/** RS-CONTACTS — the rules, machines, contract and typed calls of this part of Remote Services. */
export * from './api.js';
