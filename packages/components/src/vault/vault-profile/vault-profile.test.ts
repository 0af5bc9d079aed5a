/**
 * VA-PROFILE — `<vault-profile>` in Chromium against the mock API (msw, vault scenarios), with a
 * vault session obtained through core's `vaultLogin` and the mock's demo credentials, shared
 * through the provider: every state, the e-mail and password changes (seed 002, questions 2 and
 * 3), failures that keep what was typed, the expired session, keyboard paths, axe per state,
 * and no secret left anywhere.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { translate, type MessageKey } from '@vigie/core/i18n';
import { vaultMessages } from '@vigie/core';

const fr = vaultMessages.fr;
import type { VaultSession } from '@vigie/core';
import { DEMO_ACCOUNTS, type MockWorker } from '@vigie/mock-api/browser';
import type { VigieServices } from '../../base/context.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, apiRequests, clickOn, until, useScenario, captureConsole, typeInto } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import '../../define/vault-profile.js';
import type { VaultProfile } from './vault-profile.js';
import type { VaultEmailChangeRequestedEvent } from './vault-profile.events.js';
import type { VaultLoginRequestedEvent } from '../vault.events.js';

const PAUL = DEMO_ACCOUNTS[0];
const NEW_PASSWORD = 'Mon nouveau coffre 🐚 2026';
const TEN = 'abcdefghi😀'; // 10 code points (JavaScript length 11)
const ELEVEN = 'abcdefghij😀'; // 11 code points

let mock: MockWorker;
let databases: string[] = [];
const logged = captureConsole();

beforeEach(async () => {
  databases = (await indexedDB.databases()).map((d) => d.name ?? '');
});

afterEach(() => {
  mock?.worker.resetHandlers();
});

async function mount(opts: { locale?: string; theme?: 'dark'; loginHref?: string; editing?: 'email' | 'password' } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
      <vault-profile login-href=${ifDefined(opts.loginHref)} editing=${ifDefined(opts.editing)}></vault-profile>
    </vigie-provider>
  </div>`);
  const provider = wrapper.querySelector<VigieProvider>('vigie-provider')!;
  const el = provider.querySelector<VaultProfile>('vault-profile')!;
  await until(() => el.querySelector('.vigie-profile'), 'the widget');
  return { wrapper, provider, el };
}

const services = (el: VaultProfile) => (el as unknown as { services: VigieServices }).services;

/** Signs in as Paul through core's `vaultLogin` (demo credentials) and hands the session to the provider, as a host does. */
async function signIn(provider: VigieProvider, el: VaultProfile, password: string = PAUL.password): Promise<VaultSession> {
  const { vaultLogin } = await import('@vigie/core/vault/api');
  const answer = await vaultLogin(services(el).client, PAUL.identifier, password);
  if (answer.kind !== 'signed-in') throw new Error(`unexpected ${answer.kind}`);
  provider.vaultSession = answer.session;
  return answer.session;
}

