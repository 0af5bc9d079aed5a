/**
 * VA-LOSTID — « Identifiant perdu » (seed 002, question 1): the form of the seed, every field
 * required, the e-mail twice, the privacy policy accepted. The answer is always the same
 * generic one (whether or not the person is known); a known person receives by e-mail a new
 * identifier and a temporary password, to be changed at the next login (the login answers
 * `must-change-password`).
 */
import { isBlank } from '../shared/text.js';
import { checkEmailPair, type FieldIssue } from './forms.js';
import type { IdentifierRecoveryRequest } from './schemas.js';

/** The fields, in the seed's order (the order of the error summary). */
export const IDENTIFIER_RECOVERY_FIELDS = [
  'lastName',
  'firstName',
  'birthTown',
  'birthMonth',
  'mobilePhone',
  'email',
  'emailConfirmation',
  'privateNumber',
  'privacyPolicyAccepted',
] as const;
export type IdentifierRecoveryField = (typeof IDENTIFIER_RECOVERY_FIELDS)[number];

/** What the form holds while the person types (the month as chosen in a list: 1–12, or nothing yet). */
export interface IdentifierRecoveryForm {
  readonly lastName: string;
  readonly firstName: string;
  readonly birthTown: string;
  readonly birthMonth: number | undefined;
  readonly mobilePhone: string;
  readonly email: string;
  readonly emailConfirmation: string;
  readonly privateNumber: string;
  readonly privacyPolicyAccepted: boolean;
}

export const EMPTY_IDENTIFIER_RECOVERY_FORM: IdentifierRecoveryForm = {
  lastName: '',
  firstName: '',
  birthTown: '',
  birthMonth: undefined,
  mobilePhone: '',
  email: '',
  emailConfirmation: '',
  privateNumber: '',
  privacyPolicyAccepted: false,
};

/** Separators people type in phone numbers. */
const PHONE_SEPARATORS = /[\s\u00a0\u202f.\-()]/g;

/**
 * A mobile number: French (`06 75 82 45 32`, `07…`, `+33 6…`, `0033 6…`) or international
 * (`+` and 8 to 15 digits, E.164). Spaces, dots, hyphens and brackets are ignored.
 */
export function isMobilePhone(value: string): boolean {
  const v = value.replace(PHONE_SEPARATORS, '');
  return /^(?:0[67]\d{8}|(?:\+33|0033)[67]\d{8})$/.test(v) || (/^\+\d{8,15}$/.test(v) && !v.startsWith('+33'));
}

/** `06 75 82 45 32` → `+33675824532` (other valid numbers: separators dropped; invalid ones unchanged). */
export function normalizeMobilePhone(value: string): string {
  if (!isMobilePhone(value)) return value.trim();
  const v = value.replace(PHONE_SEPARATORS, '');
  if (v.startsWith('0033')) return `+33${v.slice(4)}`;
  if (v.startsWith('0')) return `+33${v.slice(1)}`;
  return v;
}

/** VA-LOSTID: every issue of the form, in the order of the fields (none: it may be sent). */
export function checkIdentifierRecovery(form: IdentifierRecoveryForm): FieldIssue<IdentifierRecoveryField>[] {
  const issues: FieldIssue<IdentifierRecoveryField>[] = [];
  for (const field of ['lastName', 'firstName', 'birthTown'] as const) {
    if (isBlank(form[field])) issues.push({ field, issue: 'required' });
  }
  const month = form.birthMonth;
  if (month === undefined) issues.push({ field: 'birthMonth', issue: 'required' });
  else if (!Number.isInteger(month) || month < 1 || month > 12) issues.push({ field: 'birthMonth', issue: 'invalid-month' });
  if (isBlank(form.mobilePhone)) issues.push({ field: 'mobilePhone', issue: 'required' });
  else if (!isMobilePhone(form.mobilePhone)) issues.push({ field: 'mobilePhone', issue: 'invalid-phone' });
  issues.push(...checkEmailPair(form.email, form.emailConfirmation, ['email', 'emailConfirmation'] as const));
  if (isBlank(form.privateNumber)) issues.push({ field: 'privateNumber', issue: 'required' });
  if (!form.privacyPolicyAccepted) issues.push({ field: 'privacyPolicyAccepted', issue: 'consent-required' });
  return issues;
}

/**
 * The request body of a valid form (texts trimmed, phone normalised); throws a RangeError when
 * the form still has issues (check first).
 */
export function toIdentifierRecoveryRequest(form: IdentifierRecoveryForm): IdentifierRecoveryRequest {
  const issues = checkIdentifierRecovery(form);
  if (issues.length) throw new RangeError(`The form has issues: ${issues.map((i) => `${i.field} ${i.issue}`).join(', ')}`);
  return {
    lastName: form.lastName.trim(),
    firstName: form.firstName.trim(),
    birthTown: form.birthTown.trim(),
    birthMonth: form.birthMonth!,
    mobilePhone: normalizeMobilePhone(form.mobilePhone),
    email: form.email.trim(),
    emailConfirmation: form.emailConfirmation.trim(),
    privateNumber: form.privateNumber.trim(),
    privacyPolicyAccepted: true,
  };
}
