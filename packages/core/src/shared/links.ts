/**
 * VA-RESET, VA-ACTIVATE, PP-LOGIN… (issue 8 #12) — the links Vigie's services e-mail open the host's
 * page with the token in a query parameter of THEIR OWN KIND, so that several link widgets can
 * share one page and each takes only its own link:
 *
 * | kind               | parameter              | widget                                      |
 * | ------------------ | ---------------------- | ------------------------------------------- |
 * | `vault-reset`      | `reset-token`          | `<vault-password-reset>`                    |
 * | `vault-activation` | `activation-token`     | `<vault-activation>`                        |
 * | `vault-email`      | `email-token`          | the vault's e-mail confirmation page        |
 * | `passport-reset`   | `passport-reset-token` | the passport's reset link page              |
 * | `remote-invitation`| `rs-invitation`        | `<remote-onboarding>` (the invitation)      |
 * | `remote-signup`    | `rs-signup`            | `<remote-onboarding>` (the e-mailed link)   |
 *
 * e.g. `https://portail.example.fr/coffre?reset-token=rst_4f…#mot-de-passe`. A widget reads its
 * parameter, removes it from the address bar at once and never touches another kind's.
 */
export const LINK_TOKEN_PARAMS = {
  'vault-reset': 'reset-token',
  'vault-activation': 'activation-token',
  'vault-email': 'email-token',
  'passport-reset': 'passport-reset-token',
  'remote-invitation': 'rs-invitation',
  'remote-signup': 'rs-signup',
} as const;

export type LinkKind = keyof typeof LINK_TOKEN_PARAMS;
export const LINK_KINDS = Object.keys(LINK_TOKEN_PARAMS) as LinkKind[];

/**
 * The address of an e-mailed link: `page` (the host's page that holds the widget, absolute or
 * relative) with the token in its kind's parameter; other parameters and the fragment are kept.
 */
export function linkHref(kind: LinkKind, token: string, page: string): string {
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(page);
  const url = new URL(page, 'http://relative.invalid/');
  url.searchParams.set(LINK_TOKEN_PARAMS[kind], token);
  if (absolute) return url.href;
  // « ?x=1#part » stays relative to the current page; « /coffre » to the site.
  return `${/^[?#]/.test(page) ? '' : url.pathname}${url.search}${url.hash}`;
}
