/** RS-SITES — this part's rows of the Remote Services contract table (see `../routes.ts`). */
import { defineRoutes } from '../../shared/contract.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { RemoteSiteList } from './schemas.js';

export const REMOTE_SITES_ROUTES = defineRoutes(REMOTE_PROBLEMS, {
  listSites: {
    method: 'get',
    path: 'remote/sites',
    response: RemoteSiteList,
    problems: ['unauthorized'],
    auth: 'provider',
    idempotency: 'safe',
  },
});
