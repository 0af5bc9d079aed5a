/**
 * RS-CONTACTS — the rules of a contact's personal data (name, phone, e-mails) and of an invitation.
 *
 * - RS-CONTACTS-EDIT: the personal data of a contact can be edited until access is granted (not
 *   invited, invited, expired: seed 000 « Modifier les données personnelles … avant d'autoriser
 *   l'accès »). Once the person has their MySecuritas account, the data is theirs: they keep it up
 *   to date themselves (RS-IDPIN « Modifier les informations personnelles »), and the site sees it
 *   read only ({@link canEditPersonalData}).
 * - Names: 1 to {@link CONTACT_NAME_MAX} characters after trimming.
 * - Phone (optional): a French number, 10 digits starting `0[1-9]`, or `+33` / `0033` then 9 digits
 *   (the leading 0 dropped), with spaces, dots or dashes between pairs; kept as `06 12 34 56 78`
 *   ({@link normalizeContactPhone}).
 * - E-mails: up to {@link MAX_CONTACT_EMAILS}, each a valid address, no address twice (case ignored).
 *   A contact who was invited (or whose invitation expired) keeps at least one (the invitation went
 *   there); to invite, or grant access, at least one is needed (RS-CONTACTS-GRANT-ACCESS).
 */
import { EMAIL_MAX_LENGTH, isBlank, isEmail, sameEmail } from '../../shared/text.js';
import type { Contact, InvitationState, PermissionLevel } from '../schemas.js';

export const CONTACT_NAME_MAX = 80;
/** RS-CONTACTS: how many e-mail addresses a contact may have. */
export const MAX_CONTACT_EMAILS = 3;

/** The issues of a contact's fields (catalog `rs.contacts.issue.<id>`). */
export const CONTACT_FIELD_ISSUES = [
  'required',
  'too-long',
  'invalid-phone',
  'invalid-email',
  'duplicate-email',
  'email-required',
  'already-contact',
] as const;
export type ContactFieldIssue = (typeof CONTACT_FIELD_ISSUES)[number];

/** A field of the forms: names, phone, `emails.0`…, and (invitation) `email`, `permission`. */
export type ContactField = 'firstName' | 'lastName' | 'phone' | `emails.${number}` | 'email' | 'permission';
export interface ContactFieldError {
  readonly field: ContactField;
  readonly issue: ContactFieldIssue;
}

/** What the edit form holds (as typed). */
export interface PersonalDataForm {
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string;
  /** One entry per e-mail field (blank entries are ignored). */
  readonly emails: readonly string[];
}

/** What the invitation form holds (as typed). */
export interface InvitationForm {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly permission: PermissionLevel | '';
}

const FR_PHONE = /^(?:(?:\+|00)33[\s.-]?(?:\(0\))?[\s.-]?|0)([1-9](?:[\s.-]?\d{2}){4})$/;

/** Whether `value` is a French phone number (see the module's rules). */
export const isContactPhone = (value: string): boolean => FR_PHONE.test(value.trim());

/** `06 12 34 56 78` for any accepted spelling; undefined if not a French number. */
export function normalizeContactPhone(value: string): string | undefined {
  const m = FR_PHONE.exec(value.trim());
  if (!m) return undefined;
  const digits = `0${m[1]!.replace(/\D/g, '')}`;
  return digits.match(/\d{2}/g)!.join(' ');
}

// RS-CONTACTS-EDIT `canEditPersonalData` lives with the invitation states (the list needs it, not these checks).
export { canEditPersonalData } from './invitations.js';

/** RS-CONTACTS-EDIT: whether the contact must keep an e-mail address (an invitation went to it). */
export const emailRequiredFor = (state: InvitationState): boolean => state === 'invited' || state === 'expired';

function nameIssue(value: string): ContactFieldIssue | undefined {
  if (isBlank(value)) return 'required';
  return value.trim().length > CONTACT_NAME_MAX ? 'too-long' : undefined;
}

