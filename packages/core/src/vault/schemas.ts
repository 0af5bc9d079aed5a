/**
 * VA — the API contract of the payslip vault (zod/mini: one schema per body). Requests are
 * validated by the server (the mock uses these very schemas), responses by the client.
 *
 * Conventions:
 * - instants are ISO 8601 date-times with an offset; calendar dates are `YYYY-MM-DD`;
 * - every error is an RFC 9457 problem; the vault's problem types are {@link VAULT_PROBLEM_TYPES};
 * - a wrong password and an unknown identifier get the SAME 401 `/problems/invalid-credentials`
 *   (status and body); a lock is a 423 `/problems/locked` with `lockedUntil`, counted per account
 *   (both identifiers of an account share it) or per identifier when no account has it;
 * - secrets (password, code, link token) only ever travel in request bodies, never in a URL,
 *   so they never reach a server log, a `Referer` or an error message;
 * - a session ends on the server when its owner signs out (`POST vault/logout` with the session as
 *   bearer, no body, 204): its token is refused with 401 `/problems/session-required` from then on.
 */
import * as z from 'zod/mini';
import { EMAIL_PATTERN } from '../shared/text.js';
import { IDENTIFIER_MAX_LENGTH } from './identifier.js';
import { CODE_LENGTH } from './one-time-code.js';
import { isAcceptablePassword, PASSWORD_REFUSALS } from '../shared/password-policy.js';
import { VAULT_PROBLEM_TYPES } from './problems.js';

/** An instant: ISO 8601 date-time with `Z` or an offset. */
const Instant = z.iso.datetime({ offset: true });
const Text = (max = 200) => z.string().check(z.minLength(1), z.maxLength(max));
/** An opaque server-issued value (challenge, link token, draft id): never shown, never stored. */
const Opaque = z.string().check(z.minLength(1), z.maxLength(512));

// ── Problems (the types: VAULT_PROBLEM_TYPES in problems.ts) ─────────────────

const problemFields = <T extends string>(type: T, status: number) => ({
  type: z.literal(type),
  title: z.string(),
  status: z.literal(status),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
});

/** VA-LOGIN: the one answer to a wrong password AND to an unknown identifier. */
export const InvalidCredentialsProblem = z.object(problemFields(VAULT_PROBLEM_TYPES.invalidCredentials, 401));
export type InvalidCredentialsProblem = z.infer<typeof InvalidCredentialsProblem>;

/** VA-LOGIN: the account (every identifier of it), or the unknown identifier, is locked until `lockedUntil` (the client maps 423 to failure kind `locked`). */
export const LockedProblem = z.object({ ...problemFields(VAULT_PROBLEM_TYPES.locked, 423), lockedUntil: Instant });
export type LockedProblem = z.infer<typeof LockedProblem>;

/** A wrong one-time code; `attemptsLeft` for a login challenge (absent where codes are not counted, e.g. activation). */
export const InvalidCodeProblem = z.object({
  ...problemFields(VAULT_PROBLEM_TYPES.invalidCode, 422),
  attemptsLeft: z.optional(z.int().check(z.gte(0))),
});
export const ResendTooEarlyProblem = z.object({ ...problemFields(VAULT_PROBLEM_TYPES.resendTooEarly, 429), resendAt: Instant });
/** A refused new password and why (length, mismatch, and the server's own: `common`, `same-as-current`, `same-as-temporary`). */
export const PasswordPolicyProblem = z.object({
  ...problemFields(VAULT_PROBLEM_TYPES.passwordPolicy, 422),
  issues: z.array(z.enum(PASSWORD_REFUSALS)),
});
/** A field of a form and what is wrong with it (`FieldIssueCode` of forms.ts for the vault's own forms). */
export const FieldError = z.object({ field: z.string(), issue: z.string() });
export type FieldError = z.infer<typeof FieldError>;
export const ValidationProblem = z.object({ ...problemFields(VAULT_PROBLEM_TYPES.validation, 422), errors: z.array(FieldError) });