async function mountSignedIn(opts: Parameters<typeof mount>[0] = {}) {
  const mounted = await mount(opts);
  const session = await signIn(mounted.provider, mounted.el);
  await until(() => mounted.el.querySelector('.vigie-panel-facts'), 'the profile');
  return { ...mounted, session };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
const toggle = (el: Element, which: 'email' | 'password') =>
  el.querySelectorAll<HTMLButtonElement>('.vigie-profile-toggle')[which === 'email' ? 0 : 1]!;
const submit = (el: Element) => el.querySelector<HTMLButtonElement>('form button[type=submit]')!;
const summary = (el: Element) => text(el.querySelector('.vigie-error-summary'));

/** Empties a field with the keyboard (select all, delete), then types `value`. */
async function retype(field: HTMLInputElement, value: string) {
  field.focus();
  await sendKeys({ press: 'ControlOrMeta+a' });
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

/** The e-mail form filled by hand: the new address twice and the current password, then Enter. */
async function askEmailChange(el: Element, email: string, password: string) {
  await retype(input(el, 'email'), email);
  await retype(input(el, 'emailConfirmation'), email);
  await retype(input(el, 'currentPassword'), password);
  await sendKeys({ press: 'Enter' });
}

const emailRequests = () => apiRequests().filter((r) => r === 'POST /api/vault/profile/email');

/** Empties fields with the keyboard, as a person does. */
async function clear(...fields: HTMLInputElement[]) {
  for (const f of fields) await retype(f, '');
}

async function expectNoSecret(el: Element, secrets: readonly string[]) {
  await expectNoSecretLeft(secrets, { logged, root: el, databases });
}

describe('<vault-profile> (VA-PROFILE)', () => {
  it('without a session: « connectez-vous », a sign-in link with a cancelable vault-login-requested, no request', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount({ loginHref: '#connexion' });
    const link = await until(() => el.querySelector<HTMLAnchorElement>('a.vigie-panel-action'), 'the sign-in link');
    const expected =
      'vault.profile.signedOut' in fr ? translate('fr', 'vault.profile.signedOut' as MessageKey) : translate('fr', 'vault.login.title');
    expect(text(el.querySelector('.vigie-panel-message'))).to.equal(expected);
    expect(text(link)).to.equal('Se connecter');
    expect(link.getAttribute('href')).to.equal('#connexion');
    await expect(el).to.be.accessible();
    const href = location.href;
    el.addEventListener('vault-login-requested', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'vault-login-requested') as Promise<VaultLoginRequestedEvent>;
    link.focus();
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect([event.href, event.reason, event.cancelable]).to.deep.equal(['#connexion', 'signed-out', true]);
    expect(location.href).to.equal(href);
    expect(apiRequests()).to.deep.equal([]);
  });

  it('loading, then loaded: name, identifier masked but its last 4 digits, e-mail, employer; the session goes as a bearer token', async () => {
    mock = await useScenario('vault:default');
    const auth: string[] = [];
    let release: (() => void) | undefined;
    // Holds the profile request, then lets the mock's own route answer it.
    mock.worker.use(
      http.get('*/api/vault/profile', async ({ request }) => {
        auth.push(request.headers.get('Authorization') ?? '');
        await new Promise<void>((r) => (release = r));
      }),
    );
    const { provider, el } = await mount();
    const session = await signIn(provider, el);
    const loading = await until(() => el.querySelector('.vigie-profile-loading'), 'the loading state');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(text(loading.querySelector('[role=status]'))).to.equal('Chargement…');
    await expect(el).to.be.accessible();
    (await until(() => release, 'the request'))();
    const facts = await until(() => el.querySelector('.vigie-panel-facts'), 'the profile');
    expect([...facts.querySelectorAll('dt')].map(text)).to.deep.equal(['Nom', 'Identifiant', 'Adresse e-mail personnelle', 'Employeur']);
    expect([...facts.querySelectorAll('dd')].map(text)).to.deep.equal([
      'Paul Dupont',
      'Identifiant masqué, se terminant par 9012•••• •••• 9012',
      'paul.dupont@example.fr',
      'Boulangeries Martin SAS',
    ]);
    expect(el.textContent).not.to.contain(PAUL.identifier);
    expect(text(el.querySelector('.vigie-profile-notes'))).to.contain('Vérification en deux étapes\u202f: désactivée');
    expect(text(el.querySelector('.vigie-profile-notes'))).to.contain(
      'Vous recevez vos bulletins de paie dans votre coffre-fort numérique.',
    );
    expect(auth).to.deep.equal([`Bearer ${session.token}`]);
    await expect(el).to.be.accessible();
  });

  it('the profile fails to load (500): an alert and a retry', async () => {
    mock = await useScenario('vault:default');
    const { provider, el } = await mount();
    mock.worker.use(
      http.get('*/api/vault/profile', () =>
        HttpResponse.json(
          { type: '/problems/internal-error', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await signIn(provider, el);
    const alert = await until(() => el.querySelector('[role=alert]'), 'the error', 8000);
    expect(text(alert)).to.contain('Impossible de charger votre profil.');
    expect(text(alert)).to.contain('Le service a rencontré une erreur (500).');
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    await clickOn(alert.querySelector('button')!);
    await until(() => el.querySelector('.vigie-panel-facts'), 'the profile after the retry');
  });

  it('X-SEC e-mail change (seed 002, question 2): the current password is asked; the new address waits for its confirmation link', async function () {
    // Many real key presses and three requests: more than the default 10 s on a loaded machine.
    this.timeout(40_000);
    mock = await useScenario('vault:default');
    const { el, session } = await mountSignedIn();
    const open = toggle(el, 'email');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.focus();
    await sendKeys({ press: 'Enter' });
    const email = await until(() => el.querySelector<HTMLInputElement>('input[name=email]'), 'the e-mail form');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(document.activeElement).to.equal(email);
    expect(email.labels![0]!.textContent).to.contain('Nouvelle adresse e-mail');
    // The current password, with the account's login beside it for password managers.
    const password = input(el, 'currentPassword');
    expect(password.getAttribute('autocomplete')).to.equal('current-password');
    expect(password.labels![0]!.textContent).to.contain('Mot de passe actuel');
    expect(text(document.getElementById(password.getAttribute('aria-describedby')!.split(' ')[0]!))).to.equal(
      'Votre adresse e-mail sert aussi à vous connecter\u202f: confirmez qu’il s’agit bien de vous.',
    );
    expect(input(el, 'username').value).to.equal(PAUL.email);
    expect(input(el, 'username').form).to.equal(password.form);
    expect(text(el.querySelector('.vigie-profile-email-note'))).to.contain('Elle deviendra votre identifiant une fois ce lien suivi');
    await expect(el).to.be.accessible();
    // Everything required, the password too.
    await sendKeys({ press: 'Enter' });
    await until(() => summary(el).includes('Mot de passe actuel\u202f: Ce champ est obligatoire.'), 'the password required');
    await typeInto(email, 'paul.nouveau@example.fr');
    await typeInto(input(el, 'emailConfirmation'), 'paul.nouveau@example.fr');
    await sendKeys({ press: 'Enter' });
    await until(() => summary(el).includes('Mot de passe actuel\u202f: Ce champ est obligatoire.'), 'still the password');
    expect(emailRequests()).to.have.length(0);

    // A wrong current password: the generic message on the field, nothing changes.
    await askEmailChange(el, 'paul.nouveau@example.fr', 'pas-le-bon-mot-de-passe');
    await until(() => summary(el).includes('Mot de passe actuel\u202f: Le mot de passe actuel est incorrect.'), 'the wrong password');
    expect(document.activeElement).to.equal(input(el, 'currentPassword'));
    expect(input(el, 'email').value).to.equal('paul.nouveau@example.fr');
    expect(emailRequests()).to.have.length(1);
    expect(mock.vault.outbox().filter((m) => m.kind === 'email-confirmation-link')).to.have.length(0);

    // The right one: a link goes to the new address; the profile says the change is pending and the old address stays the login.
    const requested = oneEvent(el, 'vault-email-change-requested') as Promise<VaultEmailChangeRequestedEvent>;
    await askEmailChange(el, 'paul.nouveau@example.fr', PAUL.password);
    expect((await requested).email).to.equal('paul.nouveau@example.fr');
    const saved = await until(() => el.querySelector('.vigie-panel-result .vigie-panel-message--success'), 'the confirmation');
    expect(text(saved)).to.equal(
      'Un lien de confirmation a été envoyé à votre nouvelle adresse e-mail. Suivez-le pour terminer le changement.',
    );
    expect(saved.closest('[role=status]')).to.exist;
    const facts = el.querySelector('.vigie-panel-facts')!;
    expect([...facts.querySelectorAll('dt')].map(text)).to.include('Nouvelle adresse en attente de confirmation');
    expect(text(facts.querySelectorAll('dd')[2])).to.equal(PAUL.email);
    expect(text(el.querySelector('.vigie-profile-pending dd'))).to.equal(
      'paul.nouveau@example.fr Suivez le lien envoyé à cette adresse avant le 11/03/2026 à 12:00. D’ici là, votre adresse actuelle reste votre identifiant.',
    );
    expect(el.querySelector('input[name=email]')).to.be.null;
    expect(document.activeElement).to.equal(toggle(el, 'email'));
    const link = mock.vault.outbox().findLast((m) => m.kind === 'email-confirmation-link') as { to: string; token: string };
    expect(link.to).to.equal('paul.nouveau@example.fr');
    expect(emailRequests()).to.have.length(2);
    await expect(el).to.be.accessible();
    // The old address still signs in; the new one not yet.
    const { vaultLogin } = await import('@vigie/core/vault/api');
    expect((await vaultLogin(services(el).client, PAUL.email, PAUL.password)).kind).to.equal('signed-in');
    let refused = false;
    await vaultLogin(services(el).client, 'paul.nouveau@example.fr', PAUL.password).catch(() => (refused = true));
    expect(refused).to.be.true;
    await expectNoSecret(el, [PAUL.password, 'pas-le-bon-mot-de-passe', session.token, link.token]);
  });

  it('X-SEC wrong current passwords count toward the account’s lock: the 3rd says the account is locked, and until when', async function () {
    // Many real key presses and three requests: more than the default 10 s on a loaded machine.
    this.timeout(40_000);
    mock = await useScenario('vault:default');
    const { el } = await mountSignedIn({ editing: 'email' });
    await until(() => el.querySelector<HTMLInputElement>('input[name=email]'), 'the e-mail form (editing="email")');
    for (let i = 1; i <= 2; i++) {
      await askEmailChange(el, 'paul.nouveau@example.fr', `mauvais-${i}`);
      await until(
        () => emailRequests().length === i && summary(el).includes('Le mot de passe actuel est incorrect.'),
        `wrong password ${i}`,
        15_000,
      );
    }
    await askEmailChange(el, 'paul.nouveau@example.fr', 'mauvais-3');
    await until(
      () =>
        summary(el).includes('Trop de mots de passe erronés\u202f: votre compte est temporairement bloqué. Réessayez à partir de 14:00.'),
      'the lock, with its end',
      15_000,
    );
    expect(document.activeElement).to.equal(input(el, 'currentPassword'));
    await expect(el).to.be.accessible();
    // The same lock as the login's: even the right password is refused now, and signing in too.
    await askEmailChange(el, 'paul.nouveau@example.fr', PAUL.password);
    await until(() => emailRequests().length === 4, 'the 4th request', 15_000);
    await until(() => summary(el).includes('Réessayez à partir de 14:00.'), 'still locked', 15_000);
    expect(mock.vault.lockedUntil(PAUL.email)).to.equal(Date.parse('2026-03-10T14:00:00+01:00'));
    expect(mock.vault.outbox().filter((m) => m.kind === 'email-confirmation-link')).to.have.length(0);
    await expectNoSecret(el, [PAUL.password, 'mauvais-1', 'mauvais-3']);
  });

  it('a 500 on the e-mail change keeps what was typed and offers a retry', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mountSignedIn({ editing: 'email' });
    const email = await until(() => el.querySelector<HTMLInputElement>('input[name=email]'), 'the e-mail form (editing="email")');
    mock.worker.use(
      http.post('*/api/vault/profile/email', () =>
        HttpResponse.json(
          { type: '/problems/internal-error', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await askEmailChange(el, 'paul.nouveau@example.fr', PAUL.password);
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure notice', 8000);
    expect(text(failure)).to.contain('Le service a rencontré une erreur (500).');
    expect(email.value).to.equal('paul.nouveau@example.fr');
    expect(input(el, 'emailConfirmation').value).to.equal('paul.nouveau@example.fr');
    expect(emailRequests()).to.have.length(1);
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    const changed = oneEvent(el, 'vault-email-change-requested');
    // (The password is typed again only if the form emptied it.)
    if (input(el, 'currentPassword').value === '') await retype(input(el, 'currentPassword'), PAUL.password);
    await clickOn(failure.querySelector('button')!);
    await changed;
  });

  it('a 422 from the server shows on its fields: core’s issue codes with their message, any other issue as « not accepted »', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mountSignedIn({ editing: 'email' });
    const email = await until(() => el.querySelector<HTMLInputElement>('input[name=email]'), 'the e-mail form (editing="email")');
    mock.worker.use(
      http.post('*/api/vault/profile/email', () =>
        HttpResponse.json(
          {
            type: '/problems/validation',
            title: 'Invalid request',
            status: 422,
            errors: [
              { field: 'email', issue: 'invalid' },
              { field: 'emailConfirmation', issue: 'email-mismatch' },
              { field: 'somethingElse', issue: 'required' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await askEmailChange(el, 'paul.nouveau@example.fr', PAUL.password);
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the server’s errors');
    expect([...summary.querySelectorAll('li')].map((li) => text(li).replace(/\s+/g, ' '))).to.deep.equal([
      'Nouvelle adresse e-mail : Cette valeur n’est pas acceptée : vérifiez votre saisie.',
      'Confirmez la nouvelle adresse e-mail : Les deux adresses e-mail ne sont pas identiques.',
    ]);
    expect(document.activeElement).to.equal(email);
    expect(email.value).to.equal('paul.nouveau@example.fr');
    await expect(el).to.be.accessible();
  });

  it('password change (seed 002, question 3): policy at 10/11 code points, mismatch, wrong current password (generic), then changed', async function () {
    // Long journeys typed key by key (real input): slow on a loaded two-core machine.
    this.timeout(40_000);
    mock = await useScenario('vault:default');
    const { el, session } = await mountSignedIn();
    await clickOn(toggle(el, 'password'));
    const current = await until(() => el.querySelector<HTMLInputElement>('input[name=currentPassword]'), 'the password form');
    await until(() => document.activeElement === current, 'the focus on the current password');
    // Password managers find the fields, with the username beside them.
    expect(document.querySelector('input[autocomplete="current-password"]')).to.equal(current);
    expect(document.querySelector('input[autocomplete="new-password"]')).to.equal(input(el, 'newPassword'));
    expect(input(el, 'username').value).to.equal('paul.dupont@example.fr');
    expect(input(el, 'username').form).to.equal(current.form);
    await expect(el).to.be.accessible();

    await typeInto(current, PAUL.password);
    await typeInto(input(el, 'newPassword'), TEN);
    expect(text(el.querySelector('.vigie-panel-count'))).to.equal('10 caractères, 11 au minimum');
    await typeInto(input(el, 'confirmation'), TEN);
    await clickOn(submit(el));
    await until(() => summary(el).includes('Le mot de passe doit comporter au moins 11 caractères.'), 'the policy error');
    expect(document.activeElement).to.equal(input(el, 'newPassword'));
    await clear(input(el, 'newPassword'), input(el, 'confirmation'));
    await typeInto(input(el, 'newPassword'), ELEVEN);
    await el.updateComplete;
    expect(el.querySelector('.vigie-panel-count')!.classList.contains('is-ok')).to.be.true;
    expect(text(el.querySelector('.vigie-panel-new-password [aria-live=polite]'))).to.equal('11 caractères, 11 au minimum');
    await typeInto(input(el, 'confirmation'), ELEVEN.slice(0, -2));
    await clickOn(submit(el));
    await until(() => summary(el).includes('Les deux mots de passe ne sont pas identiques.'), 'the mismatch');
    expect(apiRequests().filter((r) => r.endsWith('/profile/password'))).to.have.length(0);

    // A wrong current password: one generic message; every password field is emptied.
    await clear(current, input(el, 'newPassword'), input(el, 'confirmation'));
    await typeInto(current, 'pas-le-bon-mot-de-passe');
    await typeInto(input(el, 'newPassword'), NEW_PASSWORD);
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    await clickOn(submit(el));
    await until(
      () => summary(el).includes('Mot de passe actuel\u202f: Le mot de passe actuel est incorrect.'),
      'the wrong current password',
    );
    expect(el.textContent).not.to.contain('The current password is incorrect.');
    expect(document.activeElement).to.equal(current);
    for (const name of ['currentPassword', 'newPassword', 'confirmation']) expect(input(el, name).value).to.equal('');
    await expect(el).to.be.accessible();

    // The right one.
    await typeInto(current, PAUL.password);
    await typeInto(input(el, 'newPassword'), NEW_PASSWORD);
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    const changed = oneEvent(el, 'vault-password-changed');
    await clickOn(submit(el));
    const event = await changed;
    expect(Object.keys(event).filter((k) => k !== 'isTrusted')).to.deep.equal([]);
    const saved = await until(() => el.querySelector('.vigie-panel-result .vigie-panel-message--success'), 'the confirmation');
    expect(text(saved)).to.equal('Votre mot de passe a été modifié.');
    expect(el.querySelector('input[name=currentPassword]')).to.be.null;
    expect(document.activeElement).to.equal(toggle(el, 'password'));
    await expect(el).to.be.accessible();
    // The mock took it: Paul signs in with the new password.
    const { vaultLogin } = await import('@vigie/core/vault/api');
    expect((await vaultLogin(services(el).client, PAUL.identifier, NEW_PASSWORD)).kind).to.equal('signed-in');
    await expectNoSecret(el, [PAUL.password, NEW_PASSWORD, ELEVEN, TEN, 'pas-le-bon-mot-de-passe', session.token]);
  });

  it('password change: the current password again, then a common one, are refused with their reason (issue 8 #5, VA-PROFILE)', async function () {
    // Long journeys typed key by key (real input): slow on a loaded two-core machine.
    this.timeout(40_000);
    mock = await useScenario('vault:default');
    const { el } = await mountSignedIn();
    await clickOn(toggle(el, 'password'));
    const current = await until(() => el.querySelector<HTMLInputElement>('input[name=currentPassword]'), 'the password form');
    const fill = async (next: string) => {
      await typeInto(current, PAUL.password);
      await typeInto(input(el, 'newPassword'), next);
      await typeInto(input(el, 'confirmation'), next);
      await clickOn(submit(el));
    };
    await fill(PAUL.password);
    await until(
      () => summary(el).includes('Le nouveau mot de passe doit être différent du mot de passe actuel.'),
      'the same-as-current refusal',
      15_000,
    );
    expect(document.activeElement).to.equal(input(el, 'newPassword'));
    await expect(el).to.be.accessible();
    await fill('AZERTYUIOP-2026');
    await until(() => summary(el).includes('Ce mot de passe est trop courant'), 'the common refusal', 15_000);
    const changed = oneEvent(el, 'vault-password-changed');
    await fill(NEW_PASSWORD);
    await changed;
  });

  it('X-SEC password change: wrong current passwords count toward the account’s lock too; the 3rd says until when, and nothing changed', async function () {
    this.timeout(40_000);
    mock = await useScenario('vault:default');
    const { el } = await mountSignedIn();
    await clickOn(toggle(el, 'password'));
    await until(() => el.querySelector<HTMLInputElement>('input[name=currentPassword]'), 'the password form');
    const passwordRequests = () => apiRequests().filter((r) => r === 'POST /api/vault/profile/password');
    const ask = async (current: string) => {
      await retype(input(el, 'currentPassword'), current);
      await retype(input(el, 'newPassword'), NEW_PASSWORD);
      await retype(input(el, 'confirmation'), NEW_PASSWORD);
      await sendKeys({ press: 'Enter' });
    };
    for (let i = 1; i <= 2; i++) {
      await ask(`mauvais-${i}`);
      await until(
        () => passwordRequests().length === i && summary(el).includes('Le mot de passe actuel est incorrect.'),
        `wrong password ${i}`,
        15_000,
      );
    }
    await ask('mauvais-3');
    await until(
      () =>
        summary(el).includes('Trop de mots de passe erronés\u202f: votre compte est temporairement bloqué. Réessayez à partir de 14:00.'),
      'the lock, with its end',
      15_000,
    );
    expect(document.activeElement).to.equal(input(el, 'currentPassword'));
    expect(mock.vault.lockedUntil(PAUL.email)).to.equal(Date.parse('2026-03-10T14:00:00+01:00'));
    await expect(el).to.be.accessible();
    await expectNoSecret(el, [PAUL.password, 'mauvais-1', 'mauvais-3', NEW_PASSWORD]);
  });

  it('password change, a 503: the three passwords and their count stay (never judged); « Réessayer » changes it (issue 8 #18)', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mountSignedIn();
    await clickOn(toggle(el, 'password'));
    const current = await until(() => el.querySelector<HTMLInputElement>('input[name=currentPassword]'), 'the password form');
    mock.worker.use(
      http.post('*/api/vault/profile/password', () =>
        HttpResponse.json(
          { type: '/problems/unavailable', title: 'Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await typeInto(current, PAUL.password);
    await typeInto(input(el, 'newPassword'), NEW_PASSWORD);
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    await clickOn(submit(el));
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure', 8000);
    expect(text(failure)).to.contain('(503)');
    expect(text(failure)).not.to.contain('saisissez-les de nouveau');
    expect([current.value, input(el, 'newPassword').value, input(el, 'confirmation').value]).to.deep.equal([
      PAUL.password,
      NEW_PASSWORD,
      NEW_PASSWORD,
    ]);
    expect(text(el.querySelector('.vigie-panel-count'))).to.match(new RegExp(`^${[...NEW_PASSWORD].length}\\D`));
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    const changed = oneEvent(el, 'vault-password-changed');
    await clickOn(failure.querySelector('button')!);
    await changed;
    await expectNoSecret(el, [PAUL.password, NEW_PASSWORD]);
  });

  it('keyboard: the password form in Tab order, « Annuler » closes it and gives the focus back to its button', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mountSignedIn();
    const open = toggle(el, 'password');
    open.focus();
    await sendKeys({ press: 'Space' });
    const current = await until(() => el.querySelector<HTMLInputElement>('input[name=currentPassword]'), 'the password form');
    await until(() => document.activeElement === current, 'the focus in the form');
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      const a = document.activeElement as HTMLElement;
      order.push(a instanceof HTMLInputElement ? a.name : text(a));
    }
    expect(order).to.deep.equal([
      'Afficher le mot de passe',
      'newPassword',
      'Afficher le mot de passe',
      'confirmation',
      'Afficher le mot de passe',
      'Modifier le mot de passe',
      'Annuler',
    ]);
    await sendKeys({ press: 'Enter' });
    await until(() => !el.querySelector('input[name=currentPassword]'), 'the form to close');
    expect(document.activeElement).to.equal(open);
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    expect(el.hasAttribute('editing')).to.be.false;
  });

  it('an expired session: the server’s 401 clears the session for the provider and asks to sign in again', async () => {
    mock = await useScenario('vault:default');
    const { provider, el } = await mount({ loginHref: '/connexion' });
    // A session the server no longer knows (it expired on its side).
    services(el).setVaultSession({
      token: 'vs_expiree',
      expiresAt: '2026-03-10T11:30:00.000Z',
      user: { firstName: 'Paul', lastName: 'Dupont' },
    });
    const alert = await until(() => el.querySelector('.vigie-panel-message--error'), 'the expired notice');
    expect(text(alert)).to.equal('Votre session a expiré. Connectez-vous de nouveau.');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(services(el).vaultSession).to.be.undefined;
    const requested = oneEvent(el, 'vault-login-requested') as Promise<VaultLoginRequestedEvent>;
    el.addEventListener('vault-login-requested', (e) => e.preventDefault(), { once: true });
    await clickOn(el.querySelector<HTMLAnchorElement>('a.vigie-panel-action')!);
    expect((await requested).reason).to.equal('session-expired');
    await expect(el).to.be.accessible();

    // The same in the middle of a change: the form closes, the session is cleared.
    await signIn(provider, el);
    await until(() => el.querySelector('.vigie-panel-facts'), 'the profile');
    await clickOn(toggle(el, 'password'));
    const current = await until(() => el.querySelector<HTMLInputElement>('input[name=currentPassword]'), 'the password form');
    await typeInto(current, PAUL.password);
    await typeInto(input(el, 'newPassword'), NEW_PASSWORD);
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    mock.reset(); // the server forgets every session
    await clickOn(submit(el));
    await until(() => text(el.querySelector('.vigie-panel-message--error')).includes('Votre session a expiré.'), 'the expired notice');
    expect(services(el).vaultSession).to.be.undefined;
    expect(el.querySelector('input[type=password]')).to.be.null;
    await expectNoSecret(el, [PAUL.password, NEW_PASSWORD]);
  });

  it('signed out elsewhere (another widget clears the session): back to « connectez-vous »', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mountSignedIn({ editing: 'password' });
    await until(() => el.querySelector('input[name=currentPassword]'), 'the open form');
    services(el).setVaultSession(undefined);
    await until(() => el.querySelector('a.vigie-panel-action, button.vigie-panel-action'), 'the sign-in action');
    expect(el.querySelector('.vigie-panel-facts')).to.be.null;
    expect(el.editing).to.be.undefined;
  });

  it('English at run time, dark theme and a narrow container: accessible, nothing overflows', async () => {
    mock = await useScenario('vault:default');
    const { wrapper, provider, el } = await mountSignedIn({ locale: 'en', theme: 'dark', editing: 'password' });
    wrapper.style.width = '320px';
    wrapper.style.background = '#0d1117';
    await until(() => text(el.querySelector('.vigie-panel-heading')) === 'My profile', 'English');
    expect([...el.querySelectorAll('.vigie-panel-facts dt')].map(text)).to.deep.equal([
      'Name',
      'Identifier',
      'Personal email address',
      'Employer',
    ]);
    await until(() => el.querySelector('input[name=currentPassword]'), 'the open form');
    await expect(el).to.be.accessible();
    const root = el.querySelector('.vigie-profile')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    provider.locale = 'fr';
    await until(() => text(el.querySelector('.vigie-panel-heading')) === 'Mes informations de profil', 'French');
  });
});
