/**
 * RS-ALARMS — this part's paths and schemas in the OpenAPI document (tag `remote-services`), from its
 * table (`routes.ts`), the stream included (its answer is `text/event-stream`, worded here).
 */
import { Alarm } from '../schemas.js';
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { REMOTE_PROBLEM_DOCS } from '../problem-docs.js';
import { REMOTE_ALARMS_ROUTES } from './routes.js';
import { ALARM_POLL_INTERVAL_MS, STREAM_FAILURES_BEFORE_POLLING, STREAM_RETRY_MAX_MS } from './feed-flow.js';
import { AlarmCancelBody, AlarmClosedData, AlarmEventData, AlarmSnapshot } from './schemas.js';
import { STREAM_KEEPALIVE_MS } from './stream.js';

const COMPONENTS = {
  RemoteAlarm: Alarm,
  RemoteAlarmSnapshot: AlarmSnapshot,
  RemoteAlarmCancelRequest: AlarmCancelBody,
  RemoteAlarmEventData: AlarmEventData,
  RemoteAlarmClosedData: AlarmClosedData,
} as const;
type Component = keyof typeof COMPONENTS;

export function remoteAlarmsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}

const { problem } = openApiBuilders<Component>('remote-services');
const siteId = { name: 'siteId', in: 'query', required: false, schema: { type: 'string' }, description: 'Only this site’s alarms.' };

const NO_SITE = problem('No such site (`/problems/not-found`)');

const DOCS: Record<keyof typeof REMOTE_ALARMS_ROUTES, OperationDoc> = {
  alarms: {
    operationId: 'remoteListAlarms',
    summary: 'RS-ALARMS: the open alarms, newest first, and `cursor`, the id of the last stream event they include',
    ok: 'The snapshot',
    query: [siteId],
    answers: { '404': NO_SITE },
  },
  alarmStream: {
    operationId: 'remoteStreamAlarms',
    summary: `RS-ALARMS: the live alarms as \`text/event-stream\` (ask with \`Accept: text/event-stream\` exactly and the bearer token: clients read it with fetch, as EventSource cannot send a token). \`id:\` is the event's sequence number; events \`alarm-raised\`, \`alarm-updated\`, \`alarm-cancelled\` (data: RemoteAlarmEventData) and \`alarm-closed\` (data: RemoteAlarmClosedData); a keep-alive (comment or \`retry:\`) at least every ${STREAM_KEEPALIVE_MS / 1000} s. \`Last-Event-ID\` replays what came after it. Clients read a snapshot on every (re)connection, reconnect with a back-off up to ${STREAM_RETRY_MAX_MS / 1000} s, and poll the snapshot every ${ALARM_POLL_INTERVAL_MS / 1000} s after ${STREAM_FAILURES_BEFORE_POLLING} failures.`,
    ok: 'The event stream (never ends by itself)',
    okContent: { 'text/event-stream': { schema: { type: 'string' } } },
    query: [
      siteId,
      { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' }, description: 'Resume after this event id.' },
    ],
    answers: { '404': NO_SITE, '406': problem('`Accept` is not `text/event-stream` (`/problems/not-acceptable`)') },
  },
  cancelAlarm: {
    operationId: 'remoteCancelAlarm',
    summary: 'RS-ALARMS: cancels an alarm of priority 2 or 3 before the patrol is dispatched. Priority 1 (fire, panic…) never.',
    ok: 'The cancelled alarm',
    answers: {
      '404': problem('No such active alarm (`/problems/not-found`)'),
      '409': problem(
        'Refused by the rule, `reason` says why: `/problems/alarm-priority-1`, `/problems/alarm-dispatched`, `/problems/alarm-already-cancelled`',
      ),
      '422': problem('The body is not `{}` (`/problems/validation`)'),
    },
  },
};

export function remoteAlarmsPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'remote-services',
    routes: REMOTE_ALARMS_ROUTES,
    problems: REMOTE_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: REMOTE_PROBLEM_DOCS,
  });
}