// ── Shared pieces ───────────────────────────────────────────────────────────

/** VA-LOGIN: the 12-digit identifier or the personal e-mail, as typed (the server normalises it). */
export const Identifier = z.string().check(z.minLength(1), z.maxLength(IDENTIFIER_MAX_LENGTH));
/** A password being checked (login, current password): any non-empty string; never logged. */
export const Password = z.string().check(z.minLength(1), z.maxLength(1024));
/** VA-ACTIVATE / VA-RESET / VA-PROFILE: a new password, by the policy (11 to 128 code points). */
export const NewPassword = z
  .string()
  .check(z.refine(isAcceptablePassword, { message: 'The password breaks the policy (11 to 128 characters)' }));
/** A one-time code: exactly 6 digits once normalised (`normalizeCode`). */
export const OneTimeCode = z.string().check(z.regex(new RegExp(`^\\d{${CODE_LENGTH}}$`)));
export const Email = z.string().check(z.minLength(3), z.maxLength(IDENTIFIER_MAX_LENGTH), z.regex(EMAIL_PATTERN));

export const SECOND_FACTOR_CHANNELS = ['sms', 'email'] as const;
export const SecondFactorChannel = z.enum(SECOND_FACTOR_CHANNELS);
export type SecondFactorChannel = z.infer<typeof SecondFactorChannel>;

/** Who is signed in (for the greeting; nothing secret). */
export const VaultUser = z.object({ firstName: z.string(), lastName: z.string() });
export type VaultUser = z.infer<typeof VaultUser>;

/**
 * A vault session: `token` goes as `Authorization: Bearer …` on the vault's private routes.
 * Held in memory only (never in storage, an attribute or a URL).
 */
export const VaultSession = z.object({ token: Opaque, expiresAt: Instant, user: VaultUser });
export type VaultSession = z.infer<typeof VaultSession>;

/** A code has been sent: where (masked) and its deadlines. */
export const CodeSent = z.object({
  channel: SecondFactorChannel,
  /** Masked destination, e.g. `06 •• •• •• 32` or `p•••@example.fr`. */
  destination: Text(254),
  expiresAt: Instant,
  resendAt: Instant,
});
export type CodeSent = z.infer<typeof CodeSent>;

/** Requests carrying an e-mailed link's token (in the body, never in the URL). */
export const LinkTokenRequest = z.object({ token: Opaque });
export type LinkTokenRequest = z.infer<typeof LinkTokenRequest>;

/** The one answer to requests that must not reveal whether an account exists (VA-RESET, VA-LOSTID). */
export const Accepted = z.object({ status: z.literal('accepted') });
export type Accepted = z.infer<typeof Accepted>;

// ── VA-LOGIN ────────────────────────────────────────────────────────────────

export const LoginRequest = z.object({ identifier: Identifier, password: Password });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const SignedIn = z.object({ kind: z.literal('signed-in'), session: VaultSession });
export type SignedIn = z.infer<typeof SignedIn>;

/** The password was right; a code was sent and must be given (`challenge` names this login attempt). */
export const SecondFactorRequired = z.object({
  kind: z.literal('second-factor'),
  challenge: Opaque,
  channel: SecondFactorChannel,
  destination: Text(254),
  expiresAt: Instant,
  resendAt: Instant,
});
export type SecondFactorRequired = z.infer<typeof SecondFactorRequired>;

/** The password was a temporary one (VA-LOSTID): a new one must be chosen before going in. */
export const PasswordChangeRequired = z.object({ kind: z.literal('must-change-password'), challenge: Opaque, expiresAt: Instant });
export type PasswordChangeRequired = z.infer<typeof PasswordChangeRequired>;

/** VA-LOGIN: the answer of every login step (password, code, new temporary password). */
export const LoginResponse = z.discriminatedUnion('kind', [SignedIn, SecondFactorRequired, PasswordChangeRequired]);
export type LoginResponse = z.infer<typeof LoginResponse>;

