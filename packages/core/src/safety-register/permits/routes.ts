/** SR-PERMIT — this part's rows of the safety register's contract table (see `../routes.ts`). */
import { defineRoutes } from '../../shared/contract.js';
import { SR_PROBLEMS } from '../problems.js';
import { FirePermitListResponse, SignatureLink } from './schemas.js';

export const SR_PERMITS_ROUTES = defineRoutes(SR_PROBLEMS, {
  firePermits: {
    method: 'get',
    path: 'safety-register/permits',
    response: FirePermitListResponse,
    problems: ['accessRestricted'],
    auth: 'provider',
    idempotency: 'safe',
  },
  signatureLink: {
    method: 'get',
    path: 'safety-register/permits/{id}/signature-link',
    response: SignatureLink,
    problems: ['accessRestricted', 'notFound', 'stateConflict'],
    auth: 'provider',
    idempotency: 'safe',
  },
});
