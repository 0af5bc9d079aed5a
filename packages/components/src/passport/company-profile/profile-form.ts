/**
 * The form of `<company-profile>` (PP-COMPANY) as data: its fields, the form's values of the
 * company as the server holds it, a refusal's field messages, and what another person changed.
 * Pure functions of what they are given.
 */
import {
  COMPANY_FIELDS,
  HANDOVER_PASSWORD_MODES,
  PASSPORT_FIELD_ISSUES,
  REGION_CODES,
  SPACES_REFUSAL_REASONS,
  fieldIssueMessageKey,
  passportProblemOfFailure,
  problemOf,
  regionMessageKey,
  spacesRefusalMessageKey,
  type ApiFailure,
  type CompanyField,
  type CompanyInfo,
  type HandoverPasswordMode,
  type MessageKey,
  type Params,
  type PassportFieldIssue,
  type SpacesRefusalReason,
} from '@vigie/core';
import { splitMulti, type FieldError, type FieldSpec } from '../../base/forms/index.js';

/** What the fields need of the element. */
export interface ProfileFormHost {
  t(key: MessageKey, params?: Params): string;
  /** The referent's e-mail changes (a handover). */
  handover(): boolean;
  mode(): HandoverPasswordMode | null;
}

/** The form's values by field (non-secret ones trimmed; passwords exactly as typed, never kept). */
export type Values = { readonly [K in CompanyField]: string };

export const isMode = (value: string): value is HandoverPasswordMode => (HANDOVER_PASSWORD_MODES as readonly string[]).includes(value);

/** The server's field paths (`referent.email`, `password.temporaryPassword`…) → the form's names (a server may also name the form's fields themselves). */
const SERVER_FIELDS: Readonly<Record<string, CompanyField>> = {
  companyName: 'companyName',
  regions: 'regions',
  'referent.lastName': 'referentLastName',
  'referent.firstName': 'referentFirstName',
  'referent.email': 'referentEmail',
  email: 'referentEmail',
  password: 'password',
  'password.temporaryPassword': 'password',
  temporaryPassword: 'password',
};

/** The form's values of the company's information as the server holds it. */
export function valuesOf(info: CompanyInfo) {
  return {
    companyName: info.companyName,
    regions: REGION_CODES.filter((c) => info.regions.includes(c)).join(','),
    referentLastName: info.referent.lastName,
    referentFirstName: info.referent.firstName,
    referentEmail: info.referent.email,
    handoverPassword: '',
  };
}

/** The fields, in the seed's order. The password fields are starred only when a temporary password is asked. */
export function companyFields(h: ProfileFormHost) {
  const handover = () => h.handover();
  const temporary = () => handover() && h.mode() === 'temporary';
  const label = (normal: MessageKey, temp: MessageKey) => () => h.t(temporary() ? temp : normal);
  return {
    companyName: { kind: 'text', label: 'passport.company.companyName', required: true, autocomplete: 'organization' },
    regions: {
      kind: 'multi',
      label: 'passport.company.regions',
      hint: 'passport.company.regions.hint',
      required: true,
      options: REGION_CODES.map((code) => ({ value: code, label: regionMessageKey(code) })),
    },
    referentLastName: { kind: 'text', label: 'passport.company.referentLastName', required: true, autocomplete: 'family-name' },
    referentFirstName: { kind: 'text', label: 'passport.company.referentFirstName', required: true, autocomplete: 'given-name' },
    referentEmail: {
      kind: 'email',
      label: 'passport.company.referentEmail',
      hint: 'passport.company.referentEmail.hint',
      required: true,
      autocomplete: 'username',
    },
    handoverPassword: {
      kind: 'choice',
      label: 'passport.company.handover.question',
      options: HANDOVER_PASSWORD_MODES.map((mode) => ({ value: mode, label: `passport.handover.mode.${mode}` as const })),
      get required() {
        return handover();
      },
    },
    password: {
      kind: 'new-password',
      label: label('passport.company.password', 'passport.company.temporaryPassword'),
      get required() {
        return temporary();
      },
    },
    passwordConfirmation: {
      kind: 'new-password',
      label: label('passport.company.passwordConfirmation', 'passport.company.temporaryPasswordConfirmation'),
      get required() {
        return temporary();
      },
    },
  } satisfies Record<CompanyField, FieldSpec>;
}

/** A refusal that belongs to a field: the handover's (spaces, taken e-mail) or a 422's. */
export function companyFieldErrors(failure: ApiFailure): Partial<Record<CompanyField, FieldError>> | undefined {
  const problem = passportProblemOfFailure(failure);
  const body = problemOf(failure);
  if (problem === 'spacesRefused') {
    const reason = body?.['reason'];
    if ((SPACES_REFUSAL_REASONS as readonly unknown[]).includes(reason))
      return { referentEmail: spacesRefusalMessageKey(reason as SpacesRefusalReason) };
  }
  if (problem === 'emailUnavailable') return { referentEmail: 'passport.company.emailUnavailable' };
  if (problem !== 'validation') return undefined;
  const errors: Partial<Record<CompanyField, FieldError>> = {};
  for (const e of Array.isArray(body?.['errors']) ? (body['errors'] as { field?: unknown; issue?: unknown }[]) : []) {
    const name = String(e.field);
    const field = (COMPANY_FIELDS as readonly string[]).includes(name) ? (name as CompanyField) : SERVER_FIELDS[name];
    const issue = (PASSPORT_FIELD_ISSUES as readonly unknown[]).includes(e.issue) ? (e.issue as PassportFieldIssue) : undefined;
    if (field && issue) errors[field] ??= fieldIssueMessageKey(issue);
  }
  return Object.keys(errors).length ? errors : undefined;
}

/** The fields another person changed, with their new value as the server now holds it. */
export function changesBetween(h: Pick<ProfileFormHost, 't'>, before: CompanyInfo, after: CompanyInfo) {
  const was = valuesOf(before);
  const now = valuesOf(after);
  const regions = (v: string) =>
    splitMulti(v)
      .map((c) => h.t(regionMessageKey(c as (typeof REGION_CODES)[number])))
      .join(', ');
  return (['companyName', 'regions', 'referentLastName', 'referentFirstName', 'referentEmail'] as const)
    .filter((f) => was[f] !== now[f])
    .map((f) => ({ label: h.t(`passport.company.${f}`), value: f === 'regions' ? regions(now[f]) : now[f] }));
}
