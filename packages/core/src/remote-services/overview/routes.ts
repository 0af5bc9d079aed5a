/** RS-OVERVIEW — this part's rows of the Remote Services contract table (see `../routes.ts`). */
import * as z from 'zod/mini';
import { defineRoutes } from '../../shared/contract.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import * as S from './schemas.js';

const SITE = 'remote/sites/{siteId}';

export const REMOTE_OVERVIEW_ROUTES = defineRoutes(REMOTE_PROBLEMS, {
  siteOverview: {
    method: 'get',
    path: `${SITE}/overview`,
    response: S.SiteOverview,
    problems: ['notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  testMode: {
    method: 'get',
    path: `${SITE}/test-mode`,
    response: S.TestModeStatus,
    problems: ['notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  startTestMode: {
    method: 'put',
    path: `${SITE}/test-mode`,
    body: S.TestModeStartRequest,
    response: S.TestModeStatus,
    problems: ['notFound', 'validation'],
    auth: 'provider',
    idempotency: 'safe',
  },
  stopTestMode: {
    method: 'delete',
    path: `${SITE}/test-mode`,
    response: S.TestModeStatus,
    problems: ['notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  schedule: {
    method: 'get',
    path: `${SITE}/schedule`,
    response: S.SiteSchedule,
    problems: ['notFound', 'validation'],
    auth: 'provider',
    idempotency: 'safe',
  },
  createScheduleException: {
    method: 'post',
    path: `${SITE}/schedule/exceptions`,
    body: S.ScheduleExceptionRequest,
    response: S.ScheduleExceptionSchema,
    status: 201,
    problems: ['notFound', 'validation'],
    auth: 'provider',
    idempotency: 'never',
  },
  updateScheduleException: {
    method: 'put',
    path: `${SITE}/schedule/exceptions/{exceptionId}`,
    body: S.ScheduleExceptionRequest,
    response: S.ScheduleExceptionSchema,
    problems: ['notFound', 'validation'],
    auth: 'provider',
    idempotency: 'safe',
  },
  deleteScheduleException: {
    method: 'delete',
    path: `${SITE}/schedule/exceptions/{exceptionId}`,
    response: z.undefined(),
    status: 204,
    problems: ['notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  siteLog: { method: 'get', path: `${SITE}/log`, response: S.SiteLog, problems: ['notFound'], auth: 'provider', idempotency: 'safe' },
});
