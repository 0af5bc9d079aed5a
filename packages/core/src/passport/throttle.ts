/**
 * PP-LOGIN — the server's brute-force control of the company login (issue 8, point 3): after
 * {@link THROTTLE_FREE_FAILURES} failed attempts in a row for one e-mail, each attempt must wait,
 * and the wait grows with every further failure, up to {@link THROTTLE_MAX_WAIT_MS}. The server
 * answers 429 `/problems/too-many-attempts` with `Retry-After` (seconds) during a wait.
 *
 * This is the rule a passport backend applies; the mock applies exactly these functions. The
 * widget never counts: it shows the wait the server gave.
 *
 * - Failures are counted per normalised e-mail WHETHER OR NOT AN ACCOUNT HAS IT: the functions
 *   below never learn whether the account exists, so a known and an unknown e-mail get the same
 *   decisions at the same times, and the 429 cannot reveal which e-mails are logins.
 * - During a wait every attempt is answered "wait", even with the right password, and is not
 *   checked at all (nor counted, nor does it lengthen the wait): a backend skips the password
 *   check then, for known and unknown e-mails alike.
 * - Once the wait is over, the next attempt is checked: right, the count goes back to zero; wrong,
 *   it counts and a longer wait starts at once.
 * - A count is forgotten {@link THROTTLE_FORGET_AFTER_MS} after its last failure.
 * - A reset of the password through the e-mailed link (the person proved who they are) clears it.
 *
 * State is data (a map per e-mail), every function is pure and takes `now` (ms).
 */

/** PP-LOGIN: failures in a row allowed without waiting; the 5th starts the first wait. */
export const THROTTLE_FREE_FAILURES = 5;
/** PP-LOGIN: the first wait (after the 5th failure in a row): 30 seconds. */
export const THROTTLE_FIRST_WAIT_MS = 30_000;
/** PP-LOGIN: each further failure in a row multiplies the wait by 2… */
export const THROTTLE_WAIT_FACTOR = 2;
/** …up to 15 minutes (reached at the 10th failure in a row: 30 s × 2⁵ = 16 min, capped). */
export const THROTTLE_MAX_WAIT_MS = 15 * 60_000;
/** PP-LOGIN: a count is forgotten 24 hours after its last failure. */
export const THROTTLE_FORGET_AFTER_MS = 24 * 3_600_000;

export interface ThrottleEntry {
  /** Failed attempts in a row (since the last success, or the count was forgotten). */
  readonly failures: number;
  /** When the last failure was (ms). */
  readonly lastFailureAt: number;
  /** Until when attempts must wait (ms; exclusive: an attempt at `waitUntil` is checked). */
  readonly waitUntil?: number;
}

/** Every e-mail with a failure, by normalised e-mail. */
export type ThrottleState = ReadonlyMap<string, ThrottleEntry>;

export const EMPTY_THROTTLE: ThrottleState = new Map();

/** The key an e-mail is counted under (case and surrounding spaces aside). */
export const throttleKey = (email: string): string => email.trim().toLowerCase();

/** The wait that `failures` failures in a row impose: none below {@link THROTTLE_FREE_FAILURES}, then 30 s, 1 min, 2 min… capped. */
export function throttleWaitMs(failures: number): number {
  if (failures < THROTTLE_FREE_FAILURES) return 0;
  const doublings = failures - THROTTLE_FREE_FAILURES;
  // Past the cap the power would only grow: stop computing it there.
  if (doublings >= 32) return THROTTLE_MAX_WAIT_MS;
  return Math.min(THROTTLE_FIRST_WAIT_MS * THROTTLE_WAIT_FACTOR ** doublings, THROTTLE_MAX_WAIT_MS);
}

/** What the server must answer to one attempt. */
export type ThrottleDecision =
  /** Right credentials, no wait: sign in. */
  | { readonly kind: 'accepted' }
  /** Wrong credentials (or unknown e-mail), no wait yet: the generic 401. */
  | { readonly kind: 'refused' }
  /** Wait until `retryAt` (by this failure or an earlier one): 429 with `Retry-After`. */
  | { readonly kind: 'wait'; readonly retryAt: number };

/** The entry of an e-mail as of `now` (a forgotten count is none). */
export function throttleEntry(state: ThrottleState, email: string, now: number): ThrottleEntry | undefined {
  const entry = state.get(throttleKey(email));
  if (!entry || now - entry.lastFailureAt >= THROTTLE_FORGET_AFTER_MS) return undefined;
  return entry;
}

/** Until when attempts with `email` must wait, if they must at `now`. A backend asks this BEFORE checking a password. */
export function throttledUntil(state: ThrottleState, email: string, now: number): number | undefined {
  const until = throttleEntry(state, email, now)?.waitUntil;
  return until !== undefined && now < until ? until : undefined;
}

function withEntry(state: ThrottleState, email: string, entry: ThrottleEntry | undefined): ThrottleState {
  const key = throttleKey(email);
  if (!entry && !state.has(key)) return state;
  const next = new Map(state);
  if (entry) next.set(key, entry);
  else next.delete(key);
  return next;
}

/**
 * PP-LOGIN: one login attempt. `credentialsValid` is false for a wrong password AND for an e-mail
 * no account has; during a wait it is not read at all.
 */
export function decideThrottledLogin(
  state: ThrottleState,
  email: string,
  credentialsValid: boolean,
  now: number,
): { readonly state: ThrottleState; readonly decision: ThrottleDecision } {
  const waiting = throttledUntil(state, email, now);
  if (waiting !== undefined) return { state, decision: { kind: 'wait', retryAt: waiting } };
  if (credentialsValid) return { state: withEntry(state, email, undefined), decision: { kind: 'accepted' } };
  const failures = (throttleEntry(state, email, now)?.failures ?? 0) + 1;
  const wait = throttleWaitMs(failures);
  if (wait === 0) return { state: withEntry(state, email, { failures, lastFailureAt: now }), decision: { kind: 'refused' } };
  const retryAt = now + wait;
  return { state: withEntry(state, email, { failures, lastFailureAt: now, waitUntil: retryAt }), decision: { kind: 'wait', retryAt } };
}

/** The `Retry-After` of a wait, in whole seconds, rounded up (at least 1 while waiting). */
export const retryAfterSeconds = (retryAt: number, now: number): number => Math.max(1, Math.ceil((retryAt - now) / 1000));

/** Forgets an e-mail's count (the password was reset through the e-mailed link): never on a login attempt. */
export const clearThrottle = (state: ThrottleState, email: string): ThrottleState => withEntry(state, email, undefined);

/** Drops the forgotten counts (housekeeping; changes no decision). */
export function pruneThrottle(state: ThrottleState, now: number): ThrottleState {
  let next: Map<string, ThrottleEntry> | undefined;
  for (const [key, entry] of state) if (now - entry.lastFailureAt >= THROTTLE_FORGET_AFTER_MS) (next ??= new Map(state)).delete(key);
  return next ?? state;
}
