/**
 * PP — the API contract of the safety passport (zod/mini: one schema per body). Requests are
 * validated by the server (the mock uses these very schemas), responses by the client.
 *
 * Conventions (the vault's):
 * - instants are ISO 8601 date-times with an offset; calendar dates are `YYYY-MM-DD`;
 * - every error is an RFC 9457 problem; the passport's types are {@link PASSPORT_PROBLEM_TYPES};
 * - a wrong password and an unknown e-mail get the SAME 401; the forgotten-password answer is
 *   the same 202 whether or not an account exists;
 * - shared resources (the company, an employee) carry a `version`; a write sends it as
 *   `If-Match: "<version>"` (`versionTag`) and an old one gets 412 (failure kind `conflict`);
 * - secrets (passwords, challenge, anti-robot token) travel in request bodies only.
 */
import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../shared/text.js';
import { isAcceptablePassword } from '../shared/password-policy.js';
import { EMPLOYEE_STATES } from './blocking.js';
import { isDomain } from './email-domain.js';
import { PASSPORT_FIELD_ISSUES } from './forms.js';
import { UNPG_MODULE_IDS } from './modules.js';
import { PROFILE_IDS } from './profile.js';
import { PASSPORT_PROBLEM_TYPES } from './problems.js';
import { REGION_CODES } from './regions.js';
import { isValidSiret } from './siret.js';
import { SPACE_KINDS, SPACES_REFUSAL_REASONS } from './spaces.js';
import { isValidVat } from './vat.js';

/** PP-ROSTER: the most employees one page may hold (100,000 employees load in 20 pages). */
export const EMPLOYEE_PAGE_MAX_LIMIT = 5000;
/** PP-ROSTER: the page size when none is asked. */
export const EMPLOYEE_PAGE_DEFAULT_LIMIT = 1000;

/** An instant: ISO 8601 date-time with `Z` or an offset. */
const Instant = z.iso.datetime({ offset: true });
/** A calendar date `YYYY-MM-DD` (a real date: 2026-02-30 is refused). */
const Day = z.iso.date();
const Text = (max = 200) => z.string().check(z.minLength(1), z.maxLength(max));
/** An opaque server-issued value (session token, challenge, cursor): never shown. */
const Opaque = z.string().check(z.minLength(1), z.maxLength(512));
const Version = z.int().check(z.gte(0));
const Count = z.int().check(z.gte(0));

// ── Shared pieces ───────────────────────────────────────────────────────────

export const PassportEmail = z.string().check(z.minLength(3), z.maxLength(EMAIL_MAX_LENGTH), z.regex(EMAIL_PATTERN));
/** A login being checked: any non-empty string (the server normalises it); never logged with the password. */
export const PassportLogin = z.string().check(z.minLength(1), z.maxLength(EMAIL_MAX_LENGTH));
/** A password being checked: any non-empty string. */
export const PassportPassword = z.string().check(z.minLength(1), z.maxLength(1024));
/** A new password, by the platform's policy (11 to 128 code points, no composition rule). */
export const PassportNewPassword = z
  .string()
  .check(z.refine(isAcceptablePassword, { message: 'The password breaks the policy (11 to 128 characters)' }));
/** PP-REGISTER: 14 digits (normalised: no spaces), Luhn or La Poste's rule. */
export const Siret = z.string().check(z.regex(/^\d{14}$/), z.refine(isValidSiret, { message: 'Not a valid SIRET' }));
/** PP-REGISTER: a normalised VAT number (upper case, no separators), by the VIES format of its country. */
export const Vat = z.string().check(z.regex(/^[A-Z]{2}[\dA-Z+*]{2,12}$/), z.refine(isValidVat, { message: 'Not a valid VAT number' }));
export const Region = z.enum(REGION_CODES);
/** One or more regions, each once. */
export const Regions = z.array(Region).check(
  z.minLength(1),
  z.refine((codes) => new Set(codes).size === codes.length, { message: 'A region is listed twice' }),
);
export const Profile = z.enum(PROFILE_IDS);
export const UnpgModule = z.enum(UNPG_MODULE_IDS);
export const Space = z.enum(SPACE_KINDS);
/** An e-mail domain, e.g. `granulats-dupont.fr`. */
export const Domain = z.string().check(z.maxLength(253), z.refine(isDomain, { message: 'Not a domain name' }));

/** How the company is identified: its SIRET, or its VAT number when it has none. */
export const Identification = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('siret'), siret: Siret }),
  z.object({ kind: z.literal('vat'), vat: Vat }),
]);
export type Identification = z.infer<typeof Identification>;

