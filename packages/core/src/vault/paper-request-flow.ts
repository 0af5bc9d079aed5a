/**
 * VA-PAPER — « Je souhaite refuser la dématérialisation » as a flow (`shared/flow.ts`): the form
 * (identifier, password, employer, policy) → the server drafts the request (checking the
 * credentials like a login: same generic refusal, same lock) → the person confirms → a printable
 * confirmation.
 *
 * The state holds the step, the credentials' problem (a refusal, or the lock and its end: the
 * flow's deadline ticks each minute of the lock so « N minutes » counts down, then ends it), the
 * draft to confirm (memory only; dropped once confirmed, abandoned or expired) and the
 * confirmation. Effects: `call` (`draft`, `confirm`), `focus` (`step-title`, `password`, `alert`,
 * `confirm-error`), `emit` (`paper-payslip-requested` with the reference).
 */
import { ApiError, isApiError, type ApiFailure } from '../api/errors.js';
import type { VigieClient } from '../api/client.js';
import { stay, type Flow, type FlowEffect, type Step } from '../shared/flow.js';
import type { MachineContext } from '../shared/machine.js';
import { loginEventFromError } from './login.js';
import { vaultProblemOfFailure } from './problems.js';
import type { PaperRequest, PaperRequestConfirmation, PaperRequestDraft } from './schemas.js';

export const PAPER_REQUEST_STEPS = ['form', 'confirm', 'done'] as const;
export type PaperRequestStep = (typeof PAPER_REQUEST_STEPS)[number];

/** What the server said of the credentials. */
export type PaperRequestProblem =
  { readonly kind: 'invalid-credentials' } | { readonly kind: 'locked'; readonly lockedUntil: number; readonly seenAt: number };

export type PaperConfirmError = { readonly kind: 'expired' } | { readonly kind: 'failed'; readonly failure: ApiFailure };

export type PaperRequestState =
  | {
      readonly step: 'form';
      readonly busy: boolean;
      readonly problem?: PaperRequestProblem;
      /** A refusal that is neither the credentials' nor a lock (fields named by a 422, the service…): the form says it. */
      readonly failure?: { readonly seq: number; readonly failure: ApiFailure };
    }
  | {
      readonly step: 'confirm';
      readonly draft?: PaperRequestDraft;
      readonly confirming: boolean;
      readonly error?: PaperConfirmError;
    }
  | { readonly step: 'done'; readonly confirmation: PaperRequestConfirmation };

export type PaperRequestEvent =
  | { readonly type: 'submit'; readonly request: PaperRequest }
  | { readonly type: 'drafted'; readonly draft: PaperRequestDraft }
  | { readonly type: 'draft-failed'; readonly failure: ApiFailure }
  | { readonly type: 'cancel' }
  | { readonly type: 'confirm' }
  | { readonly type: 'confirmed'; readonly confirmation: PaperRequestConfirmation }
  | { readonly type: 'confirm-failed'; readonly failure: ApiFailure }
  /** The element left the page: the draft is abandoned (the server lets it expire). */
  | { readonly type: 'left' }
  | { readonly type: 'tick' };

export type PaperRequestFlowRequest =
  { readonly op: 'draft'; readonly request: PaperRequest } | { readonly op: 'confirm'; readonly draftId: string };

type Out = Step<PaperRequestState, PaperRequestFlowRequest, PaperRequestEvent>;
type Effect = FlowEffect<PaperRequestFlowRequest, PaperRequestEvent>;

const MINUTE = 60_000;
const focus = (target: string): Effect => ({ type: 'focus', target });
const form = (): PaperRequestState => ({ step: 'form', busy: false });

/** The credentials' problem a failed draft means (the login's rules), if any. */
export function paperProblemOf(failure: ApiFailure, now: number): PaperRequestProblem | undefined {
  const event = loginEventFromError(new ApiError(failure, 'POST vault/paper-requests'), now);
  if (event.type === 'server-refused') return { kind: 'invalid-credentials' };
  if (event.type === 'server-locked') return { kind: 'locked', lockedUntil: event.lockedUntil, seenAt: now };
  return undefined;
}

/** Whether the lock is on at `now` (from `lockedUntil` on, the form is open again). */
export const paperLocked = (p: PaperRequestProblem | undefined, now: number): boolean => p?.kind === 'locked' && now < p.lockedUntil;

