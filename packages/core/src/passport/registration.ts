/**
 * PP-REGISTER — « Inscription entreprise sous-traitante » (seed 004): every field marked * is
 * required: the SIRET, or through « Vous n'avez pas de numéro SIRET ? » the VAT number; the
 * company name; one or more regions of intervention; the referent's last and first names; the
 * referent's e-mail twice; the password twice; the anti-robot step (« Je ne suis pas un robot »),
 * supplied by the host page as a token.
 *
 * The password follows the platform's one policy, the vault's (at least 11 characters counted in
 * code points, at most 128, no composition rule): seed 004 sets none, the SPEC asks 11 characters
 * wherever a password is chosen (RS-ONB, VA), and one policy means one rule, one message and one
 * schema for every widget and backend. The referent's e-mail is the company's login.
 */
import { isBlank } from '../shared/text.js';
import { assertNoFieldIssues, emailPairIssues, passwordPairIssues, type FieldIssues, type PassportFieldIssue } from './forms.js';
import { normalizeRegions, regionsIssue, type RegionCode } from './regions.js';
import { checkSiret, normalizeSiret, type SiretIssue } from './siret.js';
import { checkVat, normalizeVat, type VatIssue } from './vat.js';
import type { RegistrationRequest } from './schemas.js';

/** How the company is identified: its SIRET, or its VAT number when it has no SIRET. */
export const IDENTIFICATION_KINDS = ['siret', 'vat'] as const;
export type IdentificationKind = (typeof IDENTIFICATION_KINDS)[number];

/** The fields, in the seed's order (the order of the error summary). */
export const REGISTRATION_FIELDS = [
  'siret',
  'vat',
  'companyName',
  'regions',
  'referentLastName',
  'referentFirstName',
  'email',
  'emailConfirmation',
  'password',
  'passwordConfirmation',
  'antiRobotToken',
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

export interface RegistrationForm {
  /** Which of `siret` / `vat` is asked (only that one is checked and sent). */
  readonly identification: IdentificationKind;
  readonly siret: string;
  readonly vat: string;
  readonly companyName: string;
  readonly regions: readonly string[];
  readonly referentLastName: string;
  readonly referentFirstName: string;
  readonly email: string;
  readonly emailConfirmation: string;
  readonly password: string;
  readonly passwordConfirmation: string;
  /** The token of the host's anti-robot step, once done; null before. */
  readonly antiRobotToken: string | null;
}

export const EMPTY_REGISTRATION_FORM: RegistrationForm = {
  identification: 'siret',
  siret: '',
  vat: '',
  companyName: '',
  regions: [],
  referentLastName: '',
  referentFirstName: '',
  email: '',
  emailConfirmation: '',
  password: '',
  passwordConfirmation: '',
  antiRobotToken: null,
};

const SIRET_FIELD_ISSUE: Readonly<Record<SiretIssue, PassportFieldIssue>> = {
  required: 'required',
  format: 'siret-format',
  checksum: 'siret-checksum',
};
const VAT_FIELD_ISSUE: Readonly<Record<VatIssue, PassportFieldIssue>> = {
  required: 'required',
  country: 'vat-country',
  format: 'vat-format',
  checksum: 'vat-checksum',
};

/** PP-REGISTER: every issue of the form, in the order of the fields (empty: it may be sent). */
export function checkRegistration(form: RegistrationForm): FieldIssues<RegistrationField> {
  const issues: Partial<Record<RegistrationField, PassportFieldIssue>> = {};
  if (form.identification === 'siret') {
    const siret = checkSiret(form.siret);
    if (siret) issues.siret = SIRET_FIELD_ISSUE[siret];
  } else {
    const vat = checkVat(form.vat);
    if (vat) issues.vat = VAT_FIELD_ISSUE[vat];
  }
  if (isBlank(form.companyName)) issues.companyName = 'required';
  const regions = regionsIssue(form.regions);
  if (regions) issues.regions = regions;
  if (isBlank(form.referentLastName)) issues.referentLastName = 'required';
  if (isBlank(form.referentFirstName)) issues.referentFirstName = 'required';
  Object.assign(issues, emailPairIssues(form.email, form.emailConfirmation, ['email', 'emailConfirmation'] as const));
  Object.assign(issues, passwordPairIssues(form.password, form.passwordConfirmation, ['password', 'passwordConfirmation'] as const));
  if (isBlank(form.antiRobotToken)) issues.antiRobotToken = 'robot-check-required';
  return issues;
}

/**
 * The request body of a valid form: the chosen identifier normalised, texts trimmed, regions in
 * the list's order without duplicates; the confirmations stay in the form (they guard against
 * typos, the server needs one value). Throws a RangeError when the form still has issues.
 */
export function toRegistrationRequest(form: RegistrationForm): RegistrationRequest {
  assertNoFieldIssues(checkRegistration(form));
  return {
    identification:
      form.identification === 'siret' ? { kind: 'siret', siret: normalizeSiret(form.siret) } : { kind: 'vat', vat: normalizeVat(form.vat) },
    companyName: form.companyName.trim(),
    regions: normalizeRegions(form.regions as readonly RegionCode[]),
    referent: { lastName: form.referentLastName.trim(), firstName: form.referentFirstName.trim(), email: form.email.trim() },
    password: form.password,
    antiRobotToken: form.antiRobotToken!,
  };
}
