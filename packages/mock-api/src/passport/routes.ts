/**
 * PP — the routes of the safety passport in the mock API: exactly the paths, methods and bodies of
 * core's `passport/api.ts`. Each validates its body with the zod schema of core's contract, asks the
 * passport store (which applies core's rules) and answers with the contract's bodies and RFC 9457
 * problems (`PASSPORT_PROBLEM_TYPES`). `createHandlers` wraps them with the scenario effects
 * (`any:slow`, `any:error-500`, `any:malformed`) and `requireAuth`, like every route.
 *
 * - Private routes need the bearer token of a passport session (`passport/login`, or the demo's
 *   {@link PASSPORT_DEMO_SESSION_TOKEN}): 401 `/problems/session-required` otherwise, whether or
 *   not the mock runs with `requireAuth` (unlike the vault, there is no demo-account fallback).
 * - No enumeration: a wrong password, an unknown e-mail, a user-account login and a password
 *   awaiting a reset get the very same 401; the forgotten-password request always answers the
 *   same 202; a registered SIRET gets a 409 that names nothing of the company; a registration
 *   with an e-mail that is already a login gets the very 201 of a new one (its owner is e-mailed).
 * - Writes to the company and to an employee need `If-Match: "<version>"`: 428 without, 412 with
 *   an old one (core's client reads both 409 and 412 as the failure kind `conflict`). A PUT retried
 *   after a lost answer, that finds its own change already saved, gets 200; a DELETE retried gets 204.
 * - A POST with an `Idempotency-Key` replays its first successful answer for the same key (and the
 *   same session); refusals are not kept, so a corrected request goes through.
 * - Field issues (422 `/problems/validation`) use the form fields and issue codes of core's form
 *   checks (`siret`, `referentEmail`, `snbpeIssuedOn`… / `siret-checksum`, `same-domain`…), so a
 *   widget shows them where the user typed.
 *
 * One route is the mock's own, outside the contract: `POST __mock/passport/employees/:id/module-failures`
 * `{ "moduleId": … }` records a failed module attempt (PP-BLOCK), so a demo or an end-to-end test can
 * block an employee (the 4th failure on a module blocks and alerts the referent). It stands for the
 * report the e-learning platform makes to a real backend, which is not part of the widgets' contract;
 * the demo's « Faire échouer un module » calls it.
 */
import type { JsonBodyType } from 'msw';
import * as z from 'zod/mini';
import { checkNewPassword, isBlank } from '@vigie/core';
import {
  checkSiret,
  checkVat,
  CompanyPasswordChangeRequest,
  CompanyUpdateRequest,
  DissociateRequest,
  DomainChangeRequest,
  EmployeeCreateRequest,
  EmployeePageQuery,
  EmployeeUpdateRequest,
  HandoverRequest,
  PASSPORT_COMPANY_PASSWORD_PATH,
  PASSPORT_COMPANY_PATH,
  PASSPORT_EMAIL_DOMAIN_PATH,
  PASSPORT_EMPLOYEES_PATH,
  PASSPORT_HANDOVER_PATH,
  PASSPORT_LOGIN_PATH,
  PASSPORT_LOGOUT_PATH,
  PASSPORT_NEW_PASSWORD_PATH,
  PASSPORT_REGISTRATION_PATH,
  PASSPORT_RESET_LINK_STATUS_PATH,
  PASSPORT_RESET_PATH,
  PASSPORT_RESET_REQUEST_PATH,
  PASSPORT_SPACES_DISSOCIATE_PATH,
  PASSPORT_SPACES_LINK_PATH,
  PASSPORT_SPACES_PATH,
  PASSPORT_SPACES_SWITCH_PATH,
  PassportLoginRequest,
  PassportPasswordResetByLinkRequest,
  PassportPasswordResetRequest,
  PassportResetLinkRequest,
  PassportTemporaryPasswordChangeRequest,
  parseVersionTag,
  RegistrationRequest,
  retryAfterSeconds,
  SwitchSpaceRequest,
  UnpgModule,
  versionTag,
  type PassportFieldError,
  type PassportFieldIssue,
  type SpacesRefusalReason,
} from '@vigie/core/passport';
import { type Route, type RouteContext, type RouteDefinition, type RouteMethod } from '../http.js';
import { fail, idempotencyKeyOf, ok, replayable, respond, type Answer } from '../answers.js';
import { PASSPORT_DEMO_COMPANY_ID, type PassportSessionRef, type PassportStore, type PassportVersionRefusal } from './store.js';

