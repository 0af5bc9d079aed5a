/**
 * PP-ENROLL — « Inscrire un nouveau salarié » and « Modifier un salarié » (seed 004):
 * - first and last name required;
 * - a contact e-mail, optional (« Pas d'adresse e-mail ? »: without one, the first-login
 *   information goes to the referent's e-mail instead), checked when given;
 * - the three yes/no questions, each required with no default: their answers determine the
 *   awareness profile (`profile.ts`);
 * - at creation only: does the employee hold an SNBPE passport (yes/no, required), and if so its
 *   date of issue, JJ/MM/AAAA, required, a real date, not in the future, and within the
 *   passport's validity (an expired passport validates nothing: `snbpe.ts`).
 */
import { isBlank } from '../shared/text.js';
import type { CalendarDate } from '../shared/calendar.js';
import { assertNoFieldIssues, emailFieldIssue, type FieldIssues, type PassportFieldIssue } from './forms.js';
import { PROFILE_QUESTIONS, answersFor, profileFor, type ProfileAnswers, type ProfileId, type ProfileQuestion } from './profile.js';
import { canLinkSnbpe, parseDateFr, reciprocity, type SnbpeRefusalReason } from './snbpe.js';
import type { Employee, EmployeeCreateRequest, EmployeeUpdateRequest } from './schemas.js';

/** Creating an employee (the SNBPE question is asked) or editing one (it is not). */
export const ENROLLMENT_MODES = ['create', 'edit'] as const;
export type EnrollmentMode = (typeof ENROLLMENT_MODES)[number];

/** The fields, in the seed's order. */
export const ENROLLMENT_FIELDS = ['firstName', 'lastName', 'email', ...PROFILE_QUESTIONS, 'hasSnbpePassport', 'snbpeIssuedOn'] as const;
export type EnrollmentField = (typeof ENROLLMENT_FIELDS)[number];

export interface EnrollmentForm {
  readonly firstName: string;
  readonly lastName: string;
  /** The contact e-mail; blank: none. */
  readonly email: string;
  /** Each question's answer; null while unanswered (there is no default). */
  readonly answers: Readonly<Record<ProfileQuestion, boolean | null>>;
  /** Null while unanswered; ignored when editing. */
  readonly hasSnbpePassport: boolean | null;
  /** The date of issue as typed, JJ/MM/AAAA. */
  readonly snbpeIssuedOn: string;
}

export const EMPTY_ENROLLMENT_FORM: EnrollmentForm = {
  firstName: '',
  lastName: '',
  email: '',
  answers: { intervenesTechnically: null, leadsAwarenessSessions: null, checksPassports: null },
  hasSnbpePassport: null,
  snbpeIssuedOn: '',
};

/** Creating (with today's calendar date from the injected clock: the SNBPE date is checked against it) or editing. */
export type EnrollmentContext = { readonly mode: 'create'; readonly today: CalendarDate } | { readonly mode: 'edit' };

const SNBPE_FIELD_ISSUE: Readonly<Record<SnbpeRefusalReason, PassportFieldIssue>> = {
  'date-required': 'required',
  'invalid-date': 'date-format',
  'future-date': 'date-future',
  expired: 'snbpe-expired',
};

/** The profile the answers give, once all three are answered. */
export function profileOfForm(form: EnrollmentForm): ProfileId | undefined {
  const { intervenesTechnically, leadsAwarenessSessions, checksPassports } = form.answers;
  if (intervenesTechnically === null || leadsAwarenessSessions === null || checksPassports === null) return undefined;
  return profileFor({ intervenesTechnically, leadsAwarenessSessions, checksPassports });
}

/** PP-ENROLL: who receives the first-login information: the employee, or the referent when no e-mail is given. */
export const firstLoginRecipient = (form: Pick<EnrollmentForm, 'email'>): 'employee' | 'referent' =>
  isBlank(form.email) ? 'referent' : 'employee';

function snbpeIssue(form: EnrollmentForm, today: CalendarDate): PassportFieldIssue | undefined {
  if (isBlank(form.snbpeIssuedOn)) return 'required';
  const issuedOn = parseDateFr(form.snbpeIssuedOn);
  if (!issuedOn) return 'date-format';
  const r = reciprocity({ hasSnbpePassport: true, issuedOn }, today);
  return r.kind === 'refused' ? SNBPE_FIELD_ISSUE[r.reason] : undefined;
}

/** PP-ENROLL: every issue of the form, in the order of the fields (empty: it may be sent). */
export function checkEnrollment(form: EnrollmentForm, ctx: EnrollmentContext): FieldIssues<EnrollmentField> {
  const issues: Partial<Record<EnrollmentField, PassportFieldIssue>> = {};
  if (isBlank(form.firstName)) issues.firstName = 'required';
  if (isBlank(form.lastName)) issues.lastName = 'required';
  const email = isBlank(form.email) ? undefined : emailFieldIssue(form.email);
  if (email) issues.email = email;
  for (const question of PROFILE_QUESTIONS) if (form.answers[question] === null) issues[question] = 'required';
  if (ctx.mode === 'create') {
    if (form.hasSnbpePassport === null) issues.hasSnbpePassport = 'required';
    else if (form.hasSnbpePassport) {
      const date = snbpeIssue(form, ctx.today);
      if (date) issues.snbpeIssuedOn = date;
    }
  } else if (form.hasSnbpePassport === true && !canLinkSnbpe(ctx.mode)) issues.hasSnbpePassport = 'snbpe-create-only';
  return issues;
}

function answersOf(form: EnrollmentForm): ProfileAnswers {
  const { intervenesTechnically, leadsAwarenessSessions, checksPassports } = form.answers;
  return {
    intervenesTechnically: !!intervenesTechnically,
    leadsAwarenessSessions: !!leadsAwarenessSessions,
    checksPassports: !!checksPassports,
  };
}

const emailOrNull = (email: string): string | null => (isBlank(email) ? null : email.trim());

/** PP-ENROLL: the body that creates the employee (texts trimmed, the SNBPE date as `YYYY-MM-DD`). Throws a RangeError when the form has issues. */
export function toEmployeeCreateRequest(form: EnrollmentForm, today: CalendarDate): EmployeeCreateRequest {
  assertNoFieldIssues(checkEnrollment(form, { mode: 'create', today }));
  return {
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    email: emailOrNull(form.email),
    answers: answersOf(form),
    snbpe: form.hasSnbpePassport ? { issuedOn: parseDateFr(form.snbpeIssuedOn)! } : null,
  };
}

/** PP-ENROLL / PP-ROSTER: the body that edits an employee (never an SNBPE passport). Throws a RangeError when the form has issues. */
export function toEmployeeUpdateRequest(form: EnrollmentForm): EmployeeUpdateRequest {
  assertNoFieldIssues(checkEnrollment(form, { mode: 'edit' }));
  return { firstName: form.firstName.trim(), lastName: form.lastName.trim(), email: emailOrNull(form.email), answers: answersOf(form) };
}

/** PP-ROSTER « Modifier un salarié »: the form pre-filled from an employee (the answers from the profile). */
export function enrollmentFormOf(employee: Pick<Employee, 'firstName' | 'lastName' | 'email' | 'profile'>): EnrollmentForm {
  return {
    firstName: employee.firstName,
    lastName: employee.lastName,
    email: employee.email ?? '',
    answers: answersFor(employee.profile),
    hasSnbpePassport: null,
    snbpeIssuedOn: '',
  };
}
