/**
 * PP-ROSTER — an employee's UNPG safety passport as the referent sees it through « Voir le
 * passeport » (seed 004, « Accéder au passeport sécurité UNPG de votre collaborateur », « Vérifier
 * l'état de son compte », « Connaître la date d'expiration de sa sensibilisation »): the employee,
 * every module of the programme and whether it is validated (and why: passed on the e-learning
 * platform, or at once by the SNBPE reciprocity), the failures counted (PP-BLOCK), the state and
 * the expiry date.
 *
 * The server sends facts (`EmployeePassport` of the contract: each module's pass date and failure
 * count as the e-learning platform reports them, and the SNBPE passport linked at the account's
 * creation); these pure functions say what they mean, so a backend and every widget agree:
 *
 * - PP-ENROLL: the SNBPE reciprocity is judged on the day the passport was linked (the account's
 *   creation: « validation immédiate »), by core's `reciprocity`; the modules it validated stay
 *   validated afterwards (the UNPG passport has its own expiry). A module both passed and common
 *   is shown as validated by the reciprocity, which came first.
 * - PP-BLOCK: the module that blocked the account is the one the server names (`employee.block`);
 *   with none named, the one failed {@link BLOCKING_FAILURE} times or more. Other modules show
 *   how many failures are left before the blocking one.
 * - The state: blocked (the employee must see their manager) before anything else; then not
 *   started (no state yet); then, once the passport has an expiry date, valid through that day
 *   included and expired from the next; otherwise in progress.
 */
import type { CalendarDate } from '../shared/calendar.js';
import { BLOCKING_FAILURE, MAX_FAILURES_PER_MODULE, type EmployeeState } from './blocking.js';
import { UNPG_MODULE_IDS, type UnpgModuleId } from './modules.js';
import { reciprocity } from './snbpe.js';

/** What the passport view says of the whole passport. */
export const PASSPORT_STATUSES = ['not-started', 'in-progress', 'valid', 'expired', 'blocked'] as const;
export type PassportStatus = (typeof PASSPORT_STATUSES)[number];

/** How a module was validated: passed on the e-learning platform, or at once by the SNBPE reciprocity. */
export const MODULE_VALIDATIONS = ['e-learning', 'snbpe'] as const;
export type ModuleValidation = (typeof MODULE_VALIDATIONS)[number];

/** One module as the e-learning platform reports it (the contract's `PassportModuleRecord`). */
export interface ModuleRecord {
  readonly id: UnpgModuleId;
  /** The day the module was passed (`YYYY-MM-DD`); null: not passed. */
  readonly passedOn: CalendarDate | null;
  /** Failures counted since the last unblock (PP-BLOCK). */
  readonly failures: number;
}

/** The SNBPE passport linked at the account's creation: its date of issue and the day it was linked. */
export interface LinkedSnbpe {
  readonly issuedOn: CalendarDate;
  readonly linkedOn: CalendarDate;
}

/** What the passport view needs of the employee row. */
export interface PassportHolder {
  readonly state: EmployeeState | null;
  readonly expiresOn: CalendarDate | null;
  /** PP-BLOCK: while blocked, the module failed more than 3 times and when (ISO instant). */
  readonly block?: { readonly moduleId: UnpgModuleId; readonly at: string } | null | undefined;
}

export interface PassportFacts {
  readonly employee: PassportHolder;
  readonly snbpe: LinkedSnbpe | null;
  readonly modules: readonly ModuleRecord[];
}

/** One module of the passport view. */
export type ModuleStatus =
  /** Passed on the e-learning platform on `on`. */
  | { readonly kind: 'validated'; readonly by: 'e-learning'; readonly on: CalendarDate; readonly failures: number }
  /** Validated at once by the SNBPE passport issued on `issuedOn`, linked on `on`. */
  | {
      readonly kind: 'validated';
      readonly by: 'snbpe';
      readonly on: CalendarDate;
      readonly issuedOn: CalendarDate;
      readonly failures: number;
    }
  /** PP-BLOCK: failed more than 3 times; the account is blocked. */
  | { readonly kind: 'blocking'; readonly failures: number }
  /** Still to pass; `failuresLeft` more failures are allowed before the blocking one. */
  | { readonly kind: 'to-do'; readonly failures: number; readonly failuresLeft: number };

export interface ModuleView {
  readonly id: UnpgModuleId;
  readonly status: ModuleStatus;
}

export interface PassportView {
  readonly status: PassportStatus;
  /** Every module of the programme, in its order. */
  readonly modules: readonly ModuleView[];
  /** How many are validated (either way). */
  readonly validated: number;
  readonly total: number;
  readonly expiresOn: CalendarDate | null;
  /** PP-BLOCK: the module that blocked the account and since when (ISO instant, when the server says). */
  readonly blocked: { readonly module: UnpgModuleId; readonly since: string | null } | null;
}

/** PP-ROSTER: the passport's state on `today` (see the file's notes for the order). */
export function passportStatus(employee: PassportHolder, today: CalendarDate): PassportStatus {
  if (employee.state === 'blocked') return 'blocked';
  if (employee.state === null) return 'not-started';
  if (employee.expiresOn === null) return 'in-progress';
  return today > employee.expiresOn ? 'expired' : 'valid';
}

/** PP-ENROLL: the modules the linked SNBPE passport validated, judged on the day it was linked. */
export function snbpeValidatedModules(snbpe: LinkedSnbpe | null): ReadonlySet<UnpgModuleId> {
  if (!snbpe) return new Set();
  const r = reciprocity({ hasSnbpePassport: true, issuedOn: snbpe.issuedOn }, snbpe.linkedOn);
  return new Set(r.kind === 'validated' ? r.modules : []);
}

/** PP-BLOCK: the module that blocked a blocked account: the one the server names, else the one failed past the limit. */
export function blockingModule(facts: PassportFacts): UnpgModuleId | undefined {
  if (facts.employee.state !== 'blocked') return undefined;
  return facts.employee.block?.moduleId ?? facts.modules.find((m) => m.failures >= BLOCKING_FAILURE)?.id;
}

/** PP-ROSTER: every module of the programme with its status (which are validated, and why). */
export function moduleStatuses(facts: PassportFacts): ModuleView[] {
  const byId = new Map(facts.modules.map((m) => [m.id, m]));
  const snbpe = snbpeValidatedModules(facts.snbpe);
  const blocking = blockingModule(facts);
  return UNPG_MODULE_IDS.map((id): ModuleView => {
    const record = byId.get(id);
    const failures = record?.failures ?? 0;
    if (snbpe.has(id) && facts.snbpe)
      return { id, status: { kind: 'validated', by: 'snbpe', on: facts.snbpe.linkedOn, issuedOn: facts.snbpe.issuedOn, failures } };
    if (record?.passedOn) return { id, status: { kind: 'validated', by: 'e-learning', on: record.passedOn, failures } };
    if (id === blocking) return { id, status: { kind: 'blocking', failures } };
    return { id, status: { kind: 'to-do', failures, failuresLeft: Math.max(0, MAX_FAILURES_PER_MODULE - failures) } };
  });
}

/** PP-ROSTER: what the passport view shows on `today`. */
export function passportView(facts: PassportFacts, today: CalendarDate): PassportView {
  const modules = moduleStatuses(facts);
  const module = blockingModule(facts);
  return {
    status: passportStatus(facts.employee, today),
    modules,
    validated: modules.filter((m) => m.status.kind === 'validated').length,
    total: modules.length,
    expiresOn: facts.employee.expiresOn,
    blocked: module ? { module, since: facts.employee.block?.at ?? null } : null,
  };
}
