/**
 * VA — the vault's part of the OpenAPI document (components and paths), generated from the
 * zod schemas and the contract table (`routes.ts`): only the prose is written here; `openapi.ts` composes it with the other services. Not exported from the vault's
 * entry: only the document needs it.
 */
import { componentSchemas, pathsOf, type OperationDoc, type ProblemDoc, type SchemaOverrides } from '../shared/openapi-builders.js';
import { VAULT_PROBLEMS, type VaultProblemName } from './problems.js';
import { VAULT_ROUTES, type VaultRouteName } from './routes.js';
import { LOCK_AFTER_FAILURES, LOCK_DURATION_MINUTES } from './lockout.js';
import { CODE_VALIDITY_MINUTES, MAX_CODE_ATTEMPTS, RESEND_COOLDOWN_SECONDS } from './one-time-code.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import { ACTIVATION_LINK_VALID_DAYS, RESET_LINK_VALID_HOURS } from './activation.js';
import { EMAIL_CONFIRMATION_LINK_VALID_HOURS } from './email-change.js';
import * as S from './schemas.js';

const POLICY = `At least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters counted in Unicode code points (as JSON Schema counts them); no composition rule; never trimmed. The server also refuses (NIST SP 800-63B) a password from its list of common ones, matched case-insensitively (issue \`common\`), the current password (\`same-as-current\`) and, on the must-change step, the temporary password (\`same-as-temporary\`).`;

/** The new password's policy, in words (a refinement a JSON Schema cannot say). */
const OVERRIDES: SchemaOverrides = new Map([
  [S.NewPassword, { type: 'string', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: POLICY }],
]);

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

/** What each problem type means, in the document (its status, title and type URI are in `problems.ts`). */
const PROBLEM_DOCS: Record<VaultProblemName, ProblemDoc<Component>> = {
  invalidCredentials: {
    description: 'Wrong password OR unknown identifier: the same status and body for both, so the answer never tells which accounts exist',
    schema: 'VaultInvalidCredentialsProblem',
  },
  locked: {
    description: `The account is locked (with \`lockedUntil\`): ${LOCK_AFTER_FAILURES} consecutive failures lock it for ${LOCK_DURATION_MINUTES} minutes. Failures are counted per ACCOUNT when the identifier designates one (its 12-digit identifier and its e-mail share one count, and the lock refuses both), and per normalised identifier when none does, with the same answers at the same attempts, so the lock never tells which identifiers exist. Other checks of the account's password (the paper request, the current password of an e-mail change) count toward the same lock; the attempt that makes the ${LOCK_AFTER_FAILURES}rd failure already answers 423; while locked even the right password gets 423`,
    schema: 'VaultLockedProblem',
  },
  invalidCode: { description: 'Wrong one-time code (with `attemptsLeft`)', schema: 'VaultInvalidCodeProblem' },
  challengeExpired: {
    description: 'The challenge (or the paper request draft) is over: code expired, too many wrong codes, or unknown: start again',
  },
  resendTooEarly: {
    description: 'Asked before `resendAt` (with `resendAt` and a `Retry-After` header)',
    schema: 'VaultResendTooEarlyProblem',
  },
  passwordPolicy: { description: `The new password breaks the policy (with \`issues\`). ${POLICY}`, schema: 'VaultPasswordPolicyProblem' },
  validation: { description: 'A field is missing or malformed (with `errors`)', schema: 'VaultValidationProblem' },
  tokenExpired: { description: 'The e-mailed link is past its validity' },
  tokenUsed: { description: 'The e-mailed link was already used' },
  tokenUnknown: { description: 'No such link token' },
  invalidCurrentPassword: { description: "Wrong current password (counts toward the account's lock)" },
  emailUnavailable: { description: 'Another vault uses this address by now' },
  sessionRequired: { description: 'No vault session or an expired one: sign in again' },
  notFound: { description: 'No such document, folder or draft on this account' },
  noSmsCode: { description: 'This invitation asks for no SMS code' },
};

