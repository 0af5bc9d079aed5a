/**
 * What the light-DOM widgets (vault, passport…) share to read failures and to put texts and links
 * a host or a server gave into a template safely: the failure an error carries and whether it
 * deserves a retry, host links kept to the web, catalog texts with parts, text that wraps well.
 * No rule of a service here: those are core's.
 */
import { html, type TemplateResult } from 'lit';
import { isApiError, type ApiFailure } from '@vigie/core/api';

/** The failure an error carries (a request that threw something else counts as a network failure). */
export const failureOf = (error: unknown): ApiFailure =>
  isApiError(error) ? error.failure : { kind: 'network', message: 'The request failed' };

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

/**
 * Whether the server received the request and judged it (a 4xx problem: a wrong password, a
 * policy refusal, a lock, a conflict…), as opposed to a failure that is not an answer (network,
 * time-out, abort, 5xx, 408, 429: the server never looked at what was typed). Typed secrets are
 * emptied only after a judgement; otherwise they stay for the retry (issue 8 #18, X-STATES).
 */
export const serverJudged = (failure: ApiFailure): boolean => failure.kind !== 'aborted' && !isRetryableFailure(failure);

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
