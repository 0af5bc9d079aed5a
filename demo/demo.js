// The demo host's own script: starts the in-browser mock API and wires the demo controls.
// A real partner page needs none of this — only <script type="module" src=".../vigie.js"> and the tags.
import {
  startMockWorker,
  SCENARIOS,
  describeScenario,
  PASSPORT_TEST_CAPTCHA_TOKEN,
  PASSPORT_DEMO_SESSION_TOKEN,
  UNPG_MODULE_IDS,
  passportCoreMessages,
  passportModuleFailuresPath,
  remoteOnboarding,
  REMOTE_ONBOARDING_DEMO,
  REMOTE_ALARMS_RAISE_PATH,
  ALARM_KINDS,
  remoteCoreMessages,
  remoteInvitationOutbox,
  acceptRemoteInvitation,
} from '/cdn/vigie-mock.js';
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

// The portal's own sign-in gives the provider a bearer token for the API (the mock, like a real
// backend, refuses private routes without one). A real portal returns its user's token here.
provider.getToken = async () => 'demo-portail-claire-martin';

// The mock answers from now on: load Vigie exactly as a partner page would.
await import('/cdn/vigie.js');

// Sessions live in memory only (X-SECURITY): a scenario switch or a reload ends them. The page says so,
// politely, instead of leaving a person to find a sign-in form where they were signed in.
const NN = '\u202f';
const noticeBox = $('demo-notice');
/** Shows one notice (plain text) with a « Fermer » button, in the polite live region. */
const tell = (text) => {
  const p = document.createElement('p');
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Fermer' });
  close.addEventListener('click', () => noticeBox.replaceChildren());
  p.append(Object.assign(document.createElement('span'), { textContent: text }), close);
  noticeBox.replaceChildren(p);
};
/** The services someone is signed in to now. */
const signedIn = () => [provider.vaultSession && 'vault', provider.passportSession && 'passport'].filter(Boolean);
const sessionsEnded = (services) =>
  `${services.length > 1 ? 'vos sessions' : 'votre session'} ${services.map((s) => (s === 'vault' ? 'du coffre-fort' : 'du passeport sécurité')).join(' et ')} ${services.length > 1 ? 'ont' : 'a'} pris fin`;
// Only which services had a session is kept across the reload (never a token), and read once.
const RELOAD_KEY = 'vigie-demo:signed-in-before-reload';
addEventListener('pagehide', () => {
  const services = signedIn();
  if (services.length) sessionStorage.setItem(RELOAD_KEY, services.join(','));
  else sessionStorage.removeItem(RELOAD_KEY);
});
const before = sessionStorage.getItem(RELOAD_KEY);
sessionStorage.removeItem(RELOAD_KEY);
if (before)
  tell(
    `La page a été rechargée${NN}: ${sessionsEnded(before.split(',').filter((s) => s === 'vault' || s === 'passport'))} (la démo ne garde les sessions qu’en mémoire). Reconnectez-vous.`,
  );

// PP-SPACES: the space the referent is in (`space-switched`): the passport pages show its name and its content.
const SPACE_NAMES = { company: 'Espace entreprise sous-traitante', user: 'Espace utilisateur', trainer: 'Espace formateur' };
const showSpace = (space) => {
  const known = space in SPACE_NAMES ? space : 'company';
  document.body.dataset.space = known;
  for (const name of document.querySelectorAll('[data-space-name]')) name.textContent = SPACE_NAMES[known];
  for (const part of document.querySelectorAll('[data-space-only]')) part.hidden = !part.dataset.spaceOnly.split(' ').includes(known);
};
provider.addEventListener('space-switched', (e) => showSpace(e.space));
provider.addEventListener('passport-signed-in', () => showSpace('company'));
provider.addEventListener('passport-signed-out', () => showSpace('company'));

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
    const current = link.getAttribute('href') === `#${name}` && !(name === 'registre' && link.dataset.feature !== 'dashboard');
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
  // The mock starts the scenario afresh: its sessions are gone. Say so, and show the signed-out state now.
  const ended = signedIn();
  provider.vaultSession = undefined;
  provider.passportSession = undefined;
  showSpace('company');
  if (ended.length)
    tell(
      `Scénario «${NN}${select.value}${NN}» chargé${NN}: ${sessionsEnded(ended)} (la démo ne garde les sessions qu’en mémoire). Reconnectez-vous avec un compte de ce scénario.`,
    );
  mock.setScenario(select.value);
  const url = new URL(location.href);
  url.searchParams.set('scenario', select.value);
  history.replaceState(null, '', url);
  $('banner').refresh();
  $('list').refresh();
  for (const el of document.querySelectorAll('passport-roster, company-profile, space-switcher')) el.refresh?.();
  // SR: the safety register's widgets read the new scenario's data (and its access state).
  for (const el of document.querySelectorAll(
    'user-profiles, intervention-list, intervention-signature, report-observations, anomaly-list, fire-permit-list',
  ))
    el.refresh?.();
  fillFailEmployees();
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

