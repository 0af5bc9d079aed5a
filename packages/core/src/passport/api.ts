/**
 * PP — typed calls of the safety passport through the shared client.
 *
 * - Public routes (registration, login, forgotten password) send no provider token and never
 *   replay a 401 (`auth: 'none'`): a login attempt counts, so it is sent once.
 * - Private routes send the passport session as `Authorization: Bearer` (the session the login
 *   returned, held in memory by the widget); without one, the provider's token.
 * - Writes to the company and to an employee send their `version` as `If-Match` (a 412 is the
 *   failure kind `conflict`: someone else saved in between, reload).
 * - A POST carries an `Idempotency-Key` (and so may be retried by the client) wherever a retry is
 *   safe: never on a credential check (login), on everything that creates or changes something
 *   once. Give the same key to retry the same submission after a failure; by default each call
 *   gets a fresh one.
 * - Secrets (passwords, challenge, anti-robot token) travel in request bodies only.
 */
import type { RequestAuth, RequestOptions, VigieClient } from '../api/client.js';
import { callRoute, pathOf } from '../shared/contract.js';
import { PASSPORT_ROUTES as R } from './routes.js';
import {
  type PassportAccepted,
  type CompanyInfo,
  type DomainChangePreviewResponse,
  type DomainChangeResult,
  EMPLOYEE_PAGE_MAX_LIMIT,
  type Employee,
  type EmployeeCreated,
  type EmployeePage,
  type EmployeePassport,
  type PassportLoginResponse,
  type PassportResetLinkStatus,
  type RegistrationResponse,
  type SpacesStatus,
  type CompanyUpdateRequest,
  type DissociateRequest,
  type EmployeeCreateRequest,
  type EmployeeUpdateRequest,
  type HandoverRequest,
  type PassportSession,
  type RegistrationRequest,
} from './schemas.js';
import type { SpaceKind } from './spaces.js';

// ── Paths ───────────────────────────────────────────────────────────────────

export const PASSPORT_REGISTRATION_PATH = R.register.path;
export const PASSPORT_LOGIN_PATH = R.login.path;
export const PASSPORT_NEW_PASSWORD_PATH = R.newPassword.path;
export const PASSPORT_RESET_REQUEST_PATH = R.resetRequest.path;
/** The e-mailed reset link's page: is the link still valid? (the token in the body). */
export const PASSPORT_RESET_LINK_STATUS_PATH = R.resetLinkStatus.path;
/** The e-mailed reset link's page: the new password (the token in the body; single use). */
export const PASSPORT_RESET_PATH = R.reset.path;
/** The session's end (« Se déconnecter »): the bearer token stops working on the server. */
export const PASSPORT_LOGOUT_PATH = R.logout.path;
export const PASSPORT_COMPANY_PATH = R.company.path;
export const PASSPORT_COMPANY_PASSWORD_PATH = R.companyPassword.path;
export const PASSPORT_HANDOVER_PATH = R.handover.path;
export const PASSPORT_EMAIL_DOMAIN_PATH = R.emailDomain.path;
export const PASSPORT_SPACES_PATH = R.spaces.path;
export const PASSPORT_SPACES_LINK_PATH = R.linkSpaces.path;
export const PASSPORT_SPACES_DISSOCIATE_PATH = R.dissociateSpaces.path;
export const PASSPORT_SPACES_SWITCH_PATH = R.switchSpace.path;
export const PASSPORT_EMPLOYEES_PATH = R.employees.path;

export const employeePath = (id: string): string => pathOf(R.employee, { id });
export const employeeUnblockPath = (id: string): string => pathOf(R.unblockEmployee, { id });
/** PP-ROSTER: « Voir le passeport ». */
export const employeePassportPath = (id: string): string => pathOf(R.employeePassport, { id });

// ── Versions ────────────────────────────────────────────────────────────────

/** The `If-Match` / `ETag` value of a version: `"3"`. */
export const versionTag = (version: number): string => `"${version}"`;

/** The version an `If-Match` header names (`"3"`, or weak `W/"3"`); undefined for anything else. */
export function parseVersionTag(header: string | null | undefined): number | undefined {
  const m = /^(?:W\/)?"(\d{1,15})"$/.exec((header ?? '').trim());
  return m ? Number(m[1]) : undefined;
}

