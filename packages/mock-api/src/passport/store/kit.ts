/** PP — the passport mock's records and the pure helpers of its store (rosters, cursors, passwords). */
import { addDays, calendarDateOf } from '@vigie/core';
import {
  passwordFieldIssue,
  profileFor,
  UNPG_MODULE_IDS,
  type BlockingState,
  type CompanyPasswordState,
  type Employee,
  type EmployeeUpdateRequest,
  type Identification,
  type PassportFieldError,
  type RegionCode,
  type SpaceKind,
  type UnpgModuleId,
} from '@vigie/core/passport';
import { generateEmployees } from '../generate.js';
import { newPasswordIssues, type NewPasswordContext } from '../../shared/new-password.js';
import {
  PASSPORT_DEMO_ROSTER_SIZE,
  PASSPORT_DEMO_ROSTER_SEED,
  PASSPORT_DEMO_EMPLOYEES,
  PASSPORT_DEMO_BLOCKED_PASSED,
  PASSPORT_DEMO_VALID_YEARS,
  type PassportInvalid,
} from './data.js';

// ── Internal state ──────────────────────────────────────────────────────────

export interface Roster {
  /** In creation order, which is the order of the ids' numbers (the API's stable order). */
  rows: Employee[];
  blocking: BlockingState;
  validated: Map<string, readonly UnpgModuleId[]>;
  /** PP-ROSTER: the SNBPE passport linked at creation (date of issue, day linked), by employee. */
  snbpe: Map<string, { readonly issuedOn: string; readonly linkedOn: string }>;
  /** PP-ROSTER: the modules passed on the e-learning platform, by employee (the demo rows' are derived: {@link passedOf}). */
  passed: Map<string, Map<UnpgModuleId, string>>;
  /** Ids deleted: deleting them again is done (a retried DELETE), not a 404. */
  deleted: Set<string>;
  /** The index `employeeId()` gives the next employee. */
  nextIndex: number;
}

export interface Person {
  readonly id: string;
  linked: boolean;
  /** The user account's own login while separate (null: no user account, or linked). */
  userLogin: string | null;
  userPasswordHash: string | null;
  hasUserAccount: boolean;
  isTrainer: boolean;
  active: SpaceKind;
}

export interface Company {
  readonly id: string;
  readonly identification: Identification;
  companyName: string;
  regions: RegionCode[];
  referent: { lastName: string; firstName: string };
  /** The referent's e-mail: the company's login. */
  login: string;
  passwordHash: string | null;
  passwordState: CompanyPasswordState;
  version: number;
  referentPersonId: string;
  /** Built on first use (`passport:large` generates 100,000 rows only when the roster is asked). */
  roster: Roster | undefined;
  readonly makeRoster: () => Roster;
}

export interface Session {
  readonly companyId: string;
  readonly personId: string;
  readonly expiresAt: number;
}

export const MIN = 60_000;
export const DAY = 86_400_000;
export const iso = (t: number) => new Date(t).toISOString();

