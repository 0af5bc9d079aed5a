/**
 * VA — the routes of the payslip vault in the mock API. Each validates its body with the zod
 * schema of core's contract, asks the vault store (which applies core's rules) and answers with
 * the contract's bodies and problems. `createHandlers` wraps them with the scenario effects
 * (`any:slow`, `any:error-500`, `any:malformed`) and auth, like every route.
 *
 * No enumeration: a wrong password and an unknown identifier get the very same 401 (status, body,
 * headers); both count toward a lock the same way (per account when the identifier has one, else
 * per identifier); the reset and lost-identifier requests always answer
 * the same 202. Secrets are never echoed in a problem.
 */
import type * as z from 'zod/mini';
import {
  ActivationRequest,
  ChallengeRequest,
  checkIdentifierRecovery,
  checkNewPassword,
  EmailChangeRequest,
  IdentifierRecoveryRequest,
  LinkTokenRequest,
  LoginRequest,
  MoveDocumentRequest,
  PaperRequest,
  PaperRequestConfirm,
  PasswordChangeRequest,
  PasswordResetConfirm,
  PasswordResetRequest,
  SecondFactorVerifyRequest,
  TemporaryPasswordChangeRequest,
  VAULT_ACTIVATION_CODE_PATH,
  VAULT_ACTIVATION_PATH,
  VAULT_ACTIVATION_STATUS_PATH,
  VAULT_DOCUMENTS_PATH,
  VAULT_EMAIL_CONFIRMATION_PATH,
  VAULT_IDENTIFIER_RECOVERY_PATH,
  VAULT_LOGIN_PATH,
  VAULT_LOGOUT_PATH,
  VAULT_NEW_PASSWORD_PATH,
  VAULT_PAPER_CONFIRM_PATH,
  VAULT_PAPER_REQUESTS_PATH,
  VAULT_PROFILE_EMAIL_PATH,
  VAULT_PROFILE_PASSWORD_PATH,
  VAULT_PROFILE_PATH,
  VAULT_RESET_PATH,
  VAULT_RESET_REQUEST_PATH,
  VAULT_RESET_STATUS_PATH,
  VAULT_SECOND_FACTOR_PATH,
  VAULT_SECOND_FACTOR_RESEND_PATH,
  documentFileName,
  type DocumentChange,
  type FieldError,
  type FieldIssueCode,
  type PasswordRefusal,
} from '@vigie/core';
import type { JsonBodyType } from 'msw';
import { type Route, type RouteContext, type RouteDefinition, type RouteMethod } from '../http.js';
import { fail, idempotencyKeyOf, ok, replayable, respond, type Answer } from '../answers.js';
import { DEMO_ACCOUNT_ID } from './store.js';

// ── Answers ─────────────────────────────────────────────────────────────────

// ── The problems of the contract ────────────────────────────────────────────

/** VA-LOGIN: THE answer to a wrong password and to an unknown identifier alike. */
const INVALID_CREDENTIALS = fail(401, 'invalid-credentials', 'Invalid credentials', 'The identifier or the password is incorrect.');

const lockedAnswer = (lockedUntil: number, now: number) =>
  fail(
    423,
    'locked',
    'Account locked',
    'Too many failed attempts: try again once the lock is over.',
    { lockedUntil: new Date(lockedUntil).toISOString() },
    { 'Retry-After': String(Math.max(0, Math.ceil((lockedUntil - now) / 1000))) },
  );

const policy = (issues: readonly PasswordRefusal[]) => fail(422, 'password-policy', 'Password refused', 'The new password breaks the policy.', { issues });
const challengeExpired = () => fail(410, 'challenge-expired', 'Challenge over', 'The code expired or too many wrong codes were given: sign in again.');
const tokenUnknown = () => fail(404, 'token-unknown', 'Unknown link', 'No such link.');
const tokenGone = (kind: 'expired' | 'used') =>
  kind === 'expired' ? fail(410, 'token-expired', 'Link expired', 'This link is past its validity.') : fail(410, 'token-used', 'Link already used', 'This link was already used.');
