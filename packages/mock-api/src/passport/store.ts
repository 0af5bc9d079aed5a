/**
 * PP — the in-memory safety-passport backend of the mock API, as a real one would keep it: the
 * subcontractor companies, their referents' sessions and linked spaces, and their employee
 * rosters. Every rule comes from core (`@vigie/core/passport`): the forms' checks
 * (`checkRegistration`, `checkEnrollment`, `checkCompanyForm`, `checkDissociation`,
 * `checkDomainChange`), the profile (`profileFor`), the SNBPE reciprocity (`reciprocity`, only at
 * creation), PP-BLOCK (`recordModuleFailure`, `unblock`), the linked-spaces machine (`transition`
 * over a {@link SpacesState} built from the store, then written back) and the e-mail domain change
 * (`previewDomainChange`, `applyDomainChange`). "Now" is read from the clock at each call.
 *
 * It is a mock: what a real backend would e-mail goes to {@link PassportStore.outbox}; the
 * anti-robot provider accepts only {@link PASSPORT_TEST_CAPTCHA_TOKEN}. Passwords are never kept in
 * clear (a salted hash, `hash.ts`) and never leave the store.
 */
import { addDays, calendarDateOf, formatDateFr, isBlank, sameEmail } from '@vigie/core';
import {
  applyDomainChange,
  checkCompanyForm,
  checkDissociation,
  checkDomainChange,
  checkEnrollment,
  checkRegistration,
  clearThrottle,
  decideThrottledLogin,
  EMPLOYEE_PAGE_DEFAULT_LIMIT,
  EMPTY_THROTTLE,
  employeeState,
  failuresLeft as failuresLeftOf,
  failuresOf,
  fieldIssueList,
  isBlocked,
  normalizeDomain,
  normalizeRegions,
  passwordFieldIssue,
  previewDomainChange,
  profileFor,
  reciprocity,
  recordModuleFailure as recordFailure,
  spacesView,
  transition,
  unblock as unblockEmployee,
  UNPG_MODULE_IDS,
  type BlockingState,
  type CompanyInfo,
  type CompanyPasswordState,
  type CompanyUpdateRequest,
  type DissociateRequest,
  type DomainChangePreviewResponse,
  type Employee,
  type EmployeeCreated,
  type EmployeeCreateRequest,
  type EmployeePage,
  type EmployeePassport,
  type EmployeeUpdateRequest,
  type FailureOutcome,
  type HandoverRequest,
  type HandoverPasswordMode,
  type Identification,
  type PassportFieldError,
  type PassportLoginResponse,
  type PassportSession,
  type RegionCode,
  type RegistrationRequest,
  type SpaceKind,
  type SpacesEvent,
  type SpacesRefusalReason,
  type SpacesState,
  type SpacesStatus,
  type ThrottleState,
  type UnpgModuleId,
  throttledUntil,
} from '@vigie/core/passport';
import type { PassportScenario } from '../scenarios.js';
import { employeeId, generateEmployees } from './generate.js';
import { hashPassword, verifyPassword } from './hash.js';
import { newPasswordIssues, type NewPasswordContext } from '../shared/new-password.js';

// ── Demo data (documented: the demo, the stories and the tests use these) ─────────────────────

/** The demo company's SIRET (valid by the Luhn rule; fictitious). */
export const PASSPORT_DEMO_SIRET = '84726915600018';

/** The demo company « Granulats Dupont SARL » as `GET passport/company` shows it (its `version` starts at 1). */
export const PASSPORT_DEMO_COMPANY = {
  identification: { kind: 'siret', siret: PASSPORT_DEMO_SIRET },
  companyName: 'Granulats Dupont SARL',
  /** Bourgogne-Franche-Comté, Grand Est, Auvergne-Rhône-Alpes (INSEE codes). */
  regions: ['27', '44', '84'],
  referent: { lastName: 'MARTIN', firstName: 'Baptiste', email: 'baptiste.martin@granulats-dupont.fr' },
} as const satisfies Omit<CompanyInfo, 'version'>;

/** The demo company's login (the referent's e-mail) and password, in every passport scenario but `passport:must-change-password`. */
export const PASSPORT_DEMO_LOGIN = { email: PASSPORT_DEMO_COMPANY.referent.email, password: 'Passeport-2026!' } as const;

/** Baptiste MARTIN's own user-account login while his spaces are separate (he is also a trainer). */
export const PASSPORT_DEMO_USER_LOGIN = 'b.martin@example.fr';

/**
 * The anti-robot token the mock's « Je ne suis pas un robot » provider accepts (PP-REGISTER): a
 * host's test widget hands this token over; any other token gets 422 `/problems/robot-check-failed`.
 */
export const PASSPORT_TEST_CAPTCHA_TOKEN = 'vigie-test-captcha-ok';

/**
 * A session of the demo company that is always open (stories and demos that show a private widget
 * without signing in first): send it as `Authorization: Bearer …`, or hand {@link PASSPORT_DEMO_SESSION}
 * to `<vigie-provider>`. Every other private request needs a session `passport/login` returned.
 */
export const PASSPORT_DEMO_SESSION_TOKEN = 'pp-demo-session-granulats-dupont';

/** {@link PASSPORT_DEMO_SESSION_TOKEN} as the `PassportSession` a login returns. */
export const PASSPORT_DEMO_SESSION = {
  token: PASSPORT_DEMO_SESSION_TOKEN,
  expiresAt: '2099-12-31T23:59:59.000Z',
  companyName: PASSPORT_DEMO_COMPANY.companyName,
  referent: { lastName: PASSPORT_DEMO_COMPANY.referent.lastName, firstName: PASSPORT_DEMO_COMPANY.referent.firstName },
  space: 'company',
} as const satisfies PassportSession;

/**
 * `passport:must-change-password`: the company was handed over to Claire DURAND with a temporary
 * password; signing in with it answers `must-change-password`.
 */
export const PASSPORT_HANDOVER_LOGIN = {
  email: 'claire.durand@granulats-dupont.fr',
  password: 'Relais-Provisoire-2026',
  firstName: 'Claire',
  lastName: 'DURAND',
} as const;

/** `passport:linked-spaces`: the demo referent, whose company, user and trainer spaces are linked under the company login. */
export const PASSPORT_LINKED_REFERENT: { readonly email: string; readonly password: string; readonly spaces: readonly SpaceKind[] } = {
  ...PASSPORT_DEMO_LOGIN,
  spaces: ['company', 'user', 'trainer'],
};

/** A valid SIRET and a valid (French) VAT number that no demo company uses: registration succeeds with them. */
export const PASSPORT_UNREGISTERED = { siret: '51938462200022', vat: 'FR04519384622' } as const;

