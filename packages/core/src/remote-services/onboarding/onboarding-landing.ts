/**
 * RS-ONB — the landing part of the onboarding flow (see `onboarding.ts` for the whole machine): the
 * types, the step and progress derived from the status, the load, the landing screens (invitation,
 * log-in, « check your e-mail », password, the ends), the answers, refusals, polls and the exit.
 * The steps after the log-in (and the new account's e-mail) are `onboarding-later.ts`, joined to
 * this part by {@link onboardingFlowWith}: a widget shows the landing screens before that code is
 * there (it loads when the person acts).
 */
import type { ApiFailure } from '../../api/errors.js';
import type { ProblemDetails } from '../../api/problem.js';
import type { MessageKey, Params } from '../../i18n/index.js';
import { isPasswordRefusal, PASSWORD_MIN_LENGTH } from '../../shared/password-policy.js';
import { stay, type Flow, type FlowEffect, type Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import type { InvitationKind, OnboardingTerms, OnboardingUser } from './model.js';
import type { OnboardingContact, OnboardingStatus } from './schemas.js';

/** The failure's problem details, if any (as `problemOf` of `api/problem.ts`, which loads zod: the flow must stay zod-free). */
const problemOf = (failure: ApiFailure): ProblemDetails | undefined => ('problem' in failure ? failure.problem : undefined);

/** Every step the widget shows, in the order of the longest path. */
export const ONBOARDING_STEPS = [
  'invitation',
  'login',
  'email',
  'check-email',
  'password',
  'terms-mysecuritas',
  'terms-remote',
  'id-pin',
  'contact',
] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** RS-ONB: while waiting for the e-mailed link, the onboarding is fetched again every 5 seconds (it may go on in another tab). */
export const ONBOARDING_POLL_MS = 5_000;

/**
 * RS-ONB: the steps of a path. While the person has not said whether they have an account, the new
 * account's path (the longer one): the count shrinks when they say they have one, never grows.
 */
export function onboardingPath(kind: InvitationKind, user: OnboardingUser | undefined): OnboardingStep[] {
  const idPin: OnboardingStep[] = kind === 'id-pin' ? ['id-pin'] : [];
  if (user === 'existing') return ['invitation', 'login', ...idPin, 'contact'];
  return ['invitation', 'email', 'check-email', 'password', 'login', 'terms-mysecuritas', 'terms-remote', ...idPin, 'contact'];
}

/** What started the flow: the invitation's link, or the e-mailed link (to set the password). */
export interface OnboardingSource {
  readonly kind: 'invitation' | 'signup';
  readonly token: string;
}

/** The requests that change the onboarding (each is one of the steps). */
export const ONBOARDING_OPS = [
  'signup',
  'password',
  'login',
  'terms-mysecuritas',
  'terms-remote',
  'id-pin',
  'new-user',
  'contact',
] as const;
export type OnboardingOp = (typeof ONBOARDING_OPS)[number];

/** A field's message: a catalog key with its parameters. */
export interface OnboardingFieldMessage {
  readonly key: MessageKey;
  readonly params?: Params;
}

/** What the server said to the last request (a refusal, or a failure to retry), shown on its step. */
export interface OnboardingNotice {
  /** Grows with each notice, so the widget applies field messages once. */
  readonly seq: number;
  readonly op: OnboardingOp | 'load';
  readonly message: OnboardingFieldMessage;
  /** Messages per field (`email`, `password`, `id`, `pin`, `firstName`…). */
  readonly fields?: Readonly<Record<string, OnboardingFieldMessage>>;
  /** A failure that is not an answer (network, time-out, 5xx…): the widget offers to retry. */
  readonly failure?: ApiFailure;
  readonly tone: 'error' | 'info';
}

export interface OnboardingActive {
  readonly phase: 'active';
  /** The invitation's token: the key of every request before the log-in. */
  readonly invitation: string;
  /** The e-mailed link's token, when the flow came from it (the password step needs it). */
  readonly signup?: string;
  readonly status: OnboardingStatus;
  /** The person's answer to « Avez-vous déjà un compte MySecuritas ? », before the server knows it. */
  readonly choice?: OnboardingUser;
  /** The onboarding session the log-in returned (memory only). */
  readonly session?: string;
  /** « Modifier l'adresse e-mail » after the e-mail was sent. */
  readonly editingEmail: boolean;
  /** « Je n'ai pas d'ID & PIN » was pressed: « Oui, je suis nouveau » is asked. */
  readonly noIdPin: boolean;
  /** The request in flight. */
  readonly busy?: OnboardingOp;
  readonly notice?: OnboardingNotice;
  /** Log-in (or ID & PIN) attempts wait until then (the server's 429). */
  readonly waitUntil?: number;
  /** Waiting for the e-mailed link: when to fetch the onboarding again. */
  readonly pollAt?: number;
  /** A resend of the e-mail is in flight (on the « check your e-mail » step). */
  readonly resending?: boolean;
}

/** Why the onboarding cannot go on from this link. */
export type OnboardingEnd = 'unknown' | 'expired' | 'link-unknown' | 'link-expired' | 'link-used' | 'already-completed';

export type OnboardingState =
  | { readonly phase: 'idle' }
  /** `focus`: the person asked for it (« Réessayer », « Reprendre »): the focus goes to what comes. */
  | { readonly phase: 'loading'; readonly source: OnboardingSource; readonly focus?: boolean }
  | { readonly phase: 'load-failed'; readonly source: OnboardingSource; readonly failure: ApiFailure }
  | { readonly phase: 'ended'; readonly reason: OnboardingEnd }
  | OnboardingActive
  | { readonly phase: 'completed'; readonly kind: InvitationKind; readonly user: OnboardingUser }
  | { readonly phase: 'exited'; readonly invitation: string };

export type OnboardingEvent =
  /** A token arrived (the `token` property, the invitation link, the e-mailed link). */
  | { readonly type: 'start'; readonly source: OnboardingSource }
  /** Fetch the onboarding again after a failure. */
  | { readonly type: 'retry' }
  | { readonly type: 'loaded'; readonly invitation: string; readonly status: OnboardingStatus; readonly signup?: string }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  /** « J'ai un compte MySecuritas » / « Créer un compte ». */
  | { readonly type: 'choose'; readonly user: OnboardingUser }
  /** « Retour » / « Modifier l'adresse e-mail »: the only way the step goes back. */
  | { readonly type: 'back' }
  | { readonly type: 'submit-email'; readonly email: string }
  | { readonly type: 'resend-email' }
  | { readonly type: 'submit-password'; readonly password: string }
  | { readonly type: 'submit-login'; readonly email: string; readonly password: string }
  | { readonly type: 'accept-terms'; readonly terms: OnboardingTerms }
  | { readonly type: 'submit-id-pin'; readonly id: string; readonly pin: string }
  /** « Je n'ai pas d'ID & PIN ». */
  | { readonly type: 'no-id-pin' }
  /** « Oui, je suis nouveau ». */
  | { readonly type: 'confirm-new' }
  | { readonly type: 'confirm-contact'; readonly contact: OnboardingContact }
  /** A request's answer: the onboarding as it now is (and the session, after a log-in). */
  | { readonly type: 'answered'; readonly op: OnboardingOp; readonly status: OnboardingStatus; readonly session?: string }
  | { readonly type: 'refused'; readonly op: OnboardingOp; readonly failure: ApiFailure }
  /** Fetch the onboarding again (waiting for the e-mailed link; a step another tab took). */
  | { readonly type: 'refresh' }
  | { readonly type: 'refreshed'; readonly status: OnboardingStatus }
  | { readonly type: 'refresh-failed'; readonly failure: ApiFailure }
  /** The server's wait is over (log-in, ID & PIN). */
  | { readonly type: 'wait-over' }
  /** « Quitter l'inscription »: asks the host (`onboarding-exited`, cancelable). */
  | { readonly type: 'exit' }
  | { readonly type: 'exited' }
  | { readonly type: 'stay' }
  /** « Reprendre » after leaving. */
  | { readonly type: 'resume' };

export type OnboardingRequest =
  /** Fetch the onboarding of the invitation: answered by `loaded` / `load-failed`. */
  | { readonly op: 'load'; readonly invitation: string }
  /** Fetch it again while on a step: answered by `refreshed` / `refresh-failed`. */
  | { readonly op: 'poll'; readonly invitation: string }
  /** The e-mailed link: answered by `loaded` (with the invitation's token) / `load-failed`. */
  | { readonly op: 'resume'; readonly signup: string }
  | { readonly op: 'signup'; readonly invitation: string; readonly email: string }
  | { readonly op: 'password'; readonly signup: string; readonly password: string }
  | { readonly op: 'login'; readonly invitation: string; readonly email: string; readonly password: string }
  | { readonly op: 'terms'; readonly session: string; readonly terms: OnboardingTerms }
  | { readonly op: 'id-pin'; readonly session: string; readonly id: string; readonly pin: string }
  | { readonly op: 'new-user'; readonly session: string }
  | { readonly op: 'contact'; readonly session: string; readonly contact: OnboardingContact };

type E = OnboardingEvent;
type R = OnboardingRequest;
type S = OnboardingState;
type Out = Step<S, R, E>;

/** The events of the steps after the log-in (and of the new account's e-mail): the later part's. */
export type OnboardingLaterEvent = Extract<
  E,
  { readonly type: 'submit-email' | 'accept-terms' | 'submit-id-pin' | 'no-id-pin' | 'confirm-new' | 'confirm-contact' }
>;

/** The later steps' transition (`onboardingLaterTransition`, `onboarding-later.ts`), given to {@link onboardingFlowWith}. */
export type OnboardingLaterTransition = (s: OnboardingActive, e: OnboardingLaterEvent, step: OnboardingStep, ctx: MachineContext) => Out;

/** The user whose path is followed: the server's once logged in, else the person's choice, else what the server knows. */
export function onboardingUser(s: OnboardingActive): OnboardingUser | undefined {
  const known = s.status.user === 'unknown' ? undefined : s.status.user;
  if (s.session) return known ?? s.choice;
  return s.choice ?? known;
}

/**
 * RS-ONB: the step to show, from the onboarding as the server holds it and what this page holds:
 * the first step of the path that is not done.
 */
export function onboardingStep(s: OnboardingActive): OnboardingStep {
  const { status } = s;
  const user = onboardingUser(s);
  if (user === undefined) return 'invitation';
  if (user === 'new' && !s.session) {
    if (!status.emailSent || s.editingEmail) return 'email';
    if (!status.passwordSet) return s.signup ? 'password' : 'check-email';
  }
  if (!s.session) return 'login';
  if (user === 'new') {
    if (!status.terms.mysecuritas) return 'terms-mysecuritas';
    if (!status.terms.remoteServices) return 'terms-remote';
  }
  if (status.kind === 'id-pin' && status.idPin === 'pending') return 'id-pin';
  return 'contact';
}

export interface OnboardingProgress {
  readonly step: OnboardingStep;
  /** 1-based: « Étape {index} sur {total} ». */
  readonly index: number;
  readonly total: number;
  readonly steps: readonly OnboardingStep[];
}

/** RS-ONB « Étape n sur N »: derived from the path, a pure function of the state (undefined outside the steps). */
export function onboardingProgress(s: OnboardingState): OnboardingProgress | undefined {
  if (s.phase !== 'active') return undefined;
  const steps = onboardingPath(s.status.kind, onboardingUser(s));
  const step = onboardingStep(s);
  return { step, index: steps.indexOf(step) + 1, total: steps.length, steps };
}

// ── refusals ────────────────────────────────────────────────────────────────────────────────

/** The slug of a problem (`/problems/too-many-attempts` → `too-many-attempts`). */
export function onboardingProblem(failure: ApiFailure): string | undefined {
  const type = problemOf(failure)?.type;
  return type?.slice(type.lastIndexOf('/') + 1);
}

/** The seconds a 429 asks to wait (`retryAfter` of the problem; 30 s when it says nothing). */
function retryAfterMs(failure: ApiFailure): number {
  const v = Number((problemOf(failure) as { retryAfter?: unknown } | undefined)?.retryAfter);
  return Number.isFinite(v) && v > 0 ? v * 1000 : 30_000;
}

/** A password refusal (`/problems/password-policy` `issues`) as the shared password messages. */
function passwordMessage(failure: ApiFailure): OnboardingFieldMessage {
  const issues = (problemOf(failure) as { issues?: unknown } | undefined)?.issues;
  const issue = Array.isArray(issues) ? issues.find(isPasswordRefusal) : undefined;
  if (issue === 'too-short') return { key: 'rs.onboarding.password.error.too-short', params: { min: PASSWORD_MIN_LENGTH } };
  if (issue === 'common') return { key: 'rs.onboarding.password.error.common' };
  return { key: 'rs.onboarding.password.error.rejected' };
}

/** Per-field messages of a 422 `validation` (`errors: [{ field, issue }]`). */
function validationFields(failure: ApiFailure): Record<string, OnboardingFieldMessage> {
  const errors = (problemOf(failure) as { errors?: unknown } | undefined)?.errors;
  const out: Record<string, OnboardingFieldMessage> = {};
  if (!Array.isArray(errors)) return out;
  for (const e of errors as { field?: unknown }[]) if (typeof e?.field === 'string') out[e.field] = { key: 'rs.onboarding.error.invalid' };
  return out;
}

// ── the flow ────────────────────────────────────────────────────────────────────────────────

const load = (source: OnboardingSource, focus = false): Out => ({
  state: { phase: 'loading', source, ...(focus ? { focus } : {}) },
  effects: [
    {
      type: 'call',
      key: 'load',
      request: source.kind === 'invitation' ? { op: 'load', invitation: source.token } : { op: 'resume', signup: source.token },
    },
  ],
});

/** A step's request (one at a time: ignored while another is in flight). */
export const onboardingCall = (s: OnboardingActive, op: OnboardingOp, request: R, extra: Partial<OnboardingActive> = {}): Out =>
  s.busy ? stay(s) : { state: { ...s, ...extra, busy: op }, effects: [{ type: 'call', request, key: 'step' }] };

const nextSeq = (s: OnboardingActive) => (s.notice?.seq ?? 0) + 1;

/** Re-arms the poll while the step is « check your e-mail » (and only then). */
function withPoll(s: OnboardingActive, now: number): OnboardingActive {
  const waiting = onboardingStep(s) === 'check-email';
  if (waiting) return s.pollAt === undefined ? { ...s, pollAt: now + ONBOARDING_POLL_MS } : s;
  return s.pollAt === undefined ? s : { ...s, pollAt: undefined };
}

function endFor(failure: ApiFailure): OnboardingEnd | undefined {
  switch (onboardingProblem(failure)) {
    case 'invitation-unknown':
      return 'unknown';
    case 'invitation-expired':
      return 'expired';
    case 'link-unknown':
      return 'link-unknown';
    case 'link-expired':
      return 'link-expired';
    case 'link-used':
      return 'link-used';
    default:
      return undefined;
  }
}

function refused(s: OnboardingActive, op: OnboardingOp, failure: ApiFailure, ctx: MachineContext): Out {
  const base: OnboardingActive = { ...s, busy: undefined, resending: false };
  const seq = nextSeq(s);
  const notice = (message: OnboardingFieldMessage, more: Partial<OnboardingNotice> = {}): OnboardingActive => ({
    ...base,
    notice: { seq, op, message, tone: 'error', ...more },
  });
  const end = endFor(failure);
  if (end) return { state: { phase: 'ended', reason: end }, effects: [] };
  switch (onboardingProblem(failure)) {
    case 'session-required':
      // The session ended on the server: log in again, the rest is kept there.
      return {
        state: withPoll({ ...notice({ key: 'rs.onboarding.error.session' }, { tone: 'info' }), session: undefined }, ctx.now),
        effects: [],
      };
    case 'invalid-credentials':
      return stay(notice({ key: 'rs.onboarding.error.credentials' }));
    case 'too-many-attempts':
      return stay({ ...notice({ key: 'rs.onboarding.error.wait' }), waitUntil: ctx.now + retryAfterMs(failure) });
    case 'password-policy': {
      const message = passwordMessage(failure);
      return stay(notice(message, { fields: { password: message } }));
    }
    case 'id-pin-refused':
      return stay(notice({ key: 'rs.onboarding.error.idPin' }));
    case 'step-not-allowed':
      // Another tab (or person) moved the onboarding on: fetch it and show where it now is.
      return {
        state: notice({ key: 'rs.onboarding.error.moved' }, { tone: 'info' }),
        effects: [{ type: 'call', key: 'poll', request: { op: 'poll', invitation: s.invitation } }],
      };
    case 'validation': {
      const fields = validationFields(failure);
      return stay(notice({ key: 'rs.onboarding.error.check' }, { fields }));
    }
    default:
      return stay(notice({ key: 'rs.onboarding.error.failed' }, { failure }));
  }
}

function answered(s: OnboardingActive, e: Extract<E, { type: 'answered' }>, ctx: MachineContext): Out {
  const resent = e.op === 'signup' && s.resending;
  const next: OnboardingActive = {
    ...s,
    status: e.status,
    busy: undefined,
    resending: false,
    notice: undefined,
    waitUntil: e.op === 'login' || e.op === 'id-pin' ? undefined : s.waitUntil,
    ...(e.session !== undefined ? { session: e.session } : {}),
    ...(e.op === 'signup' ? { editingEmail: false, choice: 'new' as const } : {}),
    ...(e.op === 'new-user' || e.op === 'id-pin' ? { noIdPin: false } : {}),
  };
  if (e.status.completed) {
    const user = onboardingUser(next) ?? 'new';
    return {
      state: { phase: 'completed', kind: e.status.kind, user },
      effects: [{ type: 'emit', name: 'onboarding-completed', detail: { kind: e.status.kind, user } }],
    };
  }
  const effects: FlowEffect<R, E>[] = resent ? [{ type: 'announce', message: { key: 'rs.onboarding.email.resent' }, tone: 'success' }] : [];
  return { state: withPoll(next, ctx.now), effects };
}

function active(s: OnboardingActive, e: E, ctx: MachineContext, later: OnboardingLaterTransition | undefined): Out {
  const step = onboardingStep(s);
  switch (e.type) {
    case 'choose':
      if (s.session || s.busy) return stay(s);
      return { state: withPoll({ ...s, choice: e.user, editingEmail: false, notice: undefined }, ctx.now), effects: [] };
    case 'back':
      if (s.busy) return stay(s);
      if (step === 'id-pin' && s.noIdPin) return stay({ ...s, noIdPin: false });
      if (step === 'check-email') return stay(withPoll({ ...s, editingEmail: true, notice: undefined }, ctx.now));
      if (step === 'email' && s.editingEmail) return stay(withPoll({ ...s, editingEmail: false, notice: undefined }, ctx.now));
      if ((step === 'email' || step === 'login') && !s.session && !s.status.passwordSet)
        return stay(withPoll({ ...s, choice: undefined, editingEmail: false, notice: undefined }, ctx.now));
      return stay(s);
    case 'resend-email':
      if (step !== 'check-email' || !s.status.email) return stay(s);
      return onboardingCall(
        s,
        'signup',
        { op: 'signup', invitation: s.invitation, email: s.status.email },
        { notice: undefined, resending: true },
      );
    case 'submit-password':
      if (step !== 'password' || !s.signup) return stay(s);
      return onboardingCall(s, 'password', { op: 'password', signup: s.signup, password: e.password });
    case 'submit-login':
      if (step !== 'login') return stay(s);
      if (s.waitUntil !== undefined && ctx.now < s.waitUntil) return stay(s);
      return onboardingCall(
        s,
        'login',
        { op: 'login', invitation: s.invitation, email: e.email.trim(), password: e.password },
        { waitUntil: undefined },
      );
    case 'submit-email':
    case 'accept-terms':
    case 'submit-id-pin':
    case 'no-id-pin':
    case 'confirm-new':
    case 'confirm-contact':
      // The later steps' part (`onboarding-later.ts`), once it is there (their views send these).
      return later ? later(s, e, step, ctx) : stay(s);
    case 'answered':
      return s.busy === e.op ? answered(s, e, ctx) : stay(s);
    case 'refused':
      return s.busy === e.op ? refused(s, e.op, e.failure, ctx) : stay(s);
    case 'refresh':
      return {
        state: { ...s, pollAt: undefined },
        effects: [{ type: 'call', key: 'poll', request: { op: 'poll', invitation: s.invitation } }],
      };
    case 'refreshed':
      if (e.status.completed) return { state: { phase: 'ended', reason: 'already-completed' }, effects: [] };
      // A request in flight answers for itself; the newer status otherwise.
      return stay(withPoll(s.busy ? { ...s, pollAt: undefined } : { ...s, status: e.status, pollAt: undefined }, ctx.now));
    case 'refresh-failed': {
      const end = endFor(e.failure);
      if (end) return { state: { phase: 'ended', reason: end }, effects: [] };
      return stay(withPoll({ ...s, pollAt: undefined }, ctx.now));
    }
    case 'wait-over':
      return stay({ ...s, waitUntil: undefined, notice: s.notice?.message.key === 'rs.onboarding.error.wait' ? undefined : s.notice });
    case 'exit':
      return {
        state: s,
        effects: [
          {
            type: 'emit',
            name: 'onboarding-exited',
            detail: { step },
            cancelable: true,
            ifNotCanceled: { type: 'exited' },
            ifCanceled: { type: 'stay' },
          },
        ],
      };
    case 'exited':
      return stay({ phase: 'exited', invitation: s.invitation });
    default:
      return stay(s);
  }
}

function transitionCore(s: S, e: E, ctx: MachineContext, later: OnboardingLaterTransition | undefined): Out {
  if (e.type === 'start') return load(e.source);
  switch (s.phase) {
    case 'idle':
    case 'ended':
    case 'completed':
      return stay(s);
    case 'exited':
      return e.type === 'resume' ? load({ kind: 'invitation', token: s.invitation }, true) : stay(s);
    case 'loading':
      if (e.type === 'loaded') {
        if (e.status.completed) return stay({ phase: 'ended', reason: 'already-completed' });
        const next: OnboardingActive = {
          phase: 'active',
          invitation: e.invitation,
          status: e.status,
          editingEmail: false,
          noIdPin: false,
          ...(e.signup ? { signup: e.signup } : {}),
        };
        return stay(withPoll(next, ctx.now));
      }
      if (e.type === 'load-failed') {
        const end = endFor(e.failure);
        return stay(end ? { phase: 'ended', reason: end } : { phase: 'load-failed', source: s.source, failure: e.failure });
      }
      return stay(s);
    case 'load-failed':
      return e.type === 'retry' ? load(s.source, true) : stay(s);
    case 'active':
      return active(s, e, ctx, later);
  }
}

/** A view of where the flow is, to tell when the step changed. */
const where = (s: S): string => {
  const p = onboardingProgress(s);
  return p ? `active:${p.step}` : s.phase;
};

/**
 * The step's effects, added to every transition: when the step changes, focus goes to its heading
 * (not on the first display: the page's focus is not taken on load) and `onboarding-step-changed`
 * `{ step, index, total }` is fired; a screen that is not a step (the success, an end) also takes
 * the focus to its heading.
 */
function withStepEffects(before: S, out: Out): Out {
  const from = where(before);
  const to = where(out.state);
  if (from === to) return out;
  const effects: FlowEffect<R, E>[] = [...out.effects];
  // The first display after a token arrived (page load) leaves the page's focus alone; after the
  // person's own « Réessayer » or « Reprendre », the focus goes to what replaced that button.
  const firstDisplay = before.phase === 'idle' || (before.phase === 'loading' && !before.focus);
  if (!firstDisplay) effects.push({ type: 'focus', target: 'heading' });
  const p = onboardingProgress(out.state);
  if (p) effects.push({ type: 'emit', name: 'onboarding-step-changed', detail: { step: p.step, index: p.index, total: p.total } });
  return { state: out.state, effects };
}

/**
 * RS-ONB: the onboarding flow with the later steps' transition when it is there (`later()`, read at
 * each event): without it, the landing screens work as in the whole flow, and the later steps'
 * events change nothing. `onboardingFlow` (`onboarding.ts`) is both parts together.
 */
export function onboardingFlowWith(later: () => OnboardingLaterTransition | undefined): Flow<S, E, R> {
  return {
    init: () => ({ state: { phase: 'idle' }, effects: [] }),
    transition: (s, e, ctx) => withStepEffects(s, transitionCore(s, e, ctx, later())),
    deadline: (s) => {
      if (s.phase !== 'active') return undefined;
      const candidates: { at: number; event: E }[] = [];
      if (s.waitUntil !== undefined) candidates.push({ at: s.waitUntil, event: { type: 'wait-over' } });
      if (s.pollAt !== undefined && !s.busy) candidates.push({ at: s.pollAt, event: { type: 'refresh' } });
      return candidates.sort((a, b) => a.at - b.at)[0];
    },
  };
}
