/** SR — the current user's and the synthesis' rows of the safety register's contract table (see `../routes.ts`). */
import { defineRoutes } from '../../shared/contract.js';
import { SR_PROBLEMS } from '../problems.js';
import { CurrentUser, PdfDocument } from './schemas.js';

export const SR_ACCESS_ROUTES = defineRoutes(SR_PROBLEMS, {
  currentUser: {
    method: 'get',
    path: 'safety-register/me',
    response: CurrentUser,
    problems: ['unauthorized'],
    auth: 'provider',
    idempotency: 'safe',
  },
  synthesis: {
    method: 'post',
    path: 'safety-register/synthesis',
    response: PdfDocument,
    produces: 'application/pdf',
    problems: ['unauthorized', 'forbidden'],
    auth: 'provider',
    idempotency: 'never',
  },
});
