/**
 * VA-LOGIN — the login machine of `<vault-login>`. The server is the authority: the widget never
 * counts failures nor decides a lock; it shows what the server answered.
 *
 *   idle ──submit──► submitting ──► failed (generic: no count, the same for an unknown identifier)
 *                                 ├► locked (until T, from the server; `lock-expired` at T → idle)
 *                                 ├► second-factor (code sent by SMS or e-mail, expires at T,
 *                                 │   resend from T') ──code-submitted / resend-requested──► submitting
 *                                 ├► must-change-password (temporary password of VA-LOSTID)
 *                                 │   ──new-password-submitted──► submitting
 *                                 └► signed-in (only on `server-succeeded`)
 *
 * Neither the password nor the code is ever in the state or an event: the form keeps them and
 * sends them; the machine only knows that something was submitted. A server answer is applied
 * only while `submitting` (a late answer after `reset` is ignored, so it can never sign in).
 * Deadlines are instants (ms) in the state; what is shown of them is derived with `now`.
 */
import { isApiError, type ApiFailureKind } from '../api/errors.js';
import type { Machine, MachineContext } from '../shared/machine.js';
import { normalizeIdentifier } from './identifier.js';
import { LOCK_DURATION_MS } from './lockout.js';
import { RESEND_COOLDOWN_MS } from './one-time-code.js';
import { problemOf } from '../api/problem.js';
import { vaultProblemOf } from './problems.js';
import type { CodeSent, LoginResponse, SecondFactorChannel, VaultSession } from './schemas.js';

// ── States ──────────────────────────────────────────────────────────────────

export const LOGIN_STATUSES = ['idle', 'submitting', 'failed', 'locked', 'second-factor', 'must-change-password', 'signed-in'] as const;
export type LoginStatus = (typeof LOGIN_STATUSES)[number];

/** What is being sent while `submitting`. */
export type LoginStep = 'password' | 'code' | 'resend' | 'new-password';

export interface LoginIdle {
  readonly status: 'idle';
}

/**
 * Why the last attempt did not go through:
 * - `invalid-credentials`: the generic « identifier or password incorrect » (never a count, never
 *   whether the identifier exists);
 * - `challenge-expired`: the code step is over (expired, too many wrong codes): sign in again;
 * - `session-expired`: signed out by the server;
 * - `unavailable`: network, timeout, server error, unexpected answer: the same submission may be retried.
 */
export type LoginFailureReason = 'invalid-credentials' | 'challenge-expired' | 'session-expired' | 'unavailable';

/** Kinds of transport failure (the client's failure kinds, or `unknown` for anything else thrown). */
export type LoginTransportFailure = ApiFailureKind | 'unknown';

export interface LoginFailed {
  readonly status: 'failed';
  readonly reason: LoginFailureReason;
  /** The identifier of the attempt (normalised), to keep it in the field. */
  readonly identifier?: string;
  /** For `unavailable`: what went wrong on the way. */
  readonly failure?: LoginTransportFailure;
}

export interface LoginLocked {
  readonly status: 'locked';
  /**
   * The (normalised) identifier the server said is locked. The lock is the account's, so the
   * account's other identifier is locked too, but only the server knows which that is: another
   * identifier may be sent, and the server answers.
   */
  readonly identifier: string;
  /** When the lock ends (ms since the epoch), as the server said. Always present. */
  readonly lockedUntil: number;
}

export type SecondFactorError = 'invalid-code' | 'resend-too-early' | 'unavailable';

export interface LoginSecondFactor {
  readonly status: 'second-factor';
  readonly identifier: string;
  /** The server's handle of this login attempt (sent back with the code; never shown). */
  readonly challenge: string;
  readonly channel: SecondFactorChannel;
  /** Masked, e.g. `06 •• •• •• 32`. */
  readonly destination: string;
  /** The code is refused from this instant on. */
  readonly expiresAt: number;
  /** A new code may be asked from this instant on. */
  readonly resendAt: number;
  /** True once a new code was sent at the person's request. */
  readonly resent: boolean;
  readonly error?: SecondFactorError;
  /** After a wrong code: how many more the server accepts. */
  readonly attemptsLeft?: number;
}

export type NewPasswordError = 'password-rejected' | 'unavailable';

export interface LoginMustChangePassword {
  readonly status: 'must-change-password';
  readonly identifier: string;
  readonly challenge: string;
  /** The temporary password must be replaced before this instant (else: sign in again). */
  readonly expiresAt: number;
  readonly error?: NewPasswordError;
}

/** The states a submission starts from and goes back to when it fails on the way. */
export type LoginResumable = LoginIdle | LoginFailed | LoginLocked | LoginSecondFactor | LoginMustChangePassword;

