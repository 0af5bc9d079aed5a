/**
 * PP-ENROLL — the flow of `<employee-enrollment>` (the convention of `shared/flow.ts`):
 *
 *     open(create) → creating ─create→ (call) ─created→ created ─another→ creating
 *                                              └─refused→ creating (+ answer: the form says why)
 *     open(edit, row?) → loading ─loaded→ editing ─update→ (call) ─updated→ editing (saved, employee-updated)
 *                        │                                       └─refused 412→ editing + conflict(stale) ─load-saved→ (call) ─saved-loaded→ conflict(loaded) ─use-saved→ editing
 *                        └─load-failed→ failed ─load→ loading             └─refused 404→ not found
 *     editing ─cancel→ editing (the row again, employee-edit-cancelled)
 *
 * The fields' values stay in the element's form controllers; what may be sent is core's
 * (`checkEnrollment`, `toEmployeeCreateRequest`, `toEmployeeUpdateRequest`). This flow owns what
 * the element kept in `@state` and private fields: the row being edited (its `version` goes as
 * `If-Match`), the load, « not found », the creation's answer, « saved », the 412's conflict, and
 * the `Idempotency-Key` of a creation (kept while the same body is retried, so the server creates
 * the employee once). When the row the form must show changes (loaded, saved, the stored version
 * chosen, cancel), `prefill` says so once (its `seq`), and the element puts it in the form.
 */
import type { ApiFailure } from '../api/errors.js';
import type { MachineContext } from '../shared/machine.js';
import type { Flow, FlowEffect, Step } from '../shared/flow.js';
import { passportProblemOfFailure } from './problems.js';
import type { Employee, EmployeeCreateRequest, EmployeeCreated, EmployeeUpdateRequest } from './schemas.js';
import type { EnrollmentMode } from './enrollment.js';

export type EnrollmentFlowRequest =
  | { readonly op: 'load'; readonly id: string }
  | { readonly op: 'create'; readonly request: EmployeeCreateRequest; readonly idempotencyKey: string }
  | { readonly op: 'update'; readonly id: string; readonly request: EmployeeUpdateRequest; readonly version: Employee['version'] }
  | { readonly op: 'load-saved'; readonly id: string };

export type EnrollmentFlowOp = EnrollmentFlowRequest['op'];

export type EnrollmentFlowEvent =
  /** The form to show: creation, or the edit of `id` (with its row when the host has it). */
  | { readonly type: 'open'; readonly mode: 'create' }
  | { readonly type: 'open'; readonly mode: 'edit'; readonly id: string; readonly row?: Employee; readonly signedIn: boolean }
  /** The host gave the row after `employee-id` (never replaces what is being typed). */
  | { readonly type: 'row'; readonly row: Employee }
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly row: Employee }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  /** « Enregistrer » at creation; `freshKey` is used unless the same body is retried. */
  | { readonly type: 'create'; readonly request: EmployeeCreateRequest; readonly freshKey: string }
  | { readonly type: 'update'; readonly request: EmployeeUpdateRequest }
  | { readonly type: 'created'; readonly created: EmployeeCreated }
  | { readonly type: 'updated'; readonly row: Employee }
  | { readonly type: 'refused'; readonly op: 'create' | 'update'; readonly failure: ApiFailure }
  | { readonly type: 'load-saved' }
  | { readonly type: 'saved-loaded'; readonly row: Employee }
  | { readonly type: 'saved-load-failed'; readonly failure: ApiFailure }
  | { readonly type: 'use-saved' }
  | { readonly type: 'cancel' }
  /** The edit form changed: « saved » was about the previous values. */
  | { readonly type: 'edited' }
  /** « Inscrire un autre salarié ». */
  | { readonly type: 'another' };

/** A 412 on « Enregistrer »: said (`failure`: loading the stored version failed), then the stored version beside the form. */
export type EnrollmentConflict =
  | { readonly phase: 'stale'; readonly loading: boolean; readonly failure?: ApiFailure }
  | { readonly phase: 'loaded'; readonly saved: Employee };

