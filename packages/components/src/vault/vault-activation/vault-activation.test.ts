/**
 * VA-ACTIVATE — `<vault-activation>` in Chromium against the mock API (msw, vault scenarios):
 * every state of the link, every step, the password policy at its boundaries (code points),
 * failures that keep what was typed, keyboard paths, axe per state, and no secret left anywhere.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { translate, type MessageKey } from '@vigie/core/i18n';
import { vaultMessages } from '@vigie/core';

const fr = vaultMessages.fr;
import { DEMO_ONE_TIME_CODE, DEMO_TOKENS, type MockWorker } from '@vigie/mock-api/browser';
import type { VigieServices } from '../../base/context.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { expectNoSecretLeft } from '../../../test/suites/no-secret-left.js';
import { NOW, apiRequests, quiet, until, useScenario, captureConsole, typeInto, clickOn, pressKeys } from '../../../test/helpers.js';
import '../../define/vault-activation.js';
import type { VaultActivation } from './vault-activation.js';
import type { VaultActivatedEvent } from './vault-activation.events.js';
import type { VaultLoginRequestedEvent } from '../vault.events.js';

const PASSWORD = 'Une phrase de passe 🐚 longue';
const TEN = 'abcdefghi😀'; // 10 code points, but a JavaScript length of 11
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

interface MountOptions {
  readonly token?: string;
  readonly locale?: string;
  readonly theme?: 'dark';
  readonly loginHref?: string;
  readonly termsHref?: string;
}

async function mount(opts: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
      <vault-activation
        token=${ifDefined(opts.token)}
        login-href=${ifDefined(opts.loginHref)}
        terms-href=${ifDefined(opts.termsHref ?? 'https://exemple.fr/cgu')}
      ></vault-activation>
    </vigie-provider>
  </div>`);
  const provider = wrapper.querySelector<VigieProvider>('vigie-provider')!;
  const el = provider.querySelector<VaultActivation>('vault-activation')!;
  return { wrapper, provider, el };
}

const services = (el: VaultActivation) => (el as unknown as { services: VigieServices }).services;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
const heading = (el: Element) => el.querySelector<HTMLElement>('.vigie-activation-step-title');
const submit = (el: Element) => el.querySelector<HTMLButtonElement>('form button[type=submit]')!;

/** « Étape n sur N » once the catalog has the key, « n / N » meanwhile. */
const stepCount = (n: number, total: number, locale: 'fr' | 'en' = 'fr') =>
  'vault.activation.step' in fr ? translate(locale, 'vault.activation.step' as MessageKey, { step: n, total }) : `${n} / ${total}`;

/** Waits for the step whose heading contains `name`, and checks the focus is on that heading. */
async function atStep(el: VaultActivation, n: number, total: number, name: string) {
  const h = await until(
    () => (text(heading(el)).includes(name) && text(heading(el)).includes(stepCount(n, total)) ? heading(el) : undefined),
    `step ${n} (${name})`,
  );
  await until(() => document.activeElement === h, `the focus on the heading of step ${n}`);
  return h!;
}

async function choosePassword(el: VaultActivation, password = PASSWORD) {
  await typeInto(input(el, 'password'), password);
  await typeInto(input(el, 'confirmation'), password);
  await sendKeys({ press: 'Enter' });
}

/** Everything a test could find a secret in. */
async function expectNoSecret(el: Element, secrets: readonly string[]) {
  await expectNoSecretLeft(secrets, { logged, root: el, databases });
}

/** Empties a field as a person does: select all, delete. */
async function clear(field: HTMLInputElement) {
  field.focus();
  await pressKeys('ControlOrMeta+A');
  await sendKeys({ press: 'Backspace' });
}

