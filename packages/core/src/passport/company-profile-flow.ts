/**
 * PP-COMPANY — the flow of `<company-profile>` (the convention of `shared/flow.ts`):
 *
 *     idle ─start→ loading (call load) ─loaded→ ready        └─load-failed→ load-failed ─refresh→ loading
 *     ready ─refresh→ ready + refreshing (call load) ─loaded→ ready (the form keeps what was typed)
 *     ready ─submit (hand-over, not confirmed)→ ready + confirming ─confirm-handover→ ready (the next submit goes)
 *     ready ─submit→ saving (call update | hand-over) ─updated (then?)→ saving (call password) ─…→ ready (+ answer)
 *                                                     └─save-failed→ ready (+ answer: the failure; 412: the conflict)
 *     conflict stale ─reload-conflict→ reloading (call reload) ─reloaded→ reloaded (focus conflict)
 *     ready ─request-spaces→ emit spaces-link-requested (cancelable) ─not canceled→ the spaces dialog
 *     any ─signed-out→ idle
 *
 * The fields' values stay in the element's form controller; the rules are core's
 * (`checkCompanyForm`, `planCompanyChanges`). This flow owns what the element kept in `@state`
 * fields: the company and spaces loaded, the save's calls one after the other (each sends the
 * version the previous answered), what was saved so far (a failure half-way says it to the host),
 * the handover's confirmation, the stale-version conflict and its reload, the spaces dialog, and
 * when the form must take the server's values (`values`). The passwords only travel in the
 * requests (the new password of an update goes on in `then` and comes back with `updated`), never
 * in the state.
 */
import type { ApiFailure } from '../api/errors.js';
import type { Flow, FlowEffect, Step } from '../shared/flow.js';
import type { MachineContext } from '../shared/machine.js';
import { checkCompanyForm, planCompanyChanges, type CompanyChange, type CompanyForm } from './company.js';
import { hasFieldIssues } from './forms.js';
import { passportProblemOfFailure } from './problems.js';
import type {
  CompanyInfo,
  CompanyPasswordChangeRequest,
  CompanyUpdateRequest,
  HandoverRequest,
  ReferentName,
  SpacesStatus,
} from './schemas.js';
import type { HandoverPasswordMode } from './spaces.js';

export type CompanySpacesFlow = 'link' | 'dissociate';

export type CompanyProfileRequest =
  | { readonly op: 'load' }
  | { readonly op: 'reload' }
  | {
      readonly op: 'update';
      readonly request: CompanyUpdateRequest;
      readonly version: number;
      /** The password change to make after it (the runner hands it back with `updated`). */
      readonly then?: CompanyPasswordChangeRequest;
    }
  | { readonly op: 'hand-over'; readonly request: HandoverRequest; readonly version: number }
  | { readonly op: 'password'; readonly request: CompanyPasswordChangeRequest };

export type CompanyProfileEvent =
  /** A passport session is there: load (everything from before is dropped). */
  | { readonly type: 'start' }
  | { readonly type: 'signed-out' }
  /** « Réessayer », or the element's `refresh()`. */
  | { readonly type: 'refresh' }
  | { readonly type: 'loaded'; readonly company: CompanyInfo; readonly spaces?: SpacesStatus }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  /** « Enregistrer les modifications » with the form as typed (its passwords only in this event). */
  | { readonly type: 'submit'; readonly form: CompanyForm }
  | { readonly type: 'updated'; readonly company: CompanyInfo; readonly then?: CompanyPasswordChangeRequest }
  | { readonly type: 'handed-over'; readonly company: CompanyInfo }
  | { readonly type: 'password-changed' }
  | { readonly type: 'save-failed'; readonly failure: ApiFailure }
  /** The dialog's « Confirmer »: the next submit sends the handover. */
  | { readonly type: 'confirm-handover' }
  /** The dialog closed without confirming. */
  | { readonly type: 'confirm-closed' }
  /** « Recharger les informations à jour ». */
  | { readonly type: 'reload-conflict' }
  | { readonly type: 'reloaded'; readonly company: CompanyInfo }
  | { readonly type: 'reload-failed'; readonly failure: ApiFailure }
  /** « Annuler »: the server's values again. */
  | { readonly type: 'restore' }
  | { readonly type: 'request-spaces'; readonly flow: CompanySpacesFlow }
  | { readonly type: 'open-spaces'; readonly flow: CompanySpacesFlow }
  /** The spaces dialog closed; `then`: where the focus goes (the link action, or the referent's e-mail after a dissociation). */
  | { readonly type: 'spaces-closed'; readonly then?: 'link' | 'referentEmail' }
  /** The switcher in the dialog linked or dissociated the spaces. */
  | { readonly type: 'spaces-changed'; readonly spaces: SpacesStatus };

