/**
 * PP-SPACES — the flow of `<space-switcher>` (the convention of `shared/flow.ts`): the spaces are
 * loaded, then each intent is one request at a time whose answer comes back as an event:
 *
 *     idle ─load→ loading ─loaded→ ready ─link / switch→ (busy, call) ─answered→ ready (+ notice, event)
 *                         └─load-failed→ failed ─load→ loading            └─refused→ ready (+ problem: a refusal, or a failure to retry)
 *     ready ─open-dissociation→ dissociating ─dissociate→ (busy, call) ─answered→ dissociated ─acknowledge→ ready
 *                                             └─close-dissociation→ ready        └─refused→ dissociating (the form says why)
 *
 * The form's fields (the dissociation's new login and passwords) stay in the element's form
 * controller; this flow owns everything else the element used to keep in `@state` fields: the
 * spaces, what is busy, the problem, the notice, whether the form is open, the confirmation
 * screen. A password is only ever in the `dissociate` request (data of one effect), never in the
 * state. The host events are `spaces-linked`, `space-switched`, `spaces-dissociated`.
 */
import type { ApiFailure } from '../api/errors.js';
import { problemOf } from '../api/problem.js';
import type { MachineContext } from '../shared/machine.js';
import type { Flow, FlowEffect, Step } from '../shared/flow.js';
import { passportProblemOfFailure } from './problems.js';
import type { SpacesStatus } from './schemas.js';
import { SPACES_REFUSAL_REASONS, type SpaceKind, type SpacesRefusalReason } from './spaces.js';

export type SwitcherRequest =
  | { readonly op: 'load' }
  | { readonly op: 'link' }
  | { readonly op: 'switch'; readonly space: SpaceKind }
  | { readonly op: 'dissociate'; readonly userLogin: string; readonly password: string };

export type SwitcherOp = Exclude<SwitcherRequest['op'], 'load'>;

/** A refusal with its reason, or a failure with the intent to retry. */
export type SwitcherProblem =
  | { readonly kind: 'refused'; readonly reason: SpacesRefusalReason }
  | { readonly kind: 'failed'; readonly failure: ApiFailure; readonly retry: SwitcherIntent };

/** The last thing done, said politely. */
export type SwitcherNotice = { readonly kind: 'linked' } | { readonly kind: 'switched'; readonly space: SpaceKind };

type SwitcherIntent = { readonly type: 'link' } | { readonly type: 'switch'; readonly space: SpaceKind };

export type SwitcherEvent =
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly status: SpacesStatus; readonly companyLogin: string | undefined }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  | SwitcherIntent
  | { readonly type: 'retry' }
  | { readonly type: 'open-dissociation' }
  | { readonly type: 'close-dissociation' }
  | { readonly type: 'dissociate'; readonly userLogin: string; readonly password: string }
  | { readonly type: 'acknowledge' }
  | { readonly type: 'answered'; readonly op: SwitcherOp; readonly status: SpacesStatus }
  | { readonly type: 'refused'; readonly op: SwitcherOp; readonly failure: ApiFailure }
  /** Another session (or none): everything said or open was for the previous one. */
  | { readonly type: 'reset'; readonly keepDissociating?: boolean };

export interface SwitcherState {
  readonly phase: 'idle' | 'loading' | 'failed' | 'ready';
  readonly loadFailure?: ApiFailure;
  readonly status?: SpacesStatus;
  /** The company's login (for the texts), when it could be read. */
  readonly companyLogin?: string;
  readonly busy?: SwitcherOp;
  readonly problem?: SwitcherProblem;
  readonly notice?: SwitcherNotice;
  /** The dissociation form is open. */
  readonly dissociating: boolean;
  /** The seed's « DISTINGUER MES ESPACES » screen, after a dissociation. */
  readonly dissociated?: { readonly userLogin: string; readonly companyLogin: string | undefined };
  /**
   * The answer to the last dissociation (for the element's form: a failure goes to its fields),
   * with a sequence number so that each answer is taken once.
   */
  readonly answer?: { readonly seq: number; readonly failure?: ApiFailure };
  /** The dissociation being sent (its login, for the confirmation; never its password). */
  readonly sending?: string;
  /** The space a running switch goes to (for its retry). */
  readonly switchingTo?: SpaceKind;
}

export type SwitcherEffect = FlowEffect<SwitcherRequest, SwitcherEvent>;
type SwitcherStep = Step<SwitcherState, SwitcherRequest, SwitcherEvent>;

export const SWITCHER_IDLE: SwitcherState = { phase: 'idle', dissociating: false };

/** The reason of a `/problems/spaces-refused` (409), if it is one core knows. */
export function spacesRefusalOf(failure: ApiFailure): SpacesRefusalReason | undefined {
  if (passportProblemOfFailure(failure) !== 'spacesRefused') return undefined;
  const reason = problemOf(failure)?.['reason'];
  return (SPACES_REFUSAL_REASONS as readonly unknown[]).includes(reason) ? (reason as SpacesRefusalReason) : undefined;
}

/** Reasons said on the dissociation's login field rather than as a problem. */
const FIELD_REASONS: readonly SpacesRefusalReason[] = ['invalid-email', 'same-email'];

/** Whether a dissociation's failure is said by the form (on its fields, or as its failure notice). */
export function dissociationFailureInForm(failure: ApiFailure): boolean {
  const reason = spacesRefusalOf(failure);
  return !reason || FIELD_REASONS.includes(reason);
}

const step = (state: SwitcherState, ...effects: SwitcherEffect[]): SwitcherStep => ({ state, effects });

