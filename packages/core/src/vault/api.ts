/**
 * VA — typed calls of the payslip vault through the shared client.
 *
 * - Public routes (login, reset, lost identifier, activation, paper request) send no provider
 *   token and never replay a 401 (`auth: 'none'`): a login attempt counts, so it is sent once.
 * - Private routes (profile, documents) send the vault session as `Authorization: Bearer` (the
 *   session the login returned, held in memory by the widget); without one, the provider's token.
 * - Secrets (passwords, codes, link tokens) travel in request bodies only: never in a path or a
 *   query string, so they never appear in `ApiError.request`, a server log or the console. No
 *   function here logs anything.
 * - A POST carries an `Idempotency-Key` (and so may be retried by the client) only where a
 *   retry is safe: never on a credential check (login, code, paper request step 1), whose every
 *   attempt counts; on the requests that create or change something once (reset request, lost
 *   identifier, activation, new password, paper confirmation, archive, move). Give the same key
 *   to retry the same submission after a failure; by default each call gets a fresh one.
 */
import type { RequestAuth, RequestOptions, VigieClient } from '../api/client.js';
import { newIdempotencyKey } from '../api/idempotency.js';
import { callRoute, pathOf } from '../shared/contract.js';
import { VAULT_ROUTES as R } from './routes.js';
import type {
  Accepted,
  ActivationStatusResponse,
  CodeSent,
  DocumentsResponse,
  EmailConfirmed,
  LinkStatusResponse,
  LoginResponse,
  PaperRequestConfirmation,
  PaperRequestDraft,
  SignedIn,
  VaultDocument,
  VaultProfile,
  ActivationRequest,
  EmailChangeRequest,
  IdentifierRecoveryRequest,
  PaperRequest,
  PasswordChangeRequest,
  VaultSession,
} from './schemas.js';

// ── Paths ───────────────────────────────────────────────────────────────────

export const VAULT_LOGIN_PATH = R.login.path;
export const VAULT_SECOND_FACTOR_PATH = R.secondFactor.path;
export const VAULT_SECOND_FACTOR_RESEND_PATH = R.secondFactorResend.path;
export const VAULT_NEW_PASSWORD_PATH = R.newPassword.path;
export const VAULT_LOGOUT_PATH = R.logout.path;
export const VAULT_RESET_REQUEST_PATH = R.resetRequest.path;
export const VAULT_RESET_STATUS_PATH = R.resetStatus.path;
export const VAULT_RESET_PATH = R.reset.path;
export const VAULT_IDENTIFIER_RECOVERY_PATH = R.identifierRecovery.path;
export const VAULT_ACTIVATION_STATUS_PATH = R.activationStatus.path;
export const VAULT_ACTIVATION_CODE_PATH = R.activationCode.path;
export const VAULT_ACTIVATION_PATH = R.activate.path;
export const VAULT_PROFILE_PATH = R.profile.path;
export const VAULT_PROFILE_EMAIL_PATH = R.profileEmail.path;
export const VAULT_EMAIL_CONFIRMATION_PATH = R.emailConfirmation.path;
export const VAULT_PROFILE_PASSWORD_PATH = R.profilePassword.path;
export const VAULT_DOCUMENTS_PATH = R.documents.path;
export const VAULT_PAPER_REQUESTS_PATH = R.paperRequest.path;
export const VAULT_PAPER_CONFIRM_PATH = R.paperConfirm.path;

export const documentPath = (id: string) => `${VAULT_DOCUMENTS_PATH}/${encodeURIComponent(id)}`;
export const documentPdfPath = (id: string) => pathOf(R.documentPdf, { id });
export const archivePath = (id: string) => pathOf(R.archive, { id });
export const restorePath = (id: string) => pathOf(R.restore, { id });
export const movePath = (id: string) => pathOf(R.move, { id });

// ── Options ─────────────────────────────────────────────────────────────────

type Opts = Pick<RequestOptions, 'signal'>;

export interface KeyedOpts extends Opts {
  /** The `Idempotency-Key` of this submission (default: a fresh one). Reuse it to retry the same submission. */
  readonly idempotencyKey?: string;
}

/** The vault session of the private routes: the session object, its token, or nothing (the provider's token). */
export type SessionLike = VaultSession | string | undefined;

export interface SessionOpts extends Opts {
  readonly session?: SessionLike;
}

export interface SessionKeyedOpts extends SessionOpts {
  readonly idempotencyKey?: string;
}

function sessionAuth(session: SessionLike): RequestAuth {
  const token = typeof session === 'string' ? session : session?.token;
  return token ? { bearer: token } : 'provider';
}

/** A fresh `Idempotency-Key` (shared by every service: see `api/idempotency.ts`). */
export { newIdempotencyKey };

/** The signal and key of a session call (its session becomes the `auth`). */
const keyedOf = (opts: SessionKeyedOpts) => ({ signal: opts.signal, idempotencyKey: opts.idempotencyKey });