function emailListIssues(emails: readonly string[], required: boolean): ContactFieldError[] {
  const issues: ContactFieldError[] = [];
  const seen: string[] = [];
  emails.forEach((raw, i) => {
    const value = raw.trim();
    if (value === '') return;
    const field = `emails.${i}` as const;
    if (value.length > EMAIL_MAX_LENGTH || !isEmail(value)) issues.push({ field, issue: 'invalid-email' });
    else if (seen.some((s) => sameEmail(s, value))) issues.push({ field, issue: 'duplicate-email' });
    else seen.push(value);
  });
  if (emails.filter((e) => !isBlank(e)).length > MAX_CONTACT_EMAILS)
    issues.push({ field: `emails.${MAX_CONTACT_EMAILS}`, issue: 'too-long' });
  if (required && seen.length === 0 && issues.length === 0) issues.push({ field: 'emails.0', issue: 'email-required' });
  return issues;
}

/** RS-CONTACTS-EDIT: the issues of the edit form, in field order (empty: it can be sent). */
export function checkPersonalData(form: PersonalDataForm, state: InvitationState): ContactFieldError[] {
  const issues: ContactFieldError[] = [];
  const first = nameIssue(form.firstName);
  if (first) issues.push({ field: 'firstName', issue: first });
  const last = nameIssue(form.lastName);
  if (last) issues.push({ field: 'lastName', issue: last });
  if (!isBlank(form.phone) && !isContactPhone(form.phone)) issues.push({ field: 'phone', issue: 'invalid-phone' });
  issues.push(...emailListIssues(form.emails, emailRequiredFor(state)));
  return issues;
}

/** The body of a personal-data update (trimmed, phone normalised, blank e-mails dropped) from a form that passed {@link checkPersonalData}. */
export function toContactUpdate(form: PersonalDataForm): { firstName: string; lastName: string; phone: string | null; emails: string[] } {
  return {
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    phone: isBlank(form.phone) ? null : (normalizeContactPhone(form.phone) ?? form.phone.trim()),
    emails: form.emails.map((e) => e.trim()).filter((e) => e !== ''),
  };
}

/** The edit form of a contact as it stands: its e-mails, plus one empty field while below the maximum. */
export function personalDataFormOf(contact: Contact): PersonalDataForm {
  const emails = contact.emails.length < MAX_CONTACT_EMAILS ? [...contact.emails, ''] : [...contact.emails];
  return { firstName: contact.firstName, lastName: contact.lastName, phone: contact.phone ?? '', emails };
}

/** Whether a form would change nothing (the widget then closes without a call). */
export function samePersonalData(contact: Contact, form: PersonalDataForm): boolean {
  const next = toContactUpdate(form);
  return (
    next.firstName === contact.firstName &&
    next.lastName === contact.lastName &&
    next.phone === contact.phone &&
    next.emails.length === contact.emails.length &&
    next.emails.every((e, i) => e === contact.emails[i])
  );
}

/** Whether one of `contacts` already has `email` (case ignored). */
export const isContactEmail = (contacts: readonly Contact[], email: string): boolean =>
  contacts.some((c) => c.emails.some((e) => sameEmail(e, email)));

/**
 * RS-CONTACTS invite: the issues of the invitation form. `grantable`: the levels the caller may give;
 * `contacts`: the site's contacts (an address one of them has is `already-contact`: grant them access
 * or resend instead).
 */
export function checkInvitation(
  form: InvitationForm,
  grantable: readonly PermissionLevel[],
  contacts: readonly Contact[],
): ContactFieldError[] {
  const issues: ContactFieldError[] = [];
  const first = nameIssue(form.firstName);
  if (first) issues.push({ field: 'firstName', issue: first });
  const last = nameIssue(form.lastName);
  if (last) issues.push({ field: 'lastName', issue: last });
  const email = form.email.trim();
  if (email === '') issues.push({ field: 'email', issue: 'required' });
  else if (email.length > EMAIL_MAX_LENGTH || !isEmail(email)) issues.push({ field: 'email', issue: 'invalid-email' });
  else if (isContactEmail(contacts, email)) issues.push({ field: 'email', issue: 'already-contact' });
  if (form.permission === '' || !grantable.includes(form.permission)) issues.push({ field: 'permission', issue: 'required' });
  return issues;
}

/** The body of an invitation from a form that passed {@link checkInvitation}. */
export function toInvitationRequest(form: InvitationForm): {
  firstName: string;
  lastName: string;
  email: string;
  permission: PermissionLevel;
} {
  return {
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    email: form.email.trim(),
    permission: form.permission as PermissionLevel,
  };
}
