/** RS-ALARMS — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
import { Alarm } from '../schemas.js';
import { componentSchemas, idempotencyKey, idParameter, openApiBuilders } from '../../shared/openapi-builders.js';
import { alarmCancelPath, REMOTE_ALARMS_PATH } from './api.js';
import { ALARM_POLL_INTERVAL_MS, STREAM_FAILURES_BEFORE_POLLING, STREAM_RETRY_MAX_MS } from './feed-flow.js';
import { AlarmCancelBody, AlarmClosedData, AlarmEventData, AlarmSnapshot } from './schemas.js';
import { REMOTE_ALARMS_STREAM_PATH, STREAM_KEEPALIVE_MS } from './stream.js';

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

const { json, problem, operation: op } = openApiBuilders<Component>('remote-services');
const siteId = { name: 'siteId', in: 'query', required: false, schema: { type: 'string' }, description: 'Only this site’s alarms.' };

export function remoteAlarmsPaths(): Record<string, unknown> {
  return {
    [`/${REMOTE_ALARMS_PATH}`]: {
      get: op(
        'remoteListAlarms',
        'RS-ALARMS: the open alarms, newest first, and `cursor`, the id of the last stream event they include',
        undefined,
        {
          '200': json('RemoteAlarmSnapshot', 'The snapshot'),
          '404': problem('No such site (`/problems/not-found`)'),
        },
        { parameters: [siteId] },
      ),
    },
    [`/${REMOTE_ALARMS_STREAM_PATH}`]: {
      get: op(
        'remoteStreamAlarms',
        `RS-ALARMS: the live alarms as \`text/event-stream\` (ask with \`Accept: text/event-stream\` exactly and the bearer token: clients read it with fetch, as EventSource cannot send a token). \`id:\` is the event's sequence number; events \`alarm-raised\`, \`alarm-updated\`, \`alarm-cancelled\` (data: RemoteAlarmEventData) and \`alarm-closed\` (data: RemoteAlarmClosedData); a keep-alive (comment or \`retry:\`) at least every ${STREAM_KEEPALIVE_MS / 1000} s. \`Last-Event-ID\` replays what came after it. Clients read a snapshot on every (re)connection, reconnect with a back-off up to ${STREAM_RETRY_MAX_MS / 1000} s, and poll the snapshot every ${ALARM_POLL_INTERVAL_MS / 1000} s after ${STREAM_FAILURES_BEFORE_POLLING} failures.`,
        undefined,
        {
          '200': {
            description: 'The event stream (never ends by itself)',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          '404': problem('No such site (`/problems/not-found`)'),
          '406': problem('`Accept` is not `text/event-stream` (`/problems/not-acceptable`)'),
        },
        {
          parameters: [
            siteId,
            {
              name: 'Last-Event-ID',
              in: 'header',
              required: false,
              schema: { type: 'string' },
              description: 'Resume after this event id.',
            },
          ],
        },
      ),
    },
    [`/${alarmCancelPath('{id}').replace('%7Bid%7D', '{id}')}`]: {
      post: op(
        'remoteCancelAlarm',
        'RS-ALARMS: cancels an alarm of priority 2 or 3 before the patrol is dispatched. Priority 1 (fire, panic…) never.',
        'RemoteAlarmCancelRequest',
        {
          '200': json('RemoteAlarm', 'The cancelled alarm'),
          '404': problem('No such active alarm (`/problems/not-found`)'),
          '409': problem(
            'Refused by the rule, `reason` says why: `/problems/alarm-priority-1`, `/problems/alarm-dispatched`, `/problems/alarm-already-cancelled`',
          ),
          '422': problem('The body is not `{}` (`/problems/validation`)'),
        },
        { parameters: [idParameter, idempotencyKey] },
      ),
    },
  };
}