export const ReferentName = z.object({ lastName: Text(100), firstName: Text(100) });
export type ReferentName = z.infer<typeof ReferentName>;
/** The referent: their names, and their e-mail, the company's login. */
export const Referent = z.object({ lastName: Text(100), firstName: Text(100), email: PassportEmail });
export type Referent = z.infer<typeof Referent>;

/** The one answer to requests that must not reveal whether an account exists (forgotten password). */
export const PassportAccepted = z.object({ status: z.literal('accepted') });
export type PassportAccepted = z.infer<typeof PassportAccepted>;

// ── Problems (the types: PASSPORT_PROBLEM_TYPES in problems.ts) ─────────────

const problemFields = <T extends string>(type: T, status: number) => ({
  type: z.literal(type),
  title: z.string(),
  status: z.literal(status),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
});

/** PP-LOGIN: the one answer to a wrong password AND to an unknown e-mail. */
export const PassportInvalidCredentialsProblem = z.object(problemFields(PASSPORT_PROBLEM_TYPES.invalidCredentials, 401));
/** PP-LOGIN: too many failures in a row for this e-mail (known or unknown alike): wait `retryAfter` seconds (= the `Retry-After` header). */
export const PassportTooManyAttemptsProblem = z.object({
  ...problemFields(PASSPORT_PROBLEM_TYPES.tooManyAttempts, 429),
  retryAfter: z.int().check(z.gte(1)),
});
export type PassportTooManyAttemptsProblem = z.infer<typeof PassportTooManyAttemptsProblem>;
/** A field and what is wrong with it (the issue codes of the forms' checks). */
export const PassportFieldError = z.object({ field: z.string(), issue: z.enum(PASSPORT_FIELD_ISSUES) });
export type PassportFieldError = z.infer<typeof PassportFieldError>;
export const PassportValidationProblem = z.object({
  ...problemFields(PASSPORT_PROBLEM_TYPES.validation, 422),
  errors: z.array(PassportFieldError),
});
/** PP-SPACES: a refused linked-spaces event or handover, with the machine's reason. */
export const PassportSpacesRefusedProblem = z.object({
  ...problemFields(PASSPORT_PROBLEM_TYPES.spacesRefused, 409),
  reason: z.enum(SPACES_REFUSAL_REASONS),
});

// ── PP-REGISTER ─────────────────────────────────────────────────────────────

export const RegistrationRequest = z.object({
  identification: Identification,
  companyName: Text(),
  regions: Regions,
  referent: Referent,
  password: PassportNewPassword,
  /** The token of the host's anti-robot step, checked by the server with the anti-robot provider. */
  antiRobotToken: Text(4096),
});
export type RegistrationRequest = z.infer<typeof RegistrationRequest>;

/** Created: a confirmation was e-mailed to the referent, whose e-mail is the login. */
export const RegistrationResponse = z.object({ status: z.literal('created'), login: PassportEmail });
export type RegistrationResponse = z.infer<typeof RegistrationResponse>;

// ── PP-LOGIN ────────────────────────────────────────────────────────────────

export const PassportLoginRequest = z.object({ email: PassportLogin, password: PassportPassword });
export type PassportLoginRequest = z.infer<typeof PassportLoginRequest>;

/**
 * A passport session: `token` goes as `Authorization: Bearer …` on the private routes. Held in
 * memory only (never in storage, an attribute or a URL).
 */
export const PassportSession = z.object({
  token: Opaque,
  expiresAt: Instant,
  companyName: z.string(),
  referent: ReferentName,
  /** The space this session opens (the company space for a company login). */
  space: Space,
});
export type PassportSession = z.infer<typeof PassportSession>;

export const PassportSignedIn = z.object({ kind: z.literal('signed-in'), session: PassportSession });
export type PassportSignedIn = z.infer<typeof PassportSignedIn>;

/** The password is a temporary one (a handover): a new one must be chosen before going in. */
export const PassportPasswordChangeRequired = z.object({ kind: z.literal('must-change-password'), challenge: Opaque, expiresAt: Instant });
export type PassportPasswordChangeRequired = z.infer<typeof PassportPasswordChangeRequired>;

export const PassportLoginResponse = z.discriminatedUnion('kind', [PassportSignedIn, PassportPasswordChangeRequired]);
export type PassportLoginResponse = z.infer<typeof PassportLoginResponse>;

export const PassportTemporaryPasswordChangeRequest = z.object({ challenge: Opaque, password: PassportNewPassword });
export type PassportTemporaryPasswordChangeRequest = z.infer<typeof PassportTemporaryPasswordChangeRequest>;