/** Employees in `passport:default` (and every scenario but `empty-roster` and `large`). */
export const PASSPORT_DEMO_ROSTER_SIZE = 40;
/** The generator's seed of the demo roster: its 40 rows have no blocked employee, so John WEST is the only one. */
export const PASSPORT_DEMO_ROSTER_SEED = 4;
/** Employees in `passport:large` (generated on first use, seed 1). */
export const PASSPORT_LARGE_ROSTER_SIZE = 100_000;

/** The hand-picked rows of the demo roster (seed 004's examples), at the head of the list. */
export const PASSPORT_DEMO_EMPLOYEES = [
  { id: 'emp-000001', firstName: 'Sébastien', lastName: 'PETIT', email: 'sebastien.petit@granulats-dupont.fr', profile: 'administrative', passportUrl: null, state: null, expiresOn: null, version: 1 },
  // The seed's swapped twin, active with an awareness that expired on 25/08/2023.
  { id: 'emp-000002', firstName: 'Petit', lastName: 'SEBASTIEN', email: null, profile: 'administrative', passportUrl: '/passeports/emp-000002', state: 'active', expiresOn: '2023-08-25', version: 1 },
  // PP-BLOCK: failed « working-at-height » 4 times.
  { id: 'emp-000003', firstName: 'John', lastName: 'WEST', email: 'john.west@granulats-dupont.fr', profile: 'technical', passportUrl: null, state: 'blocked', expiresOn: null, version: 1 },
  { id: 'emp-000004', firstName: 'Dominique', lastName: 'MIXTE', email: 'dominique.mixte@granulats-dupont.fr', profile: 'technical-trainer', passportUrl: null, state: null, expiresOn: null, version: 1 },
  { id: 'emp-000005', firstName: 'Hélène', lastName: 'LEFÈVRE', email: 'helene.lefevre@granulats-dupont.fr', profile: 'technical-checker', passportUrl: '/passeports/emp-000005', state: 'active', expiresOn: '2027-03-31', version: 1 },
  // A sub-domain and another domain: a domain change of granulats-dupont.fr leaves them alone.
  { id: 'emp-000006', firstName: 'Loïc', lastName: 'LE GALL', email: 'loic.legall@chantier.granulats-dupont.fr', profile: 'technical', passportUrl: '/passeports/emp-000006', state: 'active', expiresOn: '2026-12-15', version: 1 },
  { id: 'emp-000007', firstName: 'Jérôme', lastName: "N'DIAYE", email: 'jerome.ndiaye@example.fr', profile: 'administrative-checker', passportUrl: '/passeports/emp-000007', state: 'active', expiresOn: '2028-02-29', version: 1 },
] as const satisfies readonly Employee[];

/** The module John WEST failed more than 3 times. */
export const PASSPORT_DEMO_BLOCKED_MODULE: UnpgModuleId = 'working-at-height';
/** The modules John WEST passed before he was blocked (10, 9 and 8 days before the store's start). */
export const PASSPORT_DEMO_BLOCKED_PASSED: readonly UnpgModuleId[] = ['site-rules', 'site-traffic', 'protective-equipment'];
/**
 * PP-ROSTER (mock choice): an employee with a passport passed its modules in the days before it
 * was obtained, this many years before its expiry date (the demo data carry only the expiry).
 */
export const PASSPORT_DEMO_VALID_YEARS = 3;

/** A passport session lasts 30 minutes (mock choice; the contract carries `expiresAt`). */
export const PASSPORT_SESSION_VALID_MINUTES = 30;
/** A temporary password must be replaced within 15 minutes of signing in with it. */
export const PASSPORT_CHALLENGE_VALID_MINUTES = 15;
/** A password-reset link is valid 60 minutes. */
export const PASSPORT_RESET_LINK_VALID_MINUTES = 60;

/**
 * Password-reset links of the demo company that exist in every passport scenario (the demo page
 * and the stories link to them: `?passport-reset-token=<token>`): a valid one (60 minutes from the
 * store's start), one past its validity, one already used. Links e-mailed by « Mot de passe
 * oublié ? » are in the outbox (`password-reset-link`).
 */
export const PASSPORT_DEMO_RESET_TOKENS = {
  valid: 'ppr_demo-granulats-dupont',
  expired: 'ppr_demo-granulats-dupont-expire',
  used: 'ppr_demo-granulats-dupont-utilise',
} as const;

/** The id of the demo company in the store. */
export const PASSPORT_DEMO_COMPANY_ID = 'granulats-dupont';

// ── Types ───────────────────────────────────────────────────────────────────

/** What a real backend would have e-mailed (tests and the demo read it). */
export type PassportOutboxMessage =
  | { readonly kind: 'registration-confirmation'; readonly to: string; readonly companyName: string }
  /**
   * PP-REGISTER (point 4): a registration named an e-mail that is already a login. The registration
   * was answered exactly like a new one; the owner of the address is told instead (« quelqu'un a
   * tenté de créer un compte avec votre adresse… »), with the way in (sign in, « Mot de passe oublié ? »).
   */
  | { readonly kind: 'registration-attempt-existing-login'; readonly to: string; readonly companyName: string }
  | { readonly kind: 'password-reset-link'; readonly to: string; readonly token: string }
  /** PP-ENROLL: the referent is told an account was created. */
  | { readonly kind: 'employee-created'; readonly to: string; readonly employeeId: string; readonly employeeName: string }
  /** PP-ENROLL: the first-login information, to the employee or (no e-mail) to the referent. */
  | { readonly kind: 'first-login'; readonly to: string; readonly recipient: 'employee' | 'referent'; readonly employeeId: string }
  /** PP-BLOCK: the referent is alerted that an employee was blocked. */
  | { readonly kind: 'blocking-alert'; readonly to: string; readonly employeeId: string; readonly employeeName: string; readonly moduleId: UnpgModuleId; readonly at: string }
  /** PP-SPACES: the new referent is told the company is theirs (never with the temporary password: the former referent hands it over). */
  | { readonly kind: 'handover'; readonly to: string; readonly companyName: string; readonly passwordMode: HandoverPasswordMode };

export type PassportInvalid = { readonly kind: 'invalid'; readonly errors: PassportFieldError[] };
export type PassportVersionRefusal = { readonly kind: 'version-required' } | { readonly kind: 'version-mismatch'; readonly current: number };
export type PassportSpacesOutcome = SpacesStatus | { readonly kind: 'refused'; readonly reason: SpacesRefusalReason } | { readonly kind: 'email-unavailable' } | PassportInvalid;

export type PassportRegistrationOutcome =
  | { readonly kind: 'created'; readonly login: string }
  | { readonly kind: 'robot-check-failed' }
  | { readonly kind: 'company-exists' }
  | PassportInvalid;
