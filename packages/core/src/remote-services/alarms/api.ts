/**
 * RS-ALARMS — paths and typed calls of the live alarms through the shared client, and the call
 * runners of the two flows (`feed-flow.ts`, `cancel-flow.ts`): what turns their `call` effects into
 * requests and the answers into events. Loaded on demand by `<active-alarms>` (with zod, ky and
 * eventsource-parser), never before the first request.
 */
import type { CallRunner } from '../../shared/flow.js';
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { ApiError, type ApiFailure } from '../../api/errors.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import type { Alarm } from '../schemas.js';
import { REMOTE_ALARMS_ROUTES as R } from './routes.js';
import type { AlarmSnapshot } from './schemas.js';
import { readAlarmStream } from './stream.js';
import type { AlarmFeedEvent, AlarmFeedRequest } from './feed-flow.js';
import type { AlarmCancelEvent, AlarmCancelRequest } from './cancel-flow.js';

export {
  REMOTE_ALARMS_STREAM_PATH,
  STREAM_IDLE_TIMEOUT_MS,
  STREAM_KEEPALIVE_MS,
  readAlarmStream,
  type AlarmStreamOptions,
} from './stream.js';

/** `GET` the open alarms (`?siteId=` for one site): {@link AlarmSnapshot}. */
export const REMOTE_ALARMS_PATH = R.alarms.path;
/** `POST` cancels an alarm (priority 2 or 3, before dispatch; `Idempotency-Key`): the cancelled {@link Alarm}. */
export const alarmCancelPath = (alarmId: string): string => pathOf(R.cancelAlarm, { id: alarmId });

type Opts = Pick<RequestOptions, 'signal'>;

/** RS-ALARMS: the open alarms now, and the last stream event they include. */
export function getAlarmSnapshot(client: VigieClient, opts: Opts & { readonly siteId?: string } = {}): Promise<AlarmSnapshot> {
  return callRoute(client, R.alarms, {
    signal: opts.signal,
    ...(opts.siteId ? { searchParams: { siteId: opts.siteId } } : {}),
  });
}

/**
 * RS-ALARMS: cancels an alarm. The server refuses what core refuses (409 `/problems/alarm-priority-1`,
 * `/problems/alarm-dispatched`, `/problems/alarm-already-cancelled`; 404 when it is no longer active).
 */
export function cancelAlarm(client: VigieClient, alarmId: string, opts: Opts & { readonly idempotencyKey?: string } = {}): Promise<Alarm> {
  return callRoute(client, R.cancelAlarm, { params: { id: alarmId }, body: {}, signal: opts.signal, idempotencyKey: opts.idempotencyKey });
}

const failureOf = (e: unknown): ApiFailure =>
  e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };

/** Statuses after which streaming cannot work on this server: poll instead of reconnecting. */
const STREAMLESS_STATUSES = [401, 403, 404, 405, 406, 501];

/**
 * The feed flow's calls. `send` carries what a stream says while it is open (`stream-opened`, each
 * event); the call's own answer is how it ended.
 */
export function alarmFeedCalls(client: VigieClient, send: (event: AlarmFeedEvent) => void): CallRunner<AlarmFeedRequest, AlarmFeedEvent> {
  return async (request, signal) => {
    if (request.op === 'alarm-snapshot') {
      try {
        return { type: 'snapshot-loaded', snapshot: await getAlarmSnapshot(client, { signal, siteId: request.siteId }) };
      } catch (e) {
        return { type: 'snapshot-failed', failure: failureOf(e) };
      }
    }
    if (!client.stream) {
      return {
        type: 'stream-failed',
        failure: { kind: 'contract', status: 0, issues: [{ path: '', message: 'This client cannot stream' }] },
        permanent: true,
        unsupported: true,
      };
    }
    try {
      await readAlarmStream(client, {
        siteId: request.siteId,
        lastEventId: request.lastEventId,
        signal,
        onOpen: () => signal.aborted || send({ type: 'stream-opened' }),
        onEvent: (event) => signal.aborted || send({ type: 'stream-event', event }),
      });
      return { type: 'stream-ended' };
    } catch (e) {
      const failure = failureOf(e);
      const permanent =
        failure.kind === 'contract' ||
        ((failure.kind === 'http' || failure.kind === 'conflict') && STREAMLESS_STATUSES.includes(failure.status));
      return { type: 'stream-failed', failure, permanent };
    }
  };
}

/** The cancel flow's call. */
export function alarmCancelCalls(client: VigieClient): CallRunner<AlarmCancelRequest, AlarmCancelEvent> {
  return async (request, signal) => {
    try {
      return { type: 'cancelled', alarm: await cancelAlarm(client, request.alarmId, { signal }) };
    } catch (e) {
      return { type: 'cancel-failed', failure: failureOf(e) };
    }
  };
}