/** « Mot de passe oublié ? »: the e-mail only (« Identifiants oubliés »). */
export const PassportPasswordResetRequest = z.object({ email: PassportLogin });
export type PassportPasswordResetRequest = z.infer<typeof PassportPasswordResetRequest>;

/** PP-LOGIN, the e-mailed reset link's page: the link's token (in the body, never in a URL the API sees). */
export const PassportResetLinkRequest = z.object({ token: Opaque });
export type PassportResetLinkRequest = z.infer<typeof PassportResetLinkRequest>;

/** The link can be used until `expiresAt` (an expired, used or unknown link is a problem instead). */
export const PassportResetLinkStatus = z.object({ status: z.literal('valid'), expiresAt: Instant });
export type PassportResetLinkStatus = z.infer<typeof PassportResetLinkStatus>;

/** PP-LOGIN: the new password chosen through the e-mailed link (single use). */
export const PassportPasswordResetByLinkRequest = z.object({ token: Opaque, password: PassportNewPassword });
export type PassportPasswordResetByLinkRequest = z.infer<typeof PassportPasswordResetByLinkRequest>;

// ── PP-COMPANY ──────────────────────────────────────────────────────────────

export const CompanyInfo = z.object({
  identification: Identification,
  companyName: z.string(),
  regions: z.array(Region),
  referent: Referent,
  version: Version,
});
export type CompanyInfo = z.infer<typeof CompanyInfo>;

/** The information that is not the login: name, regions, the referent's names. */
export const CompanyUpdateRequest = z.object({ companyName: Text(), regions: Regions, referent: ReferentName });
export type CompanyUpdateRequest = z.infer<typeof CompanyUpdateRequest>;

export const CompanyPasswordChangeRequest = z.object({ password: PassportNewPassword });
export type CompanyPasswordChangeRequest = z.infer<typeof CompanyPasswordChangeRequest>;

/** What becomes of the company password at a handover (one member per `HANDOVER_PASSWORD_MODES`; a test checks they match). */
export const HandoverPassword = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('keep') }),
  z.object({ mode: z.literal('temporary'), temporaryPassword: PassportNewPassword }),
  z.object({ mode: z.literal('reset') }),
]);
export type HandoverPassword = z.infer<typeof HandoverPassword>;

/**
 * PP-COMPANY / PP-SPACES: the new referent; their e-mail becomes the company's login. The whole
 * form goes in this one request (point 17): the company name and the regions as they must be
 * after the handover (absent: unchanged), so the server applies all of it or nothing.
 */
export const HandoverRequest = z.object({
  referent: ReferentName,
  email: PassportEmail,
  password: HandoverPassword,
  companyName: z.optional(Text()),
  regions: z.optional(Regions),
});
export type HandoverRequest = z.infer<typeof HandoverRequest>;

export const DomainChangeRequest = z.object({ fromDomain: Domain, toDomain: Domain });
export type DomainChangeRequest = z.infer<typeof DomainChangeRequest>;

/** How many employee addresses a domain change moves, and how many it leaves (another domain, no e-mail). */
export const DomainChangePreviewResponse = z.object({
  fromDomain: z.string(),
  toDomain: z.string(),
  changing: Count,
  otherDomain: Count,
  noEmail: Count,
});
export type DomainChangePreviewResponse = z.infer<typeof DomainChangePreviewResponse>;

export const DomainChangeResult = z.object({ changed: Count });
export type DomainChangeResult = z.infer<typeof DomainChangeResult>;

// ── PP-SPACES ───────────────────────────────────────────────────────────────

/** What the space switcher shows (`spacesView` of the machine). */
export const SpacesStatus = z.object({ linked: z.boolean(), spaces: z.array(Space), active: Space, canLink: z.boolean() });
export type SpacesStatus = z.infer<typeof SpacesStatus>;

/** « Avoir un accès distinct à mon compte utilisateur »: the user account's own new login and password. */
export const DissociateRequest = z.object({ userLogin: PassportEmail, password: PassportNewPassword });
export type DissociateRequest = z.infer<typeof DissociateRequest>;

export const SwitchSpaceRequest = z.object({ to: Space });
export type SwitchSpaceRequest = z.infer<typeof SwitchSpaceRequest>;

// ── PP-ROSTER / PP-ENROLL / PP-BLOCK ────────────────────────────────────────

/** PP-BLOCK: what blocked an account: the module failed more than 3 times, and the instant of the failure that blocked it. */
export const EmployeeBlock = z.object({ moduleId: UnpgModule, at: Instant });
export type EmployeeBlock = z.infer<typeof EmployeeBlock>;

