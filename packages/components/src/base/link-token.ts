/**
 * Issue 8 #12 — the ONE way a link widget takes its token from the page's address: only its own
 * kind's parameter (core's `LINK_TOKEN_PARAMS`: `reset-token`, `activation-token`, `email-token`,
 * `passport-reset-token`), removed at once from the address bar (`history.replaceState`: not in
 * bookmarks, shares, the next page's Referer); the other parameters, other kinds' tokens included,
 * and the fragment stay. So any number of link widgets can share a page.
 *
 * ```ts
 * const token = takeLinkToken('vault-reset'); // or takeLinkToken('vault-reset', this.tokenParam)
 * ```
 */
import { LINK_TOKEN_PARAMS, type LinkKind } from '@vigie/core';

/**
 * The token of a `kind` link in the page's address (`param` overrides the parameter's name, for a
 * host that links with its own), removed from it; `undefined` when there is none (or it is blank).
 */
export function takeLinkToken(kind: LinkKind, param?: string): string | undefined {
  if (typeof location === 'undefined' || typeof history === 'undefined') return undefined;
  const name = param?.trim() || LINK_TOKEN_PARAMS[kind];
  let url: URL;
  try {
    url = new URL(location.href);
  } catch {
    return undefined;
  }
  if (!url.searchParams.has(name)) return undefined;
  const value = url.searchParams.get(name)?.trim() ?? '';
  url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  return value || undefined;
}
