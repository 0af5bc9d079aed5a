/**
 * RS-OVERVIEW — paths and typed calls of the site overview through the shared client. Private
 * routes: the provider's bearer token. The schedule read refuses a range outside today … today + 30
 * (422 `/problems/validation`, field `from`/`to`, issue `past`/`beyond-horizon`); a temporary change
 * is refused with 422 and the field issues of core's `checkException`.
 */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import type { CalendarDate } from '../../shared/calendar.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import { LOG_GROUPS, type LogFilter } from './site-log.js';
import type { TestModeDuration, TestModeEvent, TestModeRequest } from './test-mode.js';
import { ApiError, type ApiFailure } from '../../api/errors.js';
import type { CallRunner } from '../../shared/flow.js';
import { SCHEDULE_ISSUES, type ScheduleFieldError } from './schedule.js';
import type { ScheduleEvent, ScheduleRequest } from './schedule-flow.js';
import { REMOTE_OVERVIEW_ROUTES as R } from './routes.js';
import type { ScheduleExceptionRequest } from './schemas.js';

export const siteOverviewPath = (id: string): string => pathOf(R.siteOverview, { siteId: id });
export const siteTestModePath = (id: string): string => pathOf(R.testMode, { siteId: id });
export const siteSchedulePath = (id: string): string => pathOf(R.schedule, { siteId: id });
export const siteExceptionsPath = (id: string): string => pathOf(R.createScheduleException, { siteId: id });
export const siteExceptionPath = (id: string, exceptionId: string): string =>
  pathOf(R.updateScheduleException, { siteId: id, exceptionId });
export const siteLogPath = (id: string): string => pathOf(R.siteLog, { siteId: id });

type Opts = Pick<RequestOptions, 'signal'>;

export const getSiteOverview = (client: VigieClient, siteId: string, opts: Opts = {}) =>
  callRoute(client, R.siteOverview, { params: { siteId }, ...opts });

export const getTestMode = (client: VigieClient, siteId: string, opts: Opts = {}) =>
  callRoute(client, R.testMode, { params: { siteId }, ...opts });
/** Puts the site in test mode for `minutes` (PUT: sending it twice gives the same end). */
export const startTestMode = (client: VigieClient, siteId: string, minutes: TestModeDuration, opts: Opts = {}) =>
  callRoute(client, R.startTestMode, { params: { siteId }, body: { minutes }, ...opts });
export const stopTestMode = (client: VigieClient, siteId: string, opts: Opts = {}) =>
  callRoute(client, R.stopTestMode, { params: { siteId }, ...opts });

export const getSchedule = (client: VigieClient, siteId: string, from: CalendarDate, to: CalendarDate, opts: Opts = {}) =>
  callRoute(client, R.schedule, { params: { siteId }, searchParams: { from, to }, ...opts });
export const createScheduleException = (client: VigieClient, siteId: string, body: ScheduleExceptionRequest, opts: Opts = {}) =>
  callRoute(client, R.createScheduleException, { params: { siteId }, body, ...opts });
export const updateScheduleException = (client: VigieClient, siteId: string, id: string, body: ScheduleExceptionRequest, opts: Opts = {}) =>
  callRoute(client, R.updateScheduleException, { params: { siteId, exceptionId: id }, body, ...opts });
export const deleteScheduleException = (client: VigieClient, siteId: string, id: string, opts: Opts = {}) =>
  callRoute(client, R.deleteScheduleException, { params: { siteId, exceptionId: id }, ...opts });

/** The site log, filtered by the server with core's `filterLog` (`kinds` = the groups, comma-separated). */
export function getSiteLog(client: VigieClient, siteId: string, filter: LogFilter = {}, opts: Opts = {}) {
  const searchParams: Record<string, string> = {};
  if (filter.groups?.length) searchParams.groups = filter.groups.filter((g) => LOG_GROUPS.includes(g)).join(',');
  if (filter.from) searchParams.from = filter.from;
  if (filter.to) searchParams.to = filter.to;
  return callRoute(client, R.siteLog, { params: { siteId }, searchParams, ...opts });
}

// ── The flows' call runners (a `call` effect → a client call → the event fed back) ─────

const failureOf = (e: unknown): ApiFailure =>
  e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };

/** The field issues of a 422 `/problems/validation` (those core knows), or none. */
export function scheduleFieldErrors(failure: ApiFailure): ScheduleFieldError[] {
  if (failure.kind !== 'http' || failure.status !== 422) return [];
  const errors = (failure.problem as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (x): x is ScheduleFieldError =>
      typeof x === 'object' && x !== null && typeof x.field === 'string' && (SCHEDULE_ISSUES as readonly unknown[]).includes(x.issue),
  );
}

/** RS-OVERVIEW: runs the test-mode flow's calls through `client`. */
export const testModeRunner =
  (client: VigieClient): CallRunner<TestModeRequest, TestModeEvent> =>
  async (request, signal) => {
    try {
      switch (request.op) {
        case 'read-test-mode':
          return { type: 'loaded', answer: await getTestMode(client, request.siteId, { signal }) };
        case 'start-test-mode':
          return { type: 'started', answer: await startTestMode(client, request.siteId, request.minutes, { signal }) };
        case 'stop-test-mode':
          return { type: 'stopped', answer: await stopTestMode(client, request.siteId, { signal }) };
      }
    } catch (e) {
      return request.op === 'read-test-mode' ? { type: 'load-failed', failure: failureOf(e) } : { type: 'failed', failure: failureOf(e) };
    }
  };

/** RS-OVERVIEW: runs the schedule flow's calls through `client`. */
export const scheduleRunner =
  (client: VigieClient): CallRunner<ScheduleRequest, ScheduleEvent> =>
  async (request, signal) => {
    switch (request.op) {
      case 'read-schedule':
        try {
          const s = await getSchedule(client, request.siteId, request.from, request.to, { signal });
          return { type: 'loaded', answer: { plan: s.plan, exceptions: s.exceptions } };
        } catch (e) {
          return { type: 'load-failed', failure: failureOf(e) };
        }
      case 'create-exception':
      case 'update-exception':
        try {
          const exception =
            request.op === 'create-exception'
              ? await createScheduleException(client, request.siteId, request.body, { signal })
              : await updateScheduleException(client, request.siteId, request.id, request.body, { signal });
          return { type: 'saved', exception };
        } catch (e) {
          const failure = failureOf(e);
          return { type: 'save-failed', failure, errors: scheduleFieldErrors(failure) };
        }
      case 'delete-exception':
        try {
          await deleteScheduleException(client, request.siteId, request.id, { signal });
          return { type: 'removed', id: request.id };
        } catch (e) {
          return { type: 'remove-failed', failure: failureOf(e) };
        }
    }
  };
