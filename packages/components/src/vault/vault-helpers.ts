/**
 * What the vault widgets share besides their events, icons and styles: reading the server's
 * failures (retry or answer, the session refused, per-field issues), the « Se connecter » action,
 * host links, and catalog texts with parts in them. No rule of the vault here: those are core's.
 */
import { html, type TemplateResult } from 'lit';
import {
  FIELD_ISSUE_CODES,
  formatSupportHours,
  isApiError,
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

/** The failure an error carries (a request that threw something else counts as a network failure). */
export const failureOf = (error: unknown): ApiFailure => (isApiError(error) ? error.failure : { kind: 'network', message: 'The request failed' });

/**
 * Whether a failure deserves a retry (the service could not answer) rather than an answer. Where
 * the answer must not reveal whether an account exists (VA-RESET, VA-LOSTID), any other refusal
 * gets the generic outcome.
 */
export function isRetryableFailure(failure: ApiFailure): boolean {
  if (failure.kind === 'network' || failure.kind === 'timeout') return true;
  if (failure.kind === 'aborted') return false;
  return failure.status >= 500 || failure.status === 408 || failure.status === 429;
}

/** The server refused the vault session (`/problems/session-required`, or any 401): sign in again. */
export const isSessionRefused = (failure: ApiFailure): boolean =>
  vaultProblemOfFailure(failure) === 'sessionRequired' || ((failure.kind === 'http' || failure.kind === 'conflict') && failure.status === 401);

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

/** A link a host gave us, if it is a web link (never `javascript:` or `data:`). */
export function safeHref(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  try {
    const url = new URL(v, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * « Se connecter » (or « Retour à la connexion »): a link to the host's sign-in page when it gave
 * one, a button otherwise; either fires the cancelable `vault-login-requested` with its reason.
 */
export function loginAction(host: HTMLElement, o: { readonly label: string; readonly href: string | undefined; readonly reason: VaultLoginReason; readonly className: string }) {
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
 * A catalog text whose `{name}` placeholders are parts of the template (a link, a button…): the
 * rest stays text (never markup). A placeholder without a part stays as it is.
 */
export function withParts(text: string, parts: Readonly<Record<string, TemplateResult | string>>): (TemplateResult | string)[] {
  return text.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : (parts[piece] ?? `{${piece}}`)));
}

/** Spaces that must not break a short group (`06 •• •• •• 32`, `05 82 01 01 01`) become no-break spaces. */
export const unbreakable = (text: string): string => text.replace(/ /g, '\u00a0');

/** An e-mail address that may wrap after its « @ » on a narrow screen (`<wbr>`: nothing is added to what is copied). */
export const wrappableEmail = (email: string): TemplateResult => {
  const at = email.indexOf('@');
  return at < 0 ? html`${email}` : html`${email.slice(0, at + 1)}<wbr />${email.slice(at + 1)}`;
};

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
export const writeToSupport = (t: (key: MessageKey, params?: Params) => string, email: string) => withParts(t('vault.support.email'), { email: wrappableEmail(email) });
