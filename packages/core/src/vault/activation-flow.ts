/**
 * VA-ACTIVATE — the activation of a payslip vault from its invitation link, as a flow
 * (`shared/flow.ts`): the server checks the link (valid, expired, used, unknown), then the steps
 * password → person → terms → (SMS code, when the server asks for one), then the activation,
 * which opens a vault session.
 *
 * The state holds what the steps hold: the token, the invitation, the current step, the person's
 * names (kept across failures), the chosen password (in memory only, and only until the server
 * judged it: dropped on success, on a refusal, when going back to the first step, and in what the
 * element keeps when it leaves the page: {@link activationKept}), the SMS code's deadlines as the
 * server stated them, and the next instant what is shown of them changes ({@link activationFlow}'s
 * `deadline`: each second of the resend count-down, then the code's expiry).
 *
 * Effects: `call` (`status`, `send-code`, `activate`, see {@link runActivationRequest}), `focus`
 * (the step's `heading`, or `done`), `emit` (`vault-activated` with the person). The session of the
 * `activated` answer goes to the provider where the call is run (the element's runner), never into
 * an event or the state.
 */
import { isApiError, type ApiFailure } from '../api/errors.js';
import { problemOf } from '../api/problem.js';
import type { VigieClient } from '../api/client.js';
import type { MessageKey } from '../i18n/index.js';
import { stay, type Flow, type FlowEffect, type Step } from '../shared/flow.js';
import type { MachineContext } from '../shared/machine.js';
import { RESEND_COOLDOWN_MS } from './one-time-code.js';
import { vaultProblemOfFailure } from './problems.js';
import type { ActivationPerson, ActivationStatusResponse, CodeSent, SignedIn } from './schemas.js';

/** The steps of the wizard, in order (`code` only when the server asks for an SMS code). */
export const ACTIVATION_STEPS = ['password', 'person', 'terms', 'code'] as const;
export type ActivationStep = (typeof ACTIVATION_STEPS)[number];

/** The invitation as the server describes a valid link. */
export type ActivationInvitation = Extract<ActivationStatusResponse, { status: 'valid' }>;

/** The SMS code sent, as the server stated it (`expiresAt` unknown when only a 429 told that a code is out). */
export interface ActivationCode {
  readonly destination: string;
  readonly resendAt: number;
  readonly expiresAt?: number;
  /** The last instant the flow looked at these deadlines (the next deadline is computed from it). */
  readonly seenAt: number;
}

/** Where a refusal of the activation is placed: which step's form shows it (the element words it). */
export interface ActivationNotice {
  /** Grows with each notice (the element applies each one once). */
  readonly seq: number;
  readonly step: 'password' | 'person' | 'code';
  readonly reason: 'invalid-code' | 'email-unavailable' | 'password-policy' | 'fields';
  readonly failure: ApiFailure;
}

export interface ActivationWizard {
  readonly phase: 'wizard';
  readonly token: string;
  readonly invitation: ActivationInvitation;
  readonly step: ActivationStep;
  /** The person's information as confirmed at step 2 (kept across failures and Back). */
  readonly person?: ActivationPerson;
  /** The chosen password: in memory until the server judged it. */
  readonly password?: string;
  /** The password was dropped (the element left the page, or the server refused): it is asked again, with a note. */
  readonly retyping: boolean;
  /** The activation request on its way. */
  readonly busy: boolean;
  /** The activation failed without a step to place it on (a retry, or the password step if it was dropped). */
  readonly failure?: ApiFailure;
  readonly notice?: ActivationNotice;
  readonly code?: ActivationCode;
  readonly codeSending: boolean;
  readonly codeFailure?: ApiFailure;
  readonly codeStatus?: MessageKey;
}

export type ActivationState =
  | { readonly phase: 'no-token' }
  | { readonly phase: 'checking'; readonly token: string }
  | { readonly phase: 'error'; readonly token: string; readonly failure: ApiFailure }
  | { readonly phase: 'unknown' | 'expired' | 'used' }
  | ActivationWizard
  | { readonly phase: 'done'; readonly person: ActivationPerson };