// The passport's outbox: what a real service would have e-mailed. A reset link opens the page of
// <passport-password-reset> with its token handed over as a property (never in the address bar).
const OUTBOX_TEXT = {
  'password-reset-link': 'lien de réinitialisation du mot de passe',
  'registration-confirmation': 'confirmation d’inscription',
  'registration-attempt-existing-login':
    'quelqu’un a tenté de créer un compte avec votre adresse ; si c’était vous, connectez-vous ou utilisez « Mot de passe oublié ? »',
  handover: 'passage de relais : l’entreprise vous est confiée',
  'employee-created': 'un compte salarié a été créé',
  'first-login': 'informations de première connexion',
  'blocking-alert': 'un salarié est bloqué',
};
const renderOutbox = () => {
  const list = $('passport-outbox');
  const messages = mock.passport.outbox();
  if (!messages.length)
    return list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'Aucun e-mail pour l’instant.' }));
  list.replaceChildren(
    ...messages.map((m) => {
      const item = document.createElement('li');
      item.append(`À ${m.to} : ${OUTBOX_TEXT[m.kind] ?? m.kind}${m.companyName ? ` (${m.companyName})` : ''}`);
      if (m.kind === 'password-reset-link') {
        const link = Object.assign(document.createElement('a'), { href: '#passeport-mot-de-passe', textContent: 'ouvrir le lien' });
        link.addEventListener('click', () => (document.querySelector('passport-password-reset').token = m.token));
        item.append(' — ', link);
      }
      return item;
    }),
  );
};
$('passport-outbox-refresh').addEventListener('click', renderOutbox);
$('passport-outbox-panel').addEventListener('toggle', renderOutbox);
for (const type of [
  'passport-reset-requested',
  'company-registered',
  'company-handed-over',
  'employee-enrolled',
  'passport-password-reset',
])
  provider.addEventListener(type, renderOutbox);

// What the host hears: events and the access state (SR-INVOICE restricted access).
const log = $('log');
const note = (text) => (log.textContent = `${new Date().toLocaleTimeString('fr-FR')} — ${text}`);
provider.addEventListener('invoice-level-changed', (e) => note(`invoice-level-changed: ${e.previous ?? '∅'} → ${e.level}`));
provider.addEventListener('invoices-requested', (e) => note(`invoices-requested (niveau ${e.level})`));
for (const type of [
  'vault-signed-in',
  'vault-signed-out',
  'vault-recovery-requested',
  'vault-reset-requested',
  'vault-password-changed',
  'vault-identifier-requested',
  'vault-activated',
  'vault-email-change-requested',
  'vault-email-changed',
  'vault-document-opened',
  'vault-document-downloaded',
  'vault-document-printed',
  'vault-document-archived',
  'vault-document-moved',
  'paper-payslip-requested',
  'passport-signed-in',
  'passport-signed-out',
  'passport-reset-requested',
  'passport-password-reset',
  'company-registered',
  'company-updated',
  'company-handed-over',
  'employees-email-domain-changed',
  'spaces-linked',
  'space-switched',
  'spaces-dissociated',
  'employee-enrolled',
  'employee-updated',
  'employee-deleted',
  'employee-unblocked',
  'passport-view-requested',
  'invoice-payment-requested',
  'invoice-paid',
  'profile-created',
  'profile-users-attached',
  'profile-updated',
  'intervention-selected',
  'intervention-signed',
  'intervention-closed',
  'anomaly-selected',
  'anomaly-request-sent',
  'fire-permit-selected',
  'signature-link-shown',
  'signature-link-copied',
]) {
  provider.addEventListener(type, () => note(type));
}
// SR-OBS → SR-ANOMALY: an anomaly extracted from the building report joins the building's anomalies; the page
// refreshes its list (the widgets do not listen to each other: the host wires them).
provider.addEventListener('extract-created', (e) => {
  note(`extract-created: ${e.kind} (${e.sourceId})`);
  if (e.kind === 'anomaly') document.querySelector('anomaly-list')?.refresh();
});
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
    ? `Accès restreint par la page hôte${NN}: seule la «${NN}Synthèse des sites${NN}» reste disponible (selon vos droits).`
    : '';
});