export interface EnrollmentFlowState {
  readonly mode: EnrollmentMode;
  /** The employee edited. */
  readonly id?: string;
  /** The row being edited: its `version` goes as `If-Match`. */
  readonly base?: Employee;
  readonly load: 'idle' | 'loading' | 'failed';
  readonly loadFailure?: ApiFailure;
  /** Editing an employee the company no longer has (deleted in between). */
  readonly notFound: boolean;
  readonly created?: EmployeeCreated;
  readonly changesSaved: boolean;
  readonly conflict?: EnrollmentConflict;
  readonly busy?: 'create' | 'update';
  /** The `Idempotency-Key` of the creation being sent, kept while the same body is retried. */
  readonly attempt?: { readonly key: string; readonly body: string };
  /** The answer to the last « Enregistrer », for the form (once: `seq`). */
  readonly answer?: { readonly seq: number; readonly op: 'create' | 'update'; readonly failure?: ApiFailure; readonly inForm: boolean };
  /** The row the edit form must show now (once: `seq`). */
  readonly prefill?: { readonly seq: number; readonly row: Employee };
}

type EnrollmentStep = Step<EnrollmentFlowState, EnrollmentFlowRequest, EnrollmentFlowEvent>;
export type EnrollmentFlowEffect = FlowEffect<EnrollmentFlowRequest, EnrollmentFlowEvent>;

export const ENROLLMENT_START: EnrollmentFlowState = { mode: 'create', load: 'idle', notFound: false, changesSaved: false };

const step = (state: EnrollmentFlowState, ...effects: EnrollmentFlowEffect[]): EnrollmentStep => ({ state, effects });
const withRow = (state: EnrollmentFlowState, row: Employee): EnrollmentFlowState => ({
  ...state,
  base: row,
  prefill: { seq: (state.prefill?.seq ?? 0) + 1, row },
});
const answerSeq = (s: EnrollmentFlowState) => (s.answer?.seq ?? 0) + 1;

/** A 412 (or the passport's version-mismatch problem): someone else saved the employee in between. */
export const isStaleVersion = (failure: ApiFailure): boolean =>
  passportProblemOfFailure(failure) === 'versionMismatch' || (failure.kind === 'conflict' && failure.status === 412);

function load(state: EnrollmentFlowState): EnrollmentStep {
  if (state.mode !== 'edit' || !state.id || state.base || state.load === 'loading') return step(state);
  return step(
    { ...state, load: 'loading', loadFailure: undefined, notFound: false },
    { type: 'call', request: { op: 'load', id: state.id }, key: 'load' },
  );
}