// ── Options ─────────────────────────────────────────────────────────────────

type Opts = Pick<RequestOptions, 'signal'>;

export interface PassportKeyedOpts extends Opts {
  /** The `Idempotency-Key` of this submission (default: a fresh one). Reuse it to retry the same submission. */
  readonly idempotencyKey?: string;
}

/** The passport session of the private routes: the session object, its token, or nothing (the provider's token). */
export type PassportSessionLike = PassportSession | string | undefined;

export interface PassportSessionOpts extends Opts {
  readonly session?: PassportSessionLike;
}

export interface PassportSessionKeyedOpts extends PassportSessionOpts {
  readonly idempotencyKey?: string;
}

export interface EmployeePageOpts extends PassportSessionOpts {
  /** The `nextCursor` of the previous page (none: the first page). */
  readonly cursor?: string;
  /** Employees per page, 1 to {@link EMPLOYEE_PAGE_MAX_LIMIT} (default: the server's, 1000). */
  readonly limit?: number;
}

function sessionAuth(session: PassportSessionLike): RequestAuth {
  const token = typeof session === 'string' ? session : session?.token;
  return token ? { bearer: token } : 'provider';
}

const keyed = (opts: PassportKeyedOpts) => ({ signal: opts.signal, idempotencyKey: opts.idempotencyKey });
const privateKeyed = (opts: PassportSessionKeyedOpts) => ({ ...keyed(opts), auth: sessionAuth(opts.session) });
const privateRead = (opts: PassportSessionOpts) => ({ signal: opts.signal, auth: sessionAuth(opts.session) });

// ── PP-REGISTER ─────────────────────────────────────────────────────────────

/**
 * PP-REGISTER: creates the company account (`toRegistrationRequest`); 201 when created, a
 * confirmation e-mailed to the referent. An e-mail that is already a login gets the very same
 * 201 (no enumeration: its owner is told by e-mail instead). 409 `company-exists`; 422
 * `robot-check-failed` (do the anti-robot step again) or `validation`.
 */
export function registerCompany(
  client: VigieClient,
  request: RegistrationRequest,
  opts: PassportKeyedOpts = {},
): Promise<RegistrationResponse> {
  return callRoute(client, R.register, { body: request, ...keyed(opts) });
}

// ── PP-LOGIN ────────────────────────────────────────────────────────────────

/**
 * PP-LOGIN: one login attempt with the company's login (the referent's e-mail) and password,
 * sent once. Resolves signed in, or `must-change-password` after a handover with a temporary
 * password; rejects with 401 `invalid-credentials` (wrong password or unknown e-mail, the same).
 */
export function passportLogin(client: VigieClient, email: string, password: string, opts: Opts = {}): Promise<PassportLoginResponse> {
  return callRoute(client, R.login, { body: { email, password }, signal: opts.signal });
}

/** PP-SPACES handover: replaces the temporary password of a `must-change-password` answer; then signed in. 410 `challenge-expired`. */
export function changePassportTemporaryPassword(
  client: VigieClient,
  challenge: string,
  password: string,
  opts: PassportKeyedOpts = {},
): Promise<PassportLoginResponse> {
  return callRoute(client, R.newPassword, { body: { challenge, password }, ...keyed(opts) });
}

/** PP-LOGIN « Mot de passe oublié ? »: always the same 202, whether or not an account has this e-mail. */
export function requestPassportPasswordReset(client: VigieClient, email: string, opts: PassportKeyedOpts = {}): Promise<PassportAccepted> {
  return callRoute(client, R.resetRequest, { body: { email }, ...keyed(opts) });
}

/**
 * PP-LOGIN, the page of the e-mailed reset link: whether the link can still be used. 410
 * `link-expired` / `link-used`, 404 `link-unknown`. The token travels in the body only.
 */
export function getPassportResetLinkStatus(client: VigieClient, token: string, opts: Opts = {}): Promise<PassportResetLinkStatus> {
  return callRoute(client, R.resetLinkStatus, { body: { token }, signal: opts.signal });
}

/**
 * PP-LOGIN, the page of the e-mailed reset link: sets the company's new password (204); the link is
 * then spent, the company's sessions end, and the login's failure count is cleared. 410
 * `link-expired` / `link-used`, 404 `link-unknown`, 422 `validation` (the new-password policy, on
 * the field `password`).
 */