// ── VA-LOGIN ────────────────────────────────────────────────────────────────

/**
 * VA-LOGIN: one login attempt (sent once, never retried: it counts). Resolves with the next step;
 * rejects with an ApiError: 401 `invalid-credentials` (wrong password or unknown identifier, the
 * same), 423 `locked` with `lockedUntil` (failure kind `locked`). Feed either to the login
 * machine with `loginEventFromResponse` / `loginEventFromError`.
 */
export function vaultLogin(client: VigieClient, identifier: string, password: string, opts: Opts = {}): Promise<LoginResponse> {
  return callRoute(client, R.login, { body: { identifier, password }, ...opts });
}

/** VA-LOGIN: the one-time code of a `second-factor` answer (normalise it first with `normalizeCode`). */
export function verifyVaultCode(client: VigieClient, challenge: string, code: string, opts: Opts = {}): Promise<LoginResponse> {
  return callRoute(client, R.secondFactor, { body: { challenge, code }, ...opts });
}

/** VA-LOGIN: sends a new code (from `resendAt` on; 429 `resend-too-early` before). */
export function resendVaultCode(client: VigieClient, challenge: string, opts: Opts = {}): Promise<CodeSent> {
  return callRoute(client, R.secondFactorResend, { body: { challenge }, ...opts });
}

/** VA-LOSTID: replaces the temporary password of a `must-change-password` answer; then signed in (or a code). */
export function changeVaultTemporaryPassword(
  client: VigieClient,
  challenge: string,
  password: string,
  opts: KeyedOpts = {},
): Promise<LoginResponse> {
  return callRoute(client, R.newPassword, { body: { challenge, password }, ...opts });
}

/**
 * VA-LOGIN, X-SEC: signs out on the server: the session's token is refused (401
 * `session-required`) from then on. Sends that session only, never the provider's token; a 401 is
 * final. Answers 204 even for a session already ended or expired, so it is safe to retry (it
 * carries an `Idempotency-Key`). A widget clears the session in the page whatever this answers.
 */
export async function vaultLogout(client: VigieClient, session: VaultSession | string, opts: KeyedOpts = {}): Promise<void> {
  const token = typeof session === 'string' ? session : session.token;
  await callRoute(client, R.logout, { ...opts, auth: { bearer: token } });
}

// ── VA-RESET ────────────────────────────────────────────────────────────────

/** VA-RESET: asks for a reset link. Always the same 202 answer, whether or not the account exists. */
export function requestVaultPasswordReset(client: VigieClient, identifier: string, email: string, opts: KeyedOpts = {}): Promise<Accepted> {
  return callRoute(client, R.resetRequest, { body: { identifier, email }, ...opts });
}

/** VA-RESET: whether the link's token is still usable (`valid` with its end, `expired`, `used`; 404 unknown). */
export function getVaultResetLinkStatus(client: VigieClient, token: string, opts: Opts = {}): Promise<LinkStatusResponse> {
  // A read: safe to retry, hence a key.
  return callRoute(client, R.resetStatus, { body: { token }, signal: opts.signal });
}

/** VA-RESET: sets the new password (204). 410 `token-expired` / `token-used`; 422 `password-policy`. */
export async function resetVaultPassword(client: VigieClient, token: string, password: string, opts: KeyedOpts = {}): Promise<void> {
  await callRoute(client, R.reset, { body: { token, password }, ...opts });
}

// ── VA-LOSTID ───────────────────────────────────────────────────────────────

/** VA-LOSTID: the seed's form (`toIdentifierRecoveryRequest`). Always the same 202 answer. */
export function recoverVaultIdentifier(client: VigieClient, request: IdentifierRecoveryRequest, opts: KeyedOpts = {}): Promise<Accepted> {
  return callRoute(client, R.identifierRecovery, { body: request, ...opts });
}

// ── VA-ACTIVATE ─────────────────────────────────────────────────────────────

/** VA-ACTIVATE: the invitation behind a link token: valid (with the person to confirm), expired or used; 404 unknown. */
export function getVaultActivationStatus(client: VigieClient, token: string, opts: Opts = {}): Promise<ActivationStatusResponse> {
  return callRoute(client, R.activationStatus, { body: { token }, signal: opts.signal });
}

/** VA-ACTIVATE: sends (or sends again) the SMS code of an invitation that asks for one. */
export function sendVaultActivationCode(client: VigieClient, token: string, opts: Opts = {}): Promise<CodeSent> {
  return callRoute(client, R.activationCode, { body: { token }, ...opts });
}

/** VA-ACTIVATE: activates the vault; signed in on success. 410 expired/used link; 422 policy, code or field. */
export function activateVault(client: VigieClient, request: ActivationRequest, opts: KeyedOpts = {}): Promise<SignedIn> {
  return callRoute(client, R.activate, { body: request, ...opts });
}

