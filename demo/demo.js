// The demo host's own script: starts the in-browser mock API and wires the demo controls.
// A real partner page needs none of this — only <script type="module" src=".../vigie.js"> and the tags.
import { startMockWorker, SCENARIOS, describeScenario } from '/cdn/vigie-mock.js';

const $ = (id) => document.getElementById(id);
const provider = $('vigie');
const params = new URLSearchParams(location.search);
let simulated = params.get('today') || '';

const mock = await startMockWorker({
  scenario: params.get('scenario') ?? 'invoices:overdue',
  now: () => (simulated ? Date.parse(`${simulated}T12:00:00+01:00`) : Date.now()),
});

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
for (const type of ['vault-signed-in', 'vault-signed-out', 'vault-recovery-requested', 'vault-reset-requested', 'vault-password-changed', 'vault-identifier-requested', 'vault-activated', 'vault-email-changed', 'vault-document-opened', 'vault-document-downloaded', 'vault-document-printed', 'vault-document-archived', 'vault-document-moved', 'paper-payslip-requested']) {
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
