/**
 * VA-RESET — « Mot de passe oublié » as a flow (`shared/flow.ts`), both halves:
 *
 * - the request (identifier + e-mail) → one generic confirmation whatever the server answered
 *   (an unknown account included), so the page never reveals whether an account exists; only a
 *   failure to reach the service (network, time-out, 5xx, 408, 429) stays on the form, whose
 *   notice offers a retry;
 * - the reset link: the server says whether the link is valid, expired, used or unknown; a valid
 *   link asks for the new password, whose refusal is placed (the link's state, the policy, a
 *   rejected password) or left to the form's notice when the service could not answer.
 *
 * The token lives in the state until the link is spent (success, or a link the server refuses);
 * the password only in the `reset` call. Effects: `call` (`request`, `status`, `reset`), `focus`
 * (`heading`: after a step the person caused), `emit` (`vault-reset-requested`,
 * `vault-password-changed`).
 */
import type { ApiFailure } from '../api/errors.js';
import { isApiError } from '../api/errors.js';
import type { VigieClient } from '../api/client.js';
import { stay, type Flow, type FlowEffect, type Step } from '../shared/flow.js';
import type { MachineContext } from '../shared/machine.js';
import { vaultProblemOfFailure } from './problems.js';
import type { Accepted, LinkStatusResponse } from './schemas.js';

/** Where the widget is: the request, its confirmation, or one of the reset link's states. */
export const PASSWORD_RESET_STEPS = [
  'request',
  'sent',
  'checking',
  'check-failed',
  'new-password',
  'expired',
  'used',
  'unknown',
  'done',
] as const;
export type PasswordResetStep = (typeof PASSWORD_RESET_STEPS)[number];

/** A refusal of the new password that its form shows (the element words it). */
export interface PasswordResetNotice {
  readonly seq: number;
  readonly reason: 'password-policy' | 'rejected';
  readonly failure: ApiFailure;
}

export interface PasswordResetState {
  readonly step: PasswordResetStep;
  /** The link's token, until it is spent or refused. */
  readonly token?: string;
  /** The link check's failure (`check-failed`). */
  readonly failure?: ApiFailure;
  /** A request on its way (`request` or `reset`): never two. */
  readonly busy?: 'request' | 'reset';
  readonly notice?: PasswordResetNotice;
}

export type PasswordResetEvent =
  /** A reset link's token (from the host or the address bar): its check starts. */
  | { readonly type: 'link'; readonly token: string }
  /** « Demander un nouveau lien »: the link is forgotten, the request form shown. */
  | { readonly type: 'start-over' }
  | { readonly type: 'retry-check' }
  | { readonly type: 'checked'; readonly status: LinkStatusResponse['status'] }
  | { readonly type: 'check-failed'; readonly failure: ApiFailure }
  | { readonly type: 'request'; readonly identifier: string; readonly email: string }
  | { readonly type: 'requested' }
  | { readonly type: 'request-failed'; readonly failure: ApiFailure }
  | { readonly type: 'reset'; readonly password: string }
  | { readonly type: 'reset-done' }
  | { readonly type: 'reset-failed'; readonly failure: ApiFailure };

export type PasswordResetFlowRequest =
  | { readonly op: 'request'; readonly identifier: string; readonly email: string }
  | { readonly op: 'status'; readonly token: string }
  | { readonly op: 'reset'; readonly token: string; readonly password: string };

type Out = Step<PasswordResetState, PasswordResetFlowRequest, PasswordResetEvent>;
type Effect = FlowEffect<PasswordResetFlowRequest, PasswordResetEvent>;

const heading: Effect = { type: 'focus', target: 'heading' };

/** The service could not answer (network, time-out, 5xx, 408, 429): the form's notice offers a retry. */
export function isResetRetryable(failure: ApiFailure): boolean {
  if (failure.kind === 'network' || failure.kind === 'timeout') return true;
  if (failure.kind === 'aborted') return false;
  return failure.status >= 500 || failure.status === 408 || failure.status === 429;
}

/** The link state a refused check or reset means (410 expired/used; 404 or any other refusal: unknown), if any. */
function refusedLink(failure: ApiFailure): 'expired' | 'used' | 'unknown' | undefined {
  const name = vaultProblemOfFailure(failure);
  if (name === 'tokenExpired') return 'expired';
  if (name === 'tokenUsed') return 'used';
  if (name === 'tokenUnknown') return 'unknown';
  return undefined;
}

const checking = (token: string, focus: boolean): Out => ({
  state: { step: 'checking', token },
  effects: [{ type: 'call', request: { op: 'status', token }, key: 'status' }, ...(focus ? [heading] : [])],
});

