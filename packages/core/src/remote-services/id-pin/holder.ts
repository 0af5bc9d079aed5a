/**
 * RS-IDPIN — the personal information of the user for one ID & PIN link (seed 000 « modifier les
 * informations personnelles »): first and last name, phone, e-mail. Securitas calls this person
 * about the sites of the pair, so the e-mail is required and the phone, when given, must be a
 * French number.
 */
import { EMAIL_MAX_LENGTH, isBlank, isEmail } from '../../shared/text.js';

/** RS-IDPIN: the longest first or last name. */
export const HOLDER_NAME_MAX_LENGTH = 80;

export const HOLDER_FIELDS = ['firstName', 'lastName', 'phone', 'email'] as const;
export type HolderField = (typeof HOLDER_FIELDS)[number];

export interface HolderDraft {
  readonly firstName: string;
  readonly lastName: string;
  /** Empty: no phone. */
  readonly phone: string;
  readonly email: string;
}

export type HolderIssue = 'required' | 'too-long' | 'invalid-phone' | 'invalid-email';

/** The digits of a French phone number as typed (`06 12 34 56 78`, `+33 6 12 34 56 78`, `06.12…`). */
const PHONE_SEPARATORS = /[\s.\-()\u00a0\u202f]/g;

/** RS-IDPIN: a French number — 0 then 9 digits (first not 0), or +33 / 0033 then those 9 digits. */
export function isFrenchPhone(raw: string): boolean {
  const p = raw.replace(PHONE_SEPARATORS, '');
  return /^(?:0|\+33|0033)[1-9]\d{8}$/.test(p);
}

/** The phone as stored: separators made single spaces in pairs (`06 12 34 56 78`), or the international form kept. */
export function normalizePhone(raw: string): string {
  const p = raw.replace(PHONE_SEPARATORS, '');
  if (/^0[1-9]\d{8}$/.test(p)) return p.replace(/(\d{2})(?=\d)/g, '$1 ');
  if (/^(?:\+33|0033)[1-9]\d{8}$/.test(p)) {
    const rest = p.slice(p.startsWith('+') ? 3 : 4);
    return `+33 ${rest[0]} ${rest.slice(1).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  }
  return raw.trim();
}

export interface HolderProblem {
  readonly field: HolderField;
  readonly issue: HolderIssue;
}

/** RS-IDPIN: every issue of the personal information, in field order. */
export function checkHolder(draft: HolderDraft): HolderProblem[] {
  const problems: HolderProblem[] = [];
  for (const field of ['firstName', 'lastName'] as const) {
    const v = draft[field].trim();
    if (v === '') problems.push({ field, issue: 'required' });
    else if ([...v].length > HOLDER_NAME_MAX_LENGTH) problems.push({ field, issue: 'too-long' });
  }
  if (!isBlank(draft.phone) && !isFrenchPhone(draft.phone)) problems.push({ field: 'phone', issue: 'invalid-phone' });
  if (isBlank(draft.email)) problems.push({ field: 'email', issue: 'required' });
  else if (draft.email.trim().length > EMAIL_MAX_LENGTH || !isEmail(draft.email)) problems.push({ field: 'email', issue: 'invalid-email' });
  return problems;
}

/** The information as it is sent: trimmed, the phone normalised or null. */
export function holderOf(draft: HolderDraft): { firstName: string; lastName: string; phone: string | null; email: string } {
  return {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    phone: isBlank(draft.phone) ? null : normalizePhone(draft.phone),
    email: draft.email.trim(),
  };
}