export const SecondFactorVerifyRequest = z.object({ challenge: Opaque, code: OneTimeCode });
export type SecondFactorVerifyRequest = z.infer<typeof SecondFactorVerifyRequest>;
export const ChallengeRequest = z.object({ challenge: Opaque });
export type ChallengeRequest = z.infer<typeof ChallengeRequest>;
export const TemporaryPasswordChangeRequest = z.object({ challenge: Opaque, password: NewPassword });
export type TemporaryPasswordChangeRequest = z.infer<typeof TemporaryPasswordChangeRequest>;

// ── VA-RESET ────────────────────────────────────────────────────────────────

export const PasswordResetRequest = z.object({ identifier: Identifier, email: Email });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

export const LinkStatusResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('valid'), expiresAt: Instant }),
  z.object({ status: z.literal('expired') }),
  z.object({ status: z.literal('used') }),
]);
export type LinkStatusResponse = z.infer<typeof LinkStatusResponse>;

export const PasswordResetConfirm = z.object({ token: Opaque, password: NewPassword });
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirm>;

// ── VA-LOSTID ───────────────────────────────────────────────────────────────

/** VA-LOSTID: every field of the seed's form (all required; the rules are `checkIdentifierRecovery`). */
export const IdentifierRecoveryRequest = z.object({
  lastName: Text(),
  firstName: Text(),
  birthTown: Text(),
  /** 1 = January … 12 = December. */
  birthMonth: z.int().check(z.gte(1), z.lte(12)),
  mobilePhone: Text(30),
  email: Email,
  emailConfirmation: Email,
  /** The « numéro privé » of the seed's form. */
  privateNumber: Text(50),
  privacyPolicyAccepted: z.literal(true),
});
export type IdentifierRecoveryRequest = z.infer<typeof IdentifierRecoveryRequest>;

// ── VA-ACTIVATE ─────────────────────────────────────────────────────────────

export const ActivationPerson = z.object({ firstName: Text(), lastName: Text(), email: Email });
export type ActivationPerson = z.infer<typeof ActivationPerson>;

export const ActivationStatusResponse = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('valid'),
    expiresAt: Instant,
    /** The personal information to confirm (and correct if needed). */
    person: ActivationPerson,
    employer: z.optional(z.string()),
    /** Present when a code sent by SMS must be confirmed: the masked number it goes to. */
    smsCodeDestination: z.optional(z.string()),
  }),
  z.object({ status: z.literal('expired'), expiredAt: Instant }),
  z.object({ status: z.literal('used') }),
]);
export type ActivationStatusResponse = z.infer<typeof ActivationStatusResponse>;

export const ActivationRequest = z.object({
  token: Opaque,
  password: NewPassword,
  person: ActivationPerson,
  termsAccepted: z.literal(true),
  /** Required when the status gave `smsCodeDestination`. */
  smsCode: z.optional(OneTimeCode),
});
export type ActivationRequest = z.infer<typeof ActivationRequest>;

// ── VA-PROFILE ──────────────────────────────────────────────────────────────

export const SecondFactorSetting = z.enum(['off', 'sms', 'email']);
export const VaultProfile = z.object({
  /** The 12-digit identifier of the enrolment letter. */
  identifier: z.string().check(z.regex(/^\d{12}$/)),
  firstName: z.string(),
  lastName: z.string(),
  /** The personal e-mail, the second identifier. */
  email: z.string(),
  /**
   * X-SEC: a new e-mail asked for and not confirmed yet (its confirmation link was e-mailed to
   * it). It is not a login until its owner follows the link; `email` stays the login meanwhile.
   */
  pendingEmail: z.optional(z.string()),
  /** When the pending e-mail's confirmation link stops working (present with `pendingEmail`). */
  pendingEmailExpiresAt: z.optional(Instant),
  /** Masked mobile number, if known. */
  mobilePhone: z.optional(z.string()),
  secondFactor: SecondFactorSetting,
  /** False once paper payslips were asked for (VA-PAPER); back to paperless through support only. */
  paperless: z.boolean(),
  employer: z.optional(z.string()),
});
export type VaultProfile = z.infer<typeof VaultProfile>;

