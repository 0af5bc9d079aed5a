/**
 * RS-IDPIN — a wrong pair (or a wrong current PIN) is answered generically and throttled: the
 * server counts the failures of the ACCOUNT (not of the ID typed: someone guessing pairs changes
 * the ID each time), with the very rule of the passport's login (`passport/throttle.ts`, its constants): after
 * 5 failures in a row each attempt waits, 30 s, then doubling up to
 * 15 min; a wait is answered 429 `/problems/too-many-attempts` with `Retry-After`, whatever was
 * typed. The widget never counts: it shows the wait the server gave.
 */
import { decideThrottledLogin, throttledUntil, type ThrottleDecision, type ThrottleState } from '../../passport/throttle.js';

/** The key an account's ID & PIN attempts are counted under. */
export const idPinThrottleKey = (account: string): string => `id-pin:${account}`;

/** RS-IDPIN: one attempt at a pair or a current PIN by `account`. `valid` is not read during a wait. */
export function decideIdPinAttempt(
  state: ThrottleState,
  account: string,
  valid: boolean,
  now: number,
): { readonly state: ThrottleState; readonly decision: ThrottleDecision } {
  return decideThrottledLogin(state, idPinThrottleKey(account), valid, now);
}

/** Until when `account` must wait before its next attempt, if it must. */
export const idPinWaitUntil = (state: ThrottleState, account: string, now: number): number | undefined =>
  throttledUntil(state, idPinThrottleKey(account), now);
