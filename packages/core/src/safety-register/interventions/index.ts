/** SR — the interventions part of the safety register: rules, machines, contract and calls. */
export * from './rules.js';
export * from './schemas.js';
export * from './content.js';
export * from './signature-flow.js';
export { registerInterventionsBoxMessages } from '../messages/interventions-box.js';