/**
 * VA-PROFILE, X-SEC: the new e-mail twice, and the current password (it changes a login
 * identifier). A wrong password counts toward the account's lock like a login attempt.
 */
export const EmailChangeRequest = z.object({ email: Email, emailConfirmation: Email, currentPassword: Password });
export type EmailChangeRequest = z.infer<typeof EmailChangeRequest>;
export const PasswordChangeRequest = z.object({ currentPassword: Password, newPassword: NewPassword });

/** VA-PROFILE: the new e-mail is now the account's, and a login (the answer to following its confirmation link). */
export const EmailConfirmed = z.object({ email: z.string() });
export type EmailConfirmed = z.infer<typeof EmailConfirmed>;
export type PasswordChangeRequest = z.infer<typeof PasswordChangeRequest>;

// ── VA-DOCS ─────────────────────────────────────────────────────────────────

export const FOLDER_KINDS = ['payslips', 'other'] as const;
export const VaultFolder = z.object({
  id: Text(100),
  name: Text(),
  /** `payslips`: the « Bulletins de paie » folder, always listed first. */
  kind: z.enum(FOLDER_KINDS),
});
export type VaultFolder = z.infer<typeof VaultFolder>;

export const VaultDocument = z.object({
  id: Text(100),
  folderId: Text(100),
  title: Text(300),
  /** The year the document belongs to (a payslip: the year of its pay period). */
  year: z.int().check(z.gte(1900), z.lte(9999)),
  /** The pay period `YYYY-MM`, for payslips. */
  period: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
  /** When it was deposited in the vault (calendar date, Europe/Paris). */
  date: z.iso.date(),
  sizeBytes: z.int().check(z.gte(0)),
  /** Where the PDF is, relative to the API base URL; GET it with the vault session (`fetchVaultDocumentPdf`). */
  pdfUrl: Text(500),
  archived: z.boolean(),
});
export type VaultDocument = z.infer<typeof VaultDocument>;

export const DocumentsResponse = z.object({ folders: z.array(VaultFolder), documents: z.array(VaultDocument) });
export type DocumentsResponse = z.infer<typeof DocumentsResponse>;

export const MoveDocumentRequest = z.object({ folderId: Text(100) });
export type MoveDocumentRequest = z.infer<typeof MoveDocumentRequest>;

/** A PDF body, as the client hands it over (a Blob of type application/pdf). */
export const PdfFile = z
  .instanceof(Blob)
  .check(z.refine((b) => b.type.split(';')[0]!.trim().toLowerCase() === 'application/pdf', { message: 'Not a PDF' }));

// ── VA-PAPER ────────────────────────────────────────────────────────────────

/** VA-PAPER step 1: the seed's form (checked like a login: same 401, same lock). */
export const PaperRequest = z.object({
  identifier: Identifier,
  password: Password,
  employer: Text(),
  /** The « Politique des données personnelles » box of seed 002, question 8. */
  dataPolicyAccepted: z.literal(true),
});
export type PaperRequest = z.infer<typeof PaperRequest>;

/** VA-PAPER: what the person is about to confirm. */
export const PaperRequestDraft = z.object({
  draftId: Opaque,
  firstName: z.string(),
  lastName: z.string(),
  employer: z.string(),
  expiresAt: Instant,
});
export type PaperRequestDraft = z.infer<typeof PaperRequestDraft>;

export const PaperRequestConfirm = z.object({ draftId: Opaque });
export type PaperRequestConfirm = z.infer<typeof PaperRequestConfirm>;

/** VA-PAPER: the printable confirmation. */
export const PaperRequestConfirmation = z.object({
  /** The reference to quote to the employer or support, e.g. `PAP-2026-000123`. */
  reference: Text(50),
  requestedAt: Instant,
  identifier: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  employer: z.string(),
});
export type PaperRequestConfirmation = z.infer<typeof PaperRequestConfirmation>;
