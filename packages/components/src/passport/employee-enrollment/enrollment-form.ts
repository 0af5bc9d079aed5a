/**
 * PP-ENROLL — the enrolment form as the shared `FormController` holds it (every value a string:
 * `yes` / `no` for the questions, the date as typed), and the way to core's `EnrollmentForm`, whose
 * checks (`checkEnrollment`) decide what is wrong. This file only names fields and messages: every
 * rule is core's.
 */
import {
  PASSPORT_FIELD_ISSUES,
  PROFILE_QUESTIONS,
  SNBPE_PASSPORT_VALID_YEARS,
  checkEnrollment,
  enrollmentFormOf,
  fieldIssueMessageKey,
  formatDate,
  parseDateFr,
  passportProblemOfFailure,
  problemOf,
  snbpeValidUntil,
  type ApiFailure,
  type CalendarDate,
  type Employee,
  type EnrollmentContext,
  type EnrollmentField,
  type EnrollmentForm,
  type Locale,
  type PassportFieldIssue,
  type ProfileQuestion,
} from '@vigie/core';
import type { FieldError, FieldOption, FieldSpec, FormValues, Validator } from '../../base/forms/index.js';

const YES = 'yes';
const NO = 'no';
const YES_NO: readonly FieldOption[] = [
  { value: YES, label: 'form.yes' },
  { value: NO, label: 'form.no' },
];

const yesNo = (value: string | undefined): boolean | null => (value === YES ? true : value === NO ? false : null);
const answer = (value: boolean): string => (value ? YES : NO);

const question = (q: ProfileQuestion): FieldSpec => ({
  kind: 'choice',
  label: `passport.enrollment.question.${q}`,
  summaryLabel: `passport.enrollment.question.${q}.short`,
  required: true,
  options: YES_NO,
});

/** The fields of « Modifier un salarié » (the order of the page, and of the error summary). */
export function editFields() {
  return {
    firstName: { kind: 'text', label: 'passport.enrollment.firstName', required: true, autocomplete: 'off' },
    lastName: { kind: 'text', label: 'passport.enrollment.lastName', required: true, autocomplete: 'off' },
    // Someone else's address: the browser must not offer the referent's own.
    email: { kind: 'email', label: 'passport.enrollment.email', hint: 'passport.enrollment.email.hint.edit', autocomplete: 'off' },
    intervenesTechnically: question('intervenesTechnically'),
    leadsAwarenessSessions: question('leadsAwarenessSessions'),
    checksPassports: question('checksPassports'),
  } as const satisfies Record<string, FieldSpec>;
}

/**
 * The fields of « Inscrire un nouveau salarié »: those of the edit form, then the SNBPE question
 * and its date, which is required only while the answer is « Oui » (`dateAsked`, read at each
 * check and render).
 */
export function createFields(dateAsked: () => boolean) {
  return {
    ...editFields(),
    email: { kind: 'email', label: 'passport.enrollment.email', hint: 'passport.enrollment.email.hint.create', autocomplete: 'off' },
    hasSnbpePassport: {
      kind: 'choice',
      label: 'passport.enrollment.snbpe.question',
      summaryLabel: 'passport.enrollment.snbpe.title',
      required: true,
      options: YES_NO,
    },
    snbpeIssuedOn: {
      kind: 'text',
      label: 'passport.enrollment.snbpe.date',
      hint: 'passport.enrollment.snbpe.date.hint',
      autocomplete: 'off',
      get required() {
        return dateAsked();
      },
    },
  } as const satisfies Record<string, FieldSpec>;
}

export type EditFields = ReturnType<typeof editFields>;
export type CreateFields = ReturnType<typeof createFields>;
/** What the form holds: the edit fields always, the SNBPE ones at creation. */
export type EnrollmentValues = Partial<Record<keyof CreateFields, string>>;

/** Core's form from the controller's values (unanswered questions are null). */
export function formOf(values: EnrollmentValues): EnrollmentForm {
  return {
    firstName: values.firstName ?? '',
    lastName: values.lastName ?? '',
    email: values.email ?? '',
    answers: {
      intervenesTechnically: yesNo(values.intervenesTechnically),
      leadsAwarenessSessions: yesNo(values.leadsAwarenessSessions),
      checksPassports: yesNo(values.checksPassports),
    },
    hasSnbpePassport: yesNo(values.hasSnbpePassport),
    snbpeIssuedOn: values.snbpeIssuedOn ?? '',
  };
}