export interface LoginSubmitting {
  readonly status: 'submitting';
  readonly step: LoginStep;
  readonly identifier: string;
  /** Where the submission started (kept for a retry after a network failure). */
  readonly from: LoginResumable;
}

export interface LoginSignedIn {
  readonly status: 'signed-in';
  readonly identifier: string;
  readonly session: VaultSession;
}

export type LoginState = LoginResumable | LoginSubmitting | LoginSignedIn;

// ── Events ──────────────────────────────────────────────────────────────────

export type LoginEvent =
  // The person
  | { readonly type: 'submit'; readonly identifier: string }
  | { readonly type: 'code-submitted' }
  | { readonly type: 'resend-requested' }
  | { readonly type: 'new-password-submitted' }
  | { readonly type: 'reset' }
  // The clock
  | { readonly type: 'lock-expired' }
  | { readonly type: 'session-expired' }
  // The server (see `loginEventFromResponse`, `loginEventFromError`)
  | { readonly type: 'server-succeeded'; readonly session: VaultSession }
  | {
      readonly type: 'server-asked-second-factor';
      readonly challenge: string;
      readonly channel: SecondFactorChannel;
      readonly destination: string;
      readonly expiresAt: number;
      readonly resendAt: number;
    }
  | { readonly type: 'server-asked-password-change'; readonly challenge: string; readonly expiresAt: number }
  | {
      readonly type: 'server-resent-code';
      readonly expiresAt: number;
      readonly resendAt: number;
      readonly destination?: string;
      readonly channel?: SecondFactorChannel;
    }
  | { readonly type: 'server-refused' }
  | { readonly type: 'server-refused-code'; readonly attemptsLeft?: number }
  | { readonly type: 'server-refused-resend'; readonly resendAt: number }
  | { readonly type: 'server-refused-password' }
  | { readonly type: 'server-expired-challenge' }
  | { readonly type: 'server-locked'; readonly lockedUntil: number }
  | { readonly type: 'server-failed'; readonly failure: LoginTransportFailure };

export type LoginEventType = LoginEvent['type'];
export type ServerLoginEvent = Extract<LoginEvent, { type: `server-${string}` }>;

/**
 * Why an event changes nothing:
 * - `already-submitting`: a second submit while one is on its way (double click, Enter twice);
 * - `locked`: this identifier is locked until `lockedUntil` (another one may be sent: the server decides);
 * - `resend-cooldown`: a new code was asked before `resendAt`;
 * - `not-expected`: the event does not apply to this state (e.g. a late server answer after reset).
 */
export type LoginRefusal = 'already-submitting' | 'locked' | 'resend-cooldown' | 'not-expected';

const IDLE: LoginIdle = { status: 'idle' };

const isServerEvent = (e: LoginEvent): e is ServerLoginEvent => e.type.startsWith('server-');

/** VA-LOGIN: why `event` would change nothing in `state` at `ctx.now`, or undefined when it applies. */
export function loginRefusal(state: LoginState, event: LoginEvent, ctx: MachineContext): LoginRefusal | undefined {
  if (event.type === 'reset') return undefined;
  if (isServerEvent(event)) return state.status === 'submitting' ? undefined : 'not-expected';
  if (state.status === 'submitting')
    return event.type === 'lock-expired' || event.type === 'session-expired' ? 'not-expected' : 'already-submitting';
  switch (event.type) {
    case 'submit':
      if (state.status === 'locked' && ctx.now < state.lockedUntil && normalizeIdentifier(event.identifier) === state.identifier)
        return 'locked';
      return state.status === 'idle' || state.status === 'failed' || state.status === 'locked' ? undefined : 'not-expected';
    case 'code-submitted':
      return state.status === 'second-factor' ? undefined : 'not-expected';
    case 'resend-requested':
      if (state.status !== 'second-factor') return 'not-expected';
      return ctx.now < state.resendAt ? 'resend-cooldown' : undefined;
    case 'new-password-submitted':
      return state.status === 'must-change-password' ? undefined : 'not-expected';
    case 'lock-expired':
      return state.status === 'locked' && ctx.now >= state.lockedUntil ? undefined : 'not-expected';
    case 'session-expired':
      return state.status === 'signed-in' ? undefined : 'not-expected';
  }
}

/** Back to where a submission started, saying it could not get through. */
function unavailable(s: LoginSubmitting, failure: LoginTransportFailure): LoginResumable {
  const from = s.from;
  if (from.status === 'second-factor') return { ...from, error: 'unavailable', attemptsLeft: undefined };
  if (from.status === 'must-change-password') return { ...from, error: 'unavailable' };
  return { status: 'failed', reason: 'unavailable', identifier: s.identifier, failure };
}