// ── VA-PROFILE ──────────────────────────────────────────────────────────────

export function getVaultProfile(client: VigieClient, opts: SessionOpts = {}): Promise<VaultProfile> {
  return callRoute(client, R.profile, { signal: opts.signal, auth: sessionAuth(opts.session) });
}

/**
 * VA-PROFILE (seed 002, question 2), X-SEC: asks to change the personal e-mail (also the second
 * identifier), with the current password. Resolves with the profile, whose `email` is unchanged
 * and whose `pendingEmail` is the new one, until its owner follows the link e-mailed to it
 * (`confirmVaultEmail`). Rejects with 422 `invalid-current-password` (which counts toward the
 * account's lock), 423 `locked` (failure kind `locked`), 422 `validation`. Sent once, never
 * retried: like a login, every password check counts.
 */
export function changeVaultEmail(client: VigieClient, request: EmailChangeRequest, opts: SessionOpts = {}): Promise<VaultProfile> {
  return callRoute(client, R.profileEmail, { body: request, signal: opts.signal, auth: sessionAuth(opts.session) });
}

/**
 * VA-PROFILE, X-SEC: follows the e-mailed confirmation link (its token in the body, never in a
 * URL): the pending e-mail becomes the account's, and a login. Public (the link may be opened
 * where nobody is signed in). Rejects with 404 `token-unknown`, 410 `token-expired` / `token-used`,
 * 422 `email-unavailable` (another vault has this address by now). Safe to retry (keyed).
 */
export function confirmVaultEmail(client: VigieClient, token: string, opts: KeyedOpts = {}): Promise<EmailConfirmed> {
  return callRoute(client, R.emailConfirmation, { body: { token }, ...opts });
}

/** VA-PROFILE (seed 002, question 3): current password + new one (204). 422 `invalid-current-password` / `password-policy`. */
export async function changeVaultPassword(client: VigieClient, request: PasswordChangeRequest, opts: SessionKeyedOpts = {}): Promise<void> {
  await callRoute(client, R.profilePassword, { body: request, ...keyedOf(opts), auth: sessionAuth(opts.session) });
}

// ── VA-DOCS ─────────────────────────────────────────────────────────────────

/** VA-DOCS: every folder and document of the vault (sort and group them with documents.ts). */
export function listVaultDocuments(client: VigieClient, opts: SessionOpts = {}): Promise<DocumentsResponse> {
  return callRoute(client, R.documents, { signal: opts.signal, auth: sessionAuth(opts.session) });
}

/** VA-DOCS: archives a document; returns it. Archiving twice is harmless (safe to retry). */
export function archiveVaultDocument(client: VigieClient, id: string, opts: SessionKeyedOpts = {}): Promise<VaultDocument> {
  return callRoute(client, R.archive, { params: { id }, ...keyedOf(opts), auth: sessionAuth(opts.session) });
}

/** VA-DOCS: takes a document out of the archives; returns it. */
export function restoreVaultDocument(client: VigieClient, id: string, opts: SessionKeyedOpts = {}): Promise<VaultDocument> {
  return callRoute(client, R.restore, { params: { id }, ...keyedOf(opts), auth: sessionAuth(opts.session) });
}

/** VA-DOCS: files a document into another folder; returns it. */
export function moveVaultDocument(client: VigieClient, id: string, folderId: string, opts: SessionKeyedOpts = {}): Promise<VaultDocument> {
  return callRoute(client, R.move, { params: { id }, body: { folderId }, ...keyedOf(opts), auth: sessionAuth(opts.session) });
}

/**
 * VA-DOCS: the PDF of a document, as a Blob of type application/pdf (open it with
 * `URL.createObjectURL` to show, download or print it; revoke the URL afterwards). Fetched with
 * the session, so the file never needs a public URL.
 */
export function fetchVaultDocumentPdf(client: VigieClient, document: { readonly pdfUrl: string }, opts: SessionOpts = {}): Promise<Blob> {
  return callRoute(client, R.documentPdf, { url: document.pdfUrl, signal: opts.signal, auth: sessionAuth(opts.session) });
}

// ── VA-PAPER ────────────────────────────────────────────────────────────────

/**
 * VA-PAPER step 1: checks the credentials (like a login: sent once, 401 / 423 alike) and returns
 * the draft to confirm. Nothing is requested yet.
 */
export function draftPaperRequest(client: VigieClient, request: PaperRequest, opts: Opts = {}): Promise<PaperRequestDraft> {
  return callRoute(client, R.paperRequest, { body: request, ...opts });
}

/** VA-PAPER step 2: confirms the draft; returns the printable confirmation (safe to retry with the same key). */
export function confirmPaperRequest(client: VigieClient, draftId: string, opts: KeyedOpts = {}): Promise<PaperRequestConfirmation> {
  return callRoute(client, R.paperConfirm, { body: { draftId }, ...opts });
}