export interface CompanyHandover {
  readonly referent: ReferentName;
  readonly email: string;
  readonly mode: HandoverPasswordMode;
}

/** What one save did, call after call (so a failure half-way knows what was saved). */
export interface CompanySaveOutcome {
  readonly withPassword: boolean;
  readonly updated: boolean;
  readonly passwordChanged: boolean;
  readonly handover?: CompanyHandover;
}

export type CompanyProfileResult =
  { readonly kind: 'nothing' } | { readonly kind: 'restored' } | { readonly kind: 'saved'; readonly outcome: CompanySaveOutcome };

export type CompanyProfileConflict =
  | { readonly phase: 'stale'; readonly failure?: ApiFailure; readonly secretsCleared?: boolean }
  | { readonly phase: 'reloading' }
  /** `before`: the information the form was edited from (what changed is `before` → `company`). */
  | { readonly phase: 'reloaded'; readonly before: CompanyInfo };

export interface CompanyProfileState {
  readonly phase: 'idle' | 'loading' | 'load-failed' | 'ready' | 'saving';
  readonly company?: CompanyInfo;
  /** Absent when they could not be read (the server refuses a handover that waits for a dissociation anyway). */
  readonly spaces?: SpacesStatus;
  /** A refresh of a loaded form is running. */
  readonly refreshing: boolean;
  /** The last load's failure (the first one takes the form's place; a refresh's keeps the form). */
  readonly loadFailure?: ApiFailure;
  /** The form takes the company's values (once per `seq`): all of them, or only the fields not typed over since `keepTypedFrom`. */
  readonly values?: { readonly seq: number; readonly keepTypedFrom?: CompanyInfo; readonly reset?: boolean };
  /** The handover the dialog asks to confirm. */
  readonly confirming?: CompanyHandover;
  readonly handoverConfirmed: boolean;
  readonly saving?: CompanySaveOutcome;
  /** The handover being sent (what the result and `company-handed-over` say once it is done). */
  readonly handingOver?: CompanyHandover;
  readonly result?: CompanyProfileResult;
  readonly conflict?: CompanyProfileConflict;
  readonly spacesFlow?: CompanySpacesFlow;
  /** The save's answer (the form waits on it). */
  readonly answer?: { readonly seq: number; readonly failure?: ApiFailure };
}

type CompanyStep = Step<CompanyProfileState, CompanyProfileRequest, CompanyProfileEvent>;
export type CompanyProfileEffect = FlowEffect<CompanyProfileRequest, CompanyProfileEvent>;

export const COMPANY_PROFILE_START: CompanyProfileState = { phase: 'idle', refreshing: false, handoverConfirmed: false };

const step = (state: CompanyProfileState, ...effects: CompanyProfileEffect[]): CompanyStep => ({ state, effects });
const LOAD: CompanyProfileEffect = { type: 'call', request: { op: 'load' }, key: 'load' };

function nextValues(s: CompanyProfileState, extra: { keepTypedFrom?: CompanyInfo; reset?: boolean } = {}) {
  return { seq: (s.values?.seq ?? 0) + 1, ...extra };
}