/** A random opaque value (`getRandomValues`: Node and every browser page have it, secure context or not). */
export function opaque(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const normalizeLogin = (email: string) => email.trim().toLowerCase();

/** `emp-000123` → 123 (the position in creation order), or NaN for anything else. */
export const seqOf = (id: string): number => {
  const m = /^emp-(\d{6,})$/.exec(id);
  return m ? Number(m[1]) : Number.NaN;
};

/** The index of the first row whose sequence number is ≥ `seq` (rows are sorted by it). */
export function lowerBound(rows: readonly Employee[], seq: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (seqOf(rows[mid]!.id) < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function indexOf(rows: readonly Employee[], id: string): number {
  const seq = seqOf(id);
  if (!Number.isFinite(seq)) return -1;
  const i = lowerBound(rows, seq);
  return rows[i]?.id === id ? i : -1;
}

/** The opaque cursor of a page that ends with `row`: the next page starts after it, whatever was added or deleted in between. */
export const cursorOf = (row: Employee) => `pp1.${seqOf(row.id).toString(36)}`;
export function seqOfCursor(cursor: string): number | undefined {
  const m = /^pp1\.([0-9a-z]{1,11})$/.exec(cursor);
  return m ? parseInt(m[1]!, 36) : undefined;
}

/**
 * The roster's rows with a blocking state that agrees with their `state` (the demo's blocked rows
 * failed one module 4 times, 2 days ago); each blocked row carries `block: { moduleId, at }`.
 */
export function rosterOf(rows: Employee[], now: number, blockedModule: (row: Employee) => UnpgModuleId): Roster {
  const blocking = new Map<
    string,
    { byModule: ReadonlyMap<UnpgModuleId, number>; blocked: { employeeId: string; moduleId: UnpgModuleId; at: number } }
  >();
  const passed = new Map<string, Map<UnpgModuleId, string>>();
  rows.forEach((row, i) => {
    if (row.state !== 'blocked') return;
    const moduleId = blockedModule(row);
    const at = now - 2 * DAY;
    blocking.set(row.id, { byModule: new Map([[moduleId, 4]]), blocked: { employeeId: row.id, moduleId, at } });
    // PP-BLOCK: the row says what blocked it (the module, when).
    rows[i] = { ...row, block: { moduleId, at: iso(at) } };
    if (row.id === 'emp-000003')
      passed.set(row.id, new Map(PASSPORT_DEMO_BLOCKED_PASSED.map((id, k) => [id, calendarDateOf(now - (10 - k) * DAY)])));
  });
  const last = rows.at(-1);
  return { rows, blocking, validated: new Map(), snbpe: new Map(), passed, deleted: new Set(), nextIndex: last ? seqOf(last.id) : 0 };
}

/**
 * PP-ROSTER: the modules a row passed: those recorded, or for a row with a passport (an expiry
 * date) and none recorded, every module, one a day, up to the day the passport was obtained
 * ({@link PASSPORT_DEMO_VALID_YEARS} years before its expiry).
 */
export function passedOf(r: Roster, row: Employee): ReadonlyMap<UnpgModuleId, string> {
  const recorded = r.passed.get(row.id);
  if (recorded || row.expiresOn === null) return recorded ?? new Map();
  const [y, m, d] = row.expiresOn.split('-');
  const obtained = `${Number(y) - PASSPORT_DEMO_VALID_YEARS}-${m}-${m === '02' && d === '29' ? '28' : d}`;
  return new Map(UNPG_MODULE_IDS.map((id, k) => [id, addDays(obtained, k - UNPG_MODULE_IDS.length + 1)]));
}

export function demoRows(): Employee[] {
  const rows = generateEmployees(PASSPORT_DEMO_ROSTER_SIZE, PASSPORT_DEMO_ROSTER_SEED);
  PASSPORT_DEMO_EMPLOYEES.forEach((row, i) => (rows[i] = { ...row }));
  return rows;
}

export const sameAnswers = (row: Employee, request: EmployeeUpdateRequest) =>
  row.firstName === request.firstName.trim() &&
  row.lastName === request.lastName.trim() &&
  row.email === (request.email === null ? null : request.email.trim()) &&
  row.profile === profileFor(request.answers);

export const issues = (list: PassportFieldError[]): PassportInvalid | undefined =>
  list.length ? { kind: 'invalid', errors: list } : undefined;

/**
 * A new password by the one check every new password goes through (`newPasswordIssues`: the
 * platform's policy, the list of common passwords, the current or temporary one; issue 8 #5), as
 * the field `password`.
 */
export function policyIssues(password: string, ctx: NewPasswordContext = {}): PassportInvalid | undefined {
  const [refusal] = newPasswordIssues(password, ctx);
  return refusal ? issues([{ field: 'password', issue: passwordFieldIssue(refusal) }]) : undefined;
}
