/** SR-ANOMALY — the anomalies part of the safety register: rules, machines, contract and calls. */
export * from './schemas.js';
export * from './rules.js';
export * from './request-flow.js';
export { ANOMALIES_PATH, PROVIDERS_PATH, anomalyPath, anomalyRequestsPath } from './api.js';
export { registerAnomaliesDetailsMessages } from '../messages/anomalies-details.js';