/** The call of one planned change (an update carries the password change planned after it). */
function callOf(change: CompanyChange, version: number, then?: CompanyChange): CompanyProfileEffect {
  switch (change.kind) {
    case 'update':
      return {
        type: 'call',
        request: { op: 'update', request: change.request, version, ...(then?.kind === 'password' ? { then: then.request } : {}) },
      };
    case 'hand-over':
      return { type: 'call', request: { op: 'hand-over', request: change.request, version } };
    case 'password':
      return { type: 'call', request: { op: 'password', request: change.request } };
  }
}

const summaryOf = ({ referent, email, password }: HandoverRequest): CompanyHandover => ({ referent, email, mode: password.mode });

function submit(state: CompanyProfileState, form: CompanyForm): CompanyStep {
  const company = state.company;
  if (state.phase !== 'ready' || !company) return step(state);
  const ctx = { spacesLinked: state.spaces?.linked ?? false };
  // The element says the issues on the fields; a form with issues is never sent.
  if (hasFieldIssues(checkCompanyForm(company, form, ctx))) return step({ ...state, result: undefined });
  const changes = planCompanyChanges(company, form, ctx);
  const [first, second] = changes;
  if (!first) return step({ ...state, result: { kind: 'nothing' } });
  if (first.kind === 'hand-over' && !state.handoverConfirmed) {
    return step({ ...state, result: undefined, confirming: summaryOf(first.request) });
  }
  return step(
    {
      ...state,
      phase: 'saving',
      result: undefined,
      handoverConfirmed: false,
      saving: { withPassword: form.password !== '', updated: false, passwordChanged: false },
      ...(first.kind === 'hand-over' ? { handingOver: summaryOf(first.request) } : {}),
    },
    callOf(first, company.version, second),
  );
}

/** The save is over: the form takes the saved values, the host hears what changed. */
function saved(state: CompanyProfileState, company: CompanyInfo, outcome: CompanySaveOutcome): CompanyStep {
  const effects: CompanyProfileEffect[] = [];
  if (outcome.updated || outcome.passwordChanged)
    effects.push({ type: 'emit', name: 'company-updated', detail: { company, passwordChanged: outcome.passwordChanged } });
  if (outcome.handover) effects.push({ type: 'emit', name: 'company-handed-over', detail: { ...outcome.handover, company } });
  return step(
    {
      ...state,
      phase: 'ready',
      company,
      saving: undefined,
      conflict: undefined,
      result: { kind: 'saved', outcome },
      values: nextValues(state),
      answer: { seq: (state.answer?.seq ?? 0) + 1 },
    },
    ...effects,
  );
}

/** PP-COMPANY: the save was refused because someone else saved in between (412, a stale `version`). */
export const isStaleCompanyVersion = (failure: ApiFailure): boolean =>
  passportProblemOfFailure(failure) === 'versionMismatch' || (failure.kind === 'conflict' && failure.status === 412);

function saveFailed(state: CompanyProfileState, failure: ApiFailure): CompanyStep {
  const outcome = state.saving;
  const stale = isStaleCompanyVersion(failure);
  const next: CompanyProfileState = {
    ...state,
    phase: 'ready',
    saving: undefined,
    handingOver: undefined,
    answer: { seq: (state.answer?.seq ?? 0) + 1, failure },
    ...(stale ? { conflict: { phase: 'stale', secretsCleared: outcome?.withPassword ?? false } } : {}),
  };
  // What was saved before the failure is saved: say so to the host.
  return outcome?.updated && state.company
    ? step(next, { type: 'emit', name: 'company-updated', detail: { company: state.company, passwordChanged: false } })
    : step(next);
}

