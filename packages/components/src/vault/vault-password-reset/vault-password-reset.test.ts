/**
 * VA-RESET — `<vault-password-reset>` in Chromium against the mock vault (msw): the request and
 * its generic confirmation (an unknown account, a 404 and a 400 alike), the reset link (token
 * from the URL or an attribute, removed from both; valid / expired / used / unknown), the
 * password policy in code points, live feedback, keyboard paths, axe per state, and no secret
 * left anywhere.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEMO_ACCOUNTS, DEMO_TOKENS, type MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, apiRequests, captureConsole, clickOn, until, useScenario, pressKeys, typeInto } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import '../../define/vault-password-reset.js';

const PAUL = DEMO_ACCOUNTS[0];
/** 10 code points (9 letters and an emoji), but `.length` 11: the policy must refuse it. */
const TEN = 'Bulletins😀';
/** 11 code points (10 letters and an emoji), `.length` 12: the shortest accepted. */
const ELEVEN = 'Bulletinss😀';
const NEW_PASSWORD = 'une phrase facile à retenir';

let mock: MockWorker;
/** Idempotency keys and bodies of the vault requests of the current test. */
let sent: { path: string; key: string | null; body: string }[] = [];
let listening = false;

async function scenario(name: Parameters<typeof useScenario>[0]) {
  mock = await useScenario(name);
  sent = [];
  if (!listening) {
    listening = true;
    mock.worker.events.on('request:start', ({ request }) => {
      const path = new URL(request.url).pathname;
      if (!path.startsWith('/api/vault/')) return;
      const entry = { path, key: request.headers.get('Idempotency-Key'), body: '' };
      sent.push(entry);
      void request
        .clone()
        .text()
        .then((b) => (entry.body = b));
    });
  }
  return mock;
}

const logged = captureConsole();
const START_URL = location.href;
afterEach(() => {
  history.replaceState(null, '', START_URL);
});