/** « Modifier un salarié » pre-filled from the row: the answers from its profile (core's `answersFor`). */
export function valuesOf(employee: Pick<Employee, 'firstName' | 'lastName' | 'email' | 'profile'>): FormValues<EditFields> {
  const form = enrollmentFormOf(employee);
  return {
    firstName: form.firstName,
    lastName: form.lastName,
    email: form.email,
    intervenesTechnically: answer(form.answers.intervenesTechnically === true),
    leadsAwarenessSessions: answer(form.answers.leadsAwarenessSessions === true),
    checksPassports: answer(form.answers.checksPassports === true),
  };
}

/** The message of a core issue on a field. The SNBPE date says which day is wrong and why. */
export function issueMessage(
  field: EnrollmentField,
  issue: PassportFieldIssue,
  values: EnrollmentValues,
  today: CalendarDate,
  locale: Locale,
): FieldError {
  if (field === 'snbpeIssuedOn') {
    if (issue === 'date-format') return 'passport.enrollment.snbpe.date.invalid';
    if (issue === 'date-future') return { key: 'passport.enrollment.snbpe.date.future', params: { today: formatDate(locale, today) } };
    const issuedOn = parseDateFr(values.snbpeIssuedOn ?? '');
    if (issue === 'snbpe-expired' && issuedOn) {
      return {
        key: 'passport.enrollment.snbpe.date.expired',
        params: { date: formatDate(locale, snbpeValidUntil(issuedOn)), years: SNBPE_PASSPORT_VALID_YEARS },
      };
    }
  }
  return fieldIssueMessageKey(issue);
}

/** One validator per field, each asking core's `checkEnrollment` about the whole form. */
export function coreValidators<F extends EditFields | CreateFields>(
  fields: F,
  ctx: () => { readonly check: EnrollmentContext; readonly today: CalendarDate; readonly locale: Locale },
): { [K in keyof F & string]?: Validator<F> } {
  const validator =
    (field: EnrollmentField): Validator<F> =>
    (_value, values) => {
      const { check, today, locale } = ctx();
      const issue = checkEnrollment(formOf(values), check)[field];
      return issue === undefined ? undefined : issueMessage(field, issue, values, today, locale);
    };
  return Object.fromEntries(Object.keys(fields).map((name) => [name, validator(name as EnrollmentField)])) as {
    [K in keyof F & string]?: Validator<F>;
  };
}

/** The form's name of a field the server names (`answers.checksPassports`, `snbpe.issuedOn`…). */
function formFieldOf(path: string): EnrollmentField | undefined {
  const name = path.replace(/^answers\./, '');
  if (name === 'snbpe' || name === 'snbpe.issuedOn' || name === 'issuedOn') return 'snbpeIssuedOn';
  return (PROFILE_QUESTIONS as readonly string[]).includes(name) ||
    ['firstName', 'lastName', 'email', 'hasSnbpePassport', 'snbpeIssuedOn'].includes(name)
    ? (name as EnrollmentField)
    : undefined;
}

/**
 * The server's per-field issues (a 422 `/problems/validation`) for the fields this form has, as
 * messages (the first issue of each field); empty for any other failure or when none is ours.
 */
export function serverFieldErrors(
  failure: ApiFailure,
  names: readonly string[],
  values: EnrollmentValues,
  today: CalendarDate,
  locale: Locale,
): Partial<Record<EnrollmentField, FieldError>> {
  const errors: Partial<Record<EnrollmentField, FieldError>> = {};
  if (passportProblemOfFailure(failure) !== 'validation') return errors;
  const list = problemOf(failure)?.['errors'];
  for (const e of Array.isArray(list) ? (list as { field?: unknown; issue?: unknown }[]) : []) {
    const field = formFieldOf(String(e.field ?? ''));
    if (!field || !names.includes(field) || errors[field]) continue;
    const issue = (PASSPORT_FIELD_ISSUES as readonly unknown[]).includes(e.issue) ? (e.issue as PassportFieldIssue) : undefined;
    errors[field] = issue ? issueMessage(field, issue, values, today, locale) : 'passport.enrollment.invalid';
  }
  return errors;
}