/** A link (reset or invitation) that cannot be used. */
const linkProblem = (kind: 'unknown' | 'expired' | 'used') => (kind === 'unknown' ? tokenUnknown() : tokenGone(kind));
const notFound = (what: string) => fail(404, 'not-found', 'Not found', `No such ${what} on this account.`);
const WRONG_CURRENT_PASSWORD = fail(422, 'invalid-current-password', 'Wrong current password', 'The current password is incorrect.');
const EMAIL_UNAVAILABLE = fail(422, 'email-unavailable', 'E-mail unavailable', 'This e-mail cannot be used for this account.');
const tooEarly = (resendAt: number, now: number) =>
  fail(429, 'resend-too-early', 'Too early', 'A new code may be asked later.', { resendAt: new Date(resendAt).toISOString() }, { 'Retry-After': String(Math.max(1, Math.ceil((resendAt - now) / 1000))) });

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

const invalid = (errors: readonly FieldError[]) => fail(422, 'validation', 'Invalid request', 'Some fields are missing or malformed.', { errors });

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
const bearerOf = (ctx: RouteContext) => /^Bearer\s+(\S+)/i.exec(ctx.request.headers.get('Authorization') ?? '')?.[1];

/**
 * The account of the request: its vault session, and nothing else (X-MOCK: as a real backend, never
 * a default account). Without one, or with an ended one, 401 `session-required`, whatever
 * `requireAuth` says.
 */
function accountOf(ctx: RouteContext): { readonly ok: true; readonly accountId: string } | { readonly ok: false; readonly answer: Answer } {
  const session = ctx.vault.session(bearerOf(ctx));
  if (session.kind === 'account') return { ok: true, accountId: session.accountId };
  return { ok: false, answer: fail(401, 'session-required', 'Session required', 'Sign in to the vault again.', undefined, { 'WWW-Authenticate': 'Bearer' }) };
}

const param = (ctx: RouteContext, name: string) => String(ctx.params[name] ?? '');

