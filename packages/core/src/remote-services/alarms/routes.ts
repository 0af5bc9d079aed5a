/**
 * RS-ALARMS — this part's rows of the Remote Services contract table (see `../routes.ts`). The live
 * stream is a row too (method, path, problems, auth), though no JSON call goes through it:
 * `readAlarmStream` (stream.ts) reads it with `Accept: text/event-stream` and `Last-Event-ID`.
 */
import * as z from 'zod/mini';
import { defineRoutes } from '../../shared/contract.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { Alarm } from '../schemas.js';
import { AlarmCancelBody, AlarmSnapshot } from './schemas.js';
import { REMOTE_ALARMS_STREAM_PATH } from './stream.js';

export const REMOTE_ALARMS_ROUTES = defineRoutes(REMOTE_PROBLEMS, {
  alarms: { method: 'get', path: 'remote/alarms', response: AlarmSnapshot, problems: ['notFound'], auth: 'provider', idempotency: 'safe' },
  alarmStream: {
    method: 'get',
    path: REMOTE_ALARMS_STREAM_PATH,
    response: z.string(),
    produces: 'text/event-stream',
    problems: ['notFound', 'notAcceptable'],
    auth: 'provider',
    idempotency: 'safe',
  },
  cancelAlarm: {
    method: 'post',
    path: 'remote/alarms/{id}/cancel',
    body: AlarmCancelBody,
    response: Alarm,
    problems: ['notFound', 'alarmPriority1', 'alarmDispatched', 'alarmAlreadyCancelled', 'validation'],
    auth: 'provider',
    idempotency: 'keyed',
  },
});
