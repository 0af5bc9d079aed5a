/** RS-CALL — this part's rows of the Remote Services contract table (see `../routes.ts`). */
import { defineRoutes } from '../../shared/contract.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { CallList } from '../schemas.js';
import { CallListSaveRequest, CallListsResponse } from './schemas.js';

export const REMOTE_CALL_LISTS_ROUTES = defineRoutes(REMOTE_PROBLEMS, {
  callLists: {
    method: 'get',
    path: 'remote/sites/{siteId}/call-lists',
    response: CallListsResponse,
    problems: ['notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  callList: {
    method: 'get',
    path: 'remote/sites/{siteId}/call-lists/{listId}',
    response: CallList,
    problems: ['notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  saveCallList: {
    method: 'put',
    path: 'remote/sites/{siteId}/call-lists/{listId}',
    body: CallListSaveRequest,
    response: CallList,
    problems: ['notFound', 'preconditionFailed', 'validation', 'preconditionRequired'],
    auth: 'provider',
    idempotency: 'safe',
    ifMatch: true,
  },
});
