/**
 * The CDN entry (`dist/cdn/vigie.js`): the provider and the shared runtime (lit, context, base)
 * come at once; each widget's code is fetched the first time its tag appears in the page, so a
 * page pays only for the widgets it shows. Hosts just write the tags.
 */
import './define/vigie-provider.js';

/** Tag → its define entry. Checked against `src/define/` by `cdn.test.node.ts`. */
export const WIDGETS: Readonly<Record<string, () => Promise<unknown>>> = {
  'invoice-banner': () => import('./define/invoice-banner.js'),
  'invoice-list': () => import('./define/invoice-list.js'),
  'register-access-notice': () => import('./define/register-access-notice.js'),
  'fire-permit-list': () => import('./define/fire-permit-list.js'),
  'report-observations': () => import('./define/report-observations.js'),
  'pdf-text-picker': () => import('./define/pdf-text-picker.js'),
  'user-profiles': () => import('./define/user-profiles.js'),
  'intervention-list': () => import('./define/intervention-list.js'),
  'intervention-signature': () => import('./define/intervention-signature.js'),
  'vault-login': () => import('./define/vault-login.js'),
  'vault-password-reset': () => import('./define/vault-password-reset.js'),
  'vault-identifier-recovery': () => import('./define/vault-identifier-recovery.js'),
  'vault-activation': () => import('./define/vault-activation.js'),
  'vault-profile': () => import('./define/vault-profile.js'),
  'vault-email-confirmation': () => import('./define/vault-email-confirmation.js'),
  'vault-documents': () => import('./define/vault-documents.js'),
  'paper-payslip-request': () => import('./define/paper-payslip-request.js'),
  'company-registration': () => import('./define/company-registration.js'),
  'passport-login': () => import('./define/passport-login.js'),
  'passport-password-reset': () => import('./define/passport-password-reset.js'),
  'employee-enrollment': () => import('./define/employee-enrollment.js'),
  'passport-roster': () => import('./define/passport-roster.js'),
  'passport-view': () => import('./define/passport-view.js'),
  'company-profile': () => import('./define/company-profile.js'),
  'space-switcher': () => import('./define/space-switcher.js'),
  'site-list': () => import('./define/site-list.js'),
  'active-alarms': () => import('./define/active-alarms.js'),
  'call-list-editor': () => import('./define/call-list-editor.js'),
  'site-contacts': () => import('./define/site-contacts.js'),
  'id-pin-links': () => import('./define/id-pin-links.js'),
  'remote-onboarding': () => import('./define/remote-onboarding.js'),
  'site-overview': () => import('./define/site-overview.js'),
  'anomaly-list': () => import('./define/anomaly-list.js'),
};

const requested = new Set<string>();
const selector = Object.keys(WIDGETS).join(',');

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  WIDGETS[tag]!().catch((e: unknown) => {
    requested.delete(tag);
    console.error(`[vigie] could not load <${tag}>`, e);
  });
}

function discover(root: ParentNode): void {
  if (root instanceof Element && root.localName in WIDGETS) load(root.localName);
  for (const el of root.querySelectorAll(selector)) load(el.localName);
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) discover(n);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
