/**
 * VA — what every route of the vault's mock shares: the problems (from core's `VAULT_PROBLEMS`),
 * the body check (the new password against the policy first, then the schema), the vault session
 * of a private route, and how a handler becomes a route.
 */
import type * as z from 'zod/mini';
import {
  checkNewPassword,
  VAULT_PROBLEMS,
  type DocumentChange,
  type FieldError,
  type FieldIssueCode,
  type PasswordRefusal,
  type Problem,
} from '@vigie/core';
import type { Route, RouteContext, RouteDefinition } from '../../http.js';
import { fail, idempotencyKeyOf, ok, replayable, respond, type Answer } from '../../answers.js';
import type { MockHandler, MockRow } from '../../contract.js';

// ── Answers ─────────────────────────────────────────────────────────────────

// ── The problems of the contract ────────────────────────────────────────────

/** A problem of the vault's `defineProblems` (status, type and title from core), with its detail. */
export const problem = (p: Problem, detail: string, extensions?: Record<string, unknown>, headers?: Record<string, string>): Answer =>
  fail(p.status, p.slug, p.title, detail, extensions, headers);
const P = VAULT_PROBLEMS;

/** VA-LOGIN: THE answer to a wrong password and to an unknown identifier alike. */
export const INVALID_CREDENTIALS = problem(P.invalidCredentials, 'The identifier or the password is incorrect.');

export const lockedAnswer = (lockedUntil: number, now: number) =>
  problem(
    P.locked,
    'Too many failed attempts: try again once the lock is over.',
    { lockedUntil: new Date(lockedUntil).toISOString() },
    { 'Retry-After': String(Math.max(0, Math.ceil((lockedUntil - now) / 1000))) },
  );

export const policy = (issues: readonly PasswordRefusal[]) => problem(P.passwordPolicy, 'The new password breaks the policy.', { issues });
export const challengeExpired = () => problem(P.challengeExpired, 'The code expired or too many wrong codes were given: sign in again.');
export const tokenUnknown = () => problem(P.tokenUnknown, 'No such link.');
const tokenGone = (kind: 'expired' | 'used') =>
  kind === 'expired' ? problem(P.tokenExpired, 'This link is past its validity.') : problem(P.tokenUsed, 'This link was already used.');
/** A link (reset or invitation) that cannot be used. */
export const linkProblem = (kind: 'unknown' | 'expired' | 'used') => (kind === 'unknown' ? tokenUnknown() : tokenGone(kind));
export const notFound = (what: string) => problem(P.notFound, `No such ${what} on this account.`);
export const WRONG_CURRENT_PASSWORD = problem(P.invalidCurrentPassword, 'The current password is incorrect.');
export const EMAIL_UNAVAILABLE = problem(P.emailUnavailable, 'This e-mail cannot be used for this account.');
export const tooEarly = (resendAt: number, now: number) =>
  problem(
    P.resendTooEarly,
    'A new code may be asked later.',
    { resendAt: new Date(resendAt).toISOString() },
    { 'Retry-After': String(Math.max(1, Math.ceil((resendAt - now) / 1000))) },
  );

const CONSENT_FIELDS = new Set(['privacyPolicyAccepted', 'dataPolicyAccepted', 'termsAccepted']);

/**
 * The `{ field, issue }` list of a body that fails its schema: the codes of core's forms where one
 * applies, `invalid` for a value the schema refused that none names (a real backend may send that
 * too: the widgets have a message for it).
 */
function fieldErrors(body: unknown, issues: readonly { path: readonly PropertyKey[] }[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const i of issues) {
    const field = i.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    let value: unknown = body;
    for (const k of i.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[k] : undefined;
    errors.push({ field, issue: issueOf(String(i.path.at(-1) ?? ''), value) });
  }
  return errors;
}

function issueOf(name: string, value: unknown): FieldIssueCode | 'invalid' {
  if (CONSENT_FIELDS.has(name)) return 'consent-required';
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return 'required';
  if (/email/i.test(name)) return 'invalid-email';
  if (/phone/i.test(name)) return 'invalid-phone';
  if (/month/i.test(name)) return 'invalid-month';
  return 'invalid';
}

export const invalid = (errors: readonly FieldError[]) => problem(P.validation, 'Some fields are missing or malformed.', { errors });

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly answer: Answer };

