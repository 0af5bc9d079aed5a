/**
 * VA — the vault's part of the OpenAPI document (components and paths), generated from the
 * zod schemas; `openapi.ts` composes it with the other services. Not exported from the vault's
 * entry: only the document needs it.
 */
import { componentSchemas, idempotencyKey, idParameter, openApiBuilders, PUBLIC, type SchemaOverrides } from '../shared/openapi-builders.js';
import {
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
} from './api.js';
import { LOCK_AFTER_FAILURES, LOCK_DURATION_MINUTES } from './lockout.js';
import { CODE_VALIDITY_MINUTES, MAX_CODE_ATTEMPTS, RESEND_COOLDOWN_SECONDS } from './one-time-code.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import { ACTIVATION_LINK_VALID_DAYS, RESET_LINK_VALID_HOURS } from './activation.js';
import { EMAIL_CONFIRMATION_LINK_VALID_HOURS } from './email-change.js';
import * as S from './schemas.js';

const POLICY = `At least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters counted in Unicode code points (as JSON Schema counts them); no composition rule; never trimmed. The server also refuses (NIST SP 800-63B) a password from its list of common ones, matched case-insensitively (issue \`common\`), the current password (\`same-as-current\`) and, on the must-change step, the temporary password (\`same-as-temporary\`).`;

/** The new password's policy, in words (a refinement a JSON Schema cannot say). */
const OVERRIDES: SchemaOverrides = new Map([[S.NewPassword, { type: 'string', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: POLICY }]]);

/** Every vault schema, by component name. */
const COMPONENTS = {
  VaultLoginRequest: S.LoginRequest,
  VaultLoginResponse: S.LoginResponse,
  VaultSignedIn: S.SignedIn,
  VaultSession: S.VaultSession,
  VaultSecondFactorVerifyRequest: S.SecondFactorVerifyRequest,
  VaultChallengeRequest: S.ChallengeRequest,
  VaultCodeSent: S.CodeSent,
  VaultTemporaryPasswordChangeRequest: S.TemporaryPasswordChangeRequest,
  VaultPasswordResetRequest: S.PasswordResetRequest,
  VaultLinkTokenRequest: S.LinkTokenRequest,
  VaultLinkStatusResponse: S.LinkStatusResponse,
  VaultPasswordResetConfirm: S.PasswordResetConfirm,
  VaultAccepted: S.Accepted,
  VaultIdentifierRecoveryRequest: S.IdentifierRecoveryRequest,
  VaultActivationStatusResponse: S.ActivationStatusResponse,
  VaultActivationRequest: S.ActivationRequest,
  VaultProfile: S.VaultProfile,
  VaultEmailChangeRequest: S.EmailChangeRequest,
  VaultPasswordChangeRequest: S.PasswordChangeRequest,
  VaultEmailConfirmed: S.EmailConfirmed,
  VaultDocumentsResponse: S.DocumentsResponse,
  VaultDocument: S.VaultDocument,
  VaultFolder: S.VaultFolder,
  VaultMoveDocumentRequest: S.MoveDocumentRequest,
  VaultPaperRequest: S.PaperRequest,
  VaultPaperRequestDraft: S.PaperRequestDraft,
  VaultPaperRequestConfirm: S.PaperRequestConfirm,
  VaultPaperRequestConfirmation: S.PaperRequestConfirmation,
  VaultInvalidCredentialsProblem: S.InvalidCredentialsProblem,
  VaultLockedProblem: S.LockedProblem,
  VaultInvalidCodeProblem: S.InvalidCodeProblem,
  VaultResendTooEarlyProblem: S.ResendTooEarlyProblem,
  VaultPasswordPolicyProblem: S.PasswordPolicyProblem,
  VaultValidationProblem: S.ValidationProblem,
} as const;
type Component = keyof typeof COMPONENTS;

export function vaultComponents(): Record<Component, Record<string, unknown>> {
  return componentSchemas(COMPONENTS, OVERRIDES);
}

const { json, problem, body, operation } = openApiBuilders<Component>('vault');
const documentId = idParameter;
const PRIVATE_401 = problem('No vault session or an expired one (`/problems/session-required`): sign in again');
const INVALID = problem('A field is missing or malformed (`/problems/validation`, with `errors`)', 'VaultValidationProblem');
const DEFAULT = problem('Any other failure');

