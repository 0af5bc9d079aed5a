/**
 * X-SEC, VA-ACTIVATE / VA-RESET / VA-PROFILE / VA-LOSTID, PP-REGISTER / PP-COMPANY / PP-LOGIN
 * (issue 8 #5) — the ONE check every new password goes through on the server, whichever service
 * and flow sets it: core's policy (length; the confirmation is the form's business), then what only
 * the server knows, as NIST SP 800-63B §3.1.1.2 asks:
 * - `common`: on the list of common passwords ({@link COMMON_PASSWORDS}), matched case-insensitively
 *   and without accents, also with digits or symbols added before or after (« Soleil2026! »), or one
 *   character repeated (« aaaaaaaaaaa »);
 * - `same-as-current`: the password the account has now (a profile's change, a company's change);
 * - `same-as-temporary`: the temporary password being replaced (the must-change step after a
 *   handover or the lost-identifier flow).
 *
 * Stores call it with what they know of the account, as predicates so a store that keeps only
 * hashes can answer too:
 *
 * ```ts
 * const issues = newPasswordIssues(password, { isCurrent: (p) => verifyPassword(p, hash), currentIsTemporary: true });
 * if (issues.length) return { kind: 'policy', issues };
 * ```
 */
import { checkNewPassword, type PasswordRefusal } from '@vigie/core';
import { COMMON_PASSWORDS } from './common-passwords.js';

export interface NewPasswordContext {
  /** Whether a candidate is the account's current password (absent: nothing to compare, e.g. a first password). */
  readonly isCurrent?: (candidate: string) => boolean;
  /** The current password is a temporary one: being the same is then `same-as-temporary`. */
  readonly currentIsTemporary?: boolean;
}

const COMMON = new Set(COMMON_PASSWORDS.map((p) => fold(p)));

/** Lower case, without accents, every kind of space as one plain space. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether `password` is on the list, or a listed password with digits or symbols around it, or one character repeated. */
export function isCommonPassword(password: string): boolean {
  const folded = fold(password);
  if (COMMON.has(folded)) return true;
  // « Azerty2026! », « 2026soleil », « !!motdepasse!! », « q1w2e3r4t50 »: a listed password with
  // digits or symbols (no letter) added before it, after it, or both.
  const chars = [...folded];
  const noLetter = (from: number, to: number) => !/\p{L}/u.test(chars.slice(from, to).join(''));
  for (let start = 0; start < chars.length && noLetter(0, start); start++) {
    for (let end = chars.length; end > start && noLetter(end, chars.length); end--) {
      if (COMMON.has(chars.slice(start, end).join(''))) return true;
    }
  }
  // One character repeated (only spaces too).
  return chars.every((c) => c === chars[0]);
}

/**
 * The reasons to refuse `password` as a new password, in order (length first; then the list; then
 * the current or temporary one); empty when it may be set.
 */
export function newPasswordIssues(password: string, ctx: NewPasswordContext = {}): PasswordRefusal[] {
  const policy = checkNewPassword(password);
  if (policy.length) return policy;
  if (ctx.isCurrent?.(password)) return [ctx.currentIsTemporary ? 'same-as-temporary' : 'same-as-current'];
  if (isCommonPassword(password)) return ['common'];
  return [];
}