/** `wait`: too many failures in a row for this e-mail (PP-LOGIN throttling): 429 until `retryAt`. */
export type PassportLoginOutcome = PassportLoginResponse | { readonly kind: 'refused' } | { readonly kind: 'wait'; readonly retryAt: number };
export type PassportNewPasswordOutcome = PassportLoginResponse | { readonly kind: 'challenge-expired' } | PassportInvalid;
export type PassportResetOutcome = { readonly kind: 'done' } | { readonly kind: 'unknown' | 'expired' | 'used' } | PassportInvalid;
export type PassportResetLinkState = { readonly kind: 'valid'; readonly expiresAt: number } | { readonly kind: 'unknown' | 'expired' | 'used' };
export type PassportSessionLookup = { readonly kind: 'session'; readonly companyId: string; readonly personId: string; readonly token: string } | { readonly kind: 'none' };
export type PassportCompanyOutcome = CompanyInfo | PassportVersionRefusal | PassportInvalid;
export type PassportHandoverOutcome = CompanyInfo | PassportVersionRefusal | PassportInvalid | { readonly kind: 'refused'; readonly reason: SpacesRefusalReason } | { readonly kind: 'email-unavailable' };
export type PassportPageOutcome = EmployeePage | { readonly kind: 'bad-cursor' };
export type PassportEmployeeOutcome = Employee | { readonly kind: 'not-found' } | PassportVersionRefusal | PassportInvalid;
export type PassportDeleteOutcome = { readonly kind: 'deleted' } | { readonly kind: 'not-found' } | PassportVersionRefusal;
export type PassportFailureRecord =
  | { readonly kind: 'recorded'; readonly employee: Employee; readonly outcome: FailureOutcome; readonly failuresLeft: number }
  | { readonly kind: 'not-found' }
  /** The module was validated at once by the SNBPE reciprocity: it is not attempted any more. */
  | { readonly kind: 'module-validated' };

/** Who is signed in: a company session, and the person behind it (for the linked spaces). */
export interface PassportSessionRef {
  readonly companyId: string;
  readonly personId: string;
  readonly token: string;
}

export interface PassportStore {
  readonly scenario: PassportScenario;
  /** The store's clock (ms). */
  now(): number;

  // PP-REGISTER / PP-LOGIN
  register(request: RegistrationRequest): PassportRegistrationOutcome;
  /**
   * One login attempt with a company login; a wrong password, an unknown e-mail, a user login and a
   * password awaiting a reset are refused alike, and counted alike by core's throttling (`wait`).
   */
  login(email: string, password: string): PassportLoginOutcome;
  changeTemporaryPassword(challenge: string, password: string): PassportNewPasswordOutcome;
  /** « Mot de passe oublié ? »: e-mails a reset link when a company has this login; says nothing either way. */
  requestReset(email: string): void;
  /** The reset link's page: whether the link can still be used. */
  resetLinkStatus(token: string): PassportResetLinkState;
  /** The reset link's page: the new password (single use; the policy of `policyIssues`); the company's sessions end. */
  resetPassword(token: string, password: string): PassportResetOutcome;
  /** Which session a bearer token is (expired and unknown tokens alike: none). */
  session(token: string | undefined): PassportSessionLookup;
  /** « Se déconnecter »: the session of `token` ends (its token is refused from then on); nothing for an unknown one. */
  logout(token: string | undefined): void;

  // PP-COMPANY
  company(companyId: string): CompanyInfo;
  updateCompany(companyId: string, request: CompanyUpdateRequest, version: number | undefined): PassportCompanyOutcome;
  /** A new company password; the company's other sessions end. */
  changeCompanyPassword(session: PassportSessionRef, password: string): { readonly kind: 'done' } | PassportInvalid;
  handOver(session: PassportSessionRef, request: HandoverRequest, version: number | undefined): PassportHandoverOutcome;
  previewDomainChange(companyId: string, fromDomain: string, toDomain: string): DomainChangePreviewResponse | PassportInvalid;
  changeEmailDomain(companyId: string, fromDomain: string, toDomain: string): { readonly changed: number } | PassportInvalid;

  // PP-SPACES
  spaces(session: PassportSessionRef): SpacesStatus;
  linkSpaces(session: PassportSessionRef): PassportSpacesOutcome;
  dissociateSpaces(session: PassportSessionRef, request: DissociateRequest): PassportSpacesOutcome;
  switchSpace(session: PassportSessionRef, to: SpaceKind): PassportSpacesOutcome;

  // PP-ROSTER / PP-ENROLL / PP-BLOCK
  employeePage(companyId: string, cursor: string | undefined, limit: number | undefined): PassportPageOutcome;
  /** Every employee of a company, in the roster's order (the demo company when none is named). */
  employees(companyId?: string): readonly Employee[];
  employee(id: string, companyId?: string): Employee | undefined;
  createEmployee(companyId: string, request: EmployeeCreateRequest): EmployeeCreated | PassportInvalid;
  updateEmployee(companyId: string, id: string, request: EmployeeUpdateRequest, version: number | undefined): PassportEmployeeOutcome;
  deleteEmployee(companyId: string, id: string, version: number | undefined): PassportDeleteOutcome;
  unblockEmployee(companyId: string, id: string): Employee | { readonly kind: 'not-found' };
  /**
   * PP-BLOCK: one failed attempt of an employee at a module (the e-learning reports it to a real
   * backend; the demo and tests call this). The failure that blocks alerts the referent (outbox).
   */
  recordModuleFailure(employeeId: string, moduleId: UnpgModuleId, companyId?: string): PassportFailureRecord;
  /** How many times an employee failed a module since the last unblock. */
  failures(employeeId: string, moduleId: UnpgModuleId, companyId?: string): number;
  /** The modules an employee's SNBPE passport validated at their creation (empty without one). */
  validatedModules(employeeId: string, companyId?: string): readonly UnpgModuleId[];
  /** PP-ROSTER « Voir le passeport »: the employee's passport (undefined: no such employee in the company). */
  employeePassport(employeeId: string, companyId?: string): EmployeePassport | undefined;

  /** What the mock would have e-mailed, oldest first. */
  outbox(): readonly PassportOutboxMessage[];
  /** Back to the scenario's fresh data. */
  reset(): void;
}

// ── Internal state ──────────────────────────────────────────────────────────