export type ActivationEvent =
  /** A (new) token: the flow starts afresh from the link's check. */
  | { readonly type: 'start'; readonly token: string }
  /** « Réessayer » after a failed check. */
  | { readonly type: 'retry' }
  /** Back in the page after leaving it: a check that was cut is made again, a dropped password asked again. */
  | { readonly type: 'returned' }
  | { readonly type: 'checked'; readonly status: ActivationStatusResponse }
  | { readonly type: 'check-failed'; readonly failure: ApiFailure }
  | { readonly type: 'password-chosen'; readonly password: string }
  | { readonly type: 'person-confirmed'; readonly person: ActivationPerson }
  /** The terms were accepted: on to the code, or the activation itself. */
  | { readonly type: 'terms-accepted' }
  | { readonly type: 'code-entered'; readonly code: string }
  | { readonly type: 'back'; readonly step: ActivationStep }
  /** « Recevoir un nouveau code » (or « Envoyer le code » after a failed first sending). */
  | { readonly type: 'send-code'; readonly again: boolean }
  | { readonly type: 'code-sent'; readonly sent: CodeSent; readonly again: boolean }
  | { readonly type: 'code-failed'; readonly failure: ApiFailure }
  | { readonly type: 'activated'; readonly signedIn: SignedIn }
  | { readonly type: 'activation-failed'; readonly failure: ApiFailure }
  /** « Réessayer » after a refusal that dropped the password: it is chosen again (with a note). */
  | { readonly type: 'restart' }
  /** The failure notice was dismissed by « Réessayer » (the form sends its request again). */
  | { readonly type: 'dismiss' }
  /** The flow's deadline: what is shown of the code's deadlines changes. */
  | { readonly type: 'tick' };

export type ActivationFlowRequest =
  | { readonly op: 'status'; readonly token: string }
  | { readonly op: 'send-code'; readonly token: string; readonly again: boolean }
  | {
      readonly op: 'activate';
      readonly token: string;
      readonly password: string;
      readonly person: ActivationPerson;
      readonly smsCode?: string;
    };

type Out = Step<ActivationState, ActivationFlowRequest, ActivationEvent>;
type Effect = FlowEffect<ActivationFlowRequest, ActivationEvent>;

/** Whether the invitation asks for an SMS code (4 steps instead of 3). */
export const activationNeedsCode = (invitation: ActivationInvitation): boolean => invitation.smsCodeDestination !== undefined;

/** The steps of this invitation, in order. */
export const activationSteps = (invitation: ActivationInvitation): readonly ActivationStep[] =>
  activationNeedsCode(invitation) ? ACTIVATION_STEPS : ACTIVATION_STEPS.filter((s) => s !== 'code');

const focusHeading: Effect = { type: 'focus', target: 'heading' };

const checking = (token: string): Out => ({
  state: { phase: 'checking', token },
  effects: [{ type: 'call', request: { op: 'status', token }, key: 'status' }],
});

/** The link can no longer be used (token, password and all forgotten). */
function endOnLinkProblem(failure: ApiFailure): Out | undefined {
  const name = vaultProblemOfFailure(failure);
  if (name === 'tokenExpired') return stay({ phase: 'expired' });
  if (name === 'tokenUsed') return stay({ phase: 'used' });
  if (name === 'tokenUnknown') return stay({ phase: 'unknown' });
  return undefined;
}

/** Moves to `step` (focus on its heading); the first step drops the password; the code step sends a code if none is out. */
function go(s: ActivationWizard, step: ActivationStep, extra: Partial<ActivationWizard> = {}): Out {
  const { failure: _f, notice: _n, ...rest } = s;
  let next: ActivationWizard = { ...rest, ...extra, step };
  if (step === 'password') {
    const { password: _p, ...noPassword } = next;
    next = noPassword;
  }
  const effects: Effect[] = [];
  if (step === 'code' && !next.code && !next.codeSending) {
    next = { ...next, codeSending: true, codeStatus: undefined, codeFailure: undefined };
    effects.push({ type: 'call', request: { op: 'send-code', token: s.token, again: false }, key: 'code' });
  }
  effects.push(focusHeading);
  return { state: clean(next), effects };
}

/** Drops the keys left `undefined` (the state stays plain data). */
function clean(s: ActivationWizard): ActivationWizard {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as ActivationWizard;
}

function activate(s: ActivationWizard, smsCode: string | undefined): Out {
  if (s.busy) return stay(s);
  // The password is gone (the element left the page meanwhile): it is chosen again.
  if (s.password === undefined || !s.person) return go(s, 'password', { retyping: true });
  const { failure: _f, ...rest } = s;
  const request: ActivationFlowRequest = {
    op: 'activate',
    token: s.token,
    password: s.password,
    person: s.person,
    ...(smsCode ? { smsCode } : {}),
  };
  return { state: { ...rest, busy: true }, effects: [{ type: 'call', request, key: 'activate' }] };
}

