/**
 * RS-ALARMS — the cancel flow of one alarm, a pure {@link Flow}:
 *
 *     idle ──ask──▶ confirming ──confirm──▶ cancelling ──cancelled──▶ idle (+ toast, `alarm-cancelled`)
 *       ▲ refused      │ dismiss / the alarm changed            └─cancel-failed──▶ idle (+ error toast)
 *       └──────────────┘
 *
 * - `ask` on an alarm core refuses ({@link cancelRefusal}: priority 1, dispatched, already
 *   cancelled) stays idle and says why: nothing is sent (the widget draws no button there anyway);
 * - the confirmation moves the focus to its « keep » button (the least destructive: a cancelled
 *   alarm means no patrol), and `dismiss` brings it back to the row's button;
 * - while the person reads the confirmation, the stream may say the patrol was dispatched or the
 *   alarm closed (`alarm-changed`): the confirmation closes and says so, since it no longer holds;
 * - the server's refusal (`/problems/alarm-*`) is shown with its reason, a failure (network…) with
 *   a generic message; both leave the focus on the row's button so it can be tried again.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, FlowEffect, Step } from '../../shared/flow.js';
import type { Alarm } from '../schemas.js';
import { cancelRefusal, refusalOfProblem, type CancelRefusal } from './rules.js';

export type AlarmCancelState =
  | { readonly step: 'idle' }
  | { readonly step: 'confirming'; readonly alarm: Alarm }
  | { readonly step: 'cancelling'; readonly alarm: Alarm };

export type AlarmCancelEvent =
  | { readonly type: 'ask'; readonly alarm: Alarm }
  | { readonly type: 'dismiss' }
  | { readonly type: 'confirm' }
  | { readonly type: 'cancelled'; readonly alarm: Alarm }
  | { readonly type: 'cancel-failed'; readonly failure: ApiFailure }
  /** The live list's version of the alarm being confirmed (undefined: it left the list). */
  | { readonly type: 'alarm-changed'; readonly alarm: Alarm | undefined };

export type AlarmCancelRequest = { readonly op: 'cancel-alarm'; readonly alarmId: string };

export type AlarmCancelEffect = FlowEffect<AlarmCancelRequest, AlarmCancelEvent>;

/** The `data-focus` target of an alarm's cancel button. */
export const cancelButtonTarget = (alarmId: string): string => `cancel-${alarmId}`;
/** The confirmation's « keep the alarm » button. */
export const CONFIRM_KEEP_TARGET = 'confirm-keep';
/** The list's heading (where the focus goes when the row it was on is gone). */
export const ALARMS_HEADING_TARGET = 'alarms-heading';

/** The catalog key saying why an alarm cannot be cancelled. */
export const refusalKey = (reason: CancelRefusal | 'not-found') => `rs.alarms.refused.${reason}` as const;

const IDLE: AlarmCancelState = { step: 'idle' };
const step = (
  state: AlarmCancelState,
  effects: AlarmCancelEffect[] = [],
): Step<AlarmCancelState, AlarmCancelRequest, AlarmCancelEvent> => ({ state, effects });
const about = (a: Alarm) => ({ site: a.siteName, zone: a.zone, priority: a.priority });

function refused(
  alarm: Alarm,
  reason: CancelRefusal | 'not-found',
  focus: string,
): Step<AlarmCancelState, AlarmCancelRequest, AlarmCancelEvent> {
  return step(IDLE, [
    { type: 'announce', tone: 'error', message: { key: refusalKey(reason), params: about(alarm) } },
    { type: 'focus', target: focus },
  ]);
}

export const alarmCancelFlow: Flow<AlarmCancelState, AlarmCancelEvent, AlarmCancelRequest> = {
  init: () => step(IDLE),
  transition(state, event) {
    switch (event.type) {
      case 'ask': {
        if (state.step !== 'idle') return step(state);
        const reason = cancelRefusal(event.alarm);
        if (reason) return refused(event.alarm, reason, cancelButtonTarget(event.alarm.id));
        return step({ step: 'confirming', alarm: event.alarm }, [{ type: 'focus', target: CONFIRM_KEEP_TARGET }]);
      }
      case 'dismiss':
        if (state.step !== 'confirming') return step(state);
        return step(IDLE, [{ type: 'focus', target: cancelButtonTarget(state.alarm.id) }]);
      case 'confirm': {
        if (state.step !== 'confirming') return step(state);
        // Checked again: the alarm is the one the list showed last.
        const reason = cancelRefusal(state.alarm);
        if (reason) return refused(state.alarm, reason, cancelButtonTarget(state.alarm.id));
        return step({ step: 'cancelling', alarm: state.alarm }, [
          { type: 'call', key: 'cancel', request: { op: 'cancel-alarm', alarmId: state.alarm.id } },
        ]);
      }
      case 'cancelled': {
        if (state.step !== 'cancelling') return step(state);
        const alarm = event.alarm;
        return step(IDLE, [
          { type: 'announce', tone: 'success', message: { key: 'rs.alarms.cancelled', params: about(alarm) } },
          { type: 'emit', name: 'alarm-cancelled', detail: { alarmId: alarm.id, siteId: alarm.siteId } },
          { type: 'focus', target: ALARMS_HEADING_TARGET },
        ]);
      }
      case 'cancel-failed': {
        if (state.step !== 'cancelling') return step(state);
        const f = event.failure;
        const problem = 'problem' in f ? f.problem : undefined;
        const reason = refusalOfProblem(problem?.type) ?? (f.kind === 'http' && f.status === 404 ? 'not-found' : undefined);
        // The server refused: the row's button is likely gone with the stream's news.
        if (reason) return refused(state.alarm, reason, ALARMS_HEADING_TARGET);
        return step(IDLE, [
          { type: 'announce', tone: 'error', message: { key: 'rs.alarms.cancel-failed', params: about(state.alarm) } },
          { type: 'focus', target: cancelButtonTarget(state.alarm.id) },
        ]);
      }
      case 'alarm-changed': {
        if (state.step !== 'confirming') return step(state);
        const now = event.alarm;
        if (now === undefined) {
          return step(IDLE, [
            { type: 'announce', tone: 'error', message: { key: refusalKey('not-found'), params: about(state.alarm) } },
            { type: 'focus', target: ALARMS_HEADING_TARGET },
          ]);
        }
        const reason = cancelRefusal(now);
        if (reason) return refused(now, reason, ALARMS_HEADING_TARGET);
        return step({ step: 'confirming', alarm: now });
      }
    }
  },
};
