/**
 * VA-LOGIN — the server's lockout rule (seed 002, « Compte bloqué »): 3 consecutive failed
 * attempts for the same identifier lock it for 120 minutes.
 *
 * This is the rule a vault backend applies; the mock API applies exactly these functions and a
 * real backend must behave the same. The widget never counts: it shows what the server says.
 *
 * - Failures are counted per *normalised identifier* (`normalizeIdentifier`), WHETHER OR NOT AN
 *   ACCOUNT HAS THAT IDENTIFIER: the functions below never learn whether the account exists, so
 *   an unknown identifier and a wrong password lock after the same attempts, at the same time,
 *   and the lock message cannot reveal which accounts exist.
 * - While locked, every attempt is refused as locked, even with the right password, and the lock
 *   is not extended.
 * - A success (when not locked) resets the count; once the lock is over the count starts again
 *   from zero.
 * - The two identifiers of one account (number and e-mail) are counted separately: locking both
 *   together would tell which e-mail belongs to which number.
 *
 * State is data (a map per identifier), every function is pure and takes `now` (ms).
 */
import { normalizeIdentifier } from './identifier.js';

/** VA-LOGIN: the 3rd consecutive failure locks the identifier. */
export const LOCK_AFTER_FAILURES = 3;
/** VA-LOGIN: a lock lasts 120 minutes (seed 002). */
export const LOCK_DURATION_MINUTES = 120;
export const LOCK_DURATION_MS = LOCK_DURATION_MINUTES * 60_000;

export interface LockoutEntry {
  /** Consecutive failures since the last success or the end of the last lock. */
  readonly failures: number;
  /** When the current lock ends (ms since the epoch), if the identifier is locked. */
  readonly lockedUntil?: number;
}

/** Every identifier with a failure or a lock, by normalised identifier. */
export type LockoutState = ReadonlyMap<string, LockoutEntry>;

export const EMPTY_LOCKOUT: LockoutState = new Map();

/** The key an identifier is counted under. */
export const lockoutKey = (identifier: string): string => normalizeIdentifier(identifier);

/** What the server must answer to one attempt. */
export type LoginDecision =
  /** The credentials are right and the identifier is not locked: sign in. */
  | { readonly kind: 'accepted' }
  /** Wrong credentials (or unknown identifier), not yet locked: the generic 401. */
  | { readonly kind: 'refused' }
  /** Locked, by this attempt or before it: 423 with the end of the lock. */
  | { readonly kind: 'locked'; readonly lockedUntil: number };

/** The entry of an identifier as of `now`: an expired lock is gone, and its count with it. */
export function lockoutEntry(state: LockoutState, identifier: string, now: number): LockoutEntry {
  const entry = state.get(lockoutKey(identifier));
  if (!entry || (entry.lockedUntil !== undefined && now >= entry.lockedUntil)) return { failures: 0 };
  return entry;
}

/** When the identifier's lock ends, if it is locked at `now` (locked until `lockedUntil` − 1 ms included). */
export function lockedUntil(state: LockoutState, identifier: string, now: number): number | undefined {
  return lockoutEntry(state, identifier, now).lockedUntil;
}

export function isLocked(state: LockoutState, identifier: string, now: number): boolean {
  return lockedUntil(state, identifier, now) !== undefined;
}

function withEntry(state: LockoutState, identifier: string, entry: LockoutEntry | undefined): LockoutState {
  const next = new Map(state);
  if (entry) next.set(lockoutKey(identifier), entry);
  else next.delete(lockoutKey(identifier));
  return next;
}

/**
 * VA-LOGIN: one login attempt. `credentialsValid` is false for a wrong password AND for an
 * identifier no account has: the decision depends on nothing else.
 */
export function decideLogin(
  state: LockoutState,
  identifier: string,
  credentialsValid: boolean,
  now: number,
): { readonly state: LockoutState; readonly decision: LoginDecision } {
  const entry = lockoutEntry(state, identifier, now);
  if (entry.lockedUntil !== undefined) return { state, decision: { kind: 'locked', lockedUntil: entry.lockedUntil } };
  if (credentialsValid) return { state: withEntry(state, identifier, undefined), decision: { kind: 'accepted' } };
  const failures = entry.failures + 1;
  if (failures >= LOCK_AFTER_FAILURES) {
    const until = now + LOCK_DURATION_MS;
    return { state: withEntry(state, identifier, { failures, lockedUntil: until }), decision: { kind: 'locked', lockedUntil: until } };
  }
  return { state: withEntry(state, identifier, { failures }), decision: { kind: 'refused' } };
}

/** A failed attempt (the same as `decideLogin(…, false, now).state`). */
export function recordFailure(state: LockoutState, identifier: string, now: number): LockoutState {
  return decideLogin(state, identifier, false, now).state;
}

/** A successful attempt: the count goes back to zero. Does nothing while locked (a lock is never lifted by a password). */
export function recordSuccess(state: LockoutState, identifier: string, now: number): LockoutState {
  return decideLogin(state, identifier, true, now).state;
}

/**
 * Forgets an identifier's failures and lock: for a backend that lifts the lock once the person
 * proved who they are another way (a password reset through the e-mailed link), never on a
 * login attempt.
 */
export function clearLockout(state: LockoutState, identifier: string): LockoutState {
  return state.has(lockoutKey(identifier)) ? withEntry(state, identifier, undefined) : state;
}

/** Drops the entries whose lock is over (housekeeping; changes no decision). */
export function pruneLockout(state: LockoutState, now: number): LockoutState {
  let next: Map<string, LockoutEntry> | undefined;
  for (const [key, entry] of state) {
    if (entry.lockedUntil !== undefined && now >= entry.lockedUntil) (next ??= new Map(state)).delete(key);
  }
  return next ?? state;
}