function onActivationFailure(s: ActivationWizard, failure: ApiFailure): Out {
  const ended = endOnLinkProblem(failure);
  if (ended) return ended;
  const seq = (s.notice?.seq ?? 0) + 1;
  const name = vaultProblemOfFailure(failure);
  const idle: ActivationWizard = { ...s, busy: false };
  // Only the code was refused: the person types it again (or asks for a new one), nothing else.
  if (name === 'invalidCode') return stay({ ...idle, notice: { seq, step: 'code', reason: 'invalid-code', failure } });
  if (name === 'emailUnavailable') return placed(go(idle, 'person'), { seq, step: 'person', reason: 'email-unavailable', failure });
  if (name === 'passwordPolicy') return placed(go(idle, 'password'), { seq, step: 'password', reason: 'password-policy', failure });
  if (personFieldsOf(failure).length) return placed(go(idle, 'person'), { seq, step: 'person', reason: 'fields', failure });
  // A refusal the steps cannot place drops the password (chosen again). 500, network, time-out…:
  // the server never judged it, so everything typed stays, the password too (issue 8 #18).
  const next: ActivationWizard = serverJudged(failure) ? (({ password: _p, ...r }) => r)(idle) : idle;
  return stay({ ...next, failure });
}

const placed = (out: Out, notice: ActivationNotice): Out => ({
  state: { ...(out.state as ActivationWizard), notice },
  effects: out.effects,
});

/** The person's fields a validation problem names (`person.<field>`). */
export function personFieldsOf(failure: ApiFailure): readonly string[] {
  if (vaultProblemOfFailure(failure) !== 'validation') return [];
  const errors = problemOf(failure)?.['errors'];
  if (!Array.isArray(errors)) return [];
  return errors
    .map((e: unknown) =>
      e && typeof e === 'object' && typeof (e as { field?: unknown }).field === 'string' ? (e as { field: string }).field : '',
    )
    .filter((f) => /^person\.(lastName|firstName|email)$/.test(f))
    .map((f) => f.slice('person.'.length));
}

/** The server judged the request (not a network failure, a time-out, a 5xx, a 408 or a 429, nor an abort). */
const serverJudged = (failure: ApiFailure): boolean => {
  if (failure.kind === 'aborted' || failure.kind === 'network' || failure.kind === 'timeout') return false;
  return !(failure.status >= 500 || failure.status === 408 || failure.status === 429);
};

function onCodeSent(s: ActivationWizard, sent: CodeSent, again: boolean, now: number): Out {
  const code: ActivationCode = {
    destination: sent.destination,
    expiresAt: Date.parse(sent.expiresAt),
    resendAt: Date.parse(sent.resendAt),
    seenAt: now,
  };
  const { codeFailure: _f, codeStatus: _c, ...rest } = s;
  return stay({ ...rest, code, codeSending: false, ...(again ? { codeStatus: 'vault.code.resent' as MessageKey } : {}) });
}

function onCodeFailed(s: ActivationWizard, failure: ApiFailure, now: number): Out {
  const ended = endOnLinkProblem(failure);
  if (ended) return ended;
  if (vaultProblemOfFailure(failure) === 'resendTooEarly') {
    // A code is already out (sent from another page, or just now): the person may have it.
    const at = Date.parse(String(problemOf(failure)?.['resendAt'] ?? ''));
    const resendAt = Number.isNaN(at) ? now + RESEND_COOLDOWN_MS : at;
    const code: ActivationCode = s.code
      ? { ...s.code, resendAt, seenAt: now }
      : { destination: s.invitation.smsCodeDestination ?? '', resendAt, seenAt: now };
    return stay({ ...s, code, codeSending: false, codeStatus: 'vault.code.error.tooEarly' });
  }
  return stay({ ...s, codeSending: false, codeFailure: failure });
}

function wizardTransition(s: ActivationWizard, e: ActivationEvent, ctx: MachineContext): Out {
  switch (e.type) {
    case 'password-chosen':
      if (s.step !== 'password') return stay(s);
      return go({ ...s, password: e.password, retyping: false }, 'person');
    case 'person-confirmed':
      if (s.step !== 'person') return stay(s);
      return go({ ...s, person: e.person }, 'terms');
    case 'terms-accepted':
      if (s.step !== 'terms') return stay(s);
      return activationNeedsCode(s.invitation) ? go(s, 'code') : activate(s, undefined);
    case 'code-entered':
      if (s.step !== 'code') return stay(s);
      return activate(s, e.code);
    case 'back':
      if (ACTIVATION_STEPS.indexOf(e.step) >= ACTIVATION_STEPS.indexOf(s.step)) return stay(s);
      return go(s, e.step);
    case 'send-code': {
      if (s.step !== 'code' || s.codeSending) return stay(s);
      if (e.again && s.code && ctx.now < s.code.resendAt) return stay(s);
      const { codeFailure: _f, codeStatus: _c, ...rest } = s;
      return {
        state: { ...rest, codeSending: true },
        effects: [{ type: 'call', request: { op: 'send-code', token: s.token, again: e.again }, key: 'code' }],
      };
    }
    case 'code-sent':
      return onCodeSent(s, e.sent, e.again, ctx.now);
    case 'code-failed':
      return onCodeFailed(s, e.failure, ctx.now);
    case 'activated': {
      const person = s.person!;
      return {
        state: { phase: 'done', person },
        effects: [
          { type: 'emit', name: 'vault-activated', detail: person },
          { type: 'focus', target: 'done' },
        ],
      };
    }
    case 'activation-failed':
      return onActivationFailure(s, e.failure);
    case 'restart':
      return go(s, 'password', { retyping: true });
    case 'dismiss': {
      const { failure: _f, ...rest } = s;
      return stay(rest);
    }
    case 'returned':
      // The password was dropped when the element left: it is asked again.
      return s.step !== 'password' && s.password === undefined ? go(s, 'password') : stay(s);
    case 'tick':
      return s.code && ctx.now > s.code.seenAt ? stay({ ...s, code: { ...s.code, seenAt: ctx.now } }) : stay(s);
    default:
      return stay(s);
  }
}