export function enrollmentTransition(state: EnrollmentFlowState, event: EnrollmentFlowEvent, _ctx?: MachineContext): EnrollmentStep {
  switch (event.type) {
    case 'open': {
      // The sequence numbers go on (each answer and row is taken once, whatever was opened before).
      const fresh: EnrollmentFlowState = { ...ENROLLMENT_START, prefill: state.prefill, answer: state.answer };
      if (event.mode === 'create') return step(fresh);
      const opened: EnrollmentFlowState = { ...fresh, mode: 'edit', id: event.id };
      if (event.row && event.row.id === event.id) return step(withRow(opened, event.row));
      return event.signedIn ? load(opened) : step(opened);
    }
    case 'row':
      if (state.mode !== 'edit' || state.base || event.row.id !== state.id) return step(state);
      return step({ ...withRow(state, event.row), load: 'idle' });
    case 'load':
      return load(state);
    case 'loaded':
      // A row that arrives after the host moved on (another employee, or creation) is dropped.
      if (state.load !== 'loading' || event.row.id !== state.id) return step(state);
      return step({ ...withRow(state, event.row), load: 'idle' });
    case 'load-failed':
      if (state.load !== 'loading') return step(state);
      return step({
        ...state,
        load: 'failed',
        loadFailure: event.failure,
        notFound: passportProblemOfFailure(event.failure) === 'notFound',
      });
    case 'create': {
      if (state.mode !== 'create' || state.busy || state.created) return step(state);
      const body = JSON.stringify(event.request);
      const attempt = state.attempt?.body === body ? state.attempt : { key: event.freshKey, body };
      return step(
        { ...state, busy: 'create', attempt },
        { type: 'call', request: { op: 'create', request: event.request, idempotencyKey: attempt.key } },
      );
    }
    case 'update': {
      const base = state.base;
      if (state.mode !== 'edit' || state.busy || !base) return step(state);
      return step(
        { ...state, busy: 'update' },
        { type: 'call', request: { op: 'update', id: base.id, request: event.request, version: base.version } },
      );
    }
    case 'created':
      if (state.busy !== 'create') return step(state);
      return step(
        {
          ...state,
          busy: undefined,
          attempt: undefined,
          created: event.created,
          answer: { seq: answerSeq(state), op: 'create', inForm: true },
        },
        { type: 'emit', name: 'employee-enrolled', detail: event.created },
        { type: 'focus', target: 'created' },
      );
    case 'updated':
      if (state.busy !== 'update') return step(state);
      return step(
        {
          ...withRow(state, event.row),
          busy: undefined,
          conflict: undefined,
          changesSaved: true,
          answer: { seq: answerSeq(state), op: 'update', inForm: true },
        },
        { type: 'emit', name: 'employee-updated', detail: { employee: event.row } },
      );
    case 'refused': {
      if (state.busy !== event.op) return step(state);
      const base = { ...state, busy: undefined };
      const answer = (inForm: boolean) => ({ seq: answerSeq(state), op: event.op, failure: event.failure, inForm });
      if (event.op === 'update' && isStaleVersion(event.failure)) {
        return step(
          { ...base, conflict: { phase: 'stale', loading: false }, answer: answer(false) },
          { type: 'focus', target: 'conflict' },
        );
      }
      if (event.op === 'update' && passportProblemOfFailure(event.failure) === 'notFound') {
        return step({ ...base, notFound: true, answer: answer(false) }, { type: 'focus', target: 'not-found' });
      }
      return step({ ...base, answer: answer(true) });
    }
    case 'load-saved': {
      const c = state.conflict;
      if (c?.phase !== 'stale' || c.loading || !state.id) return step(state);
      return step({ ...state, conflict: { phase: 'stale', loading: true } }, { type: 'call', request: { op: 'load-saved', id: state.id } });
    }
    case 'saved-loaded':
      if (state.conflict?.phase !== 'stale' || !state.conflict.loading) return step(state);
      // The next « Enregistrer » replaces this version: the form keeps what the referent typed.
      return step({ ...state, base: event.row, conflict: { phase: 'loaded', saved: event.row } }, { type: 'focus', target: 'conflict' });
    case 'saved-load-failed':
      if (state.conflict?.phase !== 'stale' || !state.conflict.loading) return step(state);
      if (passportProblemOfFailure(event.failure) === 'notFound')
        return step({ ...state, conflict: undefined, notFound: true }, { type: 'focus', target: 'not-found' });
      return step({ ...state, conflict: { phase: 'stale', loading: false, failure: event.failure } });
    case 'use-saved': {
      const c = state.conflict;
      if (c?.phase !== 'loaded') return step(state);
      return step({ ...withRow(state, c.saved), conflict: undefined }, { type: 'focus', target: 'first-name' });
    }
    case 'cancel': {
      if (state.mode !== 'edit' || !state.id) return step(state);
      const restored = state.base ? withRow(state, state.base) : state;
      return step(
        { ...restored, conflict: undefined, changesSaved: false },
        { type: 'emit', name: 'employee-edit-cancelled', detail: { employeeId: state.id } },
      );
    }
    case 'edited':
      return state.changesSaved ? step({ ...state, changesSaved: false }) : step(state);
    case 'another':
      if (state.mode !== 'create' || !state.created) return step(state);
      return step({ ...ENROLLMENT_START, answer: state.answer }, { type: 'focus', target: 'first-name' });
  }
}

/** PP-ENROLL as a flow: it waits for `open` (the element knows the mode and the session). */
export const enrollmentFlow: Flow<EnrollmentFlowState, EnrollmentFlowEvent, EnrollmentFlowRequest> = {
  init: () => step(ENROLLMENT_START),
  transition: enrollmentTransition,
};
