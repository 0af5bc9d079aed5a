/**
 * VA-LOGIN / VA-ACTIVATE — the one-time code sent by SMS or e-mail (two-factor login, and the
 * optional SMS confirmation of the activation): 6 digits, valid 10 minutes, a new one may be
 * asked 60 seconds after the last one. Deadlines are timestamps (ms) in the state; everything
 * shown (expired? seconds left before resend?) is derived from them and `now`.
 */

/** A one-time code has 6 digits. */
export const CODE_LENGTH = 6;
/** A code is valid 10 minutes after it was sent. */
export const CODE_VALIDITY_MINUTES = 10;
export const CODE_VALIDITY_MS = CODE_VALIDITY_MINUTES * 60_000;
/** A new code may be asked 60 seconds after the previous one was sent. */
export const RESEND_COOLDOWN_SECONDS = 60;
export const RESEND_COOLDOWN_MS = RESEND_COOLDOWN_SECONDS * 1000;
/** Wrong codes accepted for one challenge; the next wrong one ends it (sign in again). */
export const MAX_CODE_ATTEMPTS = 5;

/** Separators a pasted or dictated code may carry: spaces (also no-break), hyphens, dots. */
const SEPARATORS = /[\s\u00a0\u202f.\-\u2010-\u2015]/g;

/**
 * The code as the server wants it (`"123 456"`, `"123-456"`, `" 123456 "` → `"123456"`), or
 * undefined when the input is not exactly 6 digits once separators are dropped.
 */
export function normalizeCode(input: string): string | undefined {
  const digits = input.replace(SEPARATORS, '');
  return new RegExp(`^\\d{${CODE_LENGTH}}$`).test(digits) ? digits : undefined;
}

/** What a code field keeps while the user types or pastes: the digits, at most 6 (`"12a 3-4"` → `"1234"`). */
export function sanitizeCodeInput(input: string): string {
  return input.replace(/\D/g, '').slice(0, CODE_LENGTH);
}

/** When a code sent at `sentAt` stops being valid. */
export const codeExpiresAt = (sentAt: number): number => sentAt + CODE_VALIDITY_MS;
/** When a new code may be asked after one sent at `sentAt`. */
export const resendAvailableAt = (sentAt: number): number => sentAt + RESEND_COOLDOWN_MS;

/** Deadlines of one sent code, as the server states them. */
export interface CodeDeadlines {
  /** The code is refused from this instant on. */
  readonly expiresAt: number;
  /** A new code may be asked from this instant on. */
  readonly resendAt: number;
}

/** The deadlines of a code sent at `sentAt`. */
export function codeDeadlines(sentAt: number): CodeDeadlines {
  return { expiresAt: codeExpiresAt(sentAt), resendAt: resendAvailableAt(sentAt) };
}

/** Expired at `expiresAt` exactly (valid until `expiresAt` − 1 ms). */
export const isCodeExpired = (d: Pick<CodeDeadlines, 'expiresAt'>, now: number): boolean => now >= d.expiresAt;

/** Milliseconds of validity left (0 once expired). */
export const codeRemainingMs = (d: Pick<CodeDeadlines, 'expiresAt'>, now: number): number => Math.max(0, d.expiresAt - now);

/** Whether a new code may be asked now. */
export const canResendCode = (d: Pick<CodeDeadlines, 'resendAt'>, now: number): boolean => now >= d.resendAt;

/** Whole seconds to wait before a new code may be asked, rounded up (0 when allowed). */
export const resendWaitSeconds = (d: Pick<CodeDeadlines, 'resendAt'>, now: number): number =>
  Math.max(0, Math.ceil((d.resendAt - now) / 1000));

/** The next instant at which what is shown of these deadlines changes (for the renderer's timer), if any. */
export function nextCodeDeadline(d: CodeDeadlines, now: number): number | undefined {
  const next = [d.resendAt, d.expiresAt].filter((t) => t > now);
  return next.length ? Math.min(...next) : undefined;
}