export function paperRequestTransition(s: PaperRequestState, e: PaperRequestEvent, ctx: MachineContext): Out {
  switch (e.type) {
    case 'submit': {
      if (s.step !== 'form' || s.busy) return stay(s);
      return {
        state: { step: 'form', busy: true },
        effects: [{ type: 'call', request: { op: 'draft', request: e.request }, key: 'draft' }],
      };
    }
    case 'drafted':
      if (s.step !== 'form' || !s.busy) return stay(s);
      return { state: { step: 'confirm', draft: e.draft, confirming: false }, effects: [focus('step-title')] };
    case 'draft-failed': {
      if (s.step !== 'form' || !s.busy) return stay(s);
      const problem = paperProblemOf(e.failure, ctx.now);
      if (problem)
        return { state: { step: 'form', busy: false, problem }, effects: [focus(problem.kind === 'locked' ? 'alert' : 'password')] };
      return stay({ step: 'form', busy: false, failure: { seq: (s.failure?.seq ?? 0) + 1, failure: e.failure } });
    }
    case 'cancel':
      return s.step === 'confirm' ? { state: form(), effects: [focus('password')] } : stay(s);
    case 'confirm': {
      if (s.step !== 'confirm' || !s.draft || s.confirming) return stay(s);
      return {
        state: { step: 'confirm', draft: s.draft, confirming: true },
        effects: [{ type: 'call', request: { op: 'confirm', draftId: s.draft.draftId }, key: 'confirm' }],
      };
    }
    case 'confirmed':
      if (s.step !== 'confirm' || !s.confirming) return stay(s);
      return {
        state: { step: 'done', confirmation: e.confirmation },
        effects: [focus('step-title'), { type: 'emit', name: 'paper-payslip-requested', detail: e.confirmation.reference }],
      };
    case 'confirm-failed': {
      if (s.step !== 'confirm' || !s.confirming) return stay(s);
      const name = vaultProblemOfFailure(e.failure);
      const next: PaperRequestState =
        name === 'challengeExpired' || name === 'notFound'
          ? { step: 'confirm', confirming: false, error: { kind: 'expired' } }
          : { step: 'confirm', ...(s.draft ? { draft: s.draft } : {}), confirming: false, error: { kind: 'failed', failure: e.failure } };
      return { state: next, effects: [focus('confirm-error')] };
    }
    case 'left':
      return s.step === 'confirm' ? stay(form()) : s.step === 'form' ? stay({ ...s, busy: false }) : stay(s);
    case 'tick': {
      if (s.step !== 'form' || s.problem?.kind !== 'locked') return stay(s);
      if (ctx.now >= s.problem.lockedUntil) {
        const { problem: _p, ...rest } = s;
        return stay(rest);
      }
      return ctx.now > s.problem.seenAt ? stay({ ...s, problem: { ...s.problem, seenAt: ctx.now } }) : stay(s);
    }
  }
}

/** Each minute of the lock (« N minutes » counts down), then its end. */
export function paperRequestDeadline(s: PaperRequestState): { at: number; event: PaperRequestEvent } | undefined {
  if (s.step !== 'form' || s.problem?.kind !== 'locked') return undefined;
  const { seenAt, lockedUntil } = s.problem;
  if (seenAt >= lockedUntil) return { at: lockedUntil, event: { type: 'tick' } };
  return { at: seenAt + ((lockedUntil - seenAt) % MINUTE || MINUTE), event: { type: 'tick' } };
}

export const paperRequestFlow: Flow<PaperRequestState, PaperRequestEvent, PaperRequestFlowRequest> = {
  init: () => stay(form()),
  transition: paperRequestTransition,
  deadline: paperRequestDeadline,
};

/** The calls of the paper request (the element passes core's vault api, loaded on demand, and the confirmation's key). */
export interface PaperRequestApi {
  draftPaperRequest(client: VigieClient, request: PaperRequest, opts?: { signal?: AbortSignal }): Promise<PaperRequestDraft>;
  confirmPaperRequest(
    client: VigieClient,
    draftId: string,
    opts?: { signal?: AbortSignal; idempotencyKey?: string },
  ): Promise<PaperRequestConfirmation>;
}

/** Turns a paper request's call into its answer or typed failure, as the flow's event. */
export async function runPaperRequest(
  api: PaperRequestApi,
  client: VigieClient,
  r: PaperRequestFlowRequest,
  signal: AbortSignal,
  idempotencyKey?: string,
): Promise<PaperRequestEvent> {
  try {
    if (r.op === 'draft') return { type: 'drafted', draft: await api.draftPaperRequest(client, r.request, { signal }) };
    return {
      type: 'confirmed',
      confirmation: await api.confirmPaperRequest(client, r.draftId, { signal, ...(idempotencyKey ? { idempotencyKey } : {}) }),
    };
  } catch (error) {
    const failure: ApiFailure = isApiError(error) ? error.failure : { kind: 'network', message: 'The request failed' };
    return r.op === 'draft' ? { type: 'draft-failed', failure } : { type: 'confirm-failed', failure };
  }
}
