/**
 * VA-PAPER — « Je souhaite refuser la dématérialisation » (seed 002, question 8): identifier,
 * password, employer and the personal-data policy accepted → « Valider » → the person confirms
 * → a printable confirmation. The credentials are checked like a login (same generic 401, same
 * lock: the form must not be a way around the lockout).
 */
import { isBlank } from '../shared/text.js';
import type { FieldIssue } from './forms.js';
import type { PaperRequest } from './schemas.js';

export const PAPER_REQUEST_FIELDS = ['identifier', 'password', 'employer', 'dataPolicyAccepted'] as const;
export type PaperRequestField = (typeof PAPER_REQUEST_FIELDS)[number];

export interface PaperRequestForm {
  readonly identifier: string;
  readonly password: string;
  readonly employer: string;
  readonly dataPolicyAccepted: boolean;
}

export const EMPTY_PAPER_REQUEST_FORM: PaperRequestForm = { identifier: '', password: '', employer: '', dataPolicyAccepted: false };

/** VA-PAPER: every starred field filled and the policy accepted (the password is not trimmed). */
export function checkPaperRequest(form: PaperRequestForm): FieldIssue<PaperRequestField>[] {
  const issues: FieldIssue<PaperRequestField>[] = [];
  if (isBlank(form.identifier)) issues.push({ field: 'identifier', issue: 'required' });
  if (form.password === '') issues.push({ field: 'password', issue: 'required' });
  if (isBlank(form.employer)) issues.push({ field: 'employer', issue: 'required' });
  if (!form.dataPolicyAccepted) issues.push({ field: 'dataPolicyAccepted', issue: 'consent-required' });
  return issues;
}

/** The request body of a valid form; throws a RangeError when the form still has issues. */
export function toPaperRequest(form: PaperRequestForm): PaperRequest {
  const issues = checkPaperRequest(form);
  if (issues.length) throw new RangeError(`The form has issues: ${issues.map((i) => `${i.field} ${i.issue}`).join(', ')}`);
  return { identifier: form.identifier.trim(), password: form.password, employer: form.employer.trim(), dataPolicyAccepted: true };
}
