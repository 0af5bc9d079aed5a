/** SR-SIGN — this part's rows of the safety register's contract table (see `../routes.ts`). */
import { defineRoutes } from '../../shared/contract.js';
import { SR_PROBLEMS } from '../problems.js';
import { Intervention, InterventionListResponse, SignatureRequest } from './schemas.js';

export const SR_INTERVENTIONS_ROUTES = defineRoutes(SR_PROBLEMS, {
  interventions: {
    method: 'get',
    path: 'safety-register/interventions',
    response: InterventionListResponse,
    problems: ['accessRestricted'],
    auth: 'provider',
    idempotency: 'safe',
  },
  intervention: {
    method: 'get',
    path: 'safety-register/interventions/{id}',
    response: Intervention,
    problems: ['accessRestricted', 'notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  signIntervention: {
    method: 'post',
    path: 'safety-register/interventions/{id}/signatures',
    body: SignatureRequest,
    response: Intervention,
    // A signature without an `Idempotency-Key` is refused (400): a retry must never sign twice.
    problems: ['idempotencyKeyRequired', 'forbidden', 'accessRestricted', 'notFound', 'stateConflict', 'validation'],
    auth: 'provider',
    idempotency: 'keyed',
  },
});
