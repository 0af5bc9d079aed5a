/**
 * PP-LOGIN (forgotten password) — the passport's reset-link page as a flow (`shared/flow.ts`): the
 * server says whether the link is valid, expired, used or unknown; a valid link asks for the new
 * password (twice); success says so and offers « Se connecter ».
 *
 * The token and the link's Idempotency-Key (one per link: a retry after a lost answer replays the
 * first success instead of « already used ») live in the state until the link is spent or refused;
 * the password only in the `reset` call. Effects: `call` (`status`, `reset`), `focus` (`heading`:
 * after a step the person caused), `emit` (`passport-password-reset`).
 */
import type { ApiFailure } from '../api/errors.js';
import { isApiError } from '../api/errors.js';
import type { VigieClient } from '../api/client.js';
import { stay, type Flow, type FlowEffect, type Step } from '../shared/flow.js';
import type { MachineContext } from '../shared/machine.js';
import { passportProblemOfFailure } from './problems.js';

/** Where the page is: no link, checking it, the form, done, or why the link cannot be used. */
export const PASSPORT_RESET_STEPS = ['no-link', 'checking', 'check-failed', 'form', 'done', 'expired', 'used', 'unknown'] as const;
export type PassportResetStep = (typeof PASSPORT_RESET_STEPS)[number];

export interface PassportResetState {
  readonly step: PassportResetStep;
  readonly token?: string;
  /** One Idempotency-Key per link (given with it). */
  readonly key?: string;
  readonly failure?: ApiFailure;
  readonly busy?: boolean;
  /** A refused new password (a 422 naming it): its field says why. */
  readonly notice?: { readonly seq: number; readonly failure: ApiFailure };
}

export type PassportResetEvent =
  | { readonly type: 'link'; readonly token: string; readonly key: string }
  | { readonly type: 'retry-check' }
  | { readonly type: 'checked' }
  | { readonly type: 'check-failed'; readonly failure: ApiFailure }
  | { readonly type: 'reset'; readonly password: string }
  | { readonly type: 'reset-done' }
  | { readonly type: 'reset-failed'; readonly failure: ApiFailure };

export type PassportResetRequest =
  | { readonly op: 'status'; readonly token: string }
  | { readonly op: 'reset'; readonly token: string; readonly key: string; readonly password: string };

type Out = Step<PassportResetState, PassportResetRequest, PassportResetEvent>;
type Effect = FlowEffect<PassportResetRequest, PassportResetEvent>;

const heading: Effect = { type: 'focus', target: 'heading' };

const retryable = (failure: ApiFailure): boolean =>
  failure.kind === 'network' ||
  failure.kind === 'timeout' ||
  (failure.kind !== 'aborted' && (failure.status >= 500 || failure.status === 408 || failure.status === 429));

/** Why the link cannot be used, from a failure (its 404/410 problems; any other 404/410 is an unknown link). */
export function passportLinkRefusal(failure: ApiFailure): 'expired' | 'used' | 'unknown' | undefined {
  const problem = passportProblemOfFailure(failure);
  if (problem === 'linkExpired') return 'expired';
  if (problem === 'linkUsed') return 'used';
  if (problem === 'linkUnknown') return 'unknown';
  if (failure.kind !== 'http' && failure.kind !== 'conflict' && failure.kind !== 'locked') return undefined;
  if (retryable(failure)) return undefined;
  return failure.status === 404 || failure.status === 410 ? 'unknown' : undefined;
}

const checking = (token: string, key: string, focus: boolean): Out => ({
  state: { step: 'checking', token, key },
  effects: [{ type: 'call', request: { op: 'status', token }, key: 'status' }, ...(focus ? [heading] : [])],
});

export function passportResetTransition(s: PassportResetState, e: PassportResetEvent, _ctx: MachineContext): Out {
  switch (e.type) {
    case 'link':
      return checking(e.token, e.key, false);
    case 'retry-check':
      return s.step === 'check-failed' && s.token && s.key ? checking(s.token, s.key, true) : stay(s);
    case 'checked':
      return s.step === 'checking' && s.token && s.key ? stay({ step: 'form', token: s.token, key: s.key }) : stay(s);
    case 'check-failed': {
      if (s.step !== 'checking' || !s.token || !s.key) return stay(s);
      const refusal = passportLinkRefusal(e.failure);
      return stay(refusal ? { step: refusal } : { step: 'check-failed', token: s.token, key: s.key, failure: e.failure });
    }
    case 'reset':
      if (s.step !== 'form' || s.busy || !s.token || !s.key) return stay(s);
      return {
        state: { ...s, busy: true },
        effects: [{ type: 'call', request: { op: 'reset', token: s.token, key: s.key, password: e.password }, key: 'reset' }],
      };
    case 'reset-done':
      return s.busy ? { state: { step: 'done' }, effects: [heading, { type: 'emit', name: 'passport-password-reset' }] } : stay(s);
    case 'reset-failed': {
      if (!s.busy) return stay(s);
      const { busy: _b, ...idle } = s;
      const refusal = passportLinkRefusal(e.failure);
      if (refusal) return { state: { step: refusal }, effects: [heading] };
      if (passportProblemOfFailure(e.failure) === 'validation')
        return stay({ ...idle, notice: { seq: (s.notice?.seq ?? 0) + 1, failure: e.failure } });
      // Anything else (the service could not answer…): the form's notice and its retry, the link kept.
      return stay(idle);
    }
  }
}

export const passportResetFlow: Flow<PassportResetState, PassportResetEvent, PassportResetRequest> = {
  init: () => stay({ step: 'no-link' }),
  transition: passportResetTransition,
};

/** The calls of the reset page (the element passes core's passport api, loaded on demand). */
export interface PassportResetApi {
  getPassportResetLinkStatus(client: VigieClient, token: string, opts?: { signal?: AbortSignal }): Promise<unknown>;
  resetPassportPassword(
    client: VigieClient,
    token: string,
    password: string,
    opts?: { signal?: AbortSignal; idempotencyKey?: string },
  ): Promise<void>;
}

/** Turns a reset page's request into its call, and the answer or the typed failure into the flow's event. */
export async function runPassportResetRequest(
  api: PassportResetApi,
  client: VigieClient,
  r: PassportResetRequest,
  signal: AbortSignal,
): Promise<PassportResetEvent> {
  try {
    if (r.op === 'status') {
      await api.getPassportResetLinkStatus(client, r.token, { signal });
      return { type: 'checked' };
    }
    await api.resetPassportPassword(client, r.token, r.password, { signal, idempotencyKey: r.key });
    return { type: 'reset-done' };
  } catch (error) {
    const failure: ApiFailure = isApiError(error) ? error.failure : { kind: 'network', message: 'The request failed' };
    return r.op === 'status' ? { type: 'check-failed', failure } : { type: 'reset-failed', failure };
  }
}
