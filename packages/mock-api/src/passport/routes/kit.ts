/**
 * PP — what every route of the passport's mock shares: the problems (from core's
 * `PASSPORT_PROBLEMS`), the body check with the form fields of core's checks, `If-Match`, the
 * passport session of a private route, and how a handler becomes a route.
 */
import type { JsonBodyType } from 'msw';
import type * as z from 'zod/mini';
import { checkNewPassword, isBlank, type Problem } from '@vigie/core';
import {
  checkSiret,
  checkVat,
  PASSPORT_PROBLEMS,
  parseVersionTag,
  versionTag,
  type PassportFieldError,
  type PassportFieldIssue,
  type SpacesRefusalReason,
} from '@vigie/core/passport';
import type { Route, RouteContext, RouteDefinition } from '../../http.js';
import { fail, idempotencyKeyOf, ok, replayable, respond, type Answer } from '../../answers.js';
import type { MockHandler, MockRow } from '../../contract.js';
import type { PassportSessionRef, PassportVersionRefusal } from '../store.js';

// ── Answers ─────────────────────────────────────────────────────────────────

export const withVersion = (body: JsonBodyType & { version: number }): Answer => ok(body, 200, { ETag: versionTag(body.version) });
// ── The problems of the contract (PASSPORT_PROBLEMS) ────────────────────────

/** A problem of the passport's `defineProblems` (status, type and title from core), with its detail. */
export const problem = (p: Problem, detail: string, extensions?: Record<string, unknown>, headers?: Record<string, string>): Answer =>
  fail(p.status, p.slug, p.title, detail, extensions, headers);
const P = PASSPORT_PROBLEMS;

/** PP-LOGIN: THE answer to a wrong password and to an unknown e-mail alike. */
export const INVALID_CREDENTIALS = problem(P.invalidCredentials, 'The e-mail or the password is incorrect.');
/** PP-LOGIN throttling: the same 429 for a known and an unknown e-mail; `retryAfter` = `Retry-After`. */
export const tooManyAttempts = (retryAfter: number) =>
  problem(
    P.tooManyAttempts,
    'Too many failed attempts in a row with this e-mail: wait, then try again.',
    { retryAfter },
    { 'Retry-After': String(retryAfter) },
  );
export const SESSION_REQUIRED = problem(P.sessionRequired, 'Sign in to the safety passport again.', undefined, {
  'WWW-Authenticate': 'Bearer',
});
export const CHALLENGE_EXPIRED = problem(P.challengeExpired, 'The temporary-password step expired: sign in again.');
export const ROBOT_CHECK_FAILED = problem(P.robotCheckFailed, 'Do the « Je ne suis pas un robot » step again.', {
  errors: [{ field: 'antiRobotToken', issue: 'robot-check-required' }],
});
/** PP-REGISTER: says that the identifier is taken, and nothing of the company that holds it. */
export const COMPANY_EXISTS = problem(
  P.companyExists,
  'A company with this identifier already has an account: its referent can sign in or use « Mot de passe oublié ? ».',
);
export const EMAIL_UNAVAILABLE = problem(P.emailUnavailable, 'This e-mail cannot be used as a login.');
export const NOT_FOUND = problem(P.notFound, 'No such employee in this company.');
/** The e-mailed reset link cannot be used (PP-LOGIN): say which way, never whose it is. */
export const LINK_REFUSED = {
  unknown: problem(P.linkUnknown, 'This password-reset link does not exist: check it, or ask for a new one.'),
  expired: problem(P.linkExpired, 'This password-reset link is no longer valid: ask for a new one.'),
  used: problem(P.linkUsed, 'This password-reset link was already used: ask for a new one if needed.'),
} as const;
export const badRequest = (detail: string) => fail(400, 'bad-request', 'Bad request', detail);
export const invalid = (errors: readonly PassportFieldError[]) =>
  problem(P.validation, 'Some fields are missing or malformed.', { errors });
export const spacesRefused = (reason: SpacesRefusalReason) =>
  problem(P.spacesRefused, `The linked spaces refused this (${reason}).`, { reason });

export function versionAnswer(refusal: PassportVersionRefusal): Answer {
  return refusal.kind === 'version-required'
    ? problem(P.versionRequired, 'Send If-Match: "<version>" with the version you read.')
    : problem(P.versionMismatch, 'Someone else saved in between: reload, then try again.', undefined, {
        ETag: versionTag(refusal.current),
      });
}

// ── Bodies ──────────────────────────────────────────────────────────────────