/** The mock's own route (not in the contract) that records a failed module attempt (PP-BLOCK). */
export const PASSPORT_MODULE_FAILURES_PATH = '__mock/passport/employees/:id/module-failures';
export const passportModuleFailuresPath = (id: string): string => `__mock/passport/employees/${encodeURIComponent(id)}/module-failures`;

// ── Answers ─────────────────────────────────────────────────────────────────

const withVersion = (body: JsonBodyType & { version: number }): Answer => ok(body, 200, { ETag: versionTag(body.version) });
// ── The problems of the contract (PASSPORT_PROBLEM_TYPES) ───────────────────

/** PP-LOGIN: THE answer to a wrong password and to an unknown e-mail alike. */
const INVALID_CREDENTIALS = fail(401, 'invalid-credentials', 'Invalid credentials', 'The e-mail or the password is incorrect.');
/** PP-LOGIN throttling: the same 429 for a known and an unknown e-mail; `retryAfter` = `Retry-After`. */
const tooManyAttempts = (retryAfter: number) =>
  fail(429, 'too-many-attempts', 'Too many attempts', 'Too many failed attempts in a row with this e-mail: wait, then try again.', { retryAfter }, { 'Retry-After': String(retryAfter) });
const SESSION_REQUIRED = fail(401, 'session-required', 'Session required', 'Sign in to the safety passport again.', undefined, { 'WWW-Authenticate': 'Bearer' });
const CHALLENGE_EXPIRED = fail(410, 'challenge-expired', 'Step over', 'The temporary-password step expired: sign in again.');
const ROBOT_CHECK_FAILED = fail(422, 'robot-check-failed', 'Anti-robot check failed', 'Do the « Je ne suis pas un robot » step again.', {
  errors: [{ field: 'antiRobotToken', issue: 'robot-check-required' }],
});
/** PP-REGISTER: says that the identifier is taken, and nothing of the company that holds it. */
const COMPANY_EXISTS = fail(409, 'company-exists', 'Company already registered', 'A company with this identifier already has an account: its referent can sign in or use « Mot de passe oublié ? ».');
const EMAIL_UNAVAILABLE = fail(409, 'email-unavailable', 'E-mail unavailable', 'This e-mail cannot be used as a login.');
const NOT_FOUND = fail(404, 'not-found', 'Not found', 'No such employee in this company.');
/** The e-mailed reset link cannot be used (PP-LOGIN): say which way, never whose it is. */
const LINK_REFUSED = {
  unknown: fail(404, 'link-unknown', 'Unknown link', 'This password-reset link does not exist: check it, or ask for a new one.'),
  expired: fail(410, 'link-expired', 'Link expired', 'This password-reset link is no longer valid: ask for a new one.'),
  used: fail(410, 'link-used', 'Link already used', 'This password-reset link was already used: ask for a new one if needed.'),
} as const;
const badRequest = (detail: string) => fail(400, 'bad-request', 'Bad request', detail);
const invalid = (errors: readonly PassportFieldError[]) => fail(422, 'validation', 'Invalid request', 'Some fields are missing or malformed.', { errors });
const spacesRefused = (reason: SpacesRefusalReason) => fail(409, 'spaces-refused', 'Refused by the linked-spaces rules', `The linked spaces refused this (${reason}).`, { reason });

function versionAnswer(refusal: PassportVersionRefusal): Answer {
  return refusal.kind === 'version-required'
    ? fail(428, 'version-required', 'Version required', 'Send If-Match: "<version>" with the version you read.')
    : fail(412, 'version-mismatch', 'Version mismatch', 'Someone else saved in between: reload, then try again.', undefined, { ETag: versionTag(refusal.current) });
}

// ── Bodies ──────────────────────────────────────────────────────────────────