describe('<vault-activation> (VA-ACTIVATE)', () => {
  it('a valid link with an SMS code: every step, « Étape n sur N », focus on each heading, then activated and signed in', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount({ token: DEMO_TOKENS.activation, loginHref: '/connexion' });
    // The token left the element's markup at once.
    expect(el.hasAttribute('token')).to.be.false;
    expect(el.token).to.be.undefined;
    await until(() => input(el, 'password'), 'the password step');
    expect(text(el.querySelector('.vigie-panel-heading'))).to.equal('Activez votre coffre-fort numérique');
    expect(text(el.querySelector('.vigie-activation-expiry'))).to.equal('Ce lien d’activation est valable jusqu’au 22/03/2026.');
    expect(text(heading(el))).to.contain(stepCount(1, 4));
    expect(el.shadowRoot).to.be.null;
    // Password managers reach the inputs from the page, in a real form, with the username beside them.
    expect(document.querySelector('input[autocomplete="new-password"]')).to.equal(input(el, 'password'));
    expect(input(el, 'password').form).to.equal(document.querySelector<HTMLInputElement>('input[autocomplete="username"]')!.form);
    expect(input(el, 'username').value).to.equal('ines.moreau@example.fr');
    await expect(el).to.be.accessible();

    await choosePassword(el);
    await atStep(el, 2, 4, 'Vos informations personnelles');
    expect(input(el, 'lastName').value).to.equal('Moreau');
    expect(input(el, 'firstName').value).to.equal('Inès');
    expect(input(el, 'email').value).to.equal('ines.moreau@example.fr');
    expect(text(el.querySelector('.vigie-panel-facts'))).to.equal('Employeur Hôtels Azur');
    await expect(el).to.be.accessible();
    // The person corrects her e-mail.
    input(el, 'email').select();
    await sendKeys({ type: 'ines.m@example.fr' });
    await sendKeys({ press: 'Enter' });

    await atStep(el, 3, 4, 'onditions');
    const terms = el.querySelector<HTMLAnchorElement>('a.vigie-panel-external')!;
    expect(terms.href).to.equal('https://exemple.fr/cgu');
    expect(terms.target).to.equal('_blank');
    await expect(el).to.be.accessible();
    // Terms are required: an error, the focus on the box, no request.
    const before = apiRequests().length;
    await clickOn(submit(el));
    const box = await until(
      () => (el.querySelector('.vigie-error-summary') ? el.querySelector<HTMLInputElement>('input[type=checkbox]') : undefined),
      'the terms error',
    );
    expect(document.activeElement).to.equal(box);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.querySelector('.vigie-field--checkbox .vigie-field-error'))).to.contain('Cochez cette case pour continuer.');
    expect(apiRequests().length).to.equal(before);
    await expect(el).to.be.accessible();
    // Keyboard: Space ticks it, Enter goes on.
    await sendKeys({ press: 'Space' });
    expect(box.checked).to.be.true;
    await until(() => !el.querySelector('.vigie-error-summary'), 'the error to go');
    submit(el).focus();
    await sendKeys({ press: 'Enter' });

    await atStep(el, 4, 4, 'Vérification de votre identité');
    const code = await until(() => el.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]'), 'the code field');
    expect(text(el.querySelector('.vigie-activation-lead'))).to.equal(
      'Pour terminer, saisissez le code de 6 chiffres reçu par SMS au 06\u00a0••\u00a0••\u00a0••\u00a001.',
    );
    expect(text(el.querySelector('.vigie-activation-resend button'))).to.equal('Nouveau code possible dans 60\u00a0s');
    expect(el.querySelector('.vigie-activation-resend button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(text(el.querySelector('.vigie-activation-hint'))).to.equal('Ce code est valable jusqu’à 12:10.');
    expect(code.inputMode).to.equal('numeric');
    await expect(el).to.be.accessible();

    const activated = oneEvent(el, 'vault-activated') as Promise<VaultActivatedEvent>;
    await typeInto(code, `${DEMO_ONE_TIME_CODE.slice(0, 3)} ${DEMO_ONE_TIME_CODE.slice(3)}`);
    expect(code.value).to.equal(DEMO_ONE_TIME_CODE);
    await sendKeys({ press: 'Enter' });
    const event = await activated;
    expect([event.firstName, event.lastName, event.email]).to.deep.equal(['Inès', 'Moreau', 'ines.m@example.fr']);
    expect(Object.keys(event).filter((k) => k !== 'isTrusted')).to.deep.equal(['firstName', 'lastName', 'email']);
    const done = await until(() => el.querySelector<HTMLElement>('.vigie-panel-message--success p'), 'the success');
    expect(text(done)).to.equal('Votre coffre-fort est activé. Bienvenue dans votre espace personnel.');
    await until(() => document.activeElement === done, 'the focus on the success');
    // The server signed her in: the session is the provider's now (memory only).
    expect(services(el).vaultSession?.user).to.deep.equal({ firstName: 'Inès', lastName: 'Moreau' });
    const signIn = el.querySelector<HTMLAnchorElement>('a.vigie-panel-action')!;
    expect(text(signIn)).to.equal('Se connecter');
    expect(signIn.getAttribute('href')).to.equal('/connexion');
    await expect(el).to.be.accessible();
    expect(apiRequests()).to.deep.equal([
      'POST /api/vault/activation/status',
      'POST /api/vault/activation/code',
      'POST /api/vault/activation',
    ]);
    // The mock's account: the corrected e-mail and the new password work.
    const login = await (await import('@vigie/core/vault/api')).vaultLogin(services(el).client, 'ines.m@example.fr', PASSWORD);
    expect(login.kind).to.equal('signed-in');
    // Nothing secret anywhere: not the password, not the code, not the token, not the session.
    await expectNoSecret(el, [PASSWORD, DEMO_ONE_TIME_CODE, DEMO_TOKENS.activation, services(el).vaultSession!.token]);
  });

  it('the password policy: 10 code points refused (even with an emoji worth 2 UTF-16 units), 11 accepted; a mismatch; live polite count', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount({ token: DEMO_TOKENS.activationNoSms });
    const password = await until(() => input(el, 'password'), 'the password step');
    expect(TEN.length).to.equal(11);
    await typeInto(password, TEN);
    const count = el.querySelector('.vigie-panel-count')!;
    expect(text(count)).to.equal('10 caractères, 11 au minimum');
    expect(password.getAttribute('aria-describedby')).to.contain(count.id);
    const live = el.querySelector('.vigie-panel-new-password [aria-live=polite]')!;
    await typeInto(input(el, 'confirmation'), TEN);
    await clickOn(submit(el));
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the policy error');
    expect(text(summary)).to.contain('Le mot de passe doit comporter au moins 11 caractères.');
    expect(document.activeElement).to.equal(password);
    await expect(el).to.be.accessible();
    // Secrets were never sent anywhere: the check is the widget's, from core.
    expect(apiRequests()).to.deep.equal(['POST /api/vault/activation/status']);

    await clear(password);
    await clear(input(el, 'confirmation'));
    await typeInto(password, ELEVEN);
    await el.updateComplete;
    expect(text(count)).to.equal('11 caractères, 11 au minimum');
    expect(count.classList.contains('is-ok')).to.be.true;
    expect(text(live)).to.equal('11 caractères, 11 au minimum');
    await typeInto(input(el, 'confirmation'), `${ELEVEN}!`);
    await clickOn(submit(el));
    await until(
      () => text(el.querySelector('.vigie-error-summary')).includes('Les deux mots de passe ne sont pas identiques.'),
      'the mismatch',
    );
    expect(document.activeElement).to.equal(input(el, 'confirmation'));
    expect(text(el.querySelector('.vigie-error-summary'))).not.to.contain('au moins 11');
    await clear(input(el, 'confirmation'));
    await typeInto(input(el, 'confirmation'), ELEVEN);
    await sendKeys({ press: 'Enter' });
    await atStep(el, 2, 3, 'Vos informations personnelles');
  });

  it('a link without SMS code from the URL: the token leaves the address bar, 3 steps, Back keeps the names, activation at the terms', async () => {
    mock = await useScenario('vault:default');
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}?x=1&activation-token=${DEMO_TOKENS.activationNoSms}#part`);
    try {
      const { el } = await mount();
      expect(location.search).to.equal('?x=1');
      expect(location.hash).to.equal('#part');
      await until(() => input(el, 'password'), 'the password step');
      expect(text(heading(el))).to.contain(stepCount(1, 3));
      await choosePassword(el);
      await atStep(el, 2, 3, 'Vos informations personnelles');
      input(el, 'firstName').select();
      await sendKeys({ type: 'Léa-Marie' });
      await sendKeys({ press: 'Enter' });
      await atStep(el, 3, 3, 'onditions');
      expect(text(submit(el))).to.equal('Activer mon coffre-fort');
      // Back to the information: what was typed is there; then on again.
      const back = el.querySelector<HTMLButtonElement>('.vigie-activation-back')!;
      back.focus();
      await sendKeys({ press: 'Enter' });
      await atStep(el, 2, 3, 'Vos informations personnelles');
      expect(input(el, 'firstName').value).to.equal('Léa-Marie');
      await clickOn(submit(el));
      await atStep(el, 3, 3, 'onditions');
      await clickOn(el.querySelector<HTMLInputElement>('input[type=checkbox]')!);
      const activated = oneEvent(el, 'vault-activated') as Promise<VaultActivatedEvent>;
      await clickOn(submit(el));
      expect((await activated).firstName).to.equal('Léa-Marie');
      expect(apiRequests()).to.deep.equal(['POST /api/vault/activation/status', 'POST /api/vault/activation']);
      await expectNoSecret(el, [PASSWORD, DEMO_TOKENS.activationNoSms]);
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('an expired link says so and sends the person to HR (« votre service RH »); nothing to type', async () => {
    mock = await useScenario('vault:expired-link');
    const { el } = await mount({ token: DEMO_TOKENS.activation });
    const notice = await until(() => el.querySelector('.vigie-panel-message--error'), 'the expired notice');
    expect(text(notice)).to.equal(
      'Ce lien d’activation a expiré\u202f: il est valable 15 jours. Demandez un nouveau lien à votre service RH.',
    );
    expect(el.querySelector('input')).to.be.null;
    await expect(el).to.be.accessible();
    // The same from the server's own data: Hugo's link was issued 20 days ago.
    mock = await useScenario('vault:default');
    const other = (await mount({ token: DEMO_TOKENS.activationExpired })).el;
    await until(() => text(other.querySelector('.vigie-panel-message')).includes('votre service RH'), 'the expired notice');
  });

  it('a used link: the account is already active, « Se connecter » fires a cancelable vault-login-requested', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount({ token: DEMO_TOKENS.activationUsed, loginHref: '#connexion' });
    const link = await until(() => el.querySelector<HTMLAnchorElement>('a.vigie-panel-action'), 'the sign-in link');
    expect(text(el.querySelector('.vigie-panel-message'))).to.equal(
      'Ce coffre-fort est déjà activé. Connectez-vous avec votre identifiant et votre mot de passe.',
    );
    await expect(el).to.be.accessible();
    const href = location.href;
    el.addEventListener('vault-login-requested', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'vault-login-requested') as Promise<VaultLoginRequestedEvent>;
    link.focus();
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect([event.href, event.reason, event.cancelable, event.bubbles, event.composed]).to.deep.equal([
      '#connexion',
      'already-active',
      true,
      true,
      true,
    ]);
    expect(location.href, 'cancelled: the link was not followed').to.equal(href);
  });

  it('an unknown token, and no token at all: « ce lien n’est pas valide », without asking the server for nothing', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount({ token: 'pas-un-vrai-jeton' });
    await until(
      () => text(el.querySelector('.vigie-panel-message')).includes('Ce lien d’activation n’est pas valide.'),
      'the unknown notice',
    );
    await expect(el).to.be.accessible();
    mock = await useScenario('vault:default');
    const none = (await mount()).el;
    await until(
      () => text(none.querySelector('.vigie-panel-message')).includes('Ce lien d’activation n’est pas valide.'),
      'the unknown notice',
    );
    expect(apiRequests()).to.deep.equal([]);
  });

  it('the link check fails (500): an alert with a retry, which checks again', async () => {
    mock = await useScenario('any:error-500');
    const { el } = await mount({ token: DEMO_TOKENS.activation });
    const alert = await until(() => el.querySelector('[role=alert]'), 'the error', 8000);
    expect(text(alert)).to.contain('Le service a rencontré une erreur (500).');
    await expect(el).to.be.accessible();
    mock.setScenario('vault:default');
    await clickOn(alert.querySelector('button')!);
    await until(() => input(el, 'password'), 'the password step after the retry');
  });

  it('a 500 on the activation keeps the names, the ticked terms and the password (never judged): « Réessayer » activates; one request per submit (issue 8 #18)', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount({ token: DEMO_TOKENS.activationNoSms });
    await until(() => input(el, 'password'), 'the password step');
    await choosePassword(el);
    await atStep(el, 2, 3, 'Vos informations');
    input(el, 'lastName').select();
    await sendKeys({ type: 'Garnier-Roux' });
    await sendKeys({ press: 'Enter' });
    await atStep(el, 3, 3, 'onditions');
    await clickOn(el.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    let calls = 0;
    let release!: () => void;
    mock.worker.use(
      http.post('*/api/vault/activation', async () => {
        calls++;
        await new Promise<void>((r) => (release = r));
        return HttpResponse.json(
          { type: '/problems/internal-error', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    // Pressed three times (Enter on the button), the third while the request runs.
    submit(el).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await until(() => release, 'the request');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
    expect(text(el.querySelector('.vigie-status'))).to.equal('Envoi en cours…');
    await quiet('no second request');
    expect(calls).to.equal(1);
    // The client retries a keyed POST twice: each attempt is held, then fails.
    release();
    await until(() => calls === 2, 'the retry');
    release();
    await until(() => calls === 3, 'the second retry');
    release();
    const alert = await until(() => el.querySelector('.vigie-panel-message--error'), 'the failure notice');
    expect(text(alert)).to.contain('L’envoi n’a pas abouti.');
    expect(text(alert)).not.to.contain('saisissez-les de nouveau');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(el.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.be.true;
    await expect(el).to.be.accessible();
    await expectNoSecret(el, [PASSWORD]);
    mock.worker.resetHandlers();
    const activated = oneEvent(el, 'vault-activated') as Promise<VaultActivatedEvent>;
    await clickOn(alert.querySelector('button')!);
    expect((await activated).lastName).to.equal('Garnier-Roux');
    expect(calls).to.equal(3);
  });

  it('a refusal the steps cannot place (403) drops the password: « Réessayer » asks for it again, the rest kept (issue 8 #18)', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount({ token: DEMO_TOKENS.activationNoSms });
    await until(() => input(el, 'password'), 'the password step');
    await choosePassword(el);
    await atStep(el, 2, 3, 'Vos informations');
    input(el, 'lastName').select();
    await sendKeys({ type: 'Garnier-Roux' });
    await sendKeys({ press: 'Enter' });
    await atStep(el, 3, 3, 'onditions');
    await clickOn(el.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    mock.worker.use(
      http.post('*/api/vault/activation', () =>
        HttpResponse.json(
          { type: '/problems/forbidden', title: 'Forbidden', status: 403 },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await clickOn(submit(el));
    const alert = await until(() => el.querySelector('.vigie-panel-message--error'), 'the failure notice');
    expect(text(alert)).to.contain('saisissez-les de nouveau');
    mock.worker.resetHandlers();
    await clickOn(alert.querySelector('button')!);
    await atStep(el, 1, 3, '');
    expect(input(el, 'password').value).to.equal('');
    expect(text(el.querySelector('.vigie-panel-message--info'))).to.contain('saisissez-les de nouveau');
    await choosePassword(el);
    await atStep(el, 2, 3, 'Vos informations');
    expect(input(el, 'lastName').value).to.equal('Garnier-Roux');
    await clickOn(submit(el));
    await atStep(el, 3, 3, 'onditions');
    expect(el.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.be.true;
    const activated = oneEvent(el, 'vault-activated') as Promise<VaultActivatedEvent>;
    await clickOn(submit(el));
    expect((await activated).lastName).to.equal('Garnier-Roux');
  });

  it('a wrong SMS code: the code field says so, the password is kept; a new code after the cooldown', async () => {
    mock = await useScenario('vault:default');
    const { provider, el } = await mount({ token: DEMO_TOKENS.activation });
    await until(() => input(el, 'password'), 'the password step');
    await choosePassword(el);
    await atStep(el, 2, 4, 'Vos informations');
    await clickOn(submit(el));
    await atStep(el, 3, 4, 'onditions');
    await clickOn(el.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    await clickOn(submit(el));
    const code = await until(() => el.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]'), 'the code step');
    await typeInto(code, '000000');
    await sendKeys({ press: 'Enter' });
    await until(() => text(el.querySelector('.vigie-error-summary')).includes('Ce code est incorrect.'), 'the code error');
    expect(code.value).to.equal('');
    expect(document.activeElement).to.equal(code);
    await expect(el).to.be.accessible();
    // A click on « Nouveau code possible dans 60 s » sends nothing.
    const resend = el.querySelector<HTMLButtonElement>('.vigie-activation-resend button')!;
    await clickOn(resend);
    await quiet('no new code asked');
    expect(apiRequests().filter((r) => r.endsWith('/activation/code'))).to.have.length(1);
    // Two minutes later (the provider's clock), a new code may be asked.
    mock.worker.use(
      http.post('*/api/vault/activation/code', () =>
        HttpResponse.json({
          channel: 'sms',
          destination: '06 •• •• •• 01',
          expiresAt: '2026-03-10T11:12:00.000Z',
          resendAt: '2026-03-10T11:03:00.000Z',
        }),
      ),
    );
    provider.now = '2026-03-10T12:02:00+01:00';
    await until(() => text(resend) === 'Recevoir un nouveau code', 'the resend button');
    expect(resend.hasAttribute('aria-disabled')).to.be.false;
    await clickOn(resend);
    await until(
      () => text(el.querySelector('.vigie-activation-status')) === 'Un nouveau code vous a été envoyé.',
      'the polite confirmation',
    );
    expect(el.querySelector('.vigie-activation-status')!.getAttribute('role')).to.equal('status');
    expect(text(resend)).to.equal('Nouveau code possible dans 60\u00a0s');
    mock.worker.resetHandlers();
    provider.now = NOW;
    // The right code now: the password chosen at step 1 was kept for this.
    const activated = oneEvent(el, 'vault-activated');
    await typeInto(code, DEMO_ONE_TIME_CODE);
    await sendKeys({ press: 'Enter' });
    await activated;
  });

  it('a code already out (429 on the first sending, e.g. from another tab): the code field anyway, and when a new one is possible', async () => {
    mock = await useScenario('vault:default');
    mock.worker.use(
      http.post('*/api/vault/activation/code', () =>
        HttpResponse.json(
          { type: '/problems/resend-too-early', title: 'Too early', status: 429, resendAt: '2026-03-10T11:00:40.000Z' },
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' } },
        ),
      ),
    );
    const { el } = await mount({ token: DEMO_TOKENS.activation });
    await until(() => input(el, 'password'), 'the password step');
    await choosePassword(el);
    await atStep(el, 2, 4, 'Vos informations');
    await clickOn(submit(el));
    await atStep(el, 3, 4, 'onditions');
    await clickOn(el.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    await clickOn(submit(el));
    await until(() => el.querySelector('input[autocomplete="one-time-code"]'), 'the code field', 8000);
    expect(text(el.querySelector('.vigie-activation-status'))).to.equal('Patientez encore un peu avant de demander un nouveau code.');
    expect(text(el.querySelector('.vigie-activation-resend button'))).to.equal('Nouveau code possible dans 40\u00a0s');
    await expect(el).to.be.accessible();
  });

  it('English, at run time', async () => {
    mock = await useScenario('vault:default');
    const { provider, el } = await mount({ token: DEMO_TOKENS.activation, locale: 'en' });
    await until(() => text(el.querySelector('.vigie-panel-heading')) === 'Activate your digital vault', 'the English title');
    await until(() => input(el, 'password'), 'the password step');
    expect(text(heading(el))).to.contain(stepCount(1, 4, 'en'));
    expect(text(el.querySelector('.vigie-activation-expiry'))).to.equal('This activation link is valid until 22/03/2026.');
    await typeInto(input(el, 'password'), 'abc');
    provider.locale = 'fr';
    await until(() => text(el.querySelector('.vigie-panel-heading')) === 'Activez votre coffre-fort numérique', 'French');
    expect(input(el, 'password').value).to.equal('abc');
  });

  it('dark theme and a narrow container: accessible, nothing overflows', async () => {
    mock = await useScenario('vault:default');
    const { wrapper, el } = await mount({ token: DEMO_TOKENS.activation, theme: 'dark' });
    wrapper.style.width = '320px';
    wrapper.style.background = '#0d1117';
    await until(() => input(el, 'password'), 'the password step');
    await expect(el).to.be.accessible();
    const root = el.querySelector('.vigie-activation')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(getComputedStyle(input(el, 'password')).backgroundColor).to.equal('rgb(22, 27, 34)');
  });
});