export function activationTransition(s: ActivationState, e: ActivationEvent, ctx: MachineContext): Out {
  if (e.type === 'start') return checking(e.token);
  switch (s.phase) {
    case 'checking':
      if (e.type === 'checked') {
        if (e.status.status === 'valid')
          return stay({
            phase: 'wizard',
            token: s.token,
            invitation: e.status,
            step: 'password',
            retyping: false,
            busy: false,
            codeSending: false,
          });
        return stay({ phase: e.status.status });
      }
      if (e.type === 'check-failed') return endOnLinkProblem(e.failure) ?? stay({ phase: 'error', token: s.token, failure: e.failure });
      if (e.type === 'returned') return checking(s.token);
      return stay(s);
    case 'error':
      return e.type === 'retry' ? checking(s.token) : stay(s);
    case 'wizard':
      return wizardTransition(s, e, ctx);
    default:
      return stay(s);
  }
}

/** The next instant what is shown changes: each second of the resend count-down, then the code's expiry. */
export function activationDeadline(s: ActivationState): { at: number; event: ActivationEvent } | undefined {
  if (s.phase !== 'wizard' || s.step !== 'code' || !s.code) return undefined;
  const { seenAt, resendAt, expiresAt } = s.code;
  if (seenAt < resendAt) return { at: seenAt + ((resendAt - seenAt) % 1000 || 1000), event: { type: 'tick' } };
  return expiresAt !== undefined && seenAt < expiresAt ? { at: expiresAt, event: { type: 'tick' } } : undefined;
}

export const activationFlow: Flow<ActivationState, ActivationEvent, ActivationFlowRequest> = {
  init: () => stay({ phase: 'no-token' }),
  transition: activationTransition,
  deadline: activationDeadline,
};

/**
 * What the element keeps when it leaves the page (the flow resumes from it): never the password
 * (asked again when it comes back), no request on its way (a cut check is made again).
 */
export function activationKept(s: ActivationState): ActivationState {
  if (s.phase !== 'wizard') return s;
  const { password: _p, ...rest } = s;
  return { ...rest, busy: false, codeSending: false };
}

/** The calls of the activation flow (the element passes core's vault api, loaded on demand). */
export interface ActivationApi {
  getVaultActivationStatus(client: VigieClient, token: string, opts?: { signal?: AbortSignal }): Promise<ActivationStatusResponse>;
  sendVaultActivationCode(client: VigieClient, token: string, opts?: { signal?: AbortSignal }): Promise<CodeSent>;
  activateVault(
    client: VigieClient,
    request: { token: string; password: string; person: ActivationPerson; termsAccepted: true; smsCode?: string },
    opts?: { signal?: AbortSignal },
  ): Promise<SignedIn>;
}

const failureOf = (error: unknown): ApiFailure => (isApiError(error) ? error.failure : { kind: 'network', message: 'The request failed' });

/** Turns an activation request into its call, and the answer or the typed failure into the flow's event. */
export async function runActivationRequest(
  api: ActivationApi,
  client: VigieClient,
  r: ActivationFlowRequest,
  signal: AbortSignal,
): Promise<ActivationEvent> {
  try {
    switch (r.op) {
      case 'status':
        return { type: 'checked', status: await api.getVaultActivationStatus(client, r.token, { signal }) };
      case 'send-code':
        return { type: 'code-sent', sent: await api.sendVaultActivationCode(client, r.token, { signal }), again: r.again };
      case 'activate': {
        const { token, password, person, smsCode } = r;
        return {
          type: 'activated',
          signedIn: await api.activateVault(
            client,
            { token, password, person, termsAccepted: true, ...(smsCode ? { smsCode } : {}) },
            { signal },
          ),
        };
      }
    }
  } catch (error) {
    const failure = failureOf(error);
    return r.op === 'status'
      ? { type: 'check-failed', failure }
      : r.op === 'send-code'
        ? { type: 'code-failed', failure }
        : { type: 'activation-failed', failure };
  }
}