const SIRET_ISSUE: Record<string, PassportFieldIssue> = { required: 'required', format: 'siret-format', checksum: 'siret-checksum' };
const VAT_ISSUE: Record<string, PassportFieldIssue> = { required: 'required', country: 'vat-country', format: 'vat-format', checksum: 'vat-checksum' };
const PASSWORD_ISSUE: Record<string, PassportFieldIssue> = { 'too-short': 'password-too-short', 'too-long': 'password-too-long', mismatch: 'password-mismatch' };

/**
 * The issue code of a field whose value failed its schema, by core's checks where one applies.
 * ASSUMPTION: core's issue codes have no generic « invalid »: a value of the wrong type (or a text
 * too long) is reported as `required` (a valid value is required).
 */
function issueOf(field: string, value: unknown): PassportFieldIssue {
  if (value === undefined || value === null || (typeof value === 'string' && isBlank(value)) || (Array.isArray(value) && value.length === 0)) return 'required';
  const text = typeof value === 'string' ? value : undefined;
  switch (field) {
    case 'siret':
      return SIRET_ISSUE[(text !== undefined && checkSiret(text)) || 'format']!;
    case 'vat':
      return VAT_ISSUE[(text !== undefined && checkVat(text)) || 'format']!;
    case 'regions':
      return 'invalid-region';
    case 'email':
    case 'referentEmail':
    case 'userLogin':
      return 'invalid-email';
    case 'password':
      return (text !== undefined && PASSWORD_ISSUE[checkNewPassword(text)[0] ?? '']) || 'required';
    case 'snbpeIssuedOn':
      return 'date-format';
    case 'fromDomain':
    case 'toDomain':
      return 'invalid-domain';
    default:
      return 'required';
  }
}

/** Request paths → the form fields of core's checks (the rest: the last segment of the path). */
type FieldMap = Readonly<Record<string, string>>;

const REFERENT_FIELDS: FieldMap = { referent: 'referentLastName', 'referent.lastName': 'referentLastName', 'referent.firstName': 'referentFirstName' };
const REGISTRATION_FIELDS: FieldMap = {
  ...REFERENT_FIELDS,
  identification: 'siret',
  'identification.kind': 'siret',
  'identification.siret': 'siret',
  'identification.vat': 'vat',
  'referent.email': 'email',
};
const ENROLLMENT_FIELDS: FieldMap = { answers: 'intervenesTechnically', snbpe: 'hasSnbpePassport', 'snbpe.issuedOn': 'snbpeIssuedOn' };
const HANDOVER_FIELDS: FieldMap = { ...REFERENT_FIELDS, companyName: 'companyName', regions: 'regions', email: 'referentEmail', password: 'handoverPassword', 'password.mode': 'handoverPassword', 'password.temporaryPassword': 'password' };

interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
}

function fieldErrors(body: unknown, list: readonly SchemaIssue[], fields: FieldMap): PassportFieldError[] {
  const errors = new Map<string, PassportFieldIssue>();
  const valueAt = (path: readonly PropertyKey[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), body);
  for (const issue of list) {
    if (issue.code === 'unrecognized_keys') {
      // PP-ENROLL: the update has no SNBPE passport (only at creation); any other unknown key is refused too.
      for (const key of issue.keys ?? []) {
        if (key === 'snbpe') errors.set('hasSnbpePassport', 'snbpe-create-only');
        else if (!errors.has(key)) errors.set(key, 'required');
      }
      continue;
    }
    // An item of a list is reported on the list (`regions.1` → `regions`).
    const named = issue.path.filter((k) => typeof k === 'string').map(String);
    const field = fields[named.join('.')] ?? named.at(-1) ?? '';
    if (!errors.has(field)) errors.set(field, issueOf(field, valueAt(issue.path)));
  }
  return [...errors].map(([field, issue]) => ({ field, issue }));
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly answer: Answer };

/** The request's JSON body, checked with its schema of core's contract (422 `validation` with the form's fields). */
async function parse<T>(request: Request, schema: z.ZodMiniType<T>, fields: FieldMap = {}): Promise<Parsed<T>> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, answer: badRequest('The body is not JSON.') };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, answer: badRequest('The body must be a JSON object.') };
  const result = schema.safeParse(body);
  return result.success ? { ok: true, value: result.data } : { ok: false, answer: invalid(fieldErrors(body, result.error.issues as readonly SchemaIssue[], fields)) };
}