// The vault's simulated outbox: what the mock would have e-mailed during this visit. Its links open
// their widget in this page (the mock lives in the page: a reload would forget the links): the
// token goes to the widget's write-only `token` property, never into the address bar.
const OUTBOX_LINKS = {
  'reset-link': { view: 'coffre-mot-de-passe', tag: 'vault-password-reset', label: 'Lien de réinitialisation du mot de passe' },
  'email-confirmation-link': {
    view: 'coffre-email',
    tag: 'vault-email-confirmation',
    label: 'Lien de confirmation de la nouvelle adresse',
  },
};
const OUTBOX_TEXTS = {
  'identifier-and-temporary-password': (m) => `Identifiant ${m.identifier} et mot de passe provisoire ${m.temporaryPassword}`,
  'one-time-code': (m) => `Code ${m.code} (${m.channel === 'sms' ? 'SMS' : 'e-mail'})`,
  'email-change-notice': (m) => `Avis : un changement d’adresse vers ${m.newEmail} a été demandé`,
};
const showOutbox = () => {
  const messages = mock.vault.outbox();
  $('vault-outbox-count').textContent = String(messages.length);
  $('vault-outbox-list').replaceChildren(
    ...messages
      .map((m) => {
        const li = document.createElement('li');
        li.append(`À ${m.to} : `);
        const link = OUTBOX_LINKS[m.kind];
        if (link) {
          const a = Object.assign(document.createElement('a'), { href: `#${link.view}`, textContent: link.label });
          a.addEventListener('click', () => {
            document.querySelector(link.tag).token = m.token;
          });
          li.append(a);
        } else li.append(OUTBOX_TEXTS[m.kind]?.(m) ?? m.kind);
        return li;
      })
      .reverse(),
  );
};
showOutbox();
for (const type of [
  'vault-reset-requested',
  'vault-email-change-requested',
  'vault-identifier-requested',
  'vault-signed-in',
  'vault-activated',
  'vault-signed-out',
]) {
  provider.addEventListener(type, () => setTimeout(showOutbox, 100));
}
select.addEventListener('change', showOutbox);
// A new e-mail confirmed elsewhere in the page: the profile shows it.
provider.addEventListener('vault-email-changed', () => document.querySelector('vault-profile')?.refresh());

// PP-BLOCK — « Faire échouer un module »: the demo plays the e-learning platform, which reports a
// failed module to the backend (here the mock's own route, outside the widgets' contract). The 4th
// failure on one module blocks the employee and e-mails the referent (the mock's outbox, shown
// below); the roster and the employee's passport view are read again.
const failForm = $('fail-form');
const failEmployee = $('fail-employee');
const failModule = $('fail-module');
const failResult = $('fail-result');
const failOutbox = $('fail-outbox');
const employeePassport = $('employee-passport');
const moduleName = (id) => passportCoreMessages.fr[`passport.module.${id}`] ?? id;
const nameOf = (e) => `${e.firstName} ${e.lastName}`;
const frPlural = new Intl.PluralRules('fr-FR');
const frDate = (iso) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const item = (text) => Object.assign(document.createElement('li'), { textContent: text });