/** The request body, checked: the new password against the policy first (422 password-policy), then the schema (422 validation). */
async function parse<T>(request: Request, schema: z.ZodMiniType<T>, newPasswordField?: string): Promise<Parsed<T>> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, answer: fail(400, 'bad-request', 'Bad request', 'The body is not JSON.') };
  }
  if (newPasswordField && body && typeof body === 'object') {
    const p = (body as Record<string, unknown>)[newPasswordField];
    if (typeof p === 'string') {
      const issues = checkNewPassword(p);
      if (issues.length) return { ok: false, answer: policy(issues) };
    }
  }
  const result = schema.safeParse(body);
  return result.success ? { ok: true, value: result.data } : { ok: false, answer: invalid(fieldErrors(body, result.error.issues)) };
}

/** The bearer token of the request, if any. */
export const bearerOf = (ctx: RouteContext) => /^Bearer\s+(\S+)/i.exec(ctx.request.headers.get('Authorization') ?? '')?.[1];

/**
 * The account of the request: its vault session, and nothing else (X-MOCK: as a real backend, never
 * a default account). Without one, or with an ended one, 401 `session-required`, whatever
 * `requireAuth` says.
 */
function accountOf(ctx: RouteContext): { readonly ok: true; readonly accountId: string } | { readonly ok: false; readonly answer: Answer } {
  const session = ctx.vault.session(bearerOf(ctx));
  if (session.kind === 'account') return { ok: true, accountId: session.accountId };
  return { ok: false, answer: problem(P.sessionRequired, 'Sign in to the vault again.', undefined, { 'WWW-Authenticate': 'Bearer' }) };
}

export const param = (ctx: RouteContext, name: string) => String(ctx.params[name] ?? '');

export function documentAnswer(change: DocumentChange, what = 'document'): Answer {
  switch (change.kind) {
    case 'changed':
    case 'unchanged':
      return ok(change.document);
    case 'unknown-document':
      return notFound(what);
    case 'unknown-folder':
      return notFound('folder');
  }
}

// ── Routes ──────────────────────────────────────────────────────────────────

export type Answering = (ctx: RouteContext) => Answer | Promise<Answer>;

/** The hand-written behaviour of one vault operation (its method, path, auth and key come from core's table). */
export type VaultHandler = MockHandler<Answering>;

/** One route: keyed POSTs replay their first answer for the same Idempotency-Key. */
export function toRoute(row: MockRow, h: VaultHandler): RouteDefinition {
  const route: Route = {
    public: row.public,
    malformed: h.malformed,
    async ok(ctx) {
      const key = row.idempotent ? idempotencyKeyOf(ctx.request) : undefined;
      const answer = await replayable(ctx.vault, key && `${row.method} ${ctx.instance} ${key}`, () => h.answer(ctx));
      return respond(answer, ctx.instance);
    },
  };
  return { method: row.method, path: row.path, route };
}

/** A route that reads a body: checked against `schema` (the new password, if named, against the policy first), then `run`. */
export const withBody =
  <T>(schema: z.ZodMiniType<T>, run: (body: T, ctx: RouteContext) => Answer | Promise<Answer>, newPasswordField?: string): Answering =>
  async (ctx) => {
    const body = await parse(ctx.request, schema, newPasswordField);
    return body.ok ? run(body.value, ctx) : body.answer;
  };

/** A private route: the account of the request's vault session (a 401 without one). */
export const signedIn =
  (run: (accountId: string, ctx: RouteContext) => Answer | Promise<Answer>): Answering =>
  (ctx) => {
    const who = accountOf(ctx);
    return who.ok ? run(who.accountId, ctx) : who.answer;
  };