export function companyProfileTransition(state: CompanyProfileState, event: CompanyProfileEvent, _ctx?: MachineContext): CompanyStep {
  switch (event.type) {
    case 'start':
      return step({ ...COMPANY_PROFILE_START, phase: 'loading', values: state.values, answer: state.answer }, LOAD);
    case 'signed-out':
      return step({ ...COMPANY_PROFILE_START, values: state.values, answer: state.answer });
    case 'refresh':
      if (state.phase === 'load-failed') return step({ ...state, phase: 'loading', loadFailure: undefined }, LOAD);
      if (state.phase !== 'ready' || state.refreshing) return step(state);
      return step({ ...state, refreshing: true }, LOAD);
    case 'loaded': {
      if (state.phase !== 'loading' && !state.refreshing) return step(state);
      // A save started meanwhile: its answer gives the company (and the form's values).
      if (state.phase === 'saving') return step({ ...state, refreshing: false, spaces: event.spaces });
      const before = state.phase === 'ready' ? state.company : undefined;
      return step({
        ...state,
        phase: 'ready',
        refreshing: false,
        loadFailure: undefined,
        company: event.company,
        spaces: event.spaces,
        values: nextValues(state, before ? { keepTypedFrom: before } : {}),
      });
    }
    case 'load-failed':
      if (state.phase === 'loading') return step({ ...state, phase: 'load-failed', loadFailure: event.failure });
      return state.refreshing ? step({ ...state, refreshing: false, loadFailure: event.failure }) : step(state);
    case 'submit':
      return submit(state, event.form);
    case 'updated': {
      const outcome = state.saving;
      if (state.phase !== 'saving' || !outcome) return step(state);
      const now = { ...outcome, updated: true };
      if (!event.then) return saved(state, event.company, now);
      return step({ ...state, company: event.company, saving: now }, { type: 'call', request: { op: 'password', request: event.then } });
    }
    case 'handed-over': {
      const outcome = state.saving;
      const request = state.handingOver;
      if (state.phase !== 'saving' || !outcome || !request) return step(state);
      const before = state.company!;
      const updated = event.company.companyName !== before.companyName || event.company.regions.join() !== before.regions.join();
      return saved({ ...state, handingOver: undefined }, event.company, { ...outcome, updated, handover: request });
    }
    case 'password-changed':
      if (state.phase !== 'saving' || !state.saving || !state.company) return step(state);
      return saved(state, state.company, { ...state.saving, passwordChanged: true });
    case 'save-failed':
      return state.phase === 'saving' ? saveFailed(state, event.failure) : step(state);
    case 'confirm-handover':
      return state.confirming ? step({ ...state, confirming: undefined, handoverConfirmed: true }) : step(state);
    case 'confirm-closed':
      return state.confirming ? step({ ...state, confirming: undefined }, { type: 'focus', target: 'submit' }) : step(state);
    case 'reload-conflict':
      if (!state.company || state.conflict?.phase !== 'stale') return step(state);
      return step({ ...state, conflict: { phase: 'reloading' } }, { type: 'call', request: { op: 'reload' }, key: 'load' });
    case 'reloaded':
      if (state.conflict?.phase !== 'reloading' || !state.company) return step(state);
      return step(
        { ...state, company: event.company, conflict: { phase: 'reloaded', before: state.company } },
        { type: 'focus', target: 'conflict' },
      );
    case 'reload-failed':
      if (state.conflict?.phase !== 'reloading') return step(state);
      return step({ ...state, conflict: { phase: 'stale', failure: event.failure } });
    case 'restore':
      if (state.phase !== 'ready' || !state.company) return step(state);
      return step({ ...state, conflict: undefined, result: { kind: 'restored' }, values: nextValues(state, { reset: true }) });
    case 'request-spaces':
      if (!state.company || state.spacesFlow) return step(state);
      return step(state, {
        type: 'emit',
        name: 'spaces-link-requested',
        detail: { flow: event.flow },
        cancelable: true,
        ifNotCanceled: { type: 'open-spaces', flow: event.flow },
      });
    case 'open-spaces':
      return state.company ? step({ ...state, spacesFlow: event.flow }) : step(state);
    case 'spaces-closed':
      if (!state.spacesFlow) return step(state);
      return step({ ...state, spacesFlow: undefined }, { type: 'focus', target: event.then ?? 'link' });
    case 'spaces-changed':
      return step({ ...state, spaces: event.spaces });
  }
}

/** PP-COMPANY as a flow (it waits for `start`, sent once the passport session is there). */
export const companyProfileFlow: Flow<CompanyProfileState, CompanyProfileEvent, CompanyProfileRequest> = {
  init: () => step(COMPANY_PROFILE_START),
  transition: companyProfileTransition,
};