/** PP-ROSTER: one row of the roster (exactly these fields). */
export const Employee = z.object({
  id: Text(100),
  firstName: z.string(),
  lastName: z.string(),
  email: z.nullable(z.string()),
  profile: Profile,
  /** Present when the UNPG passport exists: « Voir le passeport ». */
  passportUrl: z.nullable(z.string()),
  /** Null: the awareness has not started (shown « — »). */
  state: z.nullable(z.enum(EMPLOYEE_STATES)),
  /** The awareness's expiry date, `YYYY-MM-DD`. */
  expiresOn: z.nullable(Day),
  version: Version,
  /**
   * PP-BLOCK: while `state` is `blocked`, what blocked the account: the module failed more than 3
   * times and when (the referent sees both on the row). Absent or null otherwise.
   */
  block: z.optional(z.nullable(EmployeeBlock)),
});
export type Employee = z.infer<typeof Employee>;

/** `GET passport/employees?cursor=&limit=`: one page, the total, and the cursor of the next page (null: the last one). */
export const EmployeePage = z.object({ items: z.array(Employee), total: Count, nextCursor: z.nullable(Opaque) });
export type EmployeePage = z.infer<typeof EmployeePage>;

/** The query of a page (the server's side of `listEmployees`). */
export const EmployeePageQuery = z.object({
  cursor: z.optional(Opaque),
  /** 1 to {@link EMPLOYEE_PAGE_MAX_LIMIT}, as the query string's text. */
  limit: z.optional(z.pipe(z.coerce.number(), z.int().check(z.gte(1), z.lte(EMPLOYEE_PAGE_MAX_LIMIT)))),
});
export type EmployeePageQuery = z.infer<typeof EmployeePageQuery>;

/** The three yes/no answers that determine the profile (`profileFor`). */
export const EnrollmentAnswers = z.object({
  intervenesTechnically: z.boolean(),
  leadsAwarenessSessions: z.boolean(),
  checksPassports: z.boolean(),
});

export const EmployeeCreateRequest = z.object({
  firstName: Text(100),
  lastName: Text(100),
  /** Null: no e-mail, the first-login information goes to the referent. */
  email: z.nullable(PassportEmail),
  answers: EnrollmentAnswers,
  /** The SNBPE passport's date of issue (only at creation); null: none. */
  snbpe: z.nullable(z.object({ issuedOn: Day })),
});
export type EmployeeCreateRequest = z.infer<typeof EmployeeCreateRequest>;

export const FIRST_LOGIN_RECIPIENTS = ['employee', 'referent'] as const;

export const EmployeeCreated = z.object({
  employee: Employee,
  /** The modules the SNBPE reciprocity validated at once (empty without one). */
  validatedModules: z.array(UnpgModule),
  /** Who received the first-login information: the employee, or the referent when no e-mail was given. */
  firstLoginSentTo: z.enum(FIRST_LOGIN_RECIPIENTS),
});
export type EmployeeCreated = z.infer<typeof EmployeeCreated>;

/** Editing an employee: no SNBPE passport here (PP-ENROLL: only at creation), so an unknown key is refused. */
export const EmployeeUpdateRequest = z.strictObject({
  firstName: Text(100),
  lastName: Text(100),
  email: z.nullable(PassportEmail),
  answers: EnrollmentAnswers,
});
export type EmployeeUpdateRequest = z.infer<typeof EmployeeUpdateRequest>;

// ── PP-ROSTER (« Voir le passeport ») ─────────────────────────────────────

/** One module of the UNPG programme as the e-learning platform reports it for an employee. */
export const PassportModuleRecord = z.object({
  id: UnpgModule,
  /** The day it was passed; null: not passed (yet). */
  passedOn: z.nullable(Day),
  /** PP-BLOCK: failures counted since the last unblock. */
  failures: Count,
});
export type PassportModuleRecord = z.infer<typeof PassportModuleRecord>;

/**
 * `GET passport/employees/:id/passport`: the employee's UNPG safety passport: the row, the SNBPE
 * passport linked at the account's creation (its date of issue and the day it was linked; null:
 * none), and every module of the programme with its pass date and failures. Core's `passportView`
 * says which modules are validated and why, and the passport's state.
 */
export const EmployeePassport = z.object({
  employee: Employee,
  snbpe: z.nullable(z.object({ issuedOn: Day, linkedOn: Day })),
  modules: z.array(PassportModuleRecord),
});
export type EmployeePassport = z.infer<typeof EmployeePassport>;
