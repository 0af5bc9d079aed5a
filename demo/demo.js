// The demo host's own script: starts the in-browser mock API and wires the demo controls.
// A real partner page needs none of this — only <script type="module" src=".../vigie.js"> and the tags.
import { startMockWorker, SCENARIOS, describeScenario, PASSPORT_TEST_CAPTCHA_TOKEN } from '/cdn/vigie-mock.js';
import { allowMockWorker } from './trusted-types.js';

const $ = (id) => document.getElementById(id);
const provider = $('vigie');
const params = new URLSearchParams(location.search);
let simulated = params.get('today') || '';

// The page enforces Trusted Types: let the mock's service worker (and nothing else) through.
allowMockWorker();
const mock = await startMockWorker({
  scenario: params.get('scenario') ?? 'invoices:overdue',
  now: () => (simulated ? Date.parse(`${simulated}T12:00:00+01:00`) : Date.now()),
});

// The host's anti-robot step for <company-registration>. A real portal puts its captcha provider's
// widget here; this stand-in says it is one and yields the mock's documented test token.
customElements.define(
  'demo-robot-check',
  class extends HTMLElement {
    connectedCallback() {
      if (this.firstChild) return;
      const label = document.createElement('label');
      label.className = 'robot-check';
      this.box = Object.assign(document.createElement('input'), { type: 'checkbox' });
      label.append(this.box, 'Je ne suis pas un robot (démonstration)');
      this.append(label);
    }
    get token() {
      return this.box?.checked ? PASSPORT_TEST_CAPTCHA_TOKEN : '';
    }
    reset() {
      if (this.box) this.box.checked = false;
    }
  },
);
const registration = $('registration');
registration.captchaToken = () => registration.querySelector('demo-robot-check')?.token ?? '';
registration.addEventListener('captcha-token-used', () => registration.querySelector('demo-robot-check')?.reset());

// The mock answers from now on: load Vigie exactly as a partner page would.
await import('/cdn/vigie.js');

// Views of the portal (a hash per page, as a partner's router would do).
const showView = () => {
  const name = location.hash.slice(1) || 'registre';
  let found = false;
  for (const view of document.querySelectorAll('main[data-view]')) {
    view.hidden = view.dataset.view !== name;
    found ||= !view.hidden;
  }
  if (!found) document.querySelector('main[data-view="registre"]').hidden = false;
  for (const link of document.querySelectorAll('nav a')) {
    const current = link.getAttribute('href') === `#${name}` && !link.dataset.feature?.match(/interventions|site-synthesis/);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
};
addEventListener('hashchange', showView);
showView();

// Scenario switcher
const select = $('scenario');
const fillScenarios = (locale) => {
  select.replaceChildren(...SCENARIOS.map(({ name }) => new Option(`${name} — ${describeScenario(name, locale)}`, name)));
  select.value = mock.scenario;
};
fillScenarios('fr');
select.addEventListener('change', () => {
  mock.setScenario(select.value);
  const url = new URL(location.href);
  url.searchParams.set('scenario', select.value);
  history.replaceState(null, '', url);
  $('banner').refresh();
  $('list').refresh();
  for (const el of document.querySelectorAll('passport-roster, company-profile, space-switcher')) el.refresh?.();
});

// Simulated date: the provider's clock, and the mock's "today" (the data keep their dates).
const today = $('today');
today.value = simulated;
const applyDate = () => (simulated ? provider.setAttribute('now', simulated) : provider.removeAttribute('now'));
applyDate();
today.addEventListener('change', () => {
  simulated = today.value;
  applyDate();
});

// Language and theme
for (const radio of document.querySelectorAll('input[name=lang]')) {
  radio.addEventListener('change', () => {
    provider.locale = radio.value;
    document.documentElement.lang = radio.value;
    fillScenarios(radio.value);
  });
}
$('dark').addEventListener('change', (e) => {
  provider.theme = e.target.checked ? 'dark' : 'light';
  document.documentElement.classList.toggle('dark', e.target.checked);
});

// What the host hears: events and the access state (SR-INVOICE restricted access).
const log = $('log');
const note = (text) => (log.textContent = `${new Date().toLocaleTimeString('fr-FR')} — ${text}`);
provider.addEventListener('invoice-level-changed', (e) => note(`invoice-level-changed: ${e.previous ?? '∅'} → ${e.level}`));
provider.addEventListener('invoices-requested', (e) => note(`invoices-requested (niveau ${e.level})`));
for (const type of ['vault-signed-in', 'vault-signed-out', 'vault-recovery-requested', 'vault-reset-requested', 'vault-password-changed', 'vault-identifier-requested', 'vault-activated', 'vault-email-changed', 'vault-document-opened', 'vault-document-downloaded', 'vault-document-printed', 'vault-document-archived', 'vault-document-moved', 'paper-payslip-requested',
  'passport-signed-in', 'passport-signed-out', 'passport-reset-requested', 'company-registered', 'company-updated', 'company-handed-over',
  'employees-email-domain-changed', 'spaces-linked', 'space-switched', 'spaces-dissociated', 'employee-enrolled', 'employee-updated',
  'employee-deleted', 'employee-unblocked']) {
  provider.addEventListener(type, () => note(type));
}
provider.addEventListener('access-changed', (e) => {
  note(`access-changed: ${e.access.kind}`);
  const restricted = e.access.kind === 'restricted';
  for (const link of document.querySelectorAll('nav a[data-feature]')) {
    const blocked = restricted && !e.access.allowed.includes(link.dataset.feature);
    link.toggleAttribute('aria-disabled', blocked);
    link.classList.toggle('blocked', blocked);
  }
  const access = $('access-note');
  access.hidden = !restricted;
  access.textContent = restricted
    ? 'Accès restreint par la page hôte : seule la « Synthèse des sites » reste disponible (selon vos droits).'
    : '';
});