export function passwordResetTransition(s: PasswordResetState, e: PasswordResetEvent, _ctx: MachineContext): Out {
  switch (e.type) {
    case 'link':
      return checking(e.token, false);
    case 'start-over':
      return { state: { step: 'request' }, effects: [heading] };
    case 'retry-check':
      return s.step === 'check-failed' && s.token ? checking(s.token, true) : stay(s);
    case 'checked':
      if (s.step !== 'checking') return stay(s);
      return stay(e.status === 'valid' ? { step: 'new-password', token: s.token! } : { step: e.status });
    case 'check-failed': {
      if (s.step !== 'checking') return stay(s);
      const link =
        refusedLink(e.failure) ??
        (isResetRetryable(e.failure) || e.failure.kind === 'contract' || e.failure.kind === 'aborted' ? undefined : 'unknown');
      return stay(link ? { step: link } : { step: 'check-failed', token: s.token!, failure: e.failure });
    }
    case 'request':
      if (s.step !== 'request' || s.busy) return stay(s);
      return {
        state: { ...s, busy: 'request' },
        effects: [{ type: 'call', request: { op: 'request', identifier: e.identifier, email: e.email }, key: 'request' }],
      };
    case 'requested':
      return s.busy === 'request' ? sent() : stay(s);
    case 'request-failed':
      if (s.busy !== 'request') return stay(s);
      // Whatever the refusal, the same confirmation: the page never tells whether an account exists.
      return isResetRetryable(e.failure) ? stay({ step: 'request' }) : sent();
    case 'reset':
      if (s.step !== 'new-password' || s.busy || !s.token) return stay(s);
      return {
        state: { ...s, busy: 'reset' },
        effects: [{ type: 'call', request: { op: 'reset', token: s.token, password: e.password }, key: 'reset' }],
      };
    case 'reset-done':
      return s.busy === 'reset'
        ? { state: { step: 'done' }, effects: [heading, { type: 'emit', name: 'vault-password-changed' }] }
        : stay(s);
    case 'reset-failed':
      return s.busy === 'reset' ? onResetRefused({ ...s, busy: undefined }, e.failure) : stay(s);
  }
}

function sent(): Out {
  return { state: { step: 'sent' }, effects: [heading, { type: 'emit', name: 'vault-reset-requested' }] };
}

function onResetRefused(s: PasswordResetState, failure: ApiFailure): Out {
  const { busy: _b, ...idle } = s;
  const link = refusedLink(failure);
  if (link) return { state: { step: link }, effects: [heading] };
  const seq = (s.notice?.seq ?? 0) + 1;
  if (vaultProblemOfFailure(failure) === 'passwordPolicy') return stay({ ...idle, notice: { seq, reason: 'password-policy', failure } });
  if (failure.kind !== 'http' && failure.kind !== 'conflict' && failure.kind !== 'locked') return stay(idle);
  if (isResetRetryable(failure)) return stay(idle);
  if (failure.status === 404 || failure.status === 410) return { state: { step: 'unknown' }, effects: [heading] };
  if (failure.status === 400 || failure.status === 422) return stay({ ...idle, notice: { seq, reason: 'rejected', failure } });
  return stay(idle);
}

export const passwordResetFlow: Flow<PasswordResetState, PasswordResetEvent, PasswordResetFlowRequest> = {
  init: () => stay({ step: 'request' }),
  transition: passwordResetTransition,
};

/** The calls of the reset flow (the element passes core's vault api, loaded on demand, and the request's idempotency key). */
export interface PasswordResetApi {
  requestVaultPasswordReset(
    client: VigieClient,
    identifier: string,
    email: string,
    opts?: { signal?: AbortSignal; idempotencyKey?: string },
  ): Promise<Accepted>;
  getVaultResetLinkStatus(client: VigieClient, token: string, opts?: { signal?: AbortSignal }): Promise<LinkStatusResponse>;
  resetVaultPassword(client: VigieClient, token: string, password: string, opts?: { signal?: AbortSignal }): Promise<void>;
}

const failureOf = (error: unknown): ApiFailure => (isApiError(error) ? error.failure : { kind: 'network', message: 'The request failed' });

/** Turns a reset request into its call, and the answer or the typed failure into the flow's event. */
export async function runPasswordResetRequest(
  api: PasswordResetApi,
  client: VigieClient,
  r: PasswordResetFlowRequest,
  signal: AbortSignal,
  idempotencyKey?: string,
): Promise<PasswordResetEvent> {
  try {
    switch (r.op) {
      case 'request':
        await api.requestVaultPasswordReset(client, r.identifier, r.email, { signal, ...(idempotencyKey ? { idempotencyKey } : {}) });
        return { type: 'requested' };
      case 'status':
        return { type: 'checked', status: (await api.getVaultResetLinkStatus(client, r.token, { signal })).status };
      case 'reset':
        await api.resetVaultPassword(client, r.token, r.password, { signal });
        return { type: 'reset-done' };
    }
  } catch (error) {
    const failure = failureOf(error);
    return r.op === 'request'
      ? { type: 'request-failed', failure }
      : r.op === 'status'
        ? { type: 'check-failed', failure }
        : { type: 'reset-failed', failure };
  }
}