const LOGIN_PROBLEMS = {
  '401': problem(
    'Wrong password OR unknown identifier: the same status and body for both (`/problems/invalid-credentials`), so the answer never tells which accounts exist',
    'VaultInvalidCredentialsProblem',
  ),
  '423': problem(
    `The account is locked (\`/problems/locked\`, with \`lockedUntil\`): ${LOCK_AFTER_FAILURES} consecutive failures lock it for ${LOCK_DURATION_MINUTES} minutes. Failures are counted per ACCOUNT when the identifier designates one (its 12-digit identifier and its e-mail share one count, and the lock refuses both), and per normalised identifier when none does, with the same answers at the same attempts, so the lock never tells which identifiers exist. Other checks of the account's password (the paper request, the current password of an e-mail change) count toward the same lock; the attempt that makes the ${LOCK_AFTER_FAILURES}rd failure already answers 423; while locked even the right password gets 423`,
    'VaultLockedProblem',
  ),
};
const CHALLENGE_GONE = problem('The challenge is over (`/problems/challenge-expired`): code expired, too many wrong codes, or unknown: sign in again');
const TOKEN_GONE = problem('The link expired (`/problems/token-expired`) or was already used (`/problems/token-used`)');
const TOKEN_UNKNOWN = problem('No such link token (`/problems/token-unknown`)');
const POLICY_422 = problem(`The new password breaks the policy (\`/problems/password-policy\`, with \`issues\`). ${POLICY}`, 'VaultPasswordPolicyProblem');

const post = (operationId: string, summary: string, request: Component | undefined, responses: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  post: operation(operationId, summary, request, responses, extra),
});