export async function resetPassportPassword(
  client: VigieClient,
  token: string,
  password: string,
  opts: PassportKeyedOpts = {},
): Promise<void> {
  await callRoute(client, R.reset, { body: { token, password }, ...keyed(opts) });
}

/**
 * PP-LOGIN « Se déconnecter »: ends the session on the server (its token is refused from then on,
 * 401 `session-required`). Always 204, even for a session that already ended. Sent once: the
 * widget clears the session in the page whatever the answer.
 */
export async function passportLogout(client: VigieClient, session: PassportSessionLike, opts: Opts = {}): Promise<void> {
  const token = typeof session === 'string' ? session : session?.token;
  await callRoute(client, R.logout, { signal: opts.signal, auth: token ? { bearer: token } : 'none' });
}

// ── PP-COMPANY ──────────────────────────────────────────────────────────────

export function getCompany(client: VigieClient, opts: PassportSessionOpts = {}): Promise<CompanyInfo> {
  return callRoute(client, R.company, privateRead(opts));
}

/** PP-COMPANY: name, regions, referent's names, at `version` (412 `conflict` if it moved). Returns the new information. */
export function updateCompany(
  client: VigieClient,
  request: CompanyUpdateRequest,
  version: number,
  opts: PassportSessionOpts = {},
): Promise<CompanyInfo> {
  return callRoute(client, R.updateCompany, { body: request, ...privateRead(opts), ifMatch: versionTag(version) });
}

/** PP-COMPANY: a new company password (204). 422 `validation` when it breaks the policy. */
export async function changeCompanyPassword(client: VigieClient, password: string, opts: PassportSessionKeyedOpts = {}): Promise<void> {
  await callRoute(client, R.companyPassword, { body: { password }, ...privateKeyed(opts) });
}

/**
 * PP-COMPANY / PP-SPACES: hands the company over to a new referent, whose e-mail becomes the
 * login, at `version`. 409 `spaces-refused` (`dissociate-first` while the spaces are linked) or
 * `email-unavailable`; 412 `conflict`.
 */
export function handOverCompany(
  client: VigieClient,
  request: HandoverRequest,
  version: number,
  opts: PassportSessionKeyedOpts = {},
): Promise<CompanyInfo> {
  return callRoute(client, R.handover, { body: request, ...privateKeyed(opts), ifMatch: versionTag(version) });
}

/** PP-COMPANY: how many employee addresses a domain change would move, and how many it leaves. */
export function previewEmailDomainChange(
  client: VigieClient,
  fromDomain: string,
  toDomain: string,
  opts: PassportSessionOpts = {},
): Promise<DomainChangePreviewResponse> {
  return callRoute(client, R.emailDomainPreview, { ...privateRead(opts), searchParams: { from: fromDomain, to: toDomain } });
}

/** PP-COMPANY: moves every employee address on `fromDomain` to `toDomain` (`applyDomainChange`); how many changed. */
export function changeEmployeesEmailDomain(
  client: VigieClient,
  fromDomain: string,
  toDomain: string,
  opts: PassportSessionKeyedOpts = {},
): Promise<DomainChangeResult> {
  return callRoute(client, R.emailDomain, { body: { fromDomain, toDomain }, ...privateKeyed(opts) });
}

// ── PP-SPACES ───────────────────────────────────────────────────────────────

export function getSpaces(client: VigieClient, opts: PassportSessionOpts = {}): Promise<SpacesStatus> {
  return callRoute(client, R.spaces, privateRead(opts));
}

/** PP-SPACES: links the company, user (created if missing) and trainer spaces. 409 `spaces-refused` with the reason. */
export function linkSpaces(client: VigieClient, opts: PassportSessionKeyedOpts = {}): Promise<SpacesStatus> {
  return callRoute(client, R.linkSpaces, privateKeyed(opts));
}

/** PP-SPACES: gives the user account its own login and password; the company keeps its own. 409 `spaces-refused`. */
export function dissociateSpaces(
  client: VigieClient,
  request: DissociateRequest,
  opts: PassportSessionKeyedOpts = {},
): Promise<SpacesStatus> {
  return callRoute(client, R.dissociateSpaces, { body: request, ...privateKeyed(opts) });
}