/** A server answer while submitting. An answer that does not fit the step is treated as an unexpected one. */
function answer(s: LoginSubmitting, e: ServerLoginEvent): LoginState {
  const { step, identifier, from } = s;
  switch (e.type) {
    case 'server-succeeded':
      return step === 'resend' ? unavailable(s, 'contract') : { status: 'signed-in', identifier, session: e.session };
    case 'server-asked-second-factor':
      if (step !== 'password' && step !== 'new-password') return unavailable(s, 'contract');
      if (!Number.isFinite(e.expiresAt) || !Number.isFinite(e.resendAt)) return unavailable(s, 'contract');
      return {
        status: 'second-factor',
        identifier,
        challenge: e.challenge,
        channel: e.channel,
        destination: e.destination,
        expiresAt: e.expiresAt,
        resendAt: e.resendAt,
        resent: false,
      };
    case 'server-asked-password-change':
      if (step !== 'password' && step !== 'code') return unavailable(s, 'contract');
      if (!Number.isFinite(e.expiresAt)) return unavailable(s, 'contract');
      return { status: 'must-change-password', identifier, challenge: e.challenge, expiresAt: e.expiresAt };
    case 'server-resent-code':
      if (step !== 'resend' || from.status !== 'second-factor') return unavailable(s, 'contract');
      if (!Number.isFinite(e.expiresAt) || !Number.isFinite(e.resendAt)) return unavailable(s, 'contract');
      return {
        ...from,
        expiresAt: e.expiresAt,
        resendAt: e.resendAt,
        destination: e.destination ?? from.destination,
        channel: e.channel ?? from.channel,
        resent: true,
        error: undefined,
        attemptsLeft: undefined,
      };
    case 'server-refused':
      return step === 'password' ? { status: 'failed', reason: 'invalid-credentials', identifier } : unavailable(s, 'http');
    case 'server-refused-code':
      if (step !== 'code' || from.status !== 'second-factor') return unavailable(s, 'http');
      return { ...from, error: 'invalid-code', attemptsLeft: e.attemptsLeft };
    case 'server-refused-resend':
      if (step !== 'resend' || from.status !== 'second-factor') return unavailable(s, 'http');
      return {
        ...from,
        resendAt: Number.isFinite(e.resendAt) ? e.resendAt : from.resendAt,
        error: 'resend-too-early',
        attemptsLeft: undefined,
      };
    case 'server-refused-password':
      if (step !== 'new-password' || from.status !== 'must-change-password') return unavailable(s, 'http');
      return { ...from, error: 'password-rejected' };
    case 'server-expired-challenge':
      return step === 'password' ? unavailable(s, 'http') : { status: 'failed', reason: 'challenge-expired', identifier };
    case 'server-locked':
      // A lock always carries its end: an answer without a usable one is not a lock we can show.
      return Number.isFinite(e.lockedUntil) ? { status: 'locked', identifier, lockedUntil: e.lockedUntil } : unavailable(s, 'contract');
    case 'server-failed':
      return unavailable(s, e.failure);
  }
}

/** VA-LOGIN: the login machine (pure: no I/O, no timer; time from `ctx.now`). */
export const loginMachine: Machine<LoginState, LoginEvent> = {
  initial: () => IDLE,
  transition(state, event, ctx) {
    if (loginRefusal(state, event, ctx)) return state;
    switch (event.type) {
      case 'reset':
      case 'lock-expired':
        return IDLE;
      case 'session-expired':
        return { status: 'failed', reason: 'session-expired', identifier: (state as LoginSignedIn).identifier };
      case 'submit':
        return { status: 'submitting', step: 'password', identifier: normalizeIdentifier(event.identifier), from: state as LoginResumable };
      case 'code-submitted':
      case 'resend-requested': {
        const from = state as LoginSecondFactor;
        return { status: 'submitting', step: event.type === 'code-submitted' ? 'code' : 'resend', identifier: from.identifier, from };
      }
      case 'new-password-submitted': {
        const from = state as LoginMustChangePassword;
        return { status: 'submitting', step: 'new-password', identifier: from.identifier, from };
      }
      default:
        return answer(state as LoginSubmitting, event);
    }
  },
};

// ── Derived values ──────────────────────────────────────────────────────────

export const isSubmitting = (state: LoginState): state is LoginSubmitting => state.status === 'submitting';

/** VA-LOGIN: milliseconds left before the lock ends (0 when not locked or once over). */
export function lockRemainingMs(state: LoginState, now: number): number {
  return state.status === 'locked' ? Math.max(0, state.lockedUntil - now) : 0;
}

/** VA-LOGIN: whole minutes left, rounded up (120 right after the lock, 1 in its last minute, 0 once over). */
export function lockRemainingMinutes(state: LoginState, now: number): number {
  return Math.ceil(lockRemainingMs(state, now) / 60_000);
}