function startIntent(state: SwitcherState, intent: SwitcherIntent): SwitcherStep {
  if (state.phase !== 'ready' || state.busy || !state.status) return step(state);
  const cleared = { ...state, problem: undefined, notice: undefined };
  if (intent.type === 'link') return step({ ...cleared, busy: 'link' }, { type: 'call', request: { op: 'link' } });
  if (intent.space === state.status.active) return step(state);
  return step({ ...cleared, busy: 'switch' }, { type: 'call', request: { op: 'switch', space: intent.space } });
}

function answered(state: SwitcherState, op: SwitcherOp, status: SpacesStatus): SwitcherStep {
  const base = { ...state, status, busy: undefined };
  switch (op) {
    case 'link':
      return step(
        { ...base, notice: { kind: 'linked' } },
        { type: 'emit', name: 'spaces-linked', detail: { spaces: status.spaces, active: status.active } },
        { type: 'focus', target: 'notice' },
      );
    case 'switch':
      return step(
        { ...base, notice: { kind: 'switched', space: status.active } },
        { type: 'emit', name: 'space-switched', detail: { space: status.active, previous: state.status?.active } },
      );
    case 'dissociate': {
      const userLogin = state.sending ?? '';
      return step(
        {
          ...base,
          dissociating: false,
          sending: undefined,
          dissociated: { userLogin, companyLogin: state.companyLogin },
          answer: { seq: (state.answer?.seq ?? 0) + 1 },
        },
        { type: 'emit', name: 'spaces-dissociated', detail: { userLogin } },
        { type: 'focus', target: 'done-title' },
      );
    }
  }
}

function refused(state: SwitcherState, op: SwitcherOp, failure: ApiFailure): SwitcherStep {
  const base = { ...state, busy: undefined };
  const reason = spacesRefusalOf(failure);
  if (op === 'dissociate') {
    const answer = { seq: (state.answer?.seq ?? 0) + 1, failure };
    const problem: SwitcherProblem | undefined = reason && !FIELD_REASONS.includes(reason) ? { kind: 'refused', reason } : undefined;
    return step({ ...base, sending: undefined, answer, problem });
  }
  const retry: SwitcherIntent = op === 'link' ? { type: 'link' } : { type: 'switch', space: pendingSpace(state) };
  return step({ ...base, problem: reason ? { kind: 'refused', reason } : { kind: 'failed', failure, retry } });
}

/** The space a switch went to (kept while it runs). */
const pendingSpace = (state: SwitcherState): SpaceKind => state.switchingTo ?? state.status?.active ?? 'company';

export function switcherTransition(state: SwitcherState, event: SwitcherEvent, _ctx?: MachineContext): SwitcherStep {
  switch (event.type) {
    case 'reset':
      return step({ ...SWITCHER_IDLE, dissociating: event.keepDissociating ? state.dissociating : false });
    case 'load':
      // A reload while a request runs would leave its answer without spaces to apply it to: the
      // request's answer brings the new status anyway (another session sends `reset` first).
      if (state.phase === 'loading' || state.busy) return step(state);
      return step({ ...state, phase: 'loading', loadFailure: undefined }, { type: 'call', request: { op: 'load' }, key: 'load' });
    case 'loaded':
      if (state.phase !== 'loading') return step(state);
      return step({ ...state, phase: 'ready', status: event.status, companyLogin: event.companyLogin });
    case 'load-failed':
      if (state.phase !== 'loading') return step(state);
      return step({ ...state, phase: 'failed', loadFailure: event.failure, status: undefined });
    case 'link':
      return startIntent(state, event);
    case 'switch': {
      const next = startIntent(state, event);
      return next.state === state ? next : step({ ...next.state, switchingTo: event.space }, ...next.effects);
    }
    case 'retry': {
      const p = state.problem;
      return p?.kind === 'failed' ? switcherTransition(state, p.retry) : step(state);
    }
    case 'open-dissociation':
      if (state.dissociating) return step(state);
      return step({ ...state, problem: undefined, notice: undefined, dissociating: true }, { type: 'focus', target: 'dissociate' });
    case 'close-dissociation':
      if (!state.dissociating || state.busy === 'dissociate') return step(state);
      return step(
        { ...state, dissociating: false },
        ...(state.phase === 'ready' ? [{ type: 'focus', target: 'dissociate-open' } as const] : []),
      );
    case 'dissociate':
      if (state.phase !== 'ready' || state.busy || !state.dissociating) return step(state);
      return step(
        { ...state, busy: 'dissociate', problem: undefined, notice: undefined, sending: event.userLogin },
        { type: 'call', request: { op: 'dissociate', userLogin: event.userLogin, password: event.password } },
      );
    case 'acknowledge':
      if (!state.dissociated) return step(state);
      return step({ ...state, dissociated: undefined }, { type: 'focus', target: 'state' });
    case 'answered':
      if (state.busy !== event.op) return step(state);
      return answered({ ...state, switchingTo: undefined }, event.op, event.status);
    case 'refused':
      if (state.busy !== event.op) return step(state);
      return withoutSwitching(refused(state, event.op, event.failure));
  }
}

const withoutSwitching = (s: SwitcherStep): SwitcherStep => ({ ...s, state: { ...s.state, switchingTo: undefined } });

/** PP-SPACES as a flow: starts idle (the element sends `load` once there is a session). */
export const switcherFlow: Flow<SwitcherState, SwitcherEvent, SwitcherRequest> = {
  init: () => step(SWITCHER_IDLE),
  transition: switcherTransition,
};
