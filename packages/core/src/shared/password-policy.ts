/**
 * VA-ACTIVATE / VA-RESET / VA-PROFILE — the policy for a new vault password: at least 11
 * characters, no composition rule (no forced digit, capital or symbol), long passphrases
 * welcome. Lengths are counted in Unicode code points, as a person counts characters: an
 * emoji or a letter outside the Basic Multilingual Plane counts 1 (a JavaScript `length`
 * would count 2). The password is never trimmed nor rewritten: what was typed is what counts.
 */

/** VA-ACTIVATE: a new password has at least 11 characters (code points). */
export const PASSWORD_MIN_LENGTH = 11;
/**
 * Longest new password accepted, in code points. The rule asks for "up to at least 64";
 * 128 leaves room for passphrases and password managers while bounding the server's work.
 */
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_ISSUES = ['too-short', 'too-long', 'mismatch'] as const;
export type PasswordIssue = (typeof PASSWORD_ISSUES)[number];

/**
 * X-SEC, VA-PROFILE, PP-COMPANY (issue 8 #5) — what only the server can refuse in a new password,
 * as NIST SP 800-63B (§3.1.1.2) asks: a password from its list of common, expected or breached
 * values (`common`; the list is the server's, never shipped to the page), the current password
 * again (`same-as-current`), the temporary password it has just replaced (`same-as-temporary`).
 */
export const SERVER_PASSWORD_ISSUES = ['common', 'same-as-current', 'same-as-temporary'] as const;
export type ServerPasswordIssue = (typeof SERVER_PASSWORD_ISSUES)[number];

/** Every reason a new password can be refused for: the `issues` of a `/problems/password-policy` answer. */
export const PASSWORD_REFUSALS = [...PASSWORD_ISSUES, ...SERVER_PASSWORD_ISSUES] as const;
export type PasswordRefusal = (typeof PASSWORD_REFUSALS)[number];

/** Whether a value is a known refusal reason (a server may send reasons this version does not know). */
export const isPasswordRefusal = (value: unknown): value is PasswordRefusal =>
  typeof value === 'string' && (PASSWORD_REFUSALS as readonly string[]).includes(value);

/** The length of a password in Unicode code points (`'😀'.length` is 2, this gives 1). */
export function passwordLength(password: string): number {
  let n = 0;
  for (const _ of password) n++;
  return n;
}

/**
 * VA-ACTIVATE / VA-RESET / VA-PROFILE: the issues of a new password, none when it is fine.
 * `confirmation` (the second entry), when given, must be exactly the same string.
 * The order is stable: length first, then the mismatch.
 */
export function checkNewPassword(password: string, confirmation?: string): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) issues.push('too-short');
  else if (length > PASSWORD_MAX_LENGTH) issues.push('too-long');
  if (confirmation !== undefined && confirmation !== password) issues.push('mismatch');
  return issues;
}

/** Whether a new password satisfies the policy (length only: the confirmation is the form's business). */
export function isAcceptablePassword(password: string): boolean {
  return checkNewPassword(password).length === 0;
}
