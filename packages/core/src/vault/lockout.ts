/**
 * VA-LOGIN, X-SEC — the server's lockout rule (seed 002, « Compte bloqué »): 3 consecutive failed
 * attempts on an ACCOUNT lock it for 120 minutes, whichever of its identifiers was typed.
 *
 * This is the rule a vault backend applies; the mock API applies exactly these functions and a
 * real backend must behave the same. The widget never counts: it shows what the server says.
 *
 * - Failures are counted under a {@link LockKey} the server derives with {@link lockKey}: the
 *   ACCOUNT when the typed identifier designates one (the 12-digit number and the personal e-mail
 *   then share one count and one lock: 3 guesses per 120 minutes for the account, not 3 per
 *   identifier, and « Votre compte a été temporairement bloqué » is true of both), else the
 *   normalised identifier itself (`normalizeIdentifier`).
 * - An unknown identifier is therefore counted and locked exactly as a known one typed alone: the
 *   same 3 failures, the same answers at the same moments, the same `lockedUntil`. The functions
 *   below never learn whether an account exists (the key is opaque to them), so the lock cannot
 *   tell which identifiers have an account. (Whoever already knows both identifiers of one account
 *   learns that they go together when one locks the other: the price of a per-account lock, which
 *   X-SEC asks for.)
 * - While locked, every attempt is refused as locked, even with the right password, and the lock
 *   is not extended.
 * - A success (when not locked) resets the count; once the lock is over the count starts again
 *   from zero.
 * - Other checks of the account's password count too (VA-PAPER's step 1, the current password
 *   asked to change the e-mail, VA-PROFILE): they are the same guess by another door.
 *
 * State is data (a map per key), every function is pure and takes `now` (ms).
 */
import { normalizeIdentifier } from './identifier.js';

/** VA-LOGIN: the 3rd consecutive failure locks the account (or the unknown identifier). */
export const LOCK_AFTER_FAILURES = 3;
/** VA-LOGIN: a lock lasts 120 minutes (seed 002). */
export const LOCK_DURATION_MINUTES = 120;
export const LOCK_DURATION_MS = LOCK_DURATION_MINUTES * 60_000;

/**
 * What failures are counted under: `account:<id>` for an identifier that designates an account,
 * `identifier:<normalised identifier>` otherwise. Build it with {@link lockKey} only.
 */
export type LockKey = string & { readonly __vaultLockKey: true };

/**
 * VA-LOGIN: the key of one attempt. The server resolves the typed identifier first and passes the
 * account's id when there is one (`accountId`), nothing otherwise. Pure; the two name spaces never
 * collide, whatever the identifiers or ids look like.
 */
export function lockKey(identifier: string, accountId?: string): LockKey {
  return (accountId !== undefined ? `account:${accountId}` : `identifier:${normalizeIdentifier(identifier)}`) as LockKey;
}

export interface LockoutEntry {
  /** Consecutive failures since the last success or the end of the last lock. */
  readonly failures: number;
  /** When the current lock ends (ms since the epoch), if the key is locked. */
  readonly lockedUntil?: number;
}

/** Every key (account or unknown identifier) with a failure or a lock. */
export type LockoutState = ReadonlyMap<LockKey, LockoutEntry>;

export const EMPTY_LOCKOUT: LockoutState = new Map();

/** What the server must answer to one attempt. */
export type LoginDecision =
  /** The credentials are right and the account is not locked: sign in. */
  | { readonly kind: 'accepted' }
  /** Wrong credentials (or unknown identifier), not yet locked: the generic 401. */
  | { readonly kind: 'refused' }
  /** Locked, by this attempt or before it: 423 with the end of the lock. */
  | { readonly kind: 'locked'; readonly lockedUntil: number };

/** The entry of a key as of `now`: an expired lock is gone, and its count with it. */
export function lockoutEntry(state: LockoutState, key: LockKey, now: number): LockoutEntry {
  const entry = state.get(key);
  if (!entry || (entry.lockedUntil !== undefined && now >= entry.lockedUntil)) return { failures: 0 };
  return entry;
}

/** When the key's lock ends, if it is locked at `now` (locked until `lockedUntil` − 1 ms included). */
export function lockedUntil(state: LockoutState, key: LockKey, now: number): number | undefined {
  return lockoutEntry(state, key, now).lockedUntil;
}

export function isLocked(state: LockoutState, key: LockKey, now: number): boolean {
  return lockedUntil(state, key, now) !== undefined;
}

function withEntry(state: LockoutState, key: LockKey, entry: LockoutEntry | undefined): LockoutState {
  const next = new Map(state);
  if (entry) next.set(key, entry);
  else next.delete(key);
  return next;
}

/**
 * VA-LOGIN: one login attempt under `key` (see {@link lockKey}). `credentialsValid` is false for a
 * wrong password AND for an identifier no account has: the decision depends on nothing else.
 */
export function decideLogin(
  state: LockoutState,
  key: LockKey,
  credentialsValid: boolean,
  now: number,
): { readonly state: LockoutState; readonly decision: LoginDecision } {
  const entry = lockoutEntry(state, key, now);
  if (entry.lockedUntil !== undefined) return { state, decision: { kind: 'locked', lockedUntil: entry.lockedUntil } };
  if (credentialsValid) return { state: withEntry(state, key, undefined), decision: { kind: 'accepted' } };
  const failures = entry.failures + 1;
  if (failures >= LOCK_AFTER_FAILURES) {
    const until = now + LOCK_DURATION_MS;
    return { state: withEntry(state, key, { failures, lockedUntil: until }), decision: { kind: 'locked', lockedUntil: until } };
  }
  return { state: withEntry(state, key, { failures }), decision: { kind: 'refused' } };
}

/** A failed attempt (the same as `decideLogin(…, false, now).state`). */
export function recordFailure(state: LockoutState, key: LockKey, now: number): LockoutState {
  return decideLogin(state, key, false, now).state;
}

/** A successful attempt: the count goes back to zero. Does nothing while locked (a lock is never lifted by a password). */
export function recordSuccess(state: LockoutState, key: LockKey, now: number): LockoutState {
  return decideLogin(state, key, true, now).state;
}

/**
 * Forgets a key's failures and lock: for a backend that lifts an account's lock once the person
 * proved who they are another way (a password reset through the e-mailed link), never on a
 * login attempt.
 */
export function clearLockout(state: LockoutState, key: LockKey): LockoutState {
  return state.has(key) ? withEntry(state, key, undefined) : state;
}

/** Drops the entries whose lock is over (housekeeping; changes no decision). */
export function pruneLockout(state: LockoutState, now: number): LockoutState {
  let next: Map<LockKey, LockoutEntry> | undefined;
  for (const [key, entry] of state) {
    if (entry.lockedUntil !== undefined && now >= entry.lockedUntil) (next ??= new Map(state)).delete(key);
  }
  return next ?? state;
}
