/**
 * PP-COMPANY — « Informations de l'entreprise » (seed 004): the SIRET (shown, not editable), the
 * company name, the regions, the referent's names and e-mail (all required), and an optional new
 * password twice.
 *
 * The referent's e-mail is the company's login: changing it is a handover (« passage de relais »):
 * « Vérifiez que l'adresse mail a été correctement saisie ; celle-ci deviendra le nouvel
 * identifiant de connexion au compte de l'entreprise et notre nouveau contact privilégié. » When
 * it changes, the form asks what becomes of the password ({@link HandoverPasswordMode}): kept,
 * replaced by a temporary one for the successor (typed in the new-password fields, to be changed
 * at their first login), or left to a reset the successor asks for. A handover while the spaces
 * are linked is refused: dissociate first (PP-SPACES).
 *
 * One « Enregistrer les modifications » may need up to two calls: {@link planCompanyChanges}
 * says which, in order. A handover is always ONE call, whatever else changed with it (the name,
 * the regions, the referent's names go in the handover's request): it can never stop half done.
 */
import { isBlank, sameEmail } from '../shared/text.js';
import { assertNoFieldIssues, emailFieldIssue, passwordPairIssues, type FieldIssues, type PassportFieldIssue } from './forms.js';
import { normalizeRegions, regionsIssue, type RegionCode } from './regions.js';
import type { HandoverPasswordMode } from './spaces.js';
import type { CompanyInfo, CompanyPasswordChangeRequest, CompanyUpdateRequest, HandoverRequest } from './schemas.js';