interface Roster {
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

interface Person {
  readonly id: string;
  linked: boolean;
  /** The user account's own login while separate (null: no user account, or linked). */
  userLogin: string | null;
  userPasswordHash: string | null;
  hasUserAccount: boolean;
  isTrainer: boolean;
  active: SpaceKind;
}

interface Company {
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

interface Session {
  readonly companyId: string;
  readonly personId: string;
  readonly expiresAt: number;
}

const MIN = 60_000;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

/** A random opaque value (`getRandomValues`: Node and every browser page have it, secure context or not). */
function opaque(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const normalizeLogin = (email: string) => email.trim().toLowerCase();

/** `emp-000123` → 123 (the position in creation order), or NaN for anything else. */
const seqOf = (id: string): number => {
  const m = /^emp-(\d{6,})$/.exec(id);
  return m ? Number(m[1]) : Number.NaN;
};

/** The index of the first row whose sequence number is ≥ `seq` (rows are sorted by it). */
function lowerBound(rows: readonly Employee[], seq: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (seqOf(rows[mid]!.id) < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexOf(rows: readonly Employee[], id: string): number {
  const seq = seqOf(id);
  if (!Number.isFinite(seq)) return -1;
  const i = lowerBound(rows, seq);
  return rows[i]?.id === id ? i : -1;
}

/** The opaque cursor of a page that ends with `row`: the next page starts after it, whatever was added or deleted in between. */
const cursorOf = (row: Employee) => `pp1.${seqOf(row.id).toString(36)}`;
function seqOfCursor(cursor: string): number | undefined {
  const m = /^pp1\.([0-9a-z]{1,11})$/.exec(cursor);
  return m ? parseInt(m[1]!, 36) : undefined;
}

/**
 * The roster's rows with a blocking state that agrees with their `state` (the demo's blocked rows
 * failed one module 4 times, 2 days ago); each blocked row carries `block: { moduleId, at }`.
 */
function rosterOf(rows: Employee[], now: number, blockedModule: (row: Employee) => UnpgModuleId): Roster {
  const blocking = new Map<string, { byModule: ReadonlyMap<UnpgModuleId, number>; blocked: { employeeId: string; moduleId: UnpgModuleId; at: number } }>();
  const passed = new Map<string, Map<UnpgModuleId, string>>();
  rows.forEach((row, i) => {
    if (row.state !== 'blocked') return;
    const moduleId = blockedModule(row);
    const at = now - 2 * DAY;
    blocking.set(row.id, { byModule: new Map([[moduleId, 4]]), blocked: { employeeId: row.id, moduleId, at } });
    // PP-BLOCK: the row says what blocked it (the module, when).
    rows[i] = { ...row, block: { moduleId, at: iso(at) } };
    if (row.id === 'emp-000003') passed.set(row.id, new Map(PASSPORT_DEMO_BLOCKED_PASSED.map((id, k) => [id, calendarDateOf(now - (10 - k) * DAY)])));
  });
  const last = rows.at(-1);
  return { rows, blocking, validated: new Map(), snbpe: new Map(), passed, deleted: new Set(), nextIndex: last ? seqOf(last.id) : 0 };
}

/**
 * PP-ROSTER: the modules a row passed: those recorded, or for a row with a passport (an expiry
 * date) and none recorded, every module, one a day, up to the day the passport was obtained
 * ({@link PASSPORT_DEMO_VALID_YEARS} years before its expiry).
 */
function passedOf(r: Roster, row: Employee): ReadonlyMap<UnpgModuleId, string> {
  const recorded = r.passed.get(row.id);
  if (recorded || row.expiresOn === null) return recorded ?? new Map();
  const [y, m, d] = row.expiresOn.split('-');
  const obtained = `${Number(y) - PASSPORT_DEMO_VALID_YEARS}-${m}-${m === '02' && d === '29' ? '28' : d}`;
  return new Map(UNPG_MODULE_IDS.map((id, k) => [id, addDays(obtained, k - UNPG_MODULE_IDS.length + 1)]));
}


function demoRows(): Employee[] {
  const rows = generateEmployees(PASSPORT_DEMO_ROSTER_SIZE, PASSPORT_DEMO_ROSTER_SEED);
  PASSPORT_DEMO_EMPLOYEES.forEach((row, i) => (rows[i] = { ...row }));
  return rows;
}

const sameAnswers = (row: Employee, request: EmployeeUpdateRequest) =>
  row.firstName === request.firstName.trim() &&
  row.lastName === request.lastName.trim() &&
  row.email === (request.email === null ? null : request.email.trim()) &&
  row.profile === profileFor(request.answers);

const issues = (list: PassportFieldError[]): PassportInvalid | undefined => (list.length ? { kind: 'invalid', errors: list } : undefined);

/**
 * A new password by the one check every new password goes through (`newPasswordIssues`: the
 * platform's policy, the list of common passwords, the current or temporary one; issue 8 #5), as
 * the field `password`.
 */
function policyIssues(password: string, ctx: NewPasswordContext = {}): PassportInvalid | undefined {
  const [refusal] = newPasswordIssues(password, ctx);
  return refusal ? issues([{ field: 'password', issue: passwordFieldIssue(refusal) }]) : undefined;
}

// ── The store ───────────────────────────────────────────────────────────────

export function createPassportStore(scenario: PassportScenario, now: () => number = () => Date.now()): PassportStore {
  let companies: Map<string, Company>;
  let persons: Map<string, Person>;
  let sessions: Map<string, Session>;
  let challenges: Map<string, { companyId: string; expiresAt: number }>;
  let resetLinks: Map<string, { companyId: string; login: string; issuedAt: number; used: boolean }>;
  /** PP-LOGIN: failures in a row per e-mail (core's `throttle.ts`), known and unknown e-mails alike. */
  let throttle: ThrottleState;
  let outbox: PassportOutboxMessage[];
  let companySequence: number;

  function reset(): void {
    const t = now();
    companies = new Map();
    persons = new Map();
    sessions = new Map();
    challenges = new Map();
    resetLinks = new Map();
    throttle = EMPTY_THROTTLE;
    outbox = [];
    companySequence = 0;

    const handedOver = scenario === 'passport:must-change-password';
    const baptiste: Person = {
      id: 'baptiste-martin',
      linked: scenario === 'passport:linked-spaces',
      userLogin: scenario === 'passport:linked-spaces' ? null : PASSPORT_DEMO_USER_LOGIN,
      userPasswordHash: null,
      hasUserAccount: true,
      isTrainer: true,
      active: 'company',
    };
    persons.set(baptiste.id, baptiste);
    let referentPersonId = baptiste.id;
    if (handedOver) {
      const claire: Person = { id: 'claire-durand', linked: false, userLogin: null, userPasswordHash: null, hasUserAccount: false, isTrainer: false, active: 'company' };
      persons.set(claire.id, claire);
      referentPersonId = claire.id;
    }
    const rows = (): Employee[] => {
      if (scenario === 'passport:empty-roster') return [];
      if (scenario === 'passport:large') return generateEmployees(PASSPORT_LARGE_ROSTER_SIZE);
      return demoRows();
    };
    const demo: Company = {
      id: PASSPORT_DEMO_COMPANY_ID,
      identification: { ...PASSPORT_DEMO_COMPANY.identification },
      companyName: PASSPORT_DEMO_COMPANY.companyName,
      regions: [...PASSPORT_DEMO_COMPANY.regions],
      referent: handedOver
        ? { lastName: PASSPORT_HANDOVER_LOGIN.lastName, firstName: PASSPORT_HANDOVER_LOGIN.firstName }
        : { lastName: PASSPORT_DEMO_COMPANY.referent.lastName, firstName: PASSPORT_DEMO_COMPANY.referent.firstName },
      login: handedOver ? PASSPORT_HANDOVER_LOGIN.email : PASSPORT_DEMO_LOGIN.email,
      passwordHash: hashPassword(handedOver ? PASSPORT_HANDOVER_LOGIN.password : PASSPORT_DEMO_LOGIN.password),
      passwordState: handedOver ? 'temporary' : 'set',
      version: handedOver ? 2 : 1,
      referentPersonId,
      roster: undefined,
      makeRoster: () => rosterOf(rows(), t, (row) => (row.id === 'emp-000003' ? PASSPORT_DEMO_BLOCKED_MODULE : UNPG_MODULE_IDS[seqOf(row.id) % UNPG_MODULE_IDS.length]!)),
    };
    companies.set(demo.id, demo);
    resetLinks.set(PASSPORT_DEMO_RESET_TOKENS.valid, { companyId: demo.id, login: demo.login, issuedAt: t, used: false });
    resetLinks.set(PASSPORT_DEMO_RESET_TOKENS.expired, { companyId: demo.id, login: demo.login, issuedAt: t - (PASSPORT_RESET_LINK_VALID_MINUTES + 1) * MIN, used: false });
    resetLinks.set(PASSPORT_DEMO_RESET_TOKENS.used, { companyId: demo.id, login: demo.login, issuedAt: t, used: true });
    sessions.set(PASSPORT_DEMO_SESSION_TOKEN, { companyId: demo.id, personId: referentPersonId, expiresAt: Number.POSITIVE_INFINITY });
  }
  reset();

  // ── Lookups ──

  function companyById(id: string): Company {
    const c = companies.get(id);
    if (!c) throw new RangeError(`No passport company ${id}`);
    return c;
  }

  const companyByLogin = (email: string): Company | undefined => [...companies.values()].find((c) => sameEmail(c.login, email));

  function roster(companyId: string): Roster {
    const c = companyById(companyId);
    return (c.roster ??= c.makeRoster());
  }

  /** Whether an e-mail is already a login: a company's, or a user account's (`except` that person's own). */
  function loginTaken(email: string, except?: string): boolean {
    if (companyByLogin(email)) return true;
    for (const p of persons.values()) if (p.id !== except && p.userLogin !== null && sameEmail(p.userLogin, email)) return true;
    return false;
  }

  const info = (c: Company): CompanyInfo => ({
    identification: { ...c.identification },
    companyName: c.companyName,
    regions: [...c.regions],
    referent: { lastName: c.referent.lastName, firstName: c.referent.firstName, email: c.login },
    version: c.version,
  });

  function versionRefusal(current: number, asked: number | undefined): PassportVersionRefusal | undefined {
    if (asked === undefined) return { kind: 'version-required' };
    return asked === current ? undefined : { kind: 'version-mismatch', current };
  }

  function openSession(c: Company, personId: string): PassportLoginResponse {
    const token = opaque('pps');
    const expiresAt = now() + PASSPORT_SESSION_VALID_MINUTES * MIN;
    sessions.set(token, { companyId: c.id, personId, expiresAt });
    return {
      kind: 'signed-in',
      session: { token, expiresAt: iso(expiresAt), companyName: c.companyName, referent: { lastName: c.referent.lastName, firstName: c.referent.firstName }, space: 'company' },
    };
  }

  /** After a password change: the company's other sessions end (the demo session aside: it is the demo's). */
  function endOtherSessions(companyId: string, keep: string | undefined): void {
    for (const [token, s] of sessions) if (s.companyId === companyId && token !== keep && token !== PASSPORT_DEMO_SESSION_TOKEN) sessions.delete(token);
  }

  // ── PP-SPACES: the machine of core over the store's data ──

  function spacesStateOf(personId: string, c: Company): SpacesState {
    const p = persons.get(personId)!;
    const company = { login: c.login, referent: { ...c.referent }, password: c.passwordState };
    const person = { isReferent: c.referentPersonId === p.id, hasUserAccount: p.hasUserAccount, isTrainer: p.isTrainer && p.hasUserAccount };
    return p.linked
      ? { status: 'linked', company, person, active: p.active, refusal: null }
      : { status: 'separate', company, userLogin: p.userLogin, person, active: p.active, refusal: null };
  }

  /** Runs one event through core's machine; on acceptance, writes the new state back to the person (and the company for a handover). */
  function runSpaces(session: PassportSessionRef, event: SpacesEvent): SpacesState | { readonly kind: 'refused'; readonly reason: SpacesRefusalReason } {
    const c = companyById(session.companyId);
    const next = transition(spacesStateOf(session.personId, c), event);
    if (next.refusal) return { kind: 'refused', reason: next.refusal.reason };
    const p = persons.get(session.personId)!;
    p.linked = next.status === 'linked';
    p.userLogin = next.status === 'separate' ? next.userLogin : null;
    p.hasUserAccount = next.person.hasUserAccount;
    p.isTrainer = next.person.isTrainer;
    p.active = next.active;
    return next;
  }

  // ── PP-ROSTER helpers ──

  function findEmployee(companyId: string, id: string): { roster: Roster; index: number } | undefined {
    const r = roster(companyId);
    const index = indexOf(r.rows, id);
    return index < 0 ? undefined : { roster: r, index };
  }

  function replaceRow(r: Roster, index: number, row: Employee): Employee {
    r.rows[index] = row;
    return row;
  }

  const nameOf = (e: Employee) => `${e.firstName} ${e.lastName}`;

  // ── PP-LOGIN: the e-mailed reset links ──

  function linkState(token: string): PassportResetLinkState {
    const link = resetLinks.get(token);
    if (!link) return { kind: 'unknown' };
    if (link.used) return { kind: 'used' };
    const c = companies.get(link.companyId);
    const expiresAt = link.issuedAt + PASSPORT_RESET_LINK_VALID_MINUTES * MIN;
    // A link stops working past its validity, and when the login it was sent to is no longer the company's.
    if (!c || now() >= expiresAt || !sameEmail(c.login, link.login)) return { kind: 'expired' };
    return { kind: 'valid', expiresAt };
  }

  return {
    scenario,
    now,

    // ── PP-REGISTER ──

    register(request) {
      const form = {
        identification: request.identification.kind,
        siret: request.identification.kind === 'siret' ? request.identification.siret : '',
        vat: request.identification.kind === 'vat' ? request.identification.vat : '',
        companyName: request.companyName,
        regions: request.regions,
        referentLastName: request.referent.lastName,
        referentFirstName: request.referent.firstName,
        email: request.referent.email,
        emailConfirmation: request.referent.email,
        password: request.password,
        passwordConfirmation: request.password,
        antiRobotToken: request.antiRobotToken,
      };
      const invalid = issues(fieldIssueList(checkRegistration(form))) ?? policyIssues(request.password);
      if (invalid) return invalid;
      // The robot check comes before anything that reads the accounts: a robot learns nothing.
      if (request.antiRobotToken !== PASSPORT_TEST_CAPTCHA_TOKEN) return { kind: 'robot-check-failed' };
      const id = request.identification;
      const exists = [...companies.values()].some((c) =>
        c.identification.kind === 'siret' && id.kind === 'siret' ? c.identification.siret === id.siret : c.identification.kind === 'vat' && id.kind === 'vat' && c.identification.vat === id.vat,
      );
      if (exists) return { kind: 'company-exists' };
      const login = normalizeLogin(request.referent.email);
      // The password is hashed in both cases: a taken e-mail and a free one take the same time.
      const passwordHash = hashPassword(request.password);
      if (loginTaken(request.referent.email)) {
        // No enumeration (point 4): the same answer as a creation; the address's owner is told by e-mail.
        outbox.push({ kind: 'registration-attempt-existing-login', to: login, companyName: request.companyName.trim() });
        return { kind: 'created', login };
      }
      const person: Person = { id: opaque('person'), linked: false, userLogin: null, userPasswordHash: null, hasUserAccount: false, isTrainer: false, active: 'company' };
      persons.set(person.id, person);
      const company: Company = {
        id: `company-${++companySequence}`,
        identification: id,
        companyName: request.companyName.trim(),
        regions: normalizeRegions(request.regions),
        referent: { lastName: request.referent.lastName.trim(), firstName: request.referent.firstName.trim() },
        login,
        passwordHash,
        passwordState: 'set',
        version: 1,
        referentPersonId: person.id,
        roster: undefined,
        makeRoster: () => rosterOf([], now(), () => UNPG_MODULE_IDS[0]),
      };
      companies.set(company.id, company);
      outbox.push({ kind: 'registration-confirmation', to: login, companyName: company.companyName });
      return { kind: 'created', login };
    },

    // ── PP-LOGIN ──

    login(email, password) {
      // During a wait nothing is checked, for a known and an unknown e-mail alike.
      const waiting = throttledUntil(throttle, email, now());
      if (waiting !== undefined) return { kind: 'wait', retryAt: waiting };
      const c = companyByLogin(email);
      // The hash is computed for an unknown e-mail too: both refusals take the same time.
      const valid = verifyPassword(password, c?.passwordHash ?? null) && c !== undefined && c.passwordState !== 'reset-required';
      const decided = decideThrottledLogin(throttle, email, valid, now());
      throttle = decided.state;
      if (decided.decision.kind === 'wait') return { kind: 'wait', retryAt: decided.decision.retryAt };
      if (!valid) return { kind: 'refused' };
      if (c.passwordState === 'temporary') {
        const challenge = opaque('ppc');
        const expiresAt = now() + PASSPORT_CHALLENGE_VALID_MINUTES * MIN;
        challenges.set(challenge, { companyId: c.id, expiresAt });
        return { kind: 'must-change-password', challenge, expiresAt: iso(expiresAt) };
      }
      return openSession(c, c.referentPersonId);
    },

    changeTemporaryPassword(challenge, password) {
      const ch = challenges.get(challenge);
      if (!ch || now() >= ch.expiresAt) {
        challenges.delete(challenge);
        return { kind: 'challenge-expired' };
      }
      const c = companyById(ch.companyId);
      if (c.passwordState !== 'temporary') {
        challenges.delete(challenge);
        return { kind: 'challenge-expired' };
      }
      // PP-SPACES handover: the successor's own password, never the temporary one again.
      const invalid = policyIssues(password, { isCurrent: (p) => verifyPassword(p, c.passwordHash), currentIsTemporary: true });
      if (invalid) return invalid;
      challenges.delete(challenge);
      c.passwordHash = hashPassword(password);
      c.passwordState = 'set';
      endOtherSessions(c.id, undefined);
      return openSession(c, c.referentPersonId);
    },

    requestReset(email) {
      const c = companyByLogin(email);
      if (!c) return;
      const token = opaque('ppr');
      resetLinks.set(token, { companyId: c.id, login: c.login, issuedAt: now(), used: false });
      outbox.push({ kind: 'password-reset-link', to: c.login, token });
    },

    resetLinkStatus: (token) => linkState(token),

    resetPassword(token, password) {
      const state = linkState(token);
      if (state.kind !== 'valid') return state;
      const link = resetLinks.get(token)!;
      const c = companyById(link.companyId);
      // X-SEC: the one check of every new password (policy, common list). Not « same as current »: that
      // answer would confirm the current password to whoever holds the link (as the vault's reset).
      const invalid = policyIssues(password);
      if (invalid) return invalid;
      link.used = true;
      c.passwordHash = hashPassword(password);
      c.passwordState = 'set';
      // The person proved who they are: the login's failures are forgotten.
      throttle = clearThrottle(throttle, c.login);
      endOtherSessions(c.id, undefined);
      return { kind: 'done' };
    },

    session(token) {
      if (!token) return { kind: 'none' };
      const s = sessions.get(token);
      if (!s || !companies.has(s.companyId)) return { kind: 'none' };
      if (now() >= s.expiresAt) {
        sessions.delete(token);
        return { kind: 'none' };
      }
      return { kind: 'session', companyId: s.companyId, personId: s.personId, token };
    },

    logout(token) {
      // The demo's session too: a real backend ends whatever session signs out (`reset()` brings it back).
      if (token) sessions.delete(token);
    },

    // ── PP-COMPANY ──

    company: (companyId) => info(companyById(companyId)),

    updateCompany(companyId, request, version) {
      const c = companyById(companyId);
      const current = info(c);
      const form = {
        companyName: request.companyName,
        regions: request.regions,
        referentLastName: request.referent.lastName,
        referentFirstName: request.referent.firstName,
        referentEmail: c.login,
        handoverPassword: null,
        password: '',
        passwordConfirmation: '',
      };
      const invalid = issues(fieldIssueList(checkCompanyForm(current, form, { spacesLinked: false })));
      if (invalid) return invalid;
      const next = {
        companyName: request.companyName.trim(),
        regions: normalizeRegions(request.regions),
        referent: { lastName: request.referent.lastName.trim(), firstName: request.referent.firstName.trim() },
      };
      const refusal = versionRefusal(c.version, version);
      if (refusal) {
        // A PUT retried after a lost answer finds its own change already there: that is a success.
        const same = refusal.kind === 'version-mismatch' && JSON.stringify(next) === JSON.stringify({ companyName: c.companyName, regions: c.regions, referent: c.referent });
        if (!same) return refusal;
        return current;
      }
      Object.assign(c, next);
      c.version++;
      return info(c);
    },

    changeCompanyPassword(session, password) {
      const c = companyById(session.companyId);
      const invalid = policyIssues(password, { isCurrent: (p) => verifyPassword(p, c.passwordHash), currentIsTemporary: c.passwordState === 'temporary' });
      if (invalid) return invalid;
      c.passwordHash = hashPassword(password);
      c.passwordState = 'set';
      endOtherSessions(c.id, session.token);
      return { kind: 'done' };
    },

    handOver(session, request, version) {
      const c = companyById(session.companyId);
      const current = info(c);
      const mode = request.password.mode;
      const temporary = request.password.mode === 'temporary' ? request.password.temporaryPassword : '';
      // Point 17: the name and regions come with the handover (absent: unchanged), all checked before anything changes.
      const companyName = request.companyName ?? c.companyName;
      const regions = request.regions ?? c.regions;
      const form = {
        companyName,
        regions,
        referentLastName: request.referent.lastName,
        referentFirstName: request.referent.firstName,
        referentEmail: request.email,
        handoverPassword: mode,
        password: temporary,
        passwordConfirmation: temporary,
      };
      const invalid = issues(fieldIssueList(checkCompanyForm(current, form, { spacesLinked: false }))) ?? (mode === 'temporary' ? policyIssues(temporary) : undefined);
      if (invalid) return invalid;
      const refusal = versionRefusal(c.version, version);
      if (refusal) return refusal;
      // The machine decides (dissociate first, referent only, a new e-mail…); then the login must be free.
      const probe = transition(spacesStateOf(session.personId, c), { type: 'hand-over', referent: request.referent, email: request.email, password: mode });
      if (probe.refusal) return { kind: 'refused', reason: probe.refusal.reason };
      if (loginTaken(request.email)) return { kind: 'email-unavailable' };
      const next = runSpaces(session, { type: 'hand-over', referent: request.referent, email: request.email, password: mode });
      if ('kind' in next) return next;
      const successor: Person = { id: opaque('person'), linked: false, userLogin: null, userPasswordHash: null, hasUserAccount: false, isTrainer: false, active: 'company' };
      persons.set(successor.id, successor);
      // Everything at once (one version): the information, the referent, the login and the password.
      c.companyName = companyName.trim();
      c.regions = normalizeRegions(regions);
      c.login = normalizeLogin(next.company!.login);
      c.referent = { ...next.company!.referent };
      c.passwordState = next.company!.password;
      if (mode === 'temporary') c.passwordHash = hashPassword(temporary);
      if (mode === 'reset') c.passwordHash = null;
      c.referentPersonId = successor.id;
      c.version++;
      if (mode !== 'keep') endOtherSessions(c.id, session.token);
      outbox.push({ kind: 'handover', to: c.login, companyName: c.companyName, passwordMode: mode });
      return info(c);
    },

    previewDomainChange(companyId, fromDomain, toDomain) {
      const invalid = issues(fieldIssueList(checkDomainChange({ fromDomain, toDomain })));
      if (invalid) return invalid;
      const p = previewDomainChange(roster(companyId).rows, fromDomain, toDomain);
      return { fromDomain: normalizeDomain(fromDomain), toDomain: normalizeDomain(toDomain), changing: p.changing.length, otherDomain: p.otherDomain.length, noEmail: p.noEmail.length };
    },

    changeEmailDomain(companyId, fromDomain, toDomain) {
      const invalid = issues(fieldIssueList(checkDomainChange({ fromDomain, toDomain })));
      if (invalid) return invalid;
      const r = roster(companyId);
      const moved = applyDomainChange(r.rows, fromDomain, toDomain);
      let changed = 0;
      r.rows = moved.map((row, i) => (row === r.rows[i] ? row : (changed++, { ...row, version: row.version + 1 })));
      return { changed };
    },

    // ── PP-SPACES ──

    spaces: (session) => spacesView(spacesStateOf(session.personId, companyById(session.companyId))) as SpacesStatus,

    linkSpaces(session) {
      const next = runSpaces(session, { type: 'link' });
      return 'kind' in next ? next : (spacesView(next) as SpacesStatus);
    },

    dissociateSpaces(session, request) {
      const c = companyById(session.companyId);
      const invalid = issues(fieldIssueList(checkDissociation({ userLogin: request.userLogin, password: request.password, passwordConfirmation: request.password }, c.login))) ?? policyIssues(request.password);
      if (invalid) return invalid;
      const probe = transition(spacesStateOf(session.personId, c), { type: 'dissociate', userLogin: request.userLogin });
      if (probe.refusal) return { kind: 'refused', reason: probe.refusal.reason };
      if (loginTaken(request.userLogin, session.personId)) return { kind: 'email-unavailable' };
      const next = runSpaces(session, { type: 'dissociate', userLogin: normalizeLogin(request.userLogin) });
      if ('kind' in next) return next;
      persons.get(session.personId)!.userPasswordHash = hashPassword(request.password);
      return spacesView(next) as SpacesStatus;
    },

    switchSpace(session, to) {
      const next = runSpaces(session, { type: 'switch', to });
      return 'kind' in next ? next : (spacesView(next) as SpacesStatus);
    },

    // ── PP-ROSTER ──

    employeePage(companyId, cursor, limit = EMPLOYEE_PAGE_DEFAULT_LIMIT) {
      const { rows } = roster(companyId);
      let start = 0;
      if (cursor !== undefined) {
        const after = seqOfCursor(cursor);
        if (after === undefined) return { kind: 'bad-cursor' };
        start = lowerBound(rows, after + 1);
      }
      const items = rows.slice(start, start + limit);
      const more = start + items.length < rows.length;
      return { items, total: rows.length, nextCursor: more && items.length ? cursorOf(items.at(-1)!) : null };
    },

    employees: (companyId = PASSPORT_DEMO_COMPANY_ID) => roster(companyId).rows,

    employee(id, companyId = PASSPORT_DEMO_COMPANY_ID) {
      const found = findEmployee(companyId, id);
      return found && found.roster.rows[found.index];
    },

    createEmployee(companyId, request) {
      const today = calendarDateOf(now());
      const form = {
        firstName: request.firstName,
        lastName: request.lastName,
        email: request.email ?? '',
        answers: request.answers,
        hasSnbpePassport: request.snbpe !== null,
        snbpeIssuedOn: request.snbpe ? formatDateFr(request.snbpe.issuedOn) : '',
      };
      const invalid = issues(fieldIssueList(checkEnrollment(form, { mode: 'create', today })));
      if (invalid) return invalid;
      // PP-ENROLL: the SNBPE reciprocity, only here (the update has no SNBPE passport at all).
      const r = reciprocity({ hasSnbpePassport: request.snbpe !== null, issuedOn: request.snbpe?.issuedOn ?? null }, today);
      const validatedModules = r.kind === 'validated' ? [...r.modules] : [];
      const c = companyById(companyId);
      const ro = roster(companyId);
      const employee: Employee = {
        id: employeeId(ro.nextIndex++),
        firstName: request.firstName.trim(),
        lastName: request.lastName.trim(),
        email: request.email === null || isBlank(request.email) ? null : request.email.trim(),
        profile: profileFor(request.answers),
        passportUrl: null,
        state: null,
        expiresOn: null,
        version: 1,
      };
      ro.rows.push(employee);
      if (validatedModules.length) ro.validated.set(employee.id, validatedModules);
      if (request.snbpe) ro.snbpe.set(employee.id, { issuedOn: request.snbpe.issuedOn, linkedOn: today });
      const firstLoginSentTo = employee.email === null ? 'referent' : 'employee';
      outbox.push({ kind: 'employee-created', to: c.login, employeeId: employee.id, employeeName: nameOf(employee) });
      outbox.push({ kind: 'first-login', to: employee.email ?? c.login, recipient: firstLoginSentTo, employeeId: employee.id });
      return { employee, validatedModules, firstLoginSentTo };
    },

    updateEmployee(companyId, id, request, version) {
      const found = findEmployee(companyId, id);
      if (!found) return { kind: 'not-found' };
      const row = found.roster.rows[found.index]!;
      const form = { firstName: request.firstName, lastName: request.lastName, email: request.email ?? '', answers: request.answers, hasSnbpePassport: null, snbpeIssuedOn: '' };
      const invalid = issues(fieldIssueList(checkEnrollment(form, { mode: 'edit' })));
      if (invalid) return invalid;
      const refusal = versionRefusal(row.version, version);
      if (refusal) return refusal.kind === 'version-mismatch' && sameAnswers(row, request) ? row : refusal;
      return replaceRow(found.roster, found.index, {
        ...row,
        firstName: request.firstName.trim(),
        lastName: request.lastName.trim(),
        email: request.email === null || isBlank(request.email) ? null : request.email.trim(),
        profile: profileFor(request.answers),
        version: row.version + 1,
      });
    },

    deleteEmployee(companyId, id, version) {
      const found = findEmployee(companyId, id);
      if (!found) return roster(companyId).deleted.has(id) ? { kind: 'deleted' } : { kind: 'not-found' };
      const row = found.roster.rows[found.index]!;
      const refusal = versionRefusal(row.version, version);
      if (refusal) return refusal;
      const r = found.roster;
      r.rows.splice(found.index, 1);
      r.blocking = unblockEmployee(r.blocking, id);
      r.validated.delete(id);
      r.snbpe.delete(id);
      r.passed.delete(id);
      r.deleted.add(id);
      return { kind: 'deleted' };
    },

    unblockEmployee(companyId, id) {
      const found = findEmployee(companyId, id);
      if (!found) return { kind: 'not-found' };
      const r = found.roster;
      const row = r.rows[found.index]!;
      if (!isBlocked(r.blocking, id)) return row;
      r.blocking = unblockEmployee(r.blocking, id);
      return replaceRow(r, found.index, { ...row, state: employeeState(r.blocking, id), block: null, version: row.version + 1 });
    },

    recordModuleFailure(employeeIdArg, moduleId, companyId = PASSPORT_DEMO_COMPANY_ID) {
      const found = findEmployee(companyId, employeeIdArg);
      if (!found) return { kind: 'not-found' };
      const r = found.roster;
      // A module the SNBPE reciprocity validated is not attempted any more. A module passed and
      // attempted again (the awareness being renewed) is to pass again: its pass is dropped.
      if ((r.validated.get(employeeIdArg) ?? []).includes(moduleId)) return { kind: 'module-validated' };
      const passed = passedOf(r, r.rows[found.index]!);
      if (passed.has(moduleId)) {
        const again = new Map(passed);
        again.delete(moduleId);
        r.passed.set(employeeIdArg, again);
      }
      const { state, outcome } = recordFailure(r.blocking, employeeIdArg, moduleId, now());
      r.blocking = state;
      let row = r.rows[found.index]!;
      // A failure means the awareness has started; the state follows PP-BLOCK; a blocked row says which module and since when.
      const nextState = employeeState(r.blocking, employeeIdArg);
      // PP-BLOCK: a blocked row carries the module and the instant of the failure that blocked it.
      const blockedBy = outcome.blocked && outcome.alert ? { block: { moduleId: outcome.alert.moduleId, at: iso(outcome.alert.at) } } : {};
      if (row.state !== nextState) row = replaceRow(r, found.index, { ...row, state: nextState, ...blockedBy, version: row.version + 1 });
      if (outcome.blocked && outcome.alert) {
        const c = companyById(companyId);
        outbox.push({ kind: 'blocking-alert', to: c.login, employeeId: row.id, employeeName: nameOf(row), moduleId, at: iso(outcome.alert.at) });
      }
      return { kind: 'recorded', employee: row, outcome, failuresLeft: failuresLeftOf(r.blocking, employeeIdArg, moduleId) };
    },

    failures: (id, moduleId, companyId = PASSPORT_DEMO_COMPANY_ID) => failuresOf(roster(companyId).blocking, id, moduleId),

    validatedModules: (id, companyId = PASSPORT_DEMO_COMPANY_ID) => roster(companyId).validated.get(id) ?? [],

    employeePassport(id, companyId = PASSPORT_DEMO_COMPANY_ID) {
      const found = findEmployee(companyId, id);
      if (!found) return undefined;
      const r = found.roster;
      const employee = r.rows[found.index]!;
      const passed = passedOf(r, employee);
      return {
        employee,
        snbpe: r.snbpe.get(id) ?? null,
        modules: UNPG_MODULE_IDS.map((moduleId) => ({ id: moduleId, passedOn: passed.get(moduleId) ?? null, failures: failuresOf(r.blocking, id, moduleId) })),
      };
    },

    outbox: () => [...outbox],
    reset,
  };
}

