/**
 * PP-BLOCK — an employee who fails the same module more than 3 times is blocked (seed 004, « Si
 * votre collaborateur échoue plus de trois fois sur un même module, sa sensibilisation s'arrête
 * et son compte est bloqué »):
 *
 * - failures are counted per employee AND per module: 3 failures on a module do not block, the
 *   4th does; failures on different modules never add up;
 * - the failure that blocks raises an alert for the referent (returned as data: the backend
 *   e-mails it to the company's address) and the employee is told to see their manager;
 * - while blocked, nothing more is counted and no second alert is raised;
 * - the referent unblocks (« Bloqué » → confirm): the account is active again and every count of
 *   that employee starts again from zero.
 *
 * The seed does not say « consecutive »: a module passed after failures is simply not attempted
 * any more, so counts are never reset by a success.
 *
 * This is the rule a passport backend applies (the mock applies these very functions). State is
 * data (a map per employee), every function is pure and takes `now` (ms), like the vault's lockout.
 */
import type { UnpgModuleId } from './modules.js';

/** PP-BLOCK: up to 3 failures on one module are allowed; « plus de trois » blocks. */
export const MAX_FAILURES_PER_MODULE = 3;
/** PP-BLOCK: the failure that blocks (the 4th on one module). */
export const BLOCKING_FAILURE = MAX_FAILURES_PER_MODULE + 1;

/** The state of a started account (`null` in the roster: not started). */
export const EMPLOYEE_STATES = ['active', 'blocked'] as const;
export type EmployeeState = (typeof EMPLOYEE_STATES)[number];

/** PP-BLOCK: what the referent is alerted of. */
export interface BlockingAlert {
  readonly employeeId: string;
  /** The module failed more than 3 times. */
  readonly moduleId: UnpgModuleId;
  /** When the account was blocked (ms since the epoch). */
  readonly at: number;
}

export interface EmployeeFailures {
  /** Failures by module (a module never failed is absent). */
  readonly byModule: ReadonlyMap<UnpgModuleId, number>;
  /** Present while the account is blocked: the alert that blocked it. */
  readonly blocked?: BlockingAlert;
}

/** Every employee with a failure or a block, by employee id. */
export type BlockingState = ReadonlyMap<string, EmployeeFailures>;

export const EMPTY_BLOCKING: BlockingState = new Map();

/** What one failure does. */
export type FailureOutcome =
  /** Counted; the account stays active. */
  | { readonly blocked: false; readonly failures: number }
  /** This failure blocked the account: alert the referent. */
  | { readonly blocked: true; readonly alert: BlockingAlert }
  /** The account was already blocked: nothing counted, no second alert. */
  | { readonly blocked: true; readonly alert: null };

const NO_FAILURES: EmployeeFailures = { byModule: new Map() };

const entryOf = (state: BlockingState, employeeId: string): EmployeeFailures => state.get(employeeId) ?? NO_FAILURES;

/** How many times the employee failed this module (since the last unblock). */
export function failuresOf(state: BlockingState, employeeId: string, moduleId: UnpgModuleId): number {
  return entryOf(state, employeeId).byModule.get(moduleId) ?? 0;
}

/** The failures the employee may still make on this module before the blocking one (0: the next one blocks). */
export function failuresLeft(state: BlockingState, employeeId: string, moduleId: UnpgModuleId): number {
  return Math.max(0, MAX_FAILURES_PER_MODULE - failuresOf(state, employeeId, moduleId));
}

/** The alert that blocked the employee, while blocked. */
export const blockingOf = (state: BlockingState, employeeId: string): BlockingAlert | undefined => state.get(employeeId)?.blocked;

export const isBlocked = (state: BlockingState, employeeId: string): boolean => blockingOf(state, employeeId) !== undefined;

/** PP-BLOCK: the state of a started account. */
export const employeeState = (state: BlockingState, employeeId: string): EmployeeState =>
  isBlocked(state, employeeId) ? 'blocked' : 'active';

/** PP-BLOCK: one failed attempt at a module, at `now`. */
export function recordModuleFailure(
  state: BlockingState,
  employeeId: string,
  moduleId: UnpgModuleId,
  now: number,
): { readonly state: BlockingState; readonly outcome: FailureOutcome } {
  const entry = entryOf(state, employeeId);
  if (entry.blocked) return { state, outcome: { blocked: true, alert: null } };
  const failures = (entry.byModule.get(moduleId) ?? 0) + 1;
  const byModule = new Map(entry.byModule).set(moduleId, failures);
  const alert: BlockingAlert | undefined = failures >= BLOCKING_FAILURE ? { employeeId, moduleId, at: now } : undefined;
  const next = new Map(state).set(employeeId, alert ? { byModule, blocked: alert } : { byModule });
  return { state: next, outcome: alert ? { blocked: true, alert } : { blocked: false, failures } };
}

/**
 * PP-BLOCK: the referent unblocks the employee: active again, every count of that employee back
 * to zero. Unblocking an active employee changes nothing (so an unblock is safe to repeat).
 */
export function unblock(state: BlockingState, employeeId: string): BlockingState {
  if (!isBlocked(state, employeeId)) return state;
  const next = new Map(state);
  next.delete(employeeId);
  return next;
}