const SIRET_ISSUE: Record<string, PassportFieldIssue> = { required: 'required', format: 'siret-format', checksum: 'siret-checksum' };
const VAT_ISSUE: Record<string, PassportFieldIssue> = {
  required: 'required',
  country: 'vat-country',
  format: 'vat-format',
  checksum: 'vat-checksum',
};
const PASSWORD_ISSUE: Record<string, PassportFieldIssue> = {
  'too-short': 'password-too-short',
  'too-long': 'password-too-long',
  mismatch: 'password-mismatch',
};

/**
 * The issue code of a field whose value failed its schema, by core's checks where one applies.
 * ASSUMPTION: core's issue codes have no generic « invalid »: a value of the wrong type (or a text
 * too long) is reported as `required` (a valid value is required).
 */
function issueOf(field: string, value: unknown): PassportFieldIssue {
  if (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && isBlank(value)) ||
    (Array.isArray(value) && value.length === 0)
  )
    return 'required';
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

export const REFERENT_FIELDS: FieldMap = {
  referent: 'referentLastName',
  'referent.lastName': 'referentLastName',
  'referent.firstName': 'referentFirstName',
};
export const REGISTRATION_FIELDS: FieldMap = {
  ...REFERENT_FIELDS,
  identification: 'siret',
  'identification.kind': 'siret',
  'identification.siret': 'siret',
  'identification.vat': 'vat',
  'referent.email': 'email',
};
export const ENROLLMENT_FIELDS: FieldMap = {
  answers: 'intervenesTechnically',
  snbpe: 'hasSnbpePassport',
  'snbpe.issuedOn': 'snbpeIssuedOn',
};
export const HANDOVER_FIELDS: FieldMap = {
  ...REFERENT_FIELDS,
  companyName: 'companyName',
  regions: 'regions',
  email: 'referentEmail',
  password: 'handoverPassword',
  'password.mode': 'handoverPassword',
  'password.temporaryPassword': 'password',
};

interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
}

function fieldErrors(body: unknown, list: readonly SchemaIssue[], fields: FieldMap): PassportFieldError[] {
  const errors = new Map<string, PassportFieldIssue>();
  const valueAt = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), body);
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
export async function parse<T>(request: Request, schema: z.ZodMiniType<T>, fields: FieldMap = {}): Promise<Parsed<T>> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, answer: badRequest('The body is not JSON.') };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, answer: badRequest('The body must be a JSON object.') };
  const result = schema.safeParse(body);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, answer: invalid(fieldErrors(body, result.error.issues as readonly SchemaIssue[], fields)) };
}

/** The version an `If-Match` names: undefined without one (428); a tag that is no version matches none (412). */
export function ifMatch(request: Request): number | undefined {
  const header = request.headers.get('If-Match');
  if (header === null) return undefined;
  return parseVersionTag(header) ?? -1;
}

export const bearerOf = (request: Request) => /^Bearer\s+(\S+)/i.exec(request.headers.get('Authorization') ?? '')?.[1];
export const param = (ctx: RouteContext, name: string) => String(ctx.params[name] ?? '');

// ── Routes ──────────────────────────────────────────────────────────────────

/** The hand-written behaviour of one passport operation (method, path, auth, key come from core's table). */
export type PassportHandler = MockHandler<(ctx: RouteContext, session: PassportSessionRef) => Answer | Promise<Answer>>;

/** The session public routes run with: none (they never read it). */
const NO_SESSION: PassportSessionRef = { companyId: '', personId: '', token: '' };

/** One route: a private one needs a passport session; keyed POSTs replay their first successful answer (per session). */
export function toRoute(row: MockRow, h: PassportHandler): RouteDefinition {
  const route: Route = {
    public: row.public,
    malformed: h.malformed,
    async ok(ctx) {
      let session = NO_SESSION;
      if (!row.public) {
        const found = ctx.passport.session(bearerOf(ctx.request));
        if (found.kind !== 'session') return respond(SESSION_REQUIRED, ctx.instance);
        session = found;
      }
      const key = row.idempotent ? idempotencyKeyOf(ctx.request) : undefined;
      const answer = await replayable(ctx.passport, key && `${row.method} ${ctx.instance} ${session.token} ${key}`, () =>
        h.answer(ctx, session),
      );
      return respond(answer, ctx.instance);
    },
  };
  return { method: row.method, path: row.path, route };
}

export const MALFORMED_EMPLOYEE = {
  id: 7,
  firstName: 'Sébastien',
  lastName: null,
  profile: 'Salarié administratif',
  state: 'Bloqué',
  expiresOn: '25 08 2023',
};