function documentAnswer(change: DocumentChange, what = 'document'): Answer {
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

interface VaultHandler {
  readonly method: RouteMethod;
  readonly path: string;
  readonly public?: boolean;
  /** Keyed POSTs replay their first answer for the same Idempotency-Key. */
  readonly idempotent?: boolean;
  readonly answer: Answering;
  readonly malformed: (ctx: RouteContext) => JsonBodyType;
}

function toRoute(h: VaultHandler): RouteDefinition {
  const route: Route = {
    public: h.public,
    malformed: h.malformed,
    async ok(ctx) {
      const key = h.idempotent ? idempotencyKeyOf(ctx.request) : undefined;
      const answer = await replayable(ctx.vault, key && `${h.method} ${ctx.instance} ${key}`, () => h.answer(ctx));
      return respond(answer, ctx.instance);
    },
  };
  return { method: h.method, path: h.path, route };
}

type Answering = (ctx: RouteContext) => Answer | Promise<Answer>;

/** A route that reads a body: checked against `schema` (the new password, if named, against the policy first), then `run`. */
const withBody =
  <T>(schema: z.ZodMiniType<T>, run: (body: T, ctx: RouteContext) => Answer | Promise<Answer>, newPasswordField?: string): Answering =>
  async (ctx) => {
    const body = await parse(ctx.request, schema, newPasswordField);
    return body.ok ? run(body.value, ctx) : body.answer;
  };

/** A private route: the account of the request's vault session (a 401 without one). */
const signedIn =
  (run: (accountId: string, ctx: RouteContext) => Answer | Promise<Answer>): Answering =>
  (ctx) => {
    const who = accountOf(ctx);
    return who.ok ? run(who.accountId, ctx) : who.answer;
  };

const HANDLERS: readonly VaultHandler[] = [
  // VA-LOGIN
  {
    method: 'post',
    path: VAULT_LOGIN_PATH,
    public: true,
    answer: withBody(LoginRequest, ({ identifier, password }, { vault }) => {
      const r = vault.login(identifier, password);
      if (r.kind === 'refused') return INVALID_CREDENTIALS;
      if (r.kind === 'locked') return lockedAnswer(r.lockedUntil, vault.now());
      return ok(r);
    }),
    malformed: () => ({ kind: 'signed-in', session: { token: 42, expiresAt: 'demain' } }),
  },
  {
    method: 'post',
    path: VAULT_SECOND_FACTOR_PATH,
    public: true,
    answer: withBody(SecondFactorVerifyRequest, ({ challenge, code }, { vault }) => {
      const r = vault.verifyCode(challenge, code);
      if (r.kind === 'invalid-code') return fail(422, 'invalid-code', 'Wrong code', 'The code is incorrect.', { attemptsLeft: r.attemptsLeft });
      if (r.kind === 'challenge-expired') return challengeExpired();
      return ok(r);
    }),
    malformed: () => ({ kind: 'code-ok' }),
  },
  {
    method: 'post',
    path: VAULT_SECOND_FACTOR_RESEND_PATH,
    public: true,
    answer: withBody(ChallengeRequest, ({ challenge }, { vault }) => {
      const r = vault.resendCode(challenge);
      if ('kind' in r) return r.kind === 'too-early' ? tooEarly(r.resendAt, vault.now()) : challengeExpired();
      return ok(r);
    }),
    malformed: () => ({ channel: 'pigeon', destination: '', expiresAt: 'bientôt' }),
  },
  {
    method: 'post',
    path: VAULT_NEW_PASSWORD_PATH,
    public: true,
    idempotent: true,
    answer: withBody(
      TemporaryPasswordChangeRequest,
      ({ challenge, password }, { vault }) => {
        const r = vault.changeTemporaryPassword(challenge, password);
        if (r.kind === 'policy') return policy(r.issues);
        if (r.kind === 'challenge-expired') return challengeExpired();
        return ok(r);
      },
      'password',
    ),
    malformed: () => ({ kind: 'signed-in' }),
  },

  // VA-LOGIN, X-SEC: signing out ends the session here, not only in the page.
  {
    method: 'post',
    path: VAULT_LOGOUT_PATH,
    answer: (ctx) => {
      const bearer = bearerOf(ctx);
      // Idempotent: an ended, expired or unknown session is signed out already (204 all the same).
      if (bearer) ctx.vault.logout(bearer);
      return { kind: 'empty' };
    },
    malformed: () => ({ signedOut: 'oui' }),
  },

  // VA-RESET
  {
    method: 'post',
    path: VAULT_RESET_REQUEST_PATH,
    public: true,
    idempotent: true,
    answer: withBody(PasswordResetRequest, ({ identifier, email }, { vault }) => {
      vault.requestReset(identifier, email);
      return ok({ status: 'accepted' }, 202);
    }),
    malformed: () => ({ status: 'sent-to-paul.dupont@example.fr' }),
  },
  {
    method: 'post',
    path: VAULT_RESET_STATUS_PATH,
    public: true,
    answer: withBody(LinkTokenRequest, ({ token }, { vault }) => {
      const status = vault.resetStatus(token);
      return status ? ok(status) : tokenUnknown();
    }),
    malformed: () => ({ status: 'peut-être' }),
  },
  {
    method: 'post',
    path: VAULT_RESET_PATH,
    public: true,
    idempotent: true,
    answer: withBody(
      PasswordResetConfirm,
      ({ token, password }, { vault }) => {
        const r = vault.resetPassword(token, password);
        if (r.kind === 'done') return { kind: 'empty' };
        return r.kind === 'policy' ? policy(r.issues) : linkProblem(r.kind);
      },
      'password',
    ),
    malformed: () => ({ changed: 'oui' }),
  },

  // VA-LOSTID
  {
    method: 'post',
    path: VAULT_IDENTIFIER_RECOVERY_PATH,
    public: true,
    idempotent: true,
    answer: withBody(IdentifierRecoveryRequest, (request, { vault }) => {
      const errors = checkIdentifierRecovery(request);
      if (errors.length) return invalid(errors);
      vault.recoverIdentifier(request);
      return ok({ status: 'accepted' }, 202);
    }),
    malformed: () => ({ status: 'envoyé' }),
  },

  // VA-ACTIVATE
  {
    method: 'post',
    path: VAULT_ACTIVATION_STATUS_PATH,
    public: true,
    answer: withBody(LinkTokenRequest, ({ token }, { vault }) => {
      const status = vault.activationStatus(token);
      return status ? ok(status) : tokenUnknown();
    }),
    malformed: () => ({ status: 'valid', expiresAt: 'dans 15 jours', person: 'Inès' }),
  },
  {
    method: 'post',
    path: VAULT_ACTIVATION_CODE_PATH,
    public: true,
    answer: withBody(LinkTokenRequest, ({ token }, { vault }) => {
      const r = vault.sendActivationCode(token);
      if (!('kind' in r)) return ok(r);
      if (r.kind === 'no-code') return fail(409, 'no-sms-code', 'No SMS code', 'This invitation asks for no SMS code.');
      if (r.kind === 'too-early') return tooEarly(r.resendAt, vault.now());
      return linkProblem(r.kind);
    }),
    malformed: () => ({ channel: 'sms' }),
  },
  {
    method: 'post',
    path: VAULT_ACTIVATION_PATH,
    public: true,
    idempotent: true,
    answer: withBody(
      ActivationRequest,
      ({ token, password, person, smsCode }, { vault }) => {
        const r = vault.activate(token, password, person, smsCode);
        switch (r.kind) {
          case 'signed-in':
            return ok(r);
          case 'policy':
            return policy(r.issues);
          case 'invalid-code':
            return fail(422, 'invalid-code', 'Wrong code', 'The SMS code is missing, expired or incorrect.');
          case 'email-unavailable':
            return EMAIL_UNAVAILABLE;
          default:
            return linkProblem(r.kind);
        }
      },
      'password',
    ),
    malformed: () => ({ kind: 'activated' }),
  },

  // VA-PROFILE
  {
    method: 'get',
    path: VAULT_PROFILE_PATH,
    answer: signedIn((accountId, { vault }) => ok(vault.profile(accountId))),
    malformed: () => ({ identifier: 'PAUL', firstName: null }),
  },
  {
    // X-SEC: the current password (counted toward the account's lock); the change waits for its confirmation link.
    method: 'post',
    path: VAULT_PROFILE_EMAIL_PATH,
    answer: signedIn((accountId, ctx) =>
      withBody(EmailChangeRequest, ({ email, emailConfirmation, currentPassword }, { vault }) => {
        const r = vault.changeEmail(accountId, email, emailConfirmation, currentPassword);
        if (!('kind' in r)) return ok(r);
        if (r.kind === 'invalid') return invalid(r.errors);
        if (r.kind === 'locked') return lockedAnswer(r.lockedUntil, vault.now());
        return WRONG_CURRENT_PASSWORD;
      })(ctx),
    ),
    malformed: () => ({ email: 42 }),
  },
  {
    method: 'post',
    path: VAULT_EMAIL_CONFIRMATION_PATH,
    public: true,
    idempotent: true,
    answer: withBody(LinkTokenRequest, ({ token }, { vault }) => {
      const r = vault.confirmEmail(token);
      if (r.kind === 'confirmed') return ok({ email: r.email });
      if (r.kind === 'email-unavailable') return EMAIL_UNAVAILABLE;
      return linkProblem(r.kind);
    }),
    malformed: () => ({ confirmed: 'oui' }),
  },
  {
    // X-SEC: the current password counts toward the account's lock, as on the e-mail change.
    method: 'post',
    path: VAULT_PROFILE_PASSWORD_PATH,
    idempotent: true,
    answer: signedIn((accountId, ctx) =>
      withBody(
        PasswordChangeRequest,
        ({ currentPassword, newPassword }, { vault }) => {
          const r = vault.changePassword(accountId, currentPassword, newPassword);
          if (r.kind === 'wrong-current') return WRONG_CURRENT_PASSWORD;
          if (r.kind === 'locked') return lockedAnswer(r.lockedUntil, vault.now());
          if (r.kind === 'policy') return policy(r.issues);
          return { kind: 'empty' };
        },
        'newPassword',
      )(ctx),
    ),
    malformed: () => ({ changed: true }),
  },

  // VA-DOCS
  {
    method: 'get',
    path: VAULT_DOCUMENTS_PATH,
    answer: signedIn((accountId, { vault }) => ok(vault.documents(accountId))),
    malformed: (ctx) => ({
      folders: 'Bulletins de paie',
      documents: ctx.vault.documents(DEMO_ACCOUNT_ID).documents.map((d) => ({ ...d, year: String(d.year), sizeBytes: `${d.sizeBytes} octets` })),
    }),
  },
  {
    method: 'get',
    path: `${VAULT_DOCUMENTS_PATH}/:id/pdf`,
    answer: signedIn((accountId, ctx) => {
      const id = param(ctx, 'id');
      const bytes = ctx.vault.pdf(accountId, id);
      const meta = ctx.vault.documents(accountId).documents.find((d) => d.id === id);
      return bytes && meta ? { kind: 'pdf', bytes, filename: documentFileName(meta) } : notFound('document');
    }),
    malformed: () => ({ pdf: 'JVBERi0xLjQK' }),
  },
  {
    method: 'post',
    path: `${VAULT_DOCUMENTS_PATH}/:id/archive`,
    idempotent: true,
    answer: signedIn((accountId, ctx) => documentAnswer(ctx.vault.archive(accountId, param(ctx, 'id')))),
    malformed: () => ({ archived: 'oui' }),
  },
  {
    method: 'post',
    path: `${VAULT_DOCUMENTS_PATH}/:id/restore`,
    idempotent: true,
    answer: signedIn((accountId, ctx) => documentAnswer(ctx.vault.restore(accountId, param(ctx, 'id')))),
    malformed: () => ({ archived: 'non' }),
  },
  {
    method: 'post',
    path: `${VAULT_DOCUMENTS_PATH}/:id/move`,
    idempotent: true,
    answer: signedIn((accountId, ctx) =>
      withBody(MoveDocumentRequest, ({ folderId }, { vault }) => documentAnswer(vault.move(accountId, param(ctx, 'id'), folderId)))(ctx),
    ),
    malformed: () => ({ folderId: 7 }),
  },

  // VA-PAPER
  {
    method: 'post',
    path: VAULT_PAPER_REQUESTS_PATH,
    public: true,
    answer: withBody(PaperRequest, ({ identifier, password, employer }, { vault }) => {
      const r = vault.draftPaperRequest(identifier, password, employer);
      if ('kind' in r) return r.kind === 'refused' ? INVALID_CREDENTIALS : lockedAnswer(r.lockedUntil, vault.now());
      return ok(r, 201);
    }),
    malformed: () => ({ draft: true }),
  },
  {
    method: 'post',
    path: VAULT_PAPER_CONFIRM_PATH,
    public: true,
    idempotent: true,
    answer: withBody(PaperRequestConfirm, ({ draftId }, { vault }) => {
      const r = vault.confirmPaperRequest(draftId);
      if (!r) return notFound('request');
      if ('kind' in r) return fail(410, 'challenge-expired', 'Request expired', 'The confirmation came too late: start the request again.');
      return ok(r, 201);
    }),
    malformed: () => ({ reference: 123, requestedAt: 'hier' }),
  },
];

/** VA — every route of the vault, for `createHandlers`. */
export function vaultRoutes(): RouteDefinition[] {
  return HANDLERS.map(toRoute);
}