export function vaultPaths() {
  return {
    [`/${VAULT_LOGIN_PATH}`]: post(
      'vaultLogin',
      'VA-LOGIN: one login attempt with the 12-digit identifier or the personal e-mail. Never retried by the client.',
      'VaultLoginRequest',
      { '200': json('VaultLoginResponse', 'Signed in, or the next step: second factor, or a temporary password to replace'), ...LOGIN_PROBLEMS, '422': INVALID },
      PUBLIC,
    ),
    [`/${VAULT_SECOND_FACTOR_PATH}`]: post(
      'vaultVerifySecondFactor',
      `VA-LOGIN: the one-time code of a second-factor answer (6 digits, valid ${CODE_VALIDITY_MINUTES} minutes, ${MAX_CODE_ATTEMPTS} wrong codes end the challenge)`,
      'VaultSecondFactorVerifyRequest',
      {
        '200': json('VaultLoginResponse', 'Signed in, or a temporary password to replace'),
        '410': CHALLENGE_GONE,
        '422': problem('Wrong code (`/problems/invalid-code`, with `attemptsLeft`)', 'VaultInvalidCodeProblem'),
        '423': LOGIN_PROBLEMS['423'],
      },
      PUBLIC,
    ),
    [`/${VAULT_SECOND_FACTOR_RESEND_PATH}`]: post(
      'vaultResendSecondFactorCode',
      `VA-LOGIN: sends a new code, at most every ${RESEND_COOLDOWN_SECONDS} seconds (the previous code stops working)`,
      'VaultChallengeRequest',
      {
        '200': json('VaultCodeSent', 'The new code was sent'),
        '410': CHALLENGE_GONE,
        '429': problem('Asked before `resendAt` (`/problems/resend-too-early`, with `resendAt` and a `Retry-After` header)', 'VaultResendTooEarlyProblem'),
      },
      PUBLIC,
    ),
    [`/${VAULT_NEW_PASSWORD_PATH}`]: post(
      'vaultChangeTemporaryPassword',
      'VA-LOSTID: replaces the temporary password of a must-change-password answer, then signs in',
      'VaultTemporaryPasswordChangeRequest',
      { '200': json('VaultLoginResponse', 'Signed in (or a second factor)'), '410': CHALLENGE_GONE, '422': POLICY_422 },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
    [`/${VAULT_LOGOUT_PATH}`]: post(
      'vaultLogout',
      'VA-LOGIN, X-SEC: signs out: ends the vault session given as bearer on the server; its token is refused (401 `/problems/session-required`) from then on. No body. Idempotent: a session already ended or expired also answers 204.',
      undefined,
      { '204': { description: 'Signed out: the token no longer opens anything' }, '401': problem('No bearer token sent') },
      { parameters: [idempotencyKey] },
    ),
    [`/${VAULT_RESET_REQUEST_PATH}`]: post(
      'vaultRequestPasswordReset',
      `VA-RESET: asks for a reset link by e-mail (valid ${RESET_LINK_VALID_HOURS} h). Always the same 202, whether or not the account exists.`,
      'VaultPasswordResetRequest',
      { '202': json('VaultAccepted', 'Accepted (the same answer for every identifier and e-mail)'), '422': INVALID },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
    [`/${VAULT_RESET_STATUS_PATH}`]: post(
      'vaultPasswordResetStatus',
      'VA-RESET: whether a reset link is usable (the token travels in the body, never in a URL). A read: safe to retry.',
      'VaultLinkTokenRequest',
      { '200': json('VaultLinkStatusResponse', 'valid (with expiresAt), expired, or used'), '404': TOKEN_UNKNOWN },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
    [`/${VAULT_RESET_PATH}`]: post(
      'vaultResetPassword',
      'VA-RESET: sets the new password with the link token; the link is used up, and the identifiers of the account are unlocked',
      'VaultPasswordResetConfirm',
      { '204': { description: 'Changed: sign in again with the new password' }, '404': TOKEN_UNKNOWN, '410': TOKEN_GONE, '422': POLICY_422 },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
    [`/${VAULT_IDENTIFIER_RECOVERY_PATH}`]: post(
      'vaultRecoverIdentifier',
      'VA-LOSTID: the lost-identifier form of seed 002. Always the same 202; a known person receives a new identifier and a temporary password by e-mail.',
      'VaultIdentifierRecoveryRequest',
      { '202': json('VaultAccepted', 'Accepted (the same answer whether or not the person is known)'), '422': INVALID },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
    [`/${VAULT_ACTIVATION_STATUS_PATH}`]: post(
      'vaultActivationStatus',
      `VA-ACTIVATE: the invitation behind a link token (valid ${ACTIVATION_LINK_VALID_DAYS} days): valid with the person to confirm, expired, or used. A read: safe to retry.`,
      'VaultLinkTokenRequest',
      { '200': json('VaultActivationStatusResponse', 'The invitation'), '404': TOKEN_UNKNOWN },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
    [`/${VAULT_ACTIVATION_CODE_PATH}`]: post(
      'vaultSendActivationCode',
      'VA-ACTIVATE: sends the SMS code of an invitation that asks for one (again from `resendAt`)',
      'VaultLinkTokenRequest',
      {
        '200': json('VaultCodeSent', 'Sent'),
        '404': TOKEN_UNKNOWN,
        '409': problem('This invitation asks for no SMS code'),
        '410': TOKEN_GONE,
        '429': problem('Asked before `resendAt`', 'VaultResendTooEarlyProblem'),
      },
      PUBLIC,
    ),
    [`/${VAULT_ACTIVATION_PATH}`]: post(
      'vaultActivate',
      'VA-ACTIVATE: chooses the password, confirms the personal information, accepts the terms (and the SMS code when asked); signs in',
      'VaultActivationRequest',
      {
        '200': json('VaultSignedIn', 'Activated and signed in'),
        '404': TOKEN_UNKNOWN,
        '410': TOKEN_GONE,
        '422': problem('Password policy (`/problems/password-policy`), wrong SMS code (`/problems/invalid-code`) or a field (`/problems/validation`)'),
      },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
    [`/${VAULT_PROFILE_PATH}`]: {
      get: {
        operationId: 'vaultGetProfile',
        summary: 'VA-PROFILE: the signed-in person',
        tags: ['vault'],
        responses: { '200': json('VaultProfile', 'The profile'), '401': PRIVATE_401, default: DEFAULT },
      },
    },
    [`/${VAULT_PROFILE_EMAIL_PATH}`]: post(
      'vaultChangeEmail',
      `VA-PROFILE, X-SEC: asks to change the personal e-mail (also the second identifier), with the current password. A link valid ${EMAIL_CONFIRMATION_LINK_VALID_HOURS} h is e-mailed to the new address (and a notice to the current one); the new address becomes a login only once the link is followed, and the profile shows it as \`pendingEmail\` meanwhile. The same answer whether or not another vault has that address (no enumeration). A wrong password counts toward the account's lock like a login attempt, so the client never retries this request.`,
      'VaultEmailChangeRequest',
      {
        '200': json('VaultProfile', 'The profile: `email` unchanged, `pendingEmail` the new one'),
        '401': PRIVATE_401,
        '422': problem('Wrong current password (`/problems/invalid-current-password`), or malformed / mismatching / the current address (`/problems/validation`)'),
        '423': LOGIN_PROBLEMS['423'],
      },
    ),
    [`/${VAULT_EMAIL_CONFIRMATION_PATH}`]: post(
      'vaultConfirmEmail',
      `VA-PROFILE, X-SEC: follows the e-mailed confirmation link (valid ${EMAIL_CONFIRMATION_LINK_VALID_HOURS} h; its token in the body, never in a URL): the pending e-mail becomes the account's and a login, the previous one stops being one. A newer request replaces an older link (which then answers expired).`,
      'VaultLinkTokenRequest',
      {
        '200': json('VaultEmailConfirmed', 'Confirmed: the new e-mail'),
        '404': TOKEN_UNKNOWN,
        '410': TOKEN_GONE,
        '422': problem('Another vault uses this address by now (`/problems/email-unavailable`)'),
      },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
    [`/${VAULT_PROFILE_PASSWORD_PATH}`]: post(
      'vaultChangePassword',
      'VA-PROFILE: changes the password (current + new)',
      'VaultPasswordChangeRequest',
      {
        '204': { description: 'Changed' },
        '401': PRIVATE_401,
        '422': problem('Wrong current password (`/problems/invalid-current-password`) or policy (`/problems/password-policy`)'),
      },
      { parameters: [idempotencyKey] },
    ),
    [`/${VAULT_DOCUMENTS_PATH}`]: {
      get: {
        operationId: 'vaultListDocuments',
        summary: 'VA-DOCS: every folder and document of the vault (the client sorts: « Bulletins de paie » first, years newest first)',
        tags: ['vault'],
        responses: { '200': json('VaultDocumentsResponse', 'Folders and documents'), '401': PRIVATE_401, default: DEFAULT },
      },
    },
    [`/${VAULT_DOCUMENTS_PATH}/{id}/pdf`]: {
      get: {
        operationId: 'vaultDocumentPdf',
        summary: 'VA-DOCS: the PDF of a document (the `pdfUrl` of the document), with the vault session',
        tags: ['vault'],
        parameters: [documentId],
        responses: {
          '200': { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
          '401': PRIVATE_401,
          '404': problem('No such document (`/problems/not-found`)'),
          default: DEFAULT,
        },
      },
    },
    [`/${VAULT_DOCUMENTS_PATH}/{id}/archive`]: post(
      'vaultArchiveDocument',
      'VA-DOCS: archives a document (idempotent)',
      undefined,
      { '200': json('VaultDocument', 'The document, archived'), '401': PRIVATE_401, '404': problem('No such document') },
      { parameters: [documentId, idempotencyKey] },
    ),
    [`/${VAULT_DOCUMENTS_PATH}/{id}/restore`]: post(
      'vaultRestoreDocument',
      'VA-DOCS: takes a document out of the archives (idempotent)',
      undefined,
      { '200': json('VaultDocument', 'The document, current again'), '401': PRIVATE_401, '404': problem('No such document') },
      { parameters: [documentId, idempotencyKey] },
    ),
    [`/${VAULT_DOCUMENTS_PATH}/{id}/move`]: post(
      'vaultMoveDocument',
      'VA-DOCS: files a document into another folder (idempotent)',
      'VaultMoveDocumentRequest',
      { '200': json('VaultDocument', 'The document, in its new folder'), '401': PRIVATE_401, '404': problem('No such document or folder') },
      { parameters: [documentId, idempotencyKey] },
    ),
    [`/${VAULT_PAPER_REQUESTS_PATH}`]: post(
      'vaultDraftPaperRequest',
      'VA-PAPER step 1: checks the credentials exactly like a login (same 401, same lock) and returns the draft to confirm',
      'VaultPaperRequest',
      { '201': json('VaultPaperRequestDraft', 'The draft to confirm'), ...LOGIN_PROBLEMS, '422': INVALID },
      PUBLIC,
    ),
    [`/${VAULT_PAPER_CONFIRM_PATH}`]: post(
      'vaultConfirmPaperRequest',
      'VA-PAPER step 2: confirms the draft; the printable confirmation',
      'VaultPaperRequestConfirm',
      { '201': json('VaultPaperRequestConfirmation', 'Recorded'), '410': problem('The draft expired (`/problems/challenge-expired`)') },
      { ...PUBLIC, parameters: [idempotencyKey] },
    ),
  };
}
