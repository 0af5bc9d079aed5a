/** PP — the passport mock's demo data (documented: the demo, the stories and the tests use these), its records and the store's interface. */
import {
  type CompanyInfo,
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
  type PassportFieldError,
  type PassportLoginResponse,
  type PassportSession,
  type RegistrationRequest,
  type SpaceKind,
  type SpacesRefusalReason,
  type SpacesStatus,
  type UnpgModuleId,
} from '@vigie/core/passport';
import type { PassportScenario } from '../../scenarios.js';

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
  {
    id: 'emp-000001',
    firstName: 'Sébastien',
    lastName: 'PETIT',
    email: 'sebastien.petit@granulats-dupont.fr',
    profile: 'administrative',
    passportUrl: null,
    state: null,
    expiresOn: null,
    version: 1,
  },
  // The seed's swapped twin, active with an awareness that expired on 25/08/2023.
  {
    id: 'emp-000002',
    firstName: 'Petit',
    lastName: 'SEBASTIEN',
    email: null,
    profile: 'administrative',
    passportUrl: '/passeports/emp-000002',
    state: 'active',
    expiresOn: '2023-08-25',
    version: 1,
  },
  // PP-BLOCK: failed « working-at-height » 4 times.
  {
    id: 'emp-000003',
    firstName: 'John',
    lastName: 'WEST',
    email: 'john.west@granulats-dupont.fr',
    profile: 'technical',
    passportUrl: null,
    state: 'blocked',
    expiresOn: null,
    version: 1,
  },
  {
    id: 'emp-000004',
    firstName: 'Dominique',
    lastName: 'MIXTE',
    email: 'dominique.mixte@granulats-dupont.fr',
    profile: 'technical-trainer',
    passportUrl: null,
    state: null,
    expiresOn: null,
    version: 1,
  },
  {
    id: 'emp-000005',
    firstName: 'Hélène',
    lastName: 'LEFÈVRE',
    email: 'helene.lefevre@granulats-dupont.fr',
    profile: 'technical-checker',
    passportUrl: '/passeports/emp-000005',
    state: 'active',
    expiresOn: '2027-03-31',
    version: 1,
  },
  // A sub-domain and another domain: a domain change of granulats-dupont.fr leaves them alone.
  {
    id: 'emp-000006',
    firstName: 'Loïc',
    lastName: 'LE GALL',
    email: 'loic.legall@chantier.granulats-dupont.fr',
    profile: 'technical',
    passportUrl: '/passeports/emp-000006',
    state: 'active',
    expiresOn: '2026-12-15',
    version: 1,
  },
  {
    id: 'emp-000007',
    firstName: 'Jérôme',
    lastName: "N'DIAYE",
    email: 'jerome.ndiaye@example.fr',
    profile: 'administrative-checker',
    passportUrl: '/passeports/emp-000007',
    state: 'active',
    expiresOn: '2028-02-29',
    version: 1,
  },
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
  | {
      readonly kind: 'blocking-alert';
      readonly to: string;
      readonly employeeId: string;
      readonly employeeName: string;
      readonly moduleId: UnpgModuleId;
      readonly at: string;
    }
  /** PP-SPACES: the new referent is told the company is theirs (never with the temporary password: the former referent hands it over). */
  | { readonly kind: 'handover'; readonly to: string; readonly companyName: string; readonly passwordMode: HandoverPasswordMode };

export type PassportInvalid = { readonly kind: 'invalid'; readonly errors: PassportFieldError[] };
export type PassportVersionRefusal =
  { readonly kind: 'version-required' } | { readonly kind: 'version-mismatch'; readonly current: number };
export type PassportSpacesOutcome =
  | SpacesStatus
  | { readonly kind: 'refused'; readonly reason: SpacesRefusalReason }
  | { readonly kind: 'email-unavailable' }
  | PassportInvalid;

export type PassportRegistrationOutcome =
  | { readonly kind: 'created'; readonly login: string }
  | { readonly kind: 'robot-check-failed' }
  | { readonly kind: 'company-exists' }
  | PassportInvalid;
/** `wait`: too many failures in a row for this e-mail (PP-LOGIN throttling): 429 until `retryAt`. */
export type PassportLoginOutcome =
  PassportLoginResponse | { readonly kind: 'refused' } | { readonly kind: 'wait'; readonly retryAt: number };
export type PassportNewPasswordOutcome = PassportLoginResponse | { readonly kind: 'challenge-expired' } | PassportInvalid;
export type PassportResetOutcome = { readonly kind: 'done' } | { readonly kind: 'unknown' | 'expired' | 'used' } | PassportInvalid;
export type PassportResetLinkState =
  { readonly kind: 'valid'; readonly expiresAt: number } | { readonly kind: 'unknown' | 'expired' | 'used' };
export type PassportSessionLookup =
  { readonly kind: 'session'; readonly companyId: string; readonly personId: string; readonly token: string } | { readonly kind: 'none' };
export type PassportCompanyOutcome = CompanyInfo | PassportVersionRefusal | PassportInvalid;
export type PassportHandoverOutcome =
  | CompanyInfo
  | PassportVersionRefusal
  | PassportInvalid
  | { readonly kind: 'refused'; readonly reason: SpacesRefusalReason }
  | { readonly kind: 'email-unavailable' };
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