/** The version an `If-Match` names: undefined without one (428); a tag that is no version matches none (412). */
function ifMatch(request: Request): number | undefined {
  const header = request.headers.get('If-Match');
  if (header === null) return undefined;
  return parseVersionTag(header) ?? -1;
}

const bearerOf = (request: Request) => /^Bearer\s+(\S+)/i.exec(request.headers.get('Authorization') ?? '')?.[1];
const param = (ctx: RouteContext, name: string) => String(ctx.params[name] ?? '');

// ── Routes ──────────────────────────────────────────────────────────────────

interface PassportHandler {
  readonly method: RouteMethod;
  readonly path: string;
  /** Public: no passport session (registration, login, forgotten password, new password). */
  readonly public?: boolean;
  /** Keyed POSTs replay their first successful answer for the same Idempotency-Key. */
  readonly idempotent?: boolean;
  readonly answer: (ctx: RouteContext, session: PassportSessionRef) => Answer | Promise<Answer>;
  readonly malformed: (ctx: RouteContext) => JsonBodyType;
}

/** The session public routes run with: none (they never read it). */
const NO_SESSION: PassportSessionRef = { companyId: '', personId: '', token: '' };

function toRoute(h: PassportHandler): RouteDefinition {
  const route: Route = {
    public: h.public,
    malformed: h.malformed,
    async ok(ctx) {
      let session = NO_SESSION;
      if (!h.public) {
        const found = ctx.passport.session(bearerOf(ctx.request));
        if (found.kind !== 'session') return respond(SESSION_REQUIRED, ctx.instance);
        session = found;
      }
      const key = h.idempotent ? idempotencyKeyOf(ctx.request) : undefined;
      const answer = await replayable(ctx.passport, key && `${h.method} ${ctx.instance} ${session.token} ${key}`, () => h.answer(ctx, session));
      return respond(answer, ctx.instance);
    },
  };
  return { method: h.method, path: h.path, route };
}

const EMPLOYEE_PATH = `${PASSPORT_EMPLOYEES_PATH}/:id`;
const UNBLOCK_PATH = `${PASSPORT_EMPLOYEES_PATH}/:id/unblock`;
const PASSPORT_PATH = `${PASSPORT_EMPLOYEES_PATH}/:id/passport`;

const FailureRequest = z.object({ moduleId: UnpgModule });

const MALFORMED_EMPLOYEE = { id: 7, firstName: 'Sébastien', lastName: null, profile: 'Salarié administratif', state: 'Bloqué', expiresOn: '25 08 2023' };

