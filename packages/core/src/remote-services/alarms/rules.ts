/**
 * RS-ALARMS — the cancel rule (seed 000, « Annuler les alarmes »): an alarm may be cancelled by the
 * customer only when **all** of these hold:
 * - its priority is 2 or 3 ({@link CANCELLABLE_PRIORITIES}); priority 1 (fire, panic…) never is,
 *   « pour des raisons de sécurité »;
 * - Securitas has not dispatched the mobile patrol yet (`dispatchedAt` is null);
 * - it is not already cancelled.
 *
 * Each refusal has a typed reason, shown to the user. The widget draws no button where this refuses;
 * core refuses anyway (the cancel flow), and so does the server (`/problems/alarm-*`).
 */
import type { Alarm, AlarmPriority } from '../schemas.js';
import { REMOTE_PROBLEMS } from '../problems.js';

/** RS-ALARMS: the priorities a customer may cancel (before dispatch). */
export const CANCELLABLE_PRIORITIES: readonly AlarmPriority[] = [2, 3];
/** RS-ALARMS: the priority that can never be cancelled (fire, panic, medical…). */
export const NEVER_CANCELLABLE_PRIORITY = 1 satisfies AlarmPriority;

/** Why an alarm cannot be cancelled (the order is the order they are checked in). */
export const CANCEL_REFUSALS = ['priority-1', 'already-cancelled', 'dispatched'] as const;
export type CancelRefusal = (typeof CANCEL_REFUSALS)[number];

export type CancelFacts = Pick<Alarm, 'priority' | 'dispatchedAt' | 'cancelledAt'>;

/** RS-ALARMS: why this alarm cannot be cancelled, or undefined when it can. */
export function cancelRefusal(alarm: CancelFacts): CancelRefusal | undefined {
  if (!CANCELLABLE_PRIORITIES.includes(alarm.priority)) return 'priority-1';
  if (alarm.cancelledAt !== null) return 'already-cancelled';
  if (alarm.dispatchedAt !== null) return 'dispatched';
  return undefined;
}

export const isCancellable = (alarm: CancelFacts): boolean => cancelRefusal(alarm) === undefined;

/** The problem type the server answers for each refusal (RFC 9457, status 409). */
export const CANCEL_REFUSAL_PROBLEMS: Readonly<Record<CancelRefusal, string>> = {
  'priority-1': REMOTE_PROBLEMS.alarmPriority1.type,
  'already-cancelled': REMOTE_PROBLEMS.alarmAlreadyCancelled.type,
  dispatched: REMOTE_PROBLEMS.alarmDispatched.type,
};

/** The refusal a problem type names, if it is one of {@link CANCEL_REFUSAL_PROBLEMS}. */
export function refusalOfProblem(type: string | undefined): CancelRefusal | undefined {
  if (!type) return undefined;
  return CANCEL_REFUSALS.find((r) => type === CANCEL_REFUSAL_PROBLEMS[r] || type.endsWith(CANCEL_REFUSAL_PROBLEMS[r]));
}

// ── How long ago ────────────────────────────────────────────────────────────

const MINUTE = 60_000;
/** Under this, an alarm is « à l'instant ». */
export const ALARM_AGE_NOW_MS = MINUTE;

export type AlarmAge =
  | { readonly unit: 'now' }
  | { readonly unit: 'minutes'; readonly count: number }
  | { readonly unit: 'hours'; readonly count: number }
  | { readonly unit: 'days'; readonly count: number };

/** « il y a 3 min »: how long ago an instant was, in the largest whole unit (a future instant is « now »). */
export function alarmAge(raisedAt: number, now: number): AlarmAge {
  const ms = now - raisedAt;
  if (ms < ALARM_AGE_NOW_MS) return { unit: 'now' };
  if (ms < 60 * MINUTE) return { unit: 'minutes', count: Math.floor(ms / MINUTE) };
  if (ms < 24 * 60 * MINUTE) return { unit: 'hours', count: Math.floor(ms / (60 * MINUTE)) };
  return { unit: 'days', count: Math.floor(ms / (24 * 60 * MINUTE)) };
}

/** When {@link alarmAge} next changes (for a re-render). */
export function nextAgeChange(raisedAt: number, now: number): number {
  const ms = Math.max(0, now - raisedAt);
  const step = ms < 60 * MINUTE ? MINUTE : ms < 24 * 60 * MINUTE ? 60 * MINUTE : 24 * 60 * MINUTE;
  return raisedAt + (Math.floor(ms / step) + 1) * step;
}