function fillFailEmployees() {
  const chosen = failEmployee.value;
  // The first 40 employees are enough to watch the rule (passport:large has 100,000).
  const rows = mock.passport.employees().slice(0, 40);
  failEmployee.replaceChildren(...rows.map((e) => new Option(`${nameOf(e)}${e.state === 'blocked' ? ' (bloqué)' : ''}`, e.id)));
  if (rows.some((e) => e.id === chosen)) failEmployee.value = chosen;
  if (failEmployee.value) employeePassport.setAttribute('employee-id', failEmployee.value);
  else employeePassport.removeAttribute('employee-id');
  const alerts = mock.passport.outbox().filter((m) => m.kind === 'blocking-alert');
  failOutbox.replaceChildren(
    ...(alerts.length
      ? alerts.map((m) =>
          item(
            `À ${m.to}\u202f: «\u202fLe compte de ${m.employeeName} est bloqué\u202f: plus de trois échecs au module ${moduleName(m.moduleId)} (${frDate(m.at)}).\u202f»`,
          ),
        )
      : [item('Aucune alerte envoyée.')]),
  );
}

failModule.replaceChildren(...UNPG_MODULE_IDS.map((id) => new Option(moduleName(id), id)));
failEmployee.addEventListener('change', () => employeePassport.setAttribute('employee-id', failEmployee.value));
failForm.addEventListener('submit', async (e) => {
  e.preventDefault();
  const module = moduleName(failModule.value);
  let text;
  try {
    const response = await fetch(`/api/${passportModuleFailuresPath(failEmployee.value)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${PASSPORT_DEMO_SESSION_TOKEN}` },
      body: JSON.stringify({ moduleId: failModule.value }),
    });
    const body = await response.json();
    const who = body.employee ? nameOf(body.employee) : '';
    if (response.status === 409)
      text = `Le module «\u202f${module}\u202f» a été validé par la réciprocité SNBPE\u202f: il n’est plus tenté.`;
    else if (!response.ok) text = `L’échec n’a pas été enregistré (${response.status})\u202f: ${body.detail ?? body.title}`;
    else if (body.blocked && body.alert)
      text = `4ᵉ échec au module «\u202f${module}\u202f»\u202f: le compte de ${who} est bloqué. Le référent a été alerté par e-mail.`;
    else if (body.blocked) text = `Le compte de ${who} était déjà bloqué\u202f: rien n’est compté, aucune nouvelle alerte.`;
    else if (body.failuresLeft === 0)
      text = `Échec enregistré au module «\u202f${module}\u202f» pour ${who}\u202f: le prochain échec bloque le compte.`;
    else
      text = `Échec enregistré au module «\u202f${module}\u202f» pour ${who}\u202f: encore ${body.failuresLeft} ${frPlural.select(body.failuresLeft) === 'one' ? 'échec possible' : 'échecs possibles'} avant le blocage.`;
  } catch (error) {
    text = `L’échec n’a pas été enregistré\u202f: ${error.message}`;
  }
  failResult.textContent = text;
  fillFailEmployees();
  for (const el of document.querySelectorAll('passport-roster, passport-view')) el.refresh?.();
});
fillFailEmployees();

// ── Télésurveillance (RS) ─────────────────────────────────────────────────────
// The portal opens the overview of the site chosen in the list, as a partner's page would.
const remoteOverview = document.getElementById('remote-overview');
provider.addEventListener('site-selected', (e) => {
  remoteOverview.setAttribute('site-id', e.siteId);
  remoteOverview.scrollIntoView({ block: 'start' });
});

// RS-OVERVIEW: the page hears the overview's events (the site list and the test mode ending by itself).
provider.addEventListener('test-mode-changed', (e) => {
  note(
    `test-mode-changed: ${e.siteId} ${e.until ? `jusqu’à ${new Date(e.until).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}` : 'désactivé'}`,
  );
  document.getElementById('remote-sites')?.refresh?.();
});
provider.addEventListener('schedule-changed', (e) => note(`schedule-changed: ${e.siteId} ${e.date}`));
provider.addEventListener('tab-changed', (e) => note(`tab-changed: ${e.tab}`));