/** PP-SPACES: goes to another linked space. 409 `spaces-refused` (`not-linked`, `space-not-linked`…). */
export function switchSpace(client: VigieClient, to: SpaceKind, opts: PassportSessionKeyedOpts = {}): Promise<SpacesStatus> {
  return callRoute(client, R.switchSpace, { body: { to }, ...privateKeyed(opts) });
}

// ── PP-ROSTER / PP-ENROLL / PP-BLOCK ────────────────────────────────────────

/** PP-ROSTER: one page of the company's employees. */
export function listEmployees(client: VigieClient, opts: EmployeePageOpts = {}): Promise<EmployeePage> {
  const searchParams: Record<string, string | number> = {};
  if (opts.cursor !== undefined) searchParams.cursor = opts.cursor;
  if (opts.limit !== undefined) searchParams.limit = opts.limit;
  return callRoute(client, R.employees, { ...privateRead(opts), searchParams });
}

/**
 * PP-ROSTER: every page, one after the other, biggest pages by default (100,000 employees in
 * 20 requests); feed each to the roster index as it arrives. Stops at the last page (or on abort).
 * From the first page, or from `cursor`: the `nextCursor` of the last page received, to resume
 * where a failure stopped (« Réessayer ») without asking again for the pages already there.
 */
export async function* employeePages(client: VigieClient, opts: EmployeePageOpts = {}): AsyncGenerator<EmployeePage, void, undefined> {
  const limit = opts.limit ?? EMPLOYEE_PAGE_MAX_LIMIT;
  let cursor = opts.cursor;
  do {
    const page = await listEmployees(client, { ...opts, limit, ...(cursor === undefined ? {} : { cursor }) });
    yield page;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/**
 * PP-ENROLL: enrols an employee (`toEmployeeCreateRequest`); the answer has the new row, the
 * modules the SNBPE reciprocity validated and who received the first-login information.
 */
export function createEmployee(
  client: VigieClient,
  request: EmployeeCreateRequest,
  opts: PassportSessionKeyedOpts = {},
): Promise<EmployeeCreated> {
  return callRoute(client, R.createEmployee, { body: request, ...privateKeyed(opts) });
}

/**
 * PP-ROSTER / PP-ENROLL: one employee as the roster shows it, with its current `version` (the
 * `If-Match` of the next change; the server also sends it as `ETag`). For « Modifier un salarié »
 * opened from an id alone, and to reload one row after a 412 (someone else saved in between)
 * rather than every page of the roster. 404 `not-found` when the company no longer has it.
 */
export function getEmployee(client: VigieClient, id: string, opts: PassportSessionOpts = {}): Promise<Employee> {
  return callRoute(client, R.employee, { params: { id }, ...privateRead(opts) });
}

/** PP-ROSTER « Modifier un salarié » at `version` (412 `conflict` if it moved); 404 `not-found`. */
export function updateEmployee(
  client: VigieClient,
  id: string,
  request: EmployeeUpdateRequest,
  version: number,
  opts: PassportSessionOpts = {},
): Promise<Employee> {
  return callRoute(client, R.updateEmployee, { params: { id }, body: request, ...privateRead(opts), ifMatch: versionTag(version) });
}

/** PP-ROSTER « Supprimer le profil » (after the confirmation), at `version` (204). */
export async function deleteEmployee(client: VigieClient, id: string, version: number, opts: PassportSessionOpts = {}): Promise<void> {
  await callRoute(client, R.deleteEmployee, { params: { id }, ...privateRead(opts), ifMatch: versionTag(version) });
}

/** PP-BLOCK: the referent unblocks an employee (« Bloqué » → confirm): the row, active again. Safe to repeat. */
export function unblockEmployee(client: VigieClient, id: string, opts: PassportSessionKeyedOpts = {}): Promise<Employee> {
  return callRoute(client, R.unblockEmployee, { params: { id }, ...privateKeyed(opts) });
}

/**
 * PP-ROSTER « Voir le passeport »: the employee's UNPG safety passport (the row, the linked SNBPE
 * passport, every module with its pass date and failures); `passportView` says what it means.
 * 404 `not-found` when the company no longer has the employee.
 */
export function getEmployeePassport(client: VigieClient, id: string, opts: PassportSessionOpts = {}): Promise<EmployeePassport> {
  return callRoute(client, R.employeePassport, { params: { id }, ...privateRead(opts) });
}
