/** SR-ANOMALY — this part's rows of the safety register's contract table (see `../routes.ts`). */
import { defineRoutes } from '../../shared/contract.js';
import { SR_PROBLEMS } from '../problems.js';
import { AnomalyDetails, AnomalyListResponse, AnomalyRequestBody, AnomalyRequestResult, ProviderDirectory } from './schemas.js';

const GUARDED = ['accessRestricted', 'forbidden'] as const;

export const SR_ANOMALIES_ROUTES = defineRoutes(SR_PROBLEMS, {
  anomalies: {
    method: 'get',
    path: 'safety-register/anomalies',
    response: AnomalyListResponse,
    problems: GUARDED,
    auth: 'provider',
    idempotency: 'safe',
  },
  anomaly: {
    method: 'get',
    path: 'safety-register/anomalies/{id}',
    response: AnomalyDetails,
    problems: [...GUARDED, 'notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  anomalyRequest: {
    method: 'post',
    path: 'safety-register/anomalies/{id}/requests',
    body: AnomalyRequestBody,
    response: AnomalyRequestResult,
    status: 201,
    problems: [...GUARDED, 'notFound', 'stateConflict', 'validation'],
    auth: 'provider',
    idempotency: 'keyed',
  },
  providers: {
    method: 'get',
    path: 'safety-register/providers',
    response: ProviderDirectory,
    problems: GUARDED,
    auth: 'provider',
    idempotency: 'safe',
  },
});