// RS-ALARMS — « Déclencher une alarme »: the demo plays the operators' centre, which raises an alarm on
// the backend (here the mock's own route, outside the widgets' contract); the mock pushes it on the
// live stream and <active-alarms> shows it on top. The host page hears `alarm-raised` (to notify).
const alarmForm = $('alarm-form');
const alarmSite = $('alarm-site');
const alarmKind = $('alarm-kind');
const alarmResult = $('alarm-result');
const kindName = (kind) => remoteCoreMessages.fr[`rs.alarm.kind.${kind}`] ?? kind;
function fillAlarmSites() {
  const chosen = alarmSite.value;
  const sites = mock.remote.sites().slice(0, 40);
  alarmSite.replaceChildren(...sites.map((s) => new Option(s.nickname ? `${s.name} (${s.nickname})` : s.name, s.id)));
  if (sites.some((s) => s.id === chosen)) alarmSite.value = chosen;
}
alarmKind.replaceChildren(...ALARM_KINDS.map((k) => new Option(kindName(k), k)));
alarmKind.value = 'intrusion';
alarmSite.addEventListener('focus', fillAlarmSites);
alarmForm.addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const response = await fetch(`/api/${REMOTE_ALARMS_RAISE_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer demo-portail-claire-martin' },
      body: JSON.stringify({ siteId: alarmSite.value, kind: alarmKind.value }),
    });
    const body = await response.json();
    alarmResult.textContent = response.ok
      ? `Alarme déclenchée\u202f: ${kindName(body.alarm.kind)}, priorité ${body.alarm.priority}, ${body.alarm.siteName} (${body.alarm.zone}).`
      : `L’alarme n’a pas été déclenchée (${response.status})\u202f: ${body.detail ?? body.title}`;
  } catch (error) {
    alarmResult.textContent = `L’alarme n’a pas été déclenchée\u202f: ${error.message}`;
  }
});
fillAlarmSites();
provider.addEventListener('alarm-raised', (e) =>
  note(`alarm-raised: ${kindName(e.alarm.kind)}, priorité ${e.alarm.priority}, ${e.alarm.siteName}`),
);
provider.addEventListener('alarm-cancelled', (e) => note(`alarm-cancelled: ${e.alarmId} (${e.siteId})`));
// A new scenario is a new mock store: the alarms read their list and stream again.
select.addEventListener('change', () => {
  for (const el of document.querySelectorAll('active-alarms')) el.refresh?.();
  fillAlarmSites();
});
// RS-CONTACTS: the invitations MySecuritas would have e-mailed (the mock's outbox), and a stand-in
// for the invited person finishing their sign-up (their access is then granted).
const REMOTE_LEVELS = { administrator: 'Administrateur', manager: 'Gestionnaire', operator: 'Opérateur', viewer: 'Lecteur' };
const remoteContactsWidgets = () => [
  ...document.querySelectorAll('site-contacts'),
  ...(remoteOverview?.shadowRoot?.querySelectorAll('site-contacts') ?? []),
];
const renderRemoteOutbox = () => {
  const list = $('remote-outbox');
  const mails = remoteInvitationOutbox(mock.remote);
  $('remote-outbox-count').textContent = String(mails.length);
  if (!mails.length)
    return list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'Aucune invitation pour l’instant.' }));
  list.replaceChildren(
    ...mails.map((m) => {
      const item = document.createElement('li');
      const until = new Date(m.expiresAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
      const what =
        m.kind === 'invitation-existing-account' ? 'se connecter avec son compte MySecuritas existant' : 'créer son compte MySecuritas';
      item.append(
        `À ${m.to} (${m.name}, ${REMOTE_LEVELS[m.permission]})\u202f: ${m.resent ? 'nouvelle invitation' : 'invitation'} de ${m.from} pour «\u202f${m.siteName}\u202f», ${what}\u202f; lien valable jusqu’au ${until}`,
      );
      const contact = mock.remote.data.contacts.find((c) => c.id === m.contactId);
      if (contact?.invitation.state === 'invited' && contact.invitation.sentAt === m.sentAt) {
        const accept = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Simuler l’acceptation' });
        accept.addEventListener('click', () => {
          acceptRemoteInvitation(mock.remote, m.contactId);
          for (const el of remoteContactsWidgets()) el.refresh?.();
          renderRemoteOutbox();
        });
        item.append(' ', accept);
      }
      return item;
    }),
  );
};
$('remote-outbox-panel').addEventListener('toggle', renderRemoteOutbox);
for (const type of ['contact-invited', 'access-granted', 'invitation-resent']) provider.addEventListener(type, renderRemoteOutbox);
select.addEventListener('change', () => setTimeout(renderRemoteOutbox));
// RS-IDPIN: a pair linked or removed changes the user's sites: the list reads them again (a
// nickname needs nothing: the list and the overview hear `site-renamed` themselves).
for (const type of ['id-pin-linked', 'id-pin-unlinked']) {
  provider.addEventListener(type, () => document.getElementById('remote-sites')?.refresh?.());
}

// RS-ONB: the onboarding's simulated outbox. The e-mailed link opens the « Inscription » page with its
// token handed to the widget's write-only `signupToken` (the in-page mock would forget it on a reload).
const ONBOARDING_OUTBOX_TEXT = {
  'signup-link': 'lien pour choisir le mot de passe du nouveau compte MySecuritas',
  'account-exists': 'cette adresse a déjà un compte MySecuritas : connectez-vous avec lui (aucun lien)',
  welcome: 'inscription à Remote Services terminée',
};
const remoteOnboardingEl = document.getElementById('remote-onboarding');
const renderOnboardingOutbox = () => {
  const list = $('remote-onboarding-outbox');
  const messages = remoteOnboarding(mock.remote).outbox();
  if (!messages.length)
    return list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'Aucun e-mail pour l’instant.' }));
  list.replaceChildren(
    ...messages.map((m) => {
      const item = document.createElement('li');
      item.append(`À ${m.to} : ${ONBOARDING_OUTBOX_TEXT[m.kind] ?? m.kind}`);
      if (m.kind === 'signup-link') {
        const link = Object.assign(document.createElement('a'), { href: '#telesurveillance-inscription', textContent: 'ouvrir le lien' });
        link.addEventListener('click', () => (remoteOnboardingEl.signupToken = m.token));
        item.append(' — ', link);
      }
      return item;
    }),
  );
};
$('remote-onboarding-outbox-refresh').addEventListener('click', renderOnboardingOutbox);
$('remote-onboarding-help').addEventListener('toggle', renderOnboardingOutbox);
provider.addEventListener('onboarding-step-changed', (e) => {
  note(`onboarding-step-changed: ${e.step} (étape ${e.index} sur ${e.total})`);
  renderOnboardingOutbox();
});
provider.addEventListener('onboarding-exited', () => note('onboarding-exited'));
// Once onboarded, the success offers « Accéder à Remote Services » (`continue-href="#telesurveillance"`).
provider.addEventListener('onboarding-completed', (e) => {
  note(`onboarding-completed: ${e.kind}, ${e.user === 'new' ? 'nouveau compte' : 'compte existant'}`);
  renderOnboardingOutbox();
});
// A `remote:onboarding-*` scenario opens its own invitation (as if its link had been followed),
// unless the page came with a link of its own.
const offerScenarioInvitation = () => {
  const demo = Object.values(REMOTE_ONBOARDING_DEMO).find((d) => d.scenario === mock.scenario);
  // After the tag's lazy load: a property set on the element before it is defined would shadow its setter.
  if (demo) customElements.whenDefined('remote-onboarding').then(() => (remoteOnboardingEl.token = demo.invitation));
};
if (!params.has('rs-invitation') && !params.has('rs-signup')) offerScenarioInvitation();
select.addEventListener('change', offerScenarioInvitation);