/** The prose of each operation (the rest comes from the table). */
const DOCS: Record<VaultRouteName, OperationDoc> = {
  login: {
    operationId: 'vaultLogin',
    summary: 'VA-LOGIN: one login attempt with the 12-digit identifier or the personal e-mail. Never retried by the client.',
    ok: 'Signed in, or the next step: second factor, or a temporary password to replace',
  },
  secondFactor: {
    operationId: 'vaultVerifySecondFactor',
    summary: `VA-LOGIN: the one-time code of a second-factor answer (6 digits, valid ${CODE_VALIDITY_MINUTES} minutes, ${MAX_CODE_ATTEMPTS} wrong codes end the challenge)`,
    ok: 'Signed in, or a temporary password to replace',
  },
  secondFactorResend: {
    operationId: 'vaultResendSecondFactorCode',
    summary: `VA-LOGIN: sends a new code, at most every ${RESEND_COOLDOWN_SECONDS} seconds (the previous code stops working)`,
    ok: 'The new code was sent',
  },
  newPassword: {
    operationId: 'vaultChangeTemporaryPassword',
    summary: 'VA-LOSTID: replaces the temporary password of a must-change-password answer, then signs in',
    ok: 'Signed in (or a second factor)',
  },
  logout: {
    operationId: 'vaultLogout',
    summary:
      'VA-LOGIN, X-SEC: signs out: ends the vault session given as bearer on the server; its token is refused (401 `/problems/session-required`) from then on. No body. Idempotent: a session already ended or expired also answers 204.',
    ok: 'Signed out: the token no longer opens anything',
  },
  resetRequest: {
    operationId: 'vaultRequestPasswordReset',
    summary: `VA-RESET: asks for a reset link by e-mail (valid ${RESET_LINK_VALID_HOURS} h). Always the same 202, whether or not the account exists.`,
    ok: 'Accepted (the same answer for every identifier and e-mail)',
  },
  resetStatus: {
    operationId: 'vaultPasswordResetStatus',
    summary: 'VA-RESET: whether a reset link is usable (the token travels in the body, never in a URL). A read: safe to retry.',
    ok: 'valid (with expiresAt), expired, or used',
  },
  reset: {
    operationId: 'vaultResetPassword',
    summary: 'VA-RESET: sets the new password with the link token; the link is used up, and the identifiers of the account are unlocked',
    ok: 'Changed: sign in again with the new password',
  },
  identifierRecovery: {
    operationId: 'vaultRecoverIdentifier',
    summary:
      'VA-LOSTID: the lost-identifier form of seed 002. Always the same 202; a known person receives a new identifier and a temporary password by e-mail.',
    ok: 'Accepted (the same answer whether or not the person is known)',
  },
  activationStatus: {
    operationId: 'vaultActivationStatus',
    summary: `VA-ACTIVATE: the invitation behind a link token (valid ${ACTIVATION_LINK_VALID_DAYS} days): valid with the person to confirm, expired, or used. A read: safe to retry.`,
    ok: 'The invitation',
  },
  activationCode: {
    operationId: 'vaultSendActivationCode',
    summary: 'VA-ACTIVATE: sends the SMS code of an invitation that asks for one (again from `resendAt`)',
    ok: 'Sent',
  },
  activate: {
    operationId: 'vaultActivate',
    summary:
      'VA-ACTIVATE: chooses the password, confirms the personal information, accepts the terms (and the SMS code when asked); signs in',
    ok: 'Activated and signed in',
  },
  profile: { operationId: 'vaultGetProfile', summary: 'VA-PROFILE: the signed-in person', ok: 'The profile' },
  profileEmail: {
    operationId: 'vaultChangeEmail',
    summary: `VA-PROFILE, X-SEC: asks to change the personal e-mail (also the second identifier), with the current password. A link valid ${EMAIL_CONFIRMATION_LINK_VALID_HOURS} h is e-mailed to the new address (and a notice to the current one); the new address becomes a login only once the link is followed, and the profile shows it as \`pendingEmail\` meanwhile. The same answer whether or not another vault has that address (no enumeration). A wrong password counts toward the account's lock like a login attempt, so the client never retries this request.`,
    ok: 'The profile: `email` unchanged, `pendingEmail` the new one',
  },
  emailConfirmation: {
    operationId: 'vaultConfirmEmail',
    summary: `VA-PROFILE, X-SEC: follows the e-mailed confirmation link (valid ${EMAIL_CONFIRMATION_LINK_VALID_HOURS} h; its token in the body, never in a URL): the pending e-mail becomes the account's and a login, the previous one stops being one. A newer request replaces an older link (which then answers expired).`,
    ok: 'Confirmed: the new e-mail',
  },
  profilePassword: { operationId: 'vaultChangePassword', summary: 'VA-PROFILE: changes the password (current + new)', ok: 'Changed' },
  documents: {
    operationId: 'vaultListDocuments',
    summary: 'VA-DOCS: every folder and document of the vault (the client sorts: « Bulletins de paie » first, years newest first)',
    ok: 'Folders and documents',
  },
  documentPdf: {
    operationId: 'vaultDocumentPdf',
    summary: 'VA-DOCS: the PDF of a document (the `pdfUrl` of the document), with the vault session',
    ok: 'The PDF',
  },
  archive: { operationId: 'vaultArchiveDocument', summary: 'VA-DOCS: archives a document (idempotent)', ok: 'The document, archived' },
  restore: {
    operationId: 'vaultRestoreDocument',
    summary: 'VA-DOCS: takes a document out of the archives (idempotent)',
    ok: 'The document, current again',
  },
  move: {
    operationId: 'vaultMoveDocument',
    summary: 'VA-DOCS: files a document into another folder (idempotent)',
    ok: 'The document, in its new folder',
  },
  paperRequest: {
    operationId: 'vaultDraftPaperRequest',
    summary: 'VA-PAPER step 1: checks the credentials exactly like a login (same 401, same lock) and returns the draft to confirm',
    ok: 'The draft to confirm',
  },
  paperConfirm: {
    operationId: 'vaultConfirmPaperRequest',
    summary: 'VA-PAPER step 2: confirms the draft; the printable confirmation',
    ok: 'Recorded',
  },
};

export function vaultPaths() {
  return pathsOf({
    tag: 'vault',
    routes: VAULT_ROUTES,
    problems: VAULT_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: PROBLEM_DOCS,
  });
}