/** Whether the code of a `second-factor` state has expired at `now`. */
export function isLoginCodeExpired(state: LoginState, now: number): boolean {
  return state.status === 'second-factor' && now >= state.expiresAt;
}

/** Whole seconds before a new code may be asked (0 when it may, or outside `second-factor`). */
export function loginResendWaitSeconds(state: LoginState, now: number): number {
  return state.status === 'second-factor' ? Math.max(0, Math.ceil((state.resendAt - now) / 1000)) : 0;
}

/** The instant the display of a countdown of `unit` ms towards `deadline` next changes. */
function nextStep(deadline: number, now: number, unit: number): number | undefined {
  const left = deadline - now;
  if (left <= 0) return undefined;
  return deadline - (Math.ceil(left / unit) - 1) * unit;
}

/**
 * The next instant at which what the widget shows changes (the lock's minutes, the resend
 * seconds, an expiry), so the renderer schedules one timer and sends `lock-expired` when due.
 * A lock already over answers `lockedUntil` (≤ now): due at once.
 */
export function nextLoginDeadline(state: LoginState, now: number): number | undefined {
  switch (state.status) {
    case 'locked':
      return nextStep(state.lockedUntil, now, 60_000) ?? state.lockedUntil;
    case 'second-factor': {
      const times = [nextStep(state.resendAt, now, 1000), state.expiresAt > now ? state.expiresAt : undefined].filter(
        (t): t is number => t !== undefined,
      );
      return times.length ? Math.min(...times) : undefined;
    }
    case 'must-change-password':
      return state.expiresAt > now ? state.expiresAt : undefined;
    case 'signed-in': {
      const end = Date.parse(state.session.expiresAt);
      return Number.isNaN(end) || end <= now ? undefined : end;
    }
    default:
      return undefined;
  }
}

// ── From the API to events ──────────────────────────────────────────────────

const instant = (iso: string | undefined): number | undefined => {
  const t = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
};

/** The event of a successful answer of any login step (`vaultLogin`, `verifyVaultCode`, `changeVaultTemporaryPassword`). */
export function loginEventFromResponse(response: LoginResponse): ServerLoginEvent {
  switch (response.kind) {
    case 'signed-in':
      return { type: 'server-succeeded', session: response.session };
    case 'second-factor':
      return {
        type: 'server-asked-second-factor',
        challenge: response.challenge,
        channel: response.channel,
        destination: response.destination,
        expiresAt: Date.parse(response.expiresAt),
        resendAt: Date.parse(response.resendAt),
      };
    case 'must-change-password':
      return { type: 'server-asked-password-change', challenge: response.challenge, expiresAt: Date.parse(response.expiresAt) };
  }
}

/** The event of a new code sent (`resendVaultCode`). */
export function loginEventFromCodeSent(sent: CodeSent): ServerLoginEvent {
  return {
    type: 'server-resent-code',
    expiresAt: Date.parse(sent.expiresAt),
    resendAt: Date.parse(sent.resendAt),
    destination: sent.destination,
    channel: sent.channel,
  };
}

/**
 * The event of a failed login step (whatever was thrown). A 423 without `lockedUntil` (a backend
 * breaking the contract) is taken as the rule's 120 minutes from `now`, so a lock always has an end.
 */
export function loginEventFromError(error: unknown, now: number): ServerLoginEvent {
  if (!isApiError(error)) return { type: 'server-failed', failure: 'unknown' };
  const failure = error.failure;
  const problem = problemOf(failure) as Record<string, unknown> | undefined;
  switch (vaultProblemOf(error)) {
    case 'locked':
      return {
        type: 'server-locked',
        lockedUntil:
          instant(failure.kind === 'locked' ? failure.lockedUntil : (problem?.lockedUntil as string | undefined)) ?? now + LOCK_DURATION_MS,
      };
    case 'invalidCredentials':
      return { type: 'server-refused' };
    case 'invalidCode': {
      const left = problem?.attemptsLeft;
      return typeof left === 'number' ? { type: 'server-refused-code', attemptsLeft: left } : { type: 'server-refused-code' };
    }
    case 'resendTooEarly':
      return { type: 'server-refused-resend', resendAt: instant(problem?.resendAt as string | undefined) ?? now + RESEND_COOLDOWN_MS };
    case 'passwordPolicy':
      return { type: 'server-refused-password' };
    case 'challengeExpired':
      return { type: 'server-expired-challenge' };
    default:
      if (failure.kind === 'http' && failure.status === 401 && !failure.problem.type) return { type: 'server-refused' };
      return { type: 'server-failed', failure: failure.kind };
  }
}
