/**
 * What the vault widgets share besides their events and the light-DOM helpers of
 * base/forms/helpers.ts: the vault's own failures (the session refused, per-field issues), the
 * « Se connecter » action and the support contact. No rule of the vault here: those are core's.
 */
import { html } from 'lit';
import { safeHref, unbreakable, withParts, wrappableEmail } from '../base/forms/helpers.js';
import {
  FIELD_ISSUE_CODES,
  formatSupportHours,
  isVaultSessionRefused,
  problemOf,
  supportMailHref,
  supportPhoneHref,
  vaultProblemOfFailure,
  type ApiFailure,
  type FieldIssueCode,
  type Locale,
  type MessageKey,
  type Params,
  type SupportContact,
} from '@vigie/core';
import { VaultLoginRequestedEvent, type VaultLoginReason } from './vault.events.js';

/** The server refused the vault session (`/problems/session-required`, or any 401): sign in again. Core's rule (`isVaultSessionRefused`). */
export const isSessionRefused = (failure: ApiFailure): boolean => isVaultSessionRefused(failure);

/**
 * The issues a vault server may name for a field (`/problems/validation`'s `{ field, issue }`):
 * core's codes, and `invalid` for a value its own checks refused that names none of them. Each has
 * its message `vault.field.<issue>` (the type below fails to compile if one is missing).
 */
export type ServerFieldIssue = FieldIssueCode | 'invalid';

const SERVER_FIELD_ISSUES: readonly string[] = [...FIELD_ISSUE_CODES, 'invalid'] satisfies readonly ServerFieldIssue[];

/** The message of a field issue; an issue this client does not know reads as `invalid`. */
export const fieldIssueKey = (issue: unknown): `vault.field.${ServerFieldIssue}` & MessageKey =>
  `vault.field.${typeof issue === 'string' && SERVER_FIELD_ISSUES.includes(issue) ? (issue as ServerFieldIssue) : 'invalid'}`;

/**
 * The server's per-field issues (a 422 `/problems/validation`) for the fields of a form, as
 * messages: the first issue of each field, fields of other forms left out. Empty for any other failure.
 * `rename` maps the server's field path to the form's name (`person.email` → `email`).
 */
export function serverFieldErrors<F extends string>(
  failure: ApiFailure,
  fields: readonly F[],
  rename: (field: string) => string = (f) => f,
): Partial<Record<F, MessageKey>> {
  const errors: Partial<Record<F, MessageKey>> = {};
  if (vaultProblemOfFailure(failure) !== 'validation') return errors;
  const list = problemOf(failure)?.['errors'];
  for (const e of Array.isArray(list) ? (list as { field?: unknown; issue?: unknown }[]) : []) {
    const field = rename(String(e.field ?? ''));
    if ((fields as readonly string[]).includes(field)) errors[field as F] ??= fieldIssueKey(e.issue);
  }
  return errors;
}

/**
 * « Se connecter » (or « Retour à la connexion »): a link to the host's sign-in page when it gave
 * one, a button otherwise; either fires the cancelable `vault-login-requested` with its reason.
 */
export function loginAction(
  host: HTMLElement,
  o: { readonly label: string; readonly href: string | undefined; readonly reason: VaultLoginReason; readonly className: string },
) {
  const href = safeHref(o.href);
  const onClick = (e: Event) => {
    const event = new VaultLoginRequestedEvent(href, o.reason);
    host.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  };
  return href
    ? html`<a class=${o.className} href=${href} @click=${onClick}>${o.label}</a>`
    : html`<button type="button" class=${o.className} @click=${onClick}>${o.label}</button>`;
}

/**
 * VA-SUPPORT (seed 002, questions 7 and 9): « Contactez le support par e-mail à … ou par téléphone
 * au …, du lundi au vendredi… », the address and the number being the links.
 */
export function supportContact(t: (key: MessageKey, params?: Params) => string, locale: Locale, support: SupportContact) {
  return withParts(t('vault.support.contact', { hours: formatSupportHours(locale, support.hours) }), {
    email: html`<a href=${supportMailHref(support.email)}>${wrappableEmail(support.email)}</a>`,
    phone: html`<a href=${supportPhoneHref(support.phone)}>${unbreakable(support.phone)}</a>`,
  });
}

/** « Écrire au support (adresse) », its address wrappable. */
export const writeToSupport = (t: (key: MessageKey, params?: Params) => string, email: string) =>
  withParts(t('vault.support.email'), { email: wrappableEmail(email) });
