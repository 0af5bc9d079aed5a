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
