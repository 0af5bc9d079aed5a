/**
 * VA — what the vault's forms check before sending (the server checks the same again and
 * answers 422 `/problems/validation` with the same `{ field, issue }` list). Issues are codes;
 * the widget turns each into a message (`vault.field.<issue>` keys of the catalogs).
 */
import { emailIssue, isBlank, sameEmail } from '../shared/text.js';

/** A problem with one field, in the order the fields appear in the form. */
export interface FieldIssue<F extends string = string> {
  readonly field: F;
  readonly issue: FieldIssueCode;
}

export const FIELD_ISSUE_CODES = [
  'required',
  'invalid-email',
  'email-mismatch',
  'invalid-phone',
  'invalid-month',
  'consent-required',
  'same-email',
] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

/**
 * An e-mail and its confirmation: the issue of the e-mail, then `required` / `email-mismatch`
 * for the confirmation (only once the e-mail itself is fine).
 */
export function checkEmailPair<E extends string, C extends string>(
  email: string,
  confirmation: string,
  fields: readonly [E, C],
): FieldIssue<E | C>[] {
  const issues: FieldIssue<E | C>[] = [];
  const first = emailIssue(email);
  if (first) issues.push({ field: fields[0], issue: first });
  if (isBlank(confirmation)) issues.push({ field: fields[1], issue: 'required' });
  else if (!first && !sameEmail(email, confirmation)) issues.push({ field: fields[1], issue: 'email-mismatch' });
  return issues;
}

/** VA-PROFILE (seed 002, question 2): the new e-mail, twice, and not the current one. */
export function checkEmailChange(email: string, confirmation: string, current?: string): FieldIssue<'email' | 'emailConfirmation'>[] {
  const issues = checkEmailPair(email, confirmation, ['email', 'emailConfirmation'] as const);
  if (issues.length === 0 && current !== undefined && sameEmail(email, current)) issues.push({ field: 'email', issue: 'same-email' });
  return issues;
}
