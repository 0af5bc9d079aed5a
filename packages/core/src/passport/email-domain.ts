/**
 * PP-COMPANY — changing the e-mail domain of every employee account in one action (seed 004:
 * « Si le nom de domaine de votre entreprise change et que vous devez faire évoluer l'ensemble des
 * adresses emails professionnelles associées aux comptes de vos salariés inscrits, vous pouvez le
 * faire en quelques clics »).
 *
 * - Only the addresses whose domain is exactly the old one change (case aside): a sub-domain
 *   (`chantier.dupont.fr` when moving `dupont.fr`) or another domain stays, and so does an
 *   employee with no e-mail. The part before `@` is kept as typed.
 * - The referent's e-mail is not an employee's: it is the company's login and changes only
 *   through the company information (a handover).
 * - {@link previewDomainChange} says beforehand how many change and which stay;
 *   {@link applyDomainChange} is the change itself (the mock applies it; a backend must agree).
 */
import { isBlank } from '../shared/text.js';
import type { FieldIssues, PassportFieldIssue } from './forms.js';

/** Labels of letters, digits and inner hyphens, a dot between, an alphabetic (or punycode) top-level label; 253 characters at most. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+(?:[a-z]{2,63}|xn--[a-z\d-]{1,59})$/;

/** ` @Dupont.FR ` → `dupont.fr`: trimmed, lower case, a leading `@` dropped. */
export function normalizeDomain(value: string): string {
  return value.trim().replace(/^@/, '').toLowerCase();
}

export const isDomain = (value: string): boolean => DOMAIN.test(normalizeDomain(value));

/** The domain of an address, in lower case (`''` when it has no `@`). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : normalizeDomain(email.slice(at + 1));
}

export const DOMAIN_CHANGE_FIELDS = ['fromDomain', 'toDomain'] as const;
export type DomainChangeField = (typeof DOMAIN_CHANGE_FIELDS)[number];

export interface DomainChangeForm {
  readonly fromDomain: string;
  readonly toDomain: string;
}

/** PP-COMPANY: both domains required and well-formed, and different. */
export function checkDomainChange(form: DomainChangeForm): FieldIssues<DomainChangeField> {
  const issues: Partial<Record<DomainChangeField, PassportFieldIssue>> = {};
  for (const field of DOMAIN_CHANGE_FIELDS) {
    if (isBlank(form[field])) issues[field] = 'required';
    else if (!isDomain(form[field])) issues[field] = 'invalid-domain';
  }
  if (!issues.fromDomain && !issues.toDomain && normalizeDomain(form.fromDomain) === normalizeDomain(form.toDomain))
    issues.toDomain = 'same-domain';
  return issues;
}

/** The address on the new domain when it is on the old one; otherwise the address unchanged (null stays null). */
export function changeEmailDomain(email: string | null, fromDomain: string, toDomain: string): string | null {
  if (email === null || domainOf(email) !== normalizeDomain(fromDomain)) return email;
  return `${email.slice(0, email.lastIndexOf('@')).trim()}@${normalizeDomain(toDomain)}`;
}

/** One address a domain change moves. */
export interface DomainChange<T> {
  readonly employee: T;
  /** The address after the change. */
  readonly email: string;
}

/** Who a domain change moves, and who it leaves alone (the counts are the lengths). */
export interface DomainChangePreview<T> {
  /** On the old domain: their address changes (with the new one). */
  readonly changing: readonly DomainChange<T>[];
  /** On another domain (a sub-domain included): unchanged. */
  readonly otherDomain: readonly T[];
  /** No e-mail: nothing to change. */
  readonly noEmail: readonly T[];
}

/** PP-COMPANY: what a change from `fromDomain` to `toDomain` would do to these employees (each list in their order). */
export function previewDomainChange<T extends { readonly email: string | null }>(
  employees: readonly T[],
  fromDomain: string,
  toDomain: string,
): DomainChangePreview<T> {
  const changing: DomainChange<T>[] = [];
  const otherDomain: T[] = [];
  const noEmail: T[] = [];
  for (const employee of employees) {
    const email = changeEmailDomain(employee.email, fromDomain, toDomain);
    if (employee.email === null || isBlank(employee.email)) noEmail.push(employee);
    else if (email === employee.email) otherDomain.push(employee);
    else changing.push({ employee, email: email! });
  }
  return { changing, otherDomain, noEmail };
}

/** PP-COMPANY: the employees after the change (the same objects where nothing changes). */
export function applyDomainChange<T extends { readonly email: string | null }>(
  employees: readonly T[],
  fromDomain: string,
  toDomain: string,
): T[] {
  return employees.map((e) => {
    const email = changeEmailDomain(e.email, fromDomain, toDomain);
    return email === e.email ? e : { ...e, email };
  });
}
