/**
 * PP — what the passport's forms check before sending (registration, enrolment, company
 * information, dissociation). The server checks the same again and answers 422
 * `/problems/validation` with the same `{ field, issue }` list ({@link fieldIssueList}).
 *
 * A form's check returns a map field → issue code, in the order of the form's fields (the order
 * of the error summary); an empty map means the form may be sent. The widget turns each code into
 * a message: `passport.field.<issue>` in the catalog.
 *
 * The e-mail rule (the loose `isEmail` hint), the blank rule and the password policy are the
 * vault's (`vault/identifier.ts`, `vault/forms.ts`, `vault/password-policy.ts`), reused as they are.
 */
import { emailIssue, isBlank, sameEmail } from '../shared/text.js';
import { checkNewPassword, type PasswordRefusal } from '../shared/password-policy.js';

export const PASSPORT_FIELD_ISSUES = [
  'required',
  'invalid-email',
  'email-mismatch',
  /** The new e-mail is the current one (a handover to oneself, a dissociation onto the company login). */
  'same-email',
  'siret-format',
  'siret-checksum',
  'vat-country',
  'vat-format',
  'vat-checksum',
  'invalid-region',
  'password-too-short',
  'password-too-long',
  'password-mismatch',
  /** Refused by the server (issue 8 #5, NIST SP 800-63B): on its list of common passwords; the current one again; the temporary one again. */
  'password-common',
  'password-same-as-current',
  'password-same-as-temporary',
  /** The host's anti-robot step (« Je ne suis pas un robot ») is not done. */
  'robot-check-required',
  /** Not a real date written JJ/MM/AAAA. */
  'date-format',
  'date-future',
  /** The SNBPE passport is past its validity: no module can be validated. */
  'snbpe-expired',
  /** An SNBPE passport can only be linked when the account is created (PP-ENROLL). */
  'snbpe-create-only',
  'invalid-domain',
  'same-domain',
  /** Changing the referent e-mail (a handover) while the spaces are linked: dissociate first (PP-SPACES). */
  'spaces-linked',
] as const;
export type PassportFieldIssue = (typeof PASSPORT_FIELD_ISSUES)[number];

/** The issues of a form: field → issue, in the order of the fields; empty when the form may be sent. */
export type FieldIssues<F extends string> = Readonly<Partial<Record<F, PassportFieldIssue>>>;

/** The catalog key of an issue's message. */
export const fieldIssueMessageKey = <I extends PassportFieldIssue>(issue: I): `passport.field.${I}` => `passport.field.${issue}`;

export const hasFieldIssues = (issues: FieldIssues<string>): boolean => Object.keys(issues).length > 0;

/** The issues as the list of a 422 `/problems/validation` body (and an error summary), in field order. */
export function fieldIssueList<F extends string>(issues: FieldIssues<F>): { field: F; issue: PassportFieldIssue }[] {
  return (Object.entries(issues) as [F, PassportFieldIssue][]).map(([field, issue]) => ({ field, issue }));
}

/** Throws a RangeError naming the issues, if any: the `to…Request` functions take a checked form only. */
export function assertNoFieldIssues(issues: FieldIssues<string>): void {
  if (hasFieldIssues(issues))
    throw new RangeError(
      `The form has issues: ${fieldIssueList(issues)
        .map((i) => `${i.field} ${i.issue}`)
        .join(', ')}`,
    );
}

/** `required` if blank, else `invalid-email` if it does not look like an e-mail, else nothing (the rule every service's forms share). */
export const emailFieldIssue = emailIssue;

/** An e-mail and its confirmation: the e-mail's issue, then `required` / `email-mismatch` for the confirmation. */
export function emailPairIssues<E extends string, C extends string>(
  email: string,
  confirmation: string,
  [e, c]: readonly [E, C],
): FieldIssues<E | C> {
  const issues: Partial<Record<E | C, PassportFieldIssue>> = {};
  const first = emailFieldIssue(email);
  if (first) issues[e] = first;
  if (isBlank(confirmation)) issues[c] = 'required';
  else if (!first && !sameEmail(email, confirmation)) issues[c] = 'email-mismatch';
  return issues;
}

const PASSWORD_FIELD_ISSUE: Readonly<Record<PasswordRefusal, PassportFieldIssue>> = {
  'too-short': 'password-too-short',
  'too-long': 'password-too-long',
  mismatch: 'password-mismatch',
  common: 'password-common',
  'same-as-current': 'password-same-as-current',
  'same-as-temporary': 'password-same-as-temporary',
};

/** A new password's refusal (the shared policy's or the server's) as the passport's field issue. */
export const passwordFieldIssue = (refusal: PasswordRefusal): PassportFieldIssue => PASSWORD_FIELD_ISSUE[refusal];

/**
 * A new password and its confirmation, by the vault's policy (11 to 128 characters counted in
 * code points, no composition rule, never trimmed): `required` or the policy issue for the
 * password, then `required` / `password-mismatch` for the confirmation (once the password is fine).
 */
export function passwordPairIssues<P extends string, C extends string>(
  password: string,
  confirmation: string,
  [p, c]: readonly [P, C],
): FieldIssues<P | C> {
  const issues: Partial<Record<P | C, PassportFieldIssue>> = {};
  const [policy] = password === '' ? ['required' as const] : checkNewPassword(password).map((i) => PASSWORD_FIELD_ISSUE[i]);
  if (policy) issues[p] = policy;
  if (confirmation === '') issues[c] = 'required';
  else if (!policy && confirmation !== password) issues[c] = 'password-mismatch';
  return issues;
}