/** The editable fields, in the seed's order. */
export const COMPANY_FIELDS = [
  'companyName',
  'regions',
  'referentLastName',
  'referentFirstName',
  'referentEmail',
  'handoverPassword',
  'password',
  'passwordConfirmation',
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

export interface CompanyForm {
  readonly companyName: string;
  readonly regions: readonly string[];
  readonly referentLastName: string;
  readonly referentFirstName: string;
  readonly referentEmail: string;
  /** What becomes of the password when the e-mail changes; null until chosen (asked only then). */
  readonly handoverPassword: HandoverPasswordMode | null;
  /** A new password (optional), or the temporary password of a handover. */
  readonly password: string;
  readonly passwordConfirmation: string;
}

/** The form as it opens: the company's current information, no password. */
export function companyFormOf(info: CompanyInfo): CompanyForm {
  return {
    companyName: info.companyName,
    regions: info.regions,
    referentLastName: info.referent.lastName,
    referentFirstName: info.referent.firstName,
    referentEmail: info.referent.email,
    handoverPassword: null,
    password: '',
    passwordConfirmation: '',
  };
}

/** PP-COMPANY: the referent's e-mail, hence the company's login, changes (a well-formed new address, case aside). */
export function isLoginChange(info: CompanyInfo, form: Pick<CompanyForm, 'referentEmail'>): boolean {
  return emailFieldIssue(form.referentEmail) === undefined && !sameEmail(form.referentEmail, info.referent.email);
}

/** Whether the new-password fields are filled in. */
const passwordTyped = (form: CompanyForm): boolean => form.password !== '' || form.passwordConfirmation !== '';

export interface CompanyFormContext {
  /** Whether the referent's spaces are linked (a handover must wait for the dissociation). */
  readonly spacesLinked: boolean;
}

/** PP-COMPANY: every issue of the form, in the order of the fields (empty: it may be saved). */
export function checkCompanyForm(info: CompanyInfo, form: CompanyForm, { spacesLinked }: CompanyFormContext): FieldIssues<CompanyField> {
  const issues: Partial<Record<CompanyField, PassportFieldIssue>> = {};
  if (isBlank(form.companyName)) issues.companyName = 'required';
  const regions = regionsIssue(form.regions);
  if (regions) issues.regions = regions;
  if (isBlank(form.referentLastName)) issues.referentLastName = 'required';
  if (isBlank(form.referentFirstName)) issues.referentFirstName = 'required';
  const handover = isLoginChange(info, form);
  const email = emailFieldIssue(form.referentEmail) ?? (handover && spacesLinked ? 'spaces-linked' : undefined);
  if (email) issues.referentEmail = email;
  if (handover && form.handoverPassword === null) issues.handoverPassword = 'required';
  const passwordNeeded = handover ? form.handoverPassword === 'temporary' : passwordTyped(form);
  if (passwordNeeded)
    Object.assign(issues, passwordPairIssues(form.password, form.passwordConfirmation, ['password', 'passwordConfirmation'] as const));
  return issues;
}

export const COMPANY_WARNINGS = ['login-change', 'handover-keep', 'handover-temporary', 'handover-reset'] as const;
/**
 * What the form must say before saving: `login-change` (the seed's « IMPORTANT »: the new e-mail
 * becomes the company's login and the platform's contact), then what the chosen password mode
 * means for the successor.
 */
export type CompanyWarning = (typeof COMPANY_WARNINGS)[number];

/** The catalog key of a warning (`passport.company.warning.login-change`…). */
export const companyWarningMessageKey = <W extends CompanyWarning>(warning: W): `passport.company.warning.${W}` =>
  `passport.company.warning.${warning}`;

/** PP-COMPANY: the warnings of the form as it stands. */
export function companyWarnings(info: CompanyInfo, form: CompanyForm): CompanyWarning[] {
  if (!isLoginChange(info, form)) return [];
  return form.handoverPassword ? ['login-change', `handover-${form.handoverPassword}`] : ['login-change'];
}

/** One call that saving the form makes. */
export type CompanyChange =
  | { readonly kind: 'update'; readonly request: CompanyUpdateRequest }
  | { readonly kind: 'hand-over'; readonly request: HandoverRequest }
  | { readonly kind: 'password'; readonly request: CompanyPasswordChangeRequest };

const sameText = (a: string, b: string): boolean => a.trim() === b.trim();

function sameRegions(a: readonly string[], b: readonly string[]): boolean {
  const x = normalizeRegions(a as readonly RegionCode[]);
  const y = normalizeRegions(b as readonly RegionCode[]);
  return x.length === y.length && x.every((code, i) => code === y[i]);
}

function handoverPassword(form: CompanyForm): HandoverRequest['password'] {
  if (form.handoverPassword === 'temporary') return { mode: 'temporary', temporaryPassword: form.password };
  return { mode: form.handoverPassword === 'reset' ? 'reset' : 'keep' };
}

/**
 * PP-COMPANY: the calls that save a valid form, in the order to make them. The e-mail changed:
 * the handover alone, carrying the name, the regions and the referent's names too (one call, all
 * or nothing). Otherwise: the update of the information (name, regions, referent's names) when any
 * changed, then the password change when a new password was typed. Empty: nothing changed. Each
 * call answers with the company's new `version`, to send as `If-Match` with the next one.
 * Throws a RangeError when the form has issues.
 */
export function planCompanyChanges(info: CompanyInfo, form: CompanyForm, ctx: CompanyFormContext): CompanyChange[] {
  assertNoFieldIssues(checkCompanyForm(info, form, ctx));
  const referent = { lastName: form.referentLastName.trim(), firstName: form.referentFirstName.trim() };
  const changes: CompanyChange[] = [];
  const infoChanged =
    !sameText(form.companyName, info.companyName) ||
    !sameRegions(form.regions, info.regions) ||
    !sameText(form.referentLastName, info.referent.lastName) ||
    !sameText(form.referentFirstName, info.referent.firstName);
  const companyName = form.companyName.trim();
  const regions = normalizeRegions(form.regions as readonly RegionCode[]);
  // Point 17: the handover carries the rest of the form, so it is all saved at once, or nothing.
  if (isLoginChange(info, form))
    return [
      {
        kind: 'hand-over',
        request: { referent, email: form.referentEmail.trim(), password: handoverPassword(form), companyName, regions },
      },
    ];
  if (infoChanged) changes.push({ kind: 'update', request: { companyName, regions, referent } });
  if (passwordTyped(form)) changes.push({ kind: 'password', request: { password: form.password } });
  return changes;
}