const HANDLERS: readonly PassportHandler[] = [
  // PP-REGISTER
  {
    method: 'post',
    path: PASSPORT_REGISTRATION_PATH,
    public: true,
    idempotent: true,
    async answer({ request, passport }) {
      const body = await parse(request, RegistrationRequest, REGISTRATION_FIELDS);
      if (!body.ok) return body.answer;
      const r = passport.register(body.value);
      switch (r.kind) {
        case 'created':
          return ok({ status: 'created', login: r.login }, 201);
        case 'invalid':
          return invalid(r.errors);
        case 'robot-check-failed':
          return ROBOT_CHECK_FAILED;
        case 'company-exists':
          return COMPANY_EXISTS;
      }
    },
    malformed: () => ({ status: 'créée', login: 42 }),
  },

  // PP-LOGIN
  {
    method: 'post',
    path: PASSPORT_LOGIN_PATH,
    public: true,
    async answer({ request, passport }) {
      const body = await parse(request, PassportLoginRequest);
      if (!body.ok) return body.answer;
      const r = passport.login(body.value.email, body.value.password);
      if (r.kind === 'wait') return tooManyAttempts(retryAfterSeconds(r.retryAt, passport.now()));
      return r.kind === 'refused' ? INVALID_CREDENTIALS : ok(r);
    },
    malformed: () => ({ kind: 'signed-in', session: { token: 42, expiresAt: 'dans 30 minutes', companyName: null } }),
  },
  {
    method: 'post',
    path: PASSPORT_NEW_PASSWORD_PATH,
    public: true,
    idempotent: true,
    async answer({ request, passport }) {
      const body = await parse(request, PassportTemporaryPasswordChangeRequest);
      if (!body.ok) return body.answer;
      const r = passport.changeTemporaryPassword(body.value.challenge, body.value.password);
      if (r.kind === 'challenge-expired') return CHALLENGE_EXPIRED;
      if (r.kind === 'invalid') return invalid(r.errors);
      return ok(r);
    },
    malformed: () => ({ kind: 'password-changed' }),
  },
  {
    method: 'post',
    path: PASSPORT_RESET_REQUEST_PATH,
    public: true,
    idempotent: true,
    async answer({ request, passport }) {
      const body = await parse(request, PassportPasswordResetRequest);
      if (!body.ok) return body.answer;
      passport.requestReset(body.value.email);
      return ok({ status: 'accepted' }, 202);
    },
    malformed: () => ({ status: 'sent-to-baptiste.martin@granulats-dupont.fr' }),
  },

  {
    method: 'post',
    path: PASSPORT_RESET_LINK_STATUS_PATH,
    public: true,
    async answer({ request, passport }) {
      const body = await parse(request, PassportResetLinkRequest);
      if (!body.ok) return body.answer;
      const r = passport.resetLinkStatus(body.value.token);
      return r.kind === 'valid' ? ok({ status: 'valid', expiresAt: new Date(r.expiresAt).toISOString() }) : LINK_REFUSED[r.kind];
    },
    malformed: () => ({ status: 'ok', expiresAt: 'bientôt' }),
  },
  {
    method: 'post',
    path: PASSPORT_RESET_PATH,
    public: true,
    idempotent: true,
    async answer({ request, passport }) {
      const body = await parse(request, PassportPasswordResetByLinkRequest);
      if (!body.ok) return body.answer;
      const r = passport.resetPassword(body.value.token, body.value.password);
      if (r.kind === 'done') return { kind: 'empty' };
      return r.kind === 'invalid' ? invalid(r.errors) : LINK_REFUSED[r.kind];
    },
    malformed: () => ({ changed: 'oui' }),
  },
  {
    // « Se déconnecter »: public, so that an already ended session also gets 204 (nothing to learn, nothing to retry).
    method: 'post',
    path: PASSPORT_LOGOUT_PATH,
    public: true,
    answer({ request, passport }) {
      passport.logout(bearerOf(request));
      return { kind: 'empty' };
    },
    malformed: () => ({ loggedOut: 'oui' }),
  },

  // PP-COMPANY
  {
    method: 'get',
    path: PASSPORT_COMPANY_PATH,
    answer: ({ passport }, session) => withVersion(passport.company(session.companyId)),
    malformed: () => ({ identification: '847 269 156 00018', companyName: 'Granulats Dupont SARL', regions: 'Grand Est', version: '1' }),
  },
  {
    method: 'put',
    path: PASSPORT_COMPANY_PATH,
    async answer({ request, passport }, session) {
      const body = await parse(request, CompanyUpdateRequest, REFERENT_FIELDS);
      if (!body.ok) return body.answer;
      const r = passport.updateCompany(session.companyId, body.value, ifMatch(request));
      if (!('kind' in r)) return withVersion(r);
      return r.kind === 'invalid' ? invalid(r.errors) : versionAnswer(r);
    },
    malformed: () => ({ companyName: 12, version: null }),
  },
  {
    method: 'post',
    path: PASSPORT_COMPANY_PASSWORD_PATH,
    idempotent: true,
    async answer({ request, passport }, session) {
      const body = await parse(request, CompanyPasswordChangeRequest);
      if (!body.ok) return body.answer;
      const r = passport.changeCompanyPassword(session, body.value.password);
      return r.kind === 'invalid' ? invalid(r.errors) : { kind: 'empty' };
    },
    malformed: () => ({ changed: 'oui' }),
  },
  {
    method: 'post',
    path: PASSPORT_HANDOVER_PATH,
    idempotent: true,
    async answer({ request, passport }, session) {
      const body = await parse(request, HandoverRequest, HANDOVER_FIELDS);
      if (!body.ok) return body.answer;
      const r = passport.handOver(session, body.value, ifMatch(request));
      if (!('kind' in r)) return withVersion(r);
      switch (r.kind) {
        case 'invalid':
          return invalid(r.errors);
        case 'refused':
          return spacesRefused(r.reason);
        case 'email-unavailable':
          return EMAIL_UNAVAILABLE;
        default:
          return versionAnswer(r);
      }
    },
    malformed: () => ({ referent: 'Claire DURAND', version: 'deux' }),
  },
  {
    method: 'get',
    path: PASSPORT_EMAIL_DOMAIN_PATH,
    answer({ request, passport }, session) {
      const query = new URL(request.url).searchParams;
      const r = passport.previewDomainChange(session.companyId, query.get('from') ?? '', query.get('to') ?? '');
      return 'kind' in r ? invalid(r.errors) : ok(r);
    },
    malformed: () => ({ fromDomain: 'granulats-dupont.fr', changing: 'beaucoup' }),
  },
  {
    method: 'post',
    path: PASSPORT_EMAIL_DOMAIN_PATH,
    idempotent: true,
    async answer({ request, passport }, session) {
      const body = await parse(request, DomainChangeRequest);
      if (!body.ok) return body.answer;
      const r = passport.changeEmailDomain(session.companyId, body.value.fromDomain, body.value.toDomain);
      return 'kind' in r ? invalid(r.errors) : ok(r);
    },
    malformed: () => ({ changed: -1 }),
  },

  // PP-SPACES
  {
    method: 'get',
    path: PASSPORT_SPACES_PATH,
    answer: ({ passport }, session) => ok(passport.spaces(session)),
    malformed: () => ({ linked: 'oui', spaces: 'entreprise', active: 'bureau' }),
  },
  {
    method: 'post',
    path: PASSPORT_SPACES_LINK_PATH,
    idempotent: true,
    answer: ({ passport }, session) => spacesAnswer(passport.linkSpaces(session)),
    malformed: () => ({ linked: 1 }),
  },
  {
    method: 'post',
    path: PASSPORT_SPACES_DISSOCIATE_PATH,
    idempotent: true,
    async answer({ request, passport }, session) {
      const body = await parse(request, DissociateRequest);
      if (!body.ok) return body.answer;
      return spacesAnswer(passport.dissociateSpaces(session, body.value));
    },
    malformed: () => ({ linked: 'non', userLogin: 'b.martin@example.fr' }),
  },
  {
    method: 'post',
    path: PASSPORT_SPACES_SWITCH_PATH,
    idempotent: true,
    async answer({ request, passport }, session) {
      const body = await parse(request, SwitchSpaceRequest);
      if (!body.ok) return body.answer;
      return spacesAnswer(passport.switchSpace(session, body.value.to));
    },
    malformed: () => ({ active: 'formateur' }),
  },

  // PP-ROSTER / PP-ENROLL / PP-BLOCK
  {
    method: 'get',
    path: PASSPORT_EMPLOYEES_PATH,
    answer({ request, passport }, session) {
      const query = new URL(request.url).searchParams;
      const raw: Record<string, string> = {};
      for (const name of ['cursor', 'limit']) {
        const value = query.get(name);
        if (value !== null && value !== '') raw[name] = value;
      }
      const parsed = EmployeePageQuery.safeParse(raw);
      // Not a form: a bad cursor or limit is the caller's bug, not the user's (no field issue fits).
      if (!parsed.success) return badRequest(`limit must be a whole number from 1 to the maximum, and cursor the nextCursor of a page.`);
      const page = passport.employeePage(session.companyId, parsed.data.cursor, parsed.data.limit);
      return 'kind' in page ? badRequest('Unknown cursor: start again from the first page.') : ok(page);
    },
    malformed: ({ passport }) => ({
      items: passport.employees(PASSPORT_DEMO_COMPANY_ID).slice(0, 5).map((e) => ({ ...e, expiresOn: e.expiresOn && e.expiresOn.split('-').reverse().join(' '), version: String(e.version) })),
      total: 'quarante',
    }),
  },
  {
    method: 'post',
    path: PASSPORT_EMPLOYEES_PATH,
    idempotent: true,
    async answer({ request, passport }, session) {
      const body = await parse(request, EmployeeCreateRequest, ENROLLMENT_FIELDS);
      if (!body.ok) return body.answer;
      const r = passport.createEmployee(session.companyId, body.value);
      return 'kind' in r ? invalid(r.errors) : ok(r, 201);
    },
    malformed: () => ({ employee: MALFORMED_EMPLOYEE, validatedModules: 'tous' }),
  },
  {
    // Core's `getEmployee`: one row with its current version (the If-Match of the next write).
    method: 'get',
    path: EMPLOYEE_PATH,
    answer(ctx, session) {
      const row = ctx.passport.employee(param(ctx, 'id'), session.companyId);
      return row ? withVersion(row) : NOT_FOUND;
    },
    malformed: () => MALFORMED_EMPLOYEE,
  },
  {
    method: 'put',
    path: EMPLOYEE_PATH,
    async answer(ctx, session) {
      const body = await parse(ctx.request, EmployeeUpdateRequest, ENROLLMENT_FIELDS);
      if (!body.ok) return body.answer;
      const r = ctx.passport.updateEmployee(session.companyId, param(ctx, 'id'), body.value, ifMatch(ctx.request));
      if (!('kind' in r)) return withVersion(r);
      if (r.kind === 'not-found') return NOT_FOUND;
      return r.kind === 'invalid' ? invalid(r.errors) : versionAnswer(r);
    },
    malformed: () => MALFORMED_EMPLOYEE,
  },
  {
    method: 'delete',
    path: EMPLOYEE_PATH,
    answer(ctx, session) {
      const r = ctx.passport.deleteEmployee(session.companyId, param(ctx, 'id'), ifMatch(ctx.request));
      if (r.kind === 'deleted') return { kind: 'empty' };
      return r.kind === 'not-found' ? NOT_FOUND : versionAnswer(r);
    },
    malformed: () => ({ deleted: 'oui' }),
  },
  {
    method: 'post',
    path: UNBLOCK_PATH,
    idempotent: true,
    answer(ctx, session) {
      const r = ctx.passport.unblockEmployee(session.companyId, param(ctx, 'id'));
      return 'kind' in r ? NOT_FOUND : withVersion(r);
    },
    malformed: () => ({ ...MALFORMED_EMPLOYEE, state: 'Actif' }),
  },

  // PP-ROSTER « Voir le passeport »: the employee's passport (core's `passportView` reads it).
  {
    method: 'get',
    path: PASSPORT_PATH,
    answer(ctx, session) {
      const passport = ctx.passport.employeePassport(param(ctx, 'id'), session.companyId);
      return passport ? ok(passport) : NOT_FOUND;
    },
    malformed: () => ({ employee: MALFORMED_EMPLOYEE, modules: 'tous validés', snbpe: 'oui' }),
  },

  // The mock's own: a failed module attempt (PP-BLOCK), for demos and end-to-end tests.
  {
    method: 'post',
    path: PASSPORT_MODULE_FAILURES_PATH,
    async answer(ctx, session) {
      const body = await parse(ctx.request, FailureRequest);
      if (!body.ok) return body.answer;
      const r = ctx.passport.recordModuleFailure(param(ctx, 'id'), body.value.moduleId, session.companyId);
      if (r.kind === 'not-found') return NOT_FOUND;
      if (r.kind === 'module-validated') return fail(409, 'module-validated', 'Module already validated', 'The SNBPE reciprocity validated this module: it is not attempted any more.');
      const { outcome } = r;
      return ok({
        employee: r.employee,
        blocked: outcome.blocked,
        failuresLeft: r.failuresLeft,
        alert: outcome.blocked && outcome.alert ? { moduleId: outcome.alert.moduleId, at: new Date(outcome.alert.at).toISOString() } : null,
      });
    },
    malformed: () => ({ blocked: 'peut-être' }),
  },
];

function spacesAnswer(r: ReturnType<PassportStore['linkSpaces']>): Answer {
  if (!('kind' in r)) return ok(r);
  switch (r.kind) {
    case 'refused':
      return spacesRefused(r.reason);
    case 'email-unavailable':
      return EMAIL_UNAVAILABLE;
    case 'invalid':
      return invalid(r.errors);
  }
}

/** PP — every route of the safety passport, for `createHandlers`. */
export function passportRoutes(): RouteDefinition[] {
  return HANDLERS.map(toRoute);
}