async function mount(opts: { token?: string; locale?: string; theme?: 'dark'; loginHref?: string; tokenParam?: string } = {}) {
  const provider =
    await fixture<VigieProvider>(html`<vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
    <vault-password-reset token=${ifDefined(opts.token)} login-href=${ifDefined(opts.loginHref)} token-param=${ifDefined(opts.tokenParam)}></vault-password-reset>
  </vigie-provider>`);
  const el = provider.querySelector('vault-password-reset')!;
  // A host that picks the dark theme has a dark page (the widget itself is transparent).
  if (opts.theme === 'dark') provider.parentElement!.style.background = '#0d1117';
  await until(() => el.querySelector('.vigie-panel-heading'), 'the widget');
  return { provider, el };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.querySelector<T>(selector)!;
const input = (el: Element, name: string) => $<HTMLInputElement>(el, `input[name=${name}]`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const result = (el: Element) => text(el.querySelector('.vigie-panel-result'));

/** Empties a field as a person does: select all, delete. */
async function clear(field: HTMLInputElement) {
  field.focus();
  await pressKeys('ControlOrMeta+A');
  await sendKeys({ press: 'Backspace' });
}

async function linkPage(token: string | undefined, opts: Parameters<typeof mount>[0] = {}) {
  const m = await mount({ token, ...opts });
  await until(() => m.el.step !== 'checking', 'the link check');
  return m;
}

describe('<vault-password-reset> request (VA-RESET)', () => {
  it('a real form that password managers find; keyboard: identifier → e-mail → submit, Enter sends; one generic confirmation', async () => {
    await scenario('vault:default');
    const events: Event[] = [];
    const { el } = await mount({ loginHref: '/connexion' });
    el.addEventListener('vault-reset-requested', (e) => events.push(e));
    expect(el.shadowRoot).to.be.null;
    expect(el.step).to.equal('request');
    expect(text($(el, 'h2'))).to.equal('Mot de passe oublié');
    const identifier = input(el, 'identifier');
    const email = input(el, 'email');
    expect(document.querySelector('input[autocomplete="username"]')).to.equal(identifier);
    expect(document.querySelector('input[autocomplete="email"]')).to.equal(email);
    expect(email.type).to.equal('email');
    expect(identifier.form!.method).to.equal('post');
    await expect(el).to.be.accessible();

    await typeInto(identifier, PAUL.identifier);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(email);
    await sendKeys({ type: PAUL.email });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal($(el, 'button[type=submit]'));
    await pressKeys('Shift+Tab');
    await sendKeys({ press: 'Enter' });
    await until(() => el.step === 'sent', 'the confirmation');
    expect(result(el)).to.equal(
      'Si ces informations correspondent à un compte, vous allez recevoir un e-mail contenant un lien pour réinitialiser votre mot de passe. Pensez à vérifier vos courriers indésirables.',
    );
    expect($(el, '.vigie-panel-result').getAttribute('role')).to.equal('status');
    expect(document.activeElement).to.equal($(el, 'h2'));
    expect(mock.vault.outbox().filter((m) => m.kind === 'reset-link')).to.have.length(1);
    expect(apiRequests()).to.deep.equal(['POST /api/vault/password-reset/request']);
    // The event says nothing personal.
    expect(events).to.have.length(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    expect(Object.keys(events[0]!).filter((k) => k !== 'isTrusted')).to.deep.equal([]);
    // The typed details are gone, even from memory; « Retour à la connexion » leads to the login.
    expect(el.querySelector('form')).to.be.null;
    expect(el.innerHTML).not.to.contain(PAUL.email);
    expect($(el, 'a.vigie-panel-link').getAttribute('href')).to.equal('/connexion');
    await expect(el).to.be.accessible();
  });

  it('an unknown account gets exactly the same confirmation (no e-mail sent)', async () => {
    await scenario('vault:default');
    const known = await mount();
    await typeInto(input(known.el, 'identifier'), PAUL.identifier);
    await typeInto(input(known.el, 'email'), PAUL.email);
    await clickOn($(known.el, 'button[type=submit]'));
    await until(() => known.el.step === 'sent', 'the first confirmation');
    const { el } = await mount();
    await typeInto(input(el, 'identifier'), '999999999999');
    await typeInto(input(el, 'email'), 'personne@example.fr');
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.step === 'sent', 'the confirmation');
    expect(el.innerHTML.replace(/vigie-form-\d+/g, 'id')).to.equal(known.el.innerHTML.replace(/vigie-form-\d+/g, 'id'));
    expect(mock.vault.outbox().filter((m) => m.kind === 'reset-link')).to.have.length(1);
  });

  for (const status of [404, 400, 422, 409]) {
    it(`a ${status} from a server still shows the generic confirmation`, async () => {
      await scenario('vault:default');
      mock.worker.use(
        http.post('*/api/vault/password-reset/request', () =>
          HttpResponse.json(
            { type: '/problems/not-found', title: 'No such account', status, detail: 'Aucun compte ne correspond.' },
            { status, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const { el } = await mount();
      await typeInto(input(el, 'identifier'), 'inconnu');
      await typeInto(input(el, 'email'), 'inconnu@example.fr');
      await clickOn($(el, 'button[type=submit]'));
      await until(() => el.step === 'sent', 'the confirmation');
      expect(result(el)).to.match(/^Si ces informations correspondent à un compte/);
      expect(el.textContent).not.to.contain('Aucun compte');
      expect(el.querySelector('.vigie-failure')).to.be.null;
    });
  }

  it('validation: both required, a malformed e-mail; nothing sent', async () => {
    await scenario('vault:default');
    const { el } = await mount();
    await clickOn($(el, 'button[type=submit]'));
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
      'Identifiant : Ce champ est obligatoire.',
      'Adresse e-mail : Ce champ est obligatoire.',
    ]);
    expect(document.activeElement).to.equal(input(el, 'identifier'));
    await expect(el).to.be.accessible();
    await typeInto(input(el, 'identifier'), PAUL.identifier);
    await typeInto(input(el, 'email'), 'paul@exemple..fr');
    await clickOn($(el, 'button[type=submit]'));
    await until(() => text(el.querySelector('.vigie-error-summary')).includes('Saisissez une adresse e-mail valide'), 'the e-mail error');
    expect(sent).to.have.length(0);
  });

  it('a 500 keeps what was typed and offers a retry (same Idempotency-Key); double submit sends one request', async () => {
    await scenario('any:error-500');
    const { el } = await mount();
    await typeInto(input(el, 'identifier'), PAUL.identifier);
    await typeInto(input(el, 'email'), PAUL.email);
    const submit = $(el, 'button[type=submit]');
    // A double click, then Enter in the e-mail field while the request runs: one submission.
    await clickOn(submit);
    await clickOn(submit);
    input(el, 'email').focus();
    await sendKeys({ press: 'Enter' });
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure notice', 8000);
    expect(text(failure)).to.contain('Le service a rencontré une erreur (500)');
    expect(el.step).to.equal('request');
    expect(input(el, 'identifier').value).to.equal(PAUL.identifier);
    expect(input(el, 'email').value).to.equal(PAUL.email);
    // One submission: the client's own retries of a 500 reuse its key.
    expect(new Set(sent.map((s) => s.key)).size).to.equal(1);
    const firstKey = sent[0]!.key;
    await expect(el).to.be.accessible();
    mock.setScenario('vault:default');
    await clickOn($(failure, 'button'));
    await until(() => el.step === 'sent', 'the confirmation after the retry');
    expect(sent.at(-1)!.key).to.equal(firstKey);
  });
});

describe('<vault-password-reset> reset link (VA-RESET)', () => {
  it('reads the token from the URL, removes it from the address bar (other parameters kept), asks the server first', async () => {
    await scenario('vault:default');
    const url = new URL(START_URL);
    url.searchParams.set('reset-token', DEMO_TOKENS.reset);
    url.searchParams.set('garder', 'oui');
    url.hash = 'section';
    history.replaceState({ page: 1 }, '', url.href);
    const { el } = await mount();
    // Synchronously at connection: gone before any request.
    expect(location.href).not.to.contain(DEMO_TOKENS.reset);
    expect(new URL(location.href).searchParams.get('garder')).to.equal('oui');
    expect(new URL(location.href).searchParams.has('reset-token')).to.be.false;
    expect(location.hash).to.equal('#section');
    expect(history.state).to.deep.equal({ page: 1 });
    for (const [k, v] of new URL(START_URL).searchParams) expect(new URL(location.href).searchParams.get(k)).to.equal(v);
    await until(() => el.step === 'new-password', 'the new-password form');
    expect(apiRequests()).to.deep.equal(['POST /api/vault/password-reset/status']);
    expect(sent[0]!.body).to.contain(DEMO_TOKENS.reset);
    expect(text($(el, 'h2'))).to.equal('Réinitialiser mon mot de passe');
    expect(el.outerHTML).not.to.contain(DEMO_TOKENS.reset);
    expect(el.token).to.be.undefined;
    const password = input(el, 'password');
    expect(document.querySelectorAll('input[autocomplete="new-password"]')).to.have.length(2);
    expect(password.type).to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('`token-param` names another parameter; a token attribute is read once and removed', async () => {
    await scenario('vault:default');
    const url = new URL(START_URL);
    url.searchParams.set('cle', DEMO_TOKENS.resetUsed);
    history.replaceState(null, '', url.href);
    const a = await mount({ tokenParam: 'cle' });
    expect(location.href).not.to.contain(DEMO_TOKENS.resetUsed);
    await until(() => a.el.step === 'used', 'used');

    history.replaceState(null, '', START_URL);
    const b = await mount({ token: DEMO_TOKENS.reset });
    expect(b.el.hasAttribute('token')).to.be.false;
    expect(b.el.token).to.be.undefined;
    await until(() => b.el.step === 'new-password', 'the form');
    expect(b.el.outerHTML).not.to.contain(DEMO_TOKENS.reset);
  });

  it('expired, used, unknown: says so; « Demander un nouveau lien » switches to the request (focus on its heading)', async () => {
    await scenario('vault:default');
    const cases = [
      [DEMO_TOKENS.resetExpired, 'expired', 'Ce lien de réinitialisation a expiré.'],
      [DEMO_TOKENS.resetUsed, 'used', 'Ce lien a déjà été utilisé.'],
      ['nimporte-quoi', 'unknown', 'Ce lien n’est pas valide.'],
    ] as const;
    for (const [token, step, words] of cases) {
      const { el } = await linkPage(token);
      expect(el.step).to.equal(step);
      expect(result(el)).to.contain(words);
      expect(el.querySelector('form')).to.be.null;
      await expect(el).to.be.accessible();
    }
    const { el } = await linkPage(DEMO_TOKENS.resetExpired);
    const button = $(el, '.vigie-panel-action');
    expect(text(button)).to.equal('Demander un nouveau lien');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.step === 'request', 'the request form');
    expect(document.activeElement).to.equal($(el, 'h2'));
    expect(text($(el, 'h2'))).to.equal('Mot de passe oublié');
    await expect(el).to.be.accessible();
  });

  it('vault:expired-link: the demo link has expired', async () => {
    await scenario('vault:expired-link');
    const { el } = await linkPage(DEMO_TOKENS.reset);
    expect(el.step).to.equal('expired');
  });

  it('the check fails (500): a retry, then the form', async () => {
    await scenario('any:error-500');
    const { el } = await linkPage(DEMO_TOKENS.reset);
    expect(el.step).to.equal('check-failed');
    const alert = $(el, '[role=alert]');
    expect(text(alert)).to.contain('Le service a rencontré une erreur (500)');
    await expect(el).to.be.accessible();
    mock.setScenario('vault:default');
    await clickOn($(alert, 'button'));
    await until(() => el.step === 'new-password', 'the form after the retry');
    expect(document.activeElement).to.equal($(el, 'h2'));
  });

  it('policy in code points: 10 with an emoji is refused (no request), live count; 11 with an emoji is accepted', async () => {
    await scenario('vault:default');
    const { el } = await linkPage(DEMO_TOKENS.reset);
    const password = input(el, 'password');
    const confirmation = input(el, 'confirmation');
    const count = $(el, '.vigie-panel-count');
    expect(password.getAttribute('aria-describedby')).to.contain(count.id);
    expect(text(count)).to.equal('0 caractère, 11 au minimum');
    expect(TEN.length).to.equal(11);
    await typeInto(password, TEN);
    expect(text(count)).to.equal('10 caractères, 11 au minimum');
    // Polite, once typing pauses.
    const live = await until(() => [...el.querySelectorAll('.vigie-sr-only[role=status]')].find((n) => text(n) !== ''), 'the announcement');
    expect(text(live)).to.equal('10 caractères, 11 au minimum');
    await typeInto(confirmation, TEN);
    const before = sent.length;
    await clickOn($(el, 'button[type=submit]'));
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the policy error');
    expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
      'Nouveau mot de passe : Le mot de passe doit comporter au moins 11 caractères.',
    ]);
    expect(sent.length).to.equal(before);
    expect(password.value).to.equal(TEN);
    await expect(el).to.be.accessible();

    await clear(password);
    await clear(confirmation);
    await typeInto(password, ELEVEN);
    expect(text(count)).to.equal('11 caractères, 11 au minimum');
    expect(count.classList.contains('is-ok')).to.be.true;
    await typeInto(confirmation, ELEVEN);
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.step === 'done', 'the success');
    expect(JSON.parse(sent.at(-1)!.body)).to.deep.equal({ token: DEMO_TOKENS.reset, password: ELEVEN });
  });

  it('mismatch: said live under the second field, refused on submit, nothing sent', async () => {
    await scenario('vault:default');
    const { el } = await linkPage(DEMO_TOKENS.reset);
    const confirmation = input(el, 'confirmation');
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await typeInto(confirmation, 'une phrase');
    expect(text(el.querySelector(`#${confirmation.getAttribute('aria-describedby')!.split(' ').at(-1)}`))).to.equal('');
    await typeInto(confirmation, ' difficile');
    const note = $(el, `#${confirmation.getAttribute('aria-describedby')!.split(' ').at(-1)}`);
    expect(text(note)).to.equal('Les deux mots de passe ne sont pas identiques.');
    const before = sent.length;
    await clickOn($(el, 'button[type=submit]'));
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect(text(summary)).to.contain('Confirmez le nouveau mot de passe : Les deux mots de passe ne sont pas identiques.');
    expect(document.activeElement).to.equal(confirmation);
    expect(sent.length).to.equal(before);
  });

  it('keyboard: password → its toggle → confirmation → its toggle → « Modifier »; Enter changes it; success, « Se connecter » (cancelable)', async () => {
    await scenario('vault:default');
    const changed: Event[] = [];
    const login: HTMLElementEventMap['vault-login-requested'][] = [];
    const { el } = await linkPage(DEMO_TOKENS.reset, { loginHref: '/connexion' });
    el.addEventListener('vault-password-changed', (e) => changed.push(e));
    el.addEventListener('vault-login-requested', (e) => {
      login.push(e);
      e.preventDefault();
    });
    const password = input(el, 'password');
    await typeInto(password, NEW_PASSWORD);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.classList.contains('vigie-toggle')).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(el, 'confirmation'));
    await sendKeys({ type: NEW_PASSWORD });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal($(el, 'button[type=submit]'));
    expect(text(document.activeElement)).to.equal('Modifier');
    await pressKeys('Shift+Tab');
    await pressKeys('Shift+Tab');
    await sendKeys({ press: 'Enter' });
    await until(() => el.step === 'done', 'the success');
    expect(result(el)).to.equal('Votre mot de passe a été modifié. Reconnectez-vous avec votre nouveau mot de passe.');
    expect(document.activeElement).to.equal($(el, 'h2'));
    expect(changed).to.have.length(1);
    expect(Object.keys(changed[0]!).filter((k) => k !== 'isTrusted')).to.deep.equal([]);
    await expect(el).to.be.accessible();
    // The server took it: the new password signs in.
    expect(mock.vault.login(PAUL.identifier, NEW_PASSWORD).kind).to.equal('signed-in');

    const action = $<HTMLAnchorElement>(el, 'a.vigie-panel-action');
    expect(text(action)).to.equal('Se connecter');
    expect(action.getAttribute('href')).to.equal('/connexion');
    const href = location.href;
    action.focus();
    await sendKeys({ press: 'Enter' });
    expect(login).to.have.length(1);
    expect(login[0]!.href).to.equal('/connexion');
    expect(login[0]!.cancelable).to.be.true;
    expect(location.href).to.equal(href);
  });

  it('the link is spent between the check and the submit (410): says so; a 422 policy answer shows on the field', async () => {
    await scenario('vault:default');
    const { el } = await linkPage(DEMO_TOKENS.reset);
    mock.worker.use(
      http.post('*/api/vault/password-reset', () =>
        HttpResponse.json(
          { type: '/problems/password-policy', title: 'Refused', status: 422, issues: ['too-short'] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    await clickOn($(el, 'button[type=submit]'));
    await until(() => text(el.querySelector('.vigie-error-summary')).includes('au moins 11 caractères'), 'the server’s policy error');
    expect(input(el, 'password').value).to.equal('');
    mock.worker.resetHandlers();
    mock.worker.use(
      http.post('*/api/vault/password-reset', () =>
        HttpResponse.json(
          { type: '/problems/token-used', title: 'Used', status: 410 },
          { status: 410, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.step === 'used', 'the used link');
    expect(document.activeElement).to.equal($(el, 'h2'));
  });

  it('a 500 on submit keeps both passwords (the server never judged them), the form and the count; « Réessayer » sends them again (issue 8 #18)', async () => {
    await scenario('vault:default');
    const { el } = await linkPage(DEMO_TOKENS.reset);
    mock.setScenario('any:error-500');
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    await clickOn($(el, 'button[type=submit]'));
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure', 8000);
    expect(text(failure)).not.to.contain('saisissez-les de nouveau');
    expect(input(el, 'password').value).to.equal(NEW_PASSWORD);
    expect(input(el, 'confirmation').value).to.equal(NEW_PASSWORD);
    expect(text($(el, '.vigie-panel-count'))).to.match(new RegExp(`^${[...NEW_PASSWORD].length}\\D`));
    expect(el.step).to.equal('new-password');
    await expect(el).to.be.accessible();
    mock.setScenario('vault:default');
    await clickOn($(failure, 'button'));
    await until(() => el.step === 'done', 'the new password saved');
  });

  it('nothing secret left anywhere: token and password not in storage, cookies, IndexedDB, attributes, URL, history or console', async () => {
    await scenario('vault:default');
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    const url = new URL(START_URL);
    url.searchParams.set('reset-token', DEMO_TOKENS.reset);
    history.replaceState(null, '', url.href);
    const { el } = await linkPage(undefined);
    // A failed attempt (shown password), then a success.
    mock.setScenario('any:error-500');
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await clickOn($(el, '.vigie-toggle'));
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.querySelector('.vigie-failure'), 'the failure', 8000);
    mock.setScenario('vault:default');
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await typeInto(input(el, 'confirmation'), NEW_PASSWORD);
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.step === 'done', 'the success');
    await expectNoSecretLeft([DEMO_TOKENS.reset, NEW_PASSWORD], { logged, databases });
    expect(el.token).to.be.undefined;
  });

  it('English and dark, accessible', async () => {
    await scenario('vault:default');
    const { el } = await linkPage(DEMO_TOKENS.reset, { locale: 'en', theme: 'dark' });
    expect(text($(el, 'h2'))).to.equal('Reset my password');
    expect(text($(el, 'button[type=submit]'))).to.equal('Change');
    expect(text($(el, '.vigie-panel-count'))).to.equal('0 characters, 11 minimum');
    await expect(el).to.be.accessible();
    const req = await mount({ locale: 'en', theme: 'dark' });
    expect(text($(req.el, 'h2'))).to.equal('Forgotten password');
    await clickOn($(req.el, 'button[type=submit]'));
    await until(() => req.el.querySelector('.vigie-error-summary'), 'the summary');
    await expect(req.el).to.be.accessible();
  });
});
