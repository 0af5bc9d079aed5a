/**
 * PP-LOGIN — `<passport-login>` in Chromium against the mock API (msw), whose passport answers a
 * wrong password and an unknown e-mail with the same 401, and the forgotten-password request with
 * the same 202 whatever the address. "Today" is 10/03/2026 12:00 in Paris for the mock and the
 * provider; a session lasts 30 minutes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ContextEvent } from '@lit/context';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MockWorker } from '@vigie/mock-api/browser';
import { PASSPORT_DEMO_COMPANY, PASSPORT_DEMO_LOGIN, PASSPORT_DEMO_SESSION, PASSPORT_HANDOVER_LOGIN } from '@vigie/mock-api/browser';
import { expectNoSecretLeft } from '../../../test/suites/no-secret-left.js';
import { NOW, apiRequests, clickOn, quiet, until, useScenario, captureConsole } from '../../../test/helpers.js';
import { vigieContext, type VigieServices } from '../../base/context.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import '../../define/passport-login.js';
import type { PassportLogin } from './passport-login.js';
import type { PassportResetRequestedEvent, PassportSignedInEvent, PassportSignedOutEvent } from './passport-login.events.js';

const WRONG = 'Mauvais-Mot-2-Passe';
const NEW_PASSWORD = 'une phrase de passe bien à moi';
const INVALID =
  'Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie, en faisant attention aux majuscules et aux caractères spéciaux.';
const SENT =
  'Si un compte est bien associé à cette adresse sur notre base, la procédure de réinitialisation sera transmise directement sur votre adresse e-mail.';

let mock: MockWorker;
/** Tokens and challenges the mock answered with, to look for them where they must not be. */
let serverSecrets: string[] = [];
let listening = false;
const logged = captureConsole();

async function scenario(name: Parameters<typeof useScenario>[0]) {
  mock = await useScenario(name);
  if (!listening) {
    listening = true;
    mock.worker.events.on('response:mocked', async ({ response }) => {
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { session?: { token?: string }; challenge?: string } | undefined;
      if (body?.session?.token) serverSecrets.push(body.session.token);
      if (body?.challenge) serverSecrets.push(body.challenge);
    });
  }
}

beforeEach(async () => {
  serverSecrets = [];
  await scenario('passport:default');
});

afterEach(() => {
  mock.worker.resetHandlers();
});

async function mount(opts: { locale?: 'fr' | 'en'; registerHref?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'}>
      <passport-login register-href=${ifDefined(opts.registerHref)}></passport-login>
    </vigie-provider>
  </div>`);
  const provider = wrapper.querySelector<VigieProvider>('vigie-provider')!;
  const el = wrapper.querySelector('passport-login')!;
  await until(() => el.querySelector('form'), 'the login form');
  return { wrapper, provider, el };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const emailInput = (el: Element) => el.querySelector<HTMLInputElement>('form input[name="email"]')!;
const passwordInput = (el: Element) => el.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!;
const submitButton = (el: Element) => el.querySelector<HTMLButtonElement>('button[type=submit]')!;
const heading = (el: Element) => el.querySelector<HTMLElement>('[role=heading]')!;
const buttonNamed = (el: Element, name: string) => [...el.querySelectorAll('button')].find((b) => text(b) === name)!;
const loginRequests = () => apiRequests().filter((r) => r === 'POST /api/passport/login');
const resetRequests = () => apiRequests().filter((r) => r === 'POST /api/passport/password-reset/request');
const settled = (el: PassportLogin, status: string) => until(() => el.getAttribute('status') === status, `status ${status}`);

/** Types as a user would (real key presses), replacing what the input holds. */
async function typeInto(input: HTMLInputElement, value: string) {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
}

async function signIn(el: PassportLogin, email: string, password: string) {
  await typeInto(emailInput(el), email);
  await typeInto(passwordInput(el), password);
  await sendKeys({ press: 'Enter' });
}

function servicesOf(el: Element): VigieServices {
  let services: VigieServices | undefined;
  el.dispatchEvent(new ContextEvent(vigieContext, el, (s) => (services = s), false));
  return services!;
}

/** Nothing secret in web storage, cookies, attributes, the document, the URL, history or the console; password inputs empty. */
async function expectNoSecrets(secrets: readonly string[]) {
  await quiet();
  await expectNoSecretLeft([...secrets, ...serverSecrets], { logged });
}

describe('<passport-login> (PP-LOGIN)', function () {
  // Real keys and mouse throughout: more than mocha's 10 s a test on a loaded machine (a test cut
  // off there leaves its keys and clicks running into the next one).
  this.timeout(30_000);

  it('the seed’s « CONNEXION »: native inputs password managers reach from the page, « Je me connecte », « Mot de passe oublié ? »; accessible', async () => {
    const { el } = await mount({ registerHref: '/inscription' });
    expect(el.shadowRoot === null, 'no el.shadowRoot').to.be.true;
    expect(el.getAttribute('status')).to.equal('idle');
    expect(text(heading(el))).to.equal('Connexion');
    expect(heading(el).getAttribute('aria-level')).to.equal('2');
    const username = document.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    const password = document.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!;
    expect(username).to.equal(emailInput(el));
    expect(password).to.equal(passwordInput(el));
    expect(username.type).to.equal('email');
    expect(password.type).to.equal('password');
    expect(password.form).to.equal(username.form);
    expect(password.form!.method).to.equal('post');
    expect(text(submitButton(el))).to.equal('Je me connecte');
    expect(text(el.querySelector('.vigie-passport-login__links button'))).to.equal('Mot de passe oublié\u202f?');
    expect(el.querySelector('.vigie-passport-login__links a')!.getAttribute('href')).to.equal('/inscription');
    expect(apiRequests()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keyboard: e-mail → password → show → Je me connecte → Mot de passe oublié ?; Enter sends', async () => {
    const { el } = await mount();
    emailInput(el).focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const a = document.activeElement as HTMLElement;
      order.push(a.getAttribute('name') ?? text(a));
    }
    expect(order).to.deep.equal(['password', 'Afficher le mot de passe', 'Je me connecte', 'Mot de passe oublié\u202f?']);
    await sendKeys({ press: 'Enter' });
    await settled(el, 'forgot');
    expect(document.activeElement === heading(el), 'focus on heading(el)').to.be.true;
  });

  it('wrong password and unknown e-mail: one same generic message, e-mail kept, password cleared, focus on it; nothing secret left', async () => {
    const { el } = await mount();
    await signIn(el, PASSPORT_DEMO_LOGIN.email, WRONG);
    await settled(el, 'failed');
    const alert = el.querySelector('.vigie-failure')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal(INVALID);
    const known = el.querySelector('form')!.outerHTML.replace(/value="[^"]*"/g, '');
    expect(emailInput(el).value).to.equal(PASSPORT_DEMO_LOGIN.email);
    expect(passwordInput(el).value).to.equal('');
    expect(document.activeElement === passwordInput(el), 'focus on passwordInput(el)').to.be.true;
    await expect(el).to.be.accessible();
    await signIn(el, 'personne@inconnue.fr', WRONG);
    await until(() => loginRequests().length === 2, 'the second attempt');
    await settled(el, 'failed');
    expect(el.querySelector('form')!.outerHTML.replace(/value="[^"]*"/g, '')).to.equal(known);
    await expectNoSecrets([WRONG]);
  });

  it('success: the session to the provider (memory only), `passport-signed-in` without the token, the seed’s greeting; « Se déconnecter » ends it', async () => {
    const { el } = await mount();
    const signedIn: PassportSignedInEvent[] = [];
    const signedOut: PassportSignedOutEvent[] = [];
    el.addEventListener('passport-signed-in', (e) => signedIn.push(e));
    el.addEventListener('passport-signed-out', (e) => signedOut.push(e));
    await signIn(el, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
    // Enter twice in a row sends one login.
    await sendKeys({ press: 'Enter' });
    await settled(el, 'signed-in');
    expect(loginRequests()).to.have.length(1);
    const session = servicesOf(el).passportSession!;
    expect(session.companyName).to.equal(PASSPORT_DEMO_COMPANY.companyName);
    expect(session.token).to.be.a('string');
    expect(signedIn).to.have.length(1);
    expect(signedIn[0]!.companyName).to.equal(PASSPORT_DEMO_COMPANY.companyName);
    expect(signedIn[0]!.referent).to.deep.equal({ firstName: 'Baptiste', lastName: 'MARTIN' });
    expect(JSON.stringify({ ...signedIn[0] })).not.to.contain(session.token);
    expect(signedIn[0]!.bubbles && signedIn[0]!.composed).to.be.true;
    expect(text(heading(el))).to.equal('Bienvenue\u202f!');
    expect(document.activeElement === heading(el), 'focus on heading(el)').to.be.true;
    const status = el.querySelector('.vigie-panel-result')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Félicitations, vous voici dans votre espace entreprise\u202f!');
    expect(text(el.querySelector('.vigie-passport-login__who'))).to.equal(
      'Session ouverte\u202f: Baptiste MARTIN, personne référente de l’entreprise «\u202fGranulats Dupont SARL\u202f».',
    );
    expect(el.querySelector('form') === null, 'no el.querySelector(form)').to.be.true;
    await expect(el).to.be.accessible();
    await expectNoSecrets([PASSPORT_DEMO_LOGIN.password]);

    await clickOn(buttonNamed(el, 'Se déconnecter'));
    await settled(el, 'idle');
    expect(servicesOf(el).passportSession).to.equal(undefined);
    expect(signedOut.map((e) => e.reason)).to.deep.equal(['user']);
    expect(text(el.querySelector('.vigie-panel-result'))).to.equal('Votre session est fermée.');
    expect(emailInput(el).value).to.equal('');
    await expectNoSecrets([PASSPORT_DEMO_LOGIN.password]);
  });

  it('follows the provider: a session the host hands over shows as signed in; cleared elsewhere → signed out (`ended`); past its end → `expired`', async () => {
    const { el, provider } = await mount();
    const reasons: string[] = [];
    el.addEventListener('passport-signed-out', (e) => reasons.push(e.reason));
    provider.passportSession = PASSPORT_DEMO_SESSION;
    await settled(el, 'signed-in');
    provider.passportSession = undefined;
    await settled(el, 'idle');
    expect(reasons).to.deep.equal(['ended']);
    // A real sign-in, then the clock passes its end (30 minutes).
    await signIn(el, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
    await settled(el, 'signed-in');
    provider.setAttribute('now', '2026-03-10T12:31:00+01:00');
    await settled(el, 'idle');
    expect(reasons).to.deep.equal(['ended', 'expired']);
    expect(servicesOf(el).passportSession).to.equal(undefined);
    expect(text(el.querySelector('.vigie-panel-result'))).to.equal('Votre session a expiré. Connectez-vous de nouveau.');
  });

  it('500: the failure with a retry, the e-mail and the password kept (never judged); « Réessayer » signs in (issue 8 #18)', async () => {
    await scenario('any:error-500');
    const { el } = await mount();
    await signIn(el, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
    await settled(el, 'failed');
    const failure = el.querySelector('.vigie-failure')!;
    expect(text(failure)).to.contain('L’envoi n’a pas abouti.');
    expect(text(failure)).not.to.contain('saisissez-les de nouveau');
    expect(emailInput(el).value).to.equal(PASSPORT_DEMO_LOGIN.email);
    expect(passwordInput(el).value).to.equal(PASSPORT_DEMO_LOGIN.password);
    // A login attempt is sent once (never replayed by the client).
    expect(loginRequests()).to.have.length(1);
    mock.setScenario('passport:default');
    await clickOn(buttonNamed(failure, 'Réessayer'));
    await settled(el, 'signed-in');
    expect(loginRequests()).to.have.length(2);
    await expectNoSecrets([PASSPORT_DEMO_LOGIN.password]);
  });

  it('a network failure, then a 503, keep the password; a wrong password (401) empties it (issue 8 #18)', async () => {
    await scenario('passport:default');
    let answer: 'network' | '503' | 'mock' = 'network';
    mock.worker.use(
      http.post('*/api/passport/login', () => {
        if (answer === 'network') return HttpResponse.error();
        if (answer === '503')
          return HttpResponse.json(
            { type: '/problems/unavailable', title: 'Unavailable', status: 503 },
            { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
          );
        return undefined;
      }),
    );
    const { el } = await mount();
    const wrong = 'Pas-Le-Bon-2026!';
    await signIn(el, PASSPORT_DEMO_LOGIN.email, wrong);
    await settled(el, 'failed');
    expect(text(el.querySelector('.vigie-failure'))).to.contain('Le service est injoignable.');
    expect(passwordInput(el).value).to.equal(wrong);
    answer = '503';
    passwordInput(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(el.querySelector('.vigie-failure')).includes('(503)'), 'the 503');
    expect(passwordInput(el).value).to.equal(wrong);
    answer = 'mock';
    passwordInput(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(el).includes('Adresse e-mail ou mot de passe incorrect.'), 'the refusal');
    expect(passwordInput(el).value).to.equal('');
    expect(emailInput(el).value).to.equal(PASSPORT_DEMO_LOGIN.email);
    await expectNoSecrets([wrong]);
  });

  it('« Mot de passe oublié ? » → « Identifiants oubliés », the e-mail carried over; the same answer for a known and an unknown address; « Annuler »', async () => {
    const { el } = await mount();
    const requested: PassportResetRequestedEvent[] = [];
    el.addEventListener('passport-reset-requested', (e) => requested.push(e));
    await typeInto(emailInput(el), PASSPORT_DEMO_LOGIN.email);
    await clickOn(buttonNamed(el, 'Mot de passe oublié\u202f?'));
    await settled(el, 'forgot');
    expect(text(heading(el))).to.equal('Identifiants oubliés');
    expect(document.activeElement === heading(el), 'focus on heading(el)').to.be.true;
    expect(emailInput(el).value).to.equal(PASSPORT_DEMO_LOGIN.email);
    expect(text(submitButton(el))).to.equal('Redéfinir mon mot de passe');
    expect(text(emailInput(el).closest('.vigie-field')!.querySelector('.vigie-hint'))).to.equal('Exemple\u202f: exemple@domaine.fr');
    await expect(el).to.be.accessible();
    // Not an address: said before anything is sent.
    await typeInto(emailInput(el), 'exemple');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.vigie-field-error'), 'the error');
    expect(resetRequests()).to.have.length(0);

    await typeInto(emailInput(el), PASSPORT_DEMO_LOGIN.email);
    await sendKeys({ press: 'Enter' });
    await settled(el, 'sent');
    const known = el.innerHTML.replace(/<!--[^>]*-->/g, '');
    expect(text(el.querySelector('.vigie-panel-result'))).to.equal(SENT);
    expect(text(el.querySelector('.vigie-passport-login__help'))).to.equal(
      'Vous n’avez pas reçu l’e-mail\u202f? Pensez à vérifier vos spams. S’il ne s’y trouve pas, rapprochez-vous de votre interlocuteur habituel pour qu’il vous accompagne dans la suite de votre démarche.',
    );
    expect(document.activeElement === heading(el), 'focus on heading(el)').to.be.true;
    await expect(el).to.be.accessible();

    await clickOn(buttonNamed(el, 'Retour à la connexion'));
    await settled(el, 'idle');
    await clickOn(buttonNamed(el, 'Mot de passe oublié\u202f?'));
    await settled(el, 'forgot');
    await typeInto(emailInput(el), 'personne@inconnue.fr');
    await sendKeys({ press: 'Enter' });
    await settled(el, 'sent');
    expect(el.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(known);
    expect(resetRequests()).to.have.length(2);
    expect(requested).to.have.length(2);
    expect(mock.passport.outbox().filter((m) => m.to === PASSPORT_DEMO_LOGIN.email)).to.have.length(1);

    await clickOn(buttonNamed(el, 'Retour à la connexion'));
    await settled(el, 'idle');
    await clickOn(buttonNamed(el, 'Mot de passe oublié\u202f?'));
    await settled(el, 'forgot');
    await clickOn(buttonNamed(el, 'Annuler'));
    await settled(el, 'idle');
    expect(text(heading(el))).to.equal('Connexion');
  });

  it('forgotten password, 500: a retry, the address kept; a refusal (400) gets the generic answer', async () => {
    await scenario('any:error-500');
    const { el } = await mount();
    await clickOn(buttonNamed(el, 'Mot de passe oublié\u202f?'));
    await settled(el, 'forgot');
    await typeInto(emailInput(el), 'personne@inconnue.fr');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.vigie-failure'), 'the failure');
    expect(el.getAttribute('status')).to.equal('forgot');
    expect(emailInput(el).value).to.equal('personne@inconnue.fr');
    expect(text(el.querySelector('.vigie-failure button'))).to.equal('Réessayer');
    await scenario('passport:default');
    const { http, HttpResponse } = await import('msw');
    mock.worker.use(
      http.post('/api/passport/password-reset/request', () =>
        HttpResponse.json({ type: '/problems/bad-request', title: 'Bad request', status: 400 }, { status: 400 }),
      ),
    );
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-failure button')!);
    await settled(el, 'sent');
    expect(text(el.querySelector('.vigie-panel-result'))).to.equal(SENT);
  });

  it('a temporary password after a handover: the new password twice (core’s policy), then signed in; « Annuler » forgets the step', async () => {
    await scenario('passport:must-change-password');
    const { el } = await mount();
    await signIn(el, PASSPORT_HANDOVER_LOGIN.email, PASSPORT_HANDOVER_LOGIN.password);
    await settled(el, 'must-change-password');
    expect(text(heading(el))).to.equal('Choisissez votre mot de passe');
    expect(document.activeElement === heading(el), 'focus on heading(el)').to.be.true;
    const fresh = [...document.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];
    expect(fresh.map((i) => i.name)).to.deep.equal(['newPassword', 'confirmation']);
    const username = el.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    expect(username.value).to.equal(PASSPORT_HANDOVER_LOGIN.email);
    expect(username.form).to.equal(fresh[0]!.form);
    await expect(el).to.be.accessible();
    await typeInto(fresh[0]!, 'court');
    await typeInto(fresh[1]!, 'court');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.vigie-error-summary'), 'the policy');
    expect(text(fresh[0]!.closest('.vigie-field')!.querySelector('.vigie-field-error'))).to.contain(
      'Le mot de passe doit comporter au moins 11 caractères.',
    );
    // The server refuses the temporary password again, and a common one, by their reason (issue 8 #5).
    const fieldError = () => text(fresh[0]!.closest('.vigie-field')!.querySelector('.vigie-field-error'));
    await typeInto(fresh[0]!, PASSPORT_HANDOVER_LOGIN.password);
    await typeInto(fresh[1]!, PASSPORT_HANDOVER_LOGIN.password);
    await sendKeys({ press: 'Enter' });
    await until(
      () => fieldError().includes('Le nouveau mot de passe doit être différent du mot de passe provisoire reçu.'),
      'the same-as-temporary refusal',
    );
    await typeInto(fresh[0]!, 'Jetaimejetaime1');
    await typeInto(fresh[1]!, 'Jetaimejetaime1');
    await sendKeys({ press: 'Enter' });
    await until(() => fieldError().includes('Ce mot de passe est trop courant'), 'the common refusal');
    await typeInto(fresh[0]!, NEW_PASSWORD);
    await typeInto(fresh[1]!, `${NEW_PASSWORD}.`);
    await sendKeys({ press: 'Enter' });
    await until(
      () =>
        text(fresh[1]!.closest('.vigie-field')!.querySelector('.vigie-field-error')).includes(
          'Les deux mots de passe ne sont pas identiques.',
        ),
      'the mismatch',
    );
    await typeInto(fresh[1]!, NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await settled(el, 'signed-in');
    expect(text(el.querySelector('.vigie-passport-login__who'))).to.contain('Claire DURAND');
    await expectNoSecrets([PASSPORT_HANDOVER_LOGIN.password, NEW_PASSWORD]);
    // The new password is the one now.
    await clickOn(buttonNamed(el, 'Se déconnecter'));
    await settled(el, 'idle');
    await signIn(el, PASSPORT_HANDOVER_LOGIN.email, NEW_PASSWORD);
    await settled(el, 'signed-in');
  });

  it('throttling (point 3): the 5th wrong password in a row makes the e-mail wait; the widget says how long, keeps the e-mail, sends nothing meanwhile; an unknown e-mail looks the same', async function () {
    // Real keys and mouse for a whole flow: more than the default 10 s on a loaded machine.
    this.timeout(30_000);
    const { el } = await mount();
    const waitText = () => text(el.querySelector('.vigie-passport-login__wait'));
    async function fiveWrong(email: string) {
      await typeInto(emailInput(el), email);
      for (let i = 1; i <= 5; i++) {
        await typeInto(passwordInput(el), WRONG);
        await sendKeys({ press: 'Enter' });
        await until(() => loginRequests().length === i && el.getAttribute('status') === 'failed', `attempt ${i}`);
      }
      await until(() => waitText(), 'the wait');
    }
    await fiveWrong(PASSPORT_DEMO_LOGIN.email);
    const alert = el.querySelector('.vigie-failure')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal(
      'Trop de tentatives de connexion à la suite avec cette adresse. Par sécurité, patientez avant de réessayer, et vérifiez que vous saisissez correctement votre mot de passe en faisant attention aux majuscules et aux caractères spéciaux.',
    );
    expect(document.activeElement === alert, 'focus on alert').to.be.true;
    expect(waitText()).to.match(/^Nouvelle tentative possible dans (30|29)\u00a0secondes\.$/);
    expect(emailInput(el).value).to.equal(PASSPORT_DEMO_LOGIN.email);
    expect(submitButton(el).disabled).to.be.true;
    // Neither Enter nor a click sends anything while waiting, even with the right password.
    await typeInto(passwordInput(el), PASSPORT_DEMO_LOGIN.password);
    await sendKeys({ press: 'Enter' });
    await clickOn(submitButton(el));
    await quiet('nothing sent while waiting');
    expect(loginRequests()).to.have.length(5);
    // Not sent, so not lost: what was typed stays for when the wait is over.
    expect(passwordInput(el).value).to.equal(PASSPORT_DEMO_LOGIN.password);
    await expect(el).to.be.accessible();
    const known = el
      .querySelector('form')!
      .outerHTML.replace(/value="[^"]*"/g, '')
      .replace(/\d+/g, 'N');

    // The same five failures with an e-mail nobody has: the very same page.
    el.closest('div')!.remove();
    await scenario('passport:default');
    const other = await mount();
    const otherWait = () => text(other.el.querySelector('.vigie-passport-login__wait'));
    await typeInto(emailInput(other.el), 'personne@inconnue.fr');
    for (let i = 1; i <= 5; i++) {
      await typeInto(passwordInput(other.el), WRONG);
      await sendKeys({ press: 'Enter' });
      await until(() => loginRequests().length === i && other.el.getAttribute('status') === 'failed', `unknown attempt ${i}`);
    }
    await until(() => otherWait(), 'the wait of the unknown e-mail');
    const otherForm = other.el
      .querySelector('form')!
      .outerHTML.replace(/value="[^"]*"/g, '')
      .replace(/\d+/g, 'N');
    expect(otherForm).to.equal(known);
    expect(text(other.el.querySelector('.vigie-failure'))).to.equal(text(alert));
    expect(otherWait().replace(/\d+/g, 'N')).to.equal('Nouvelle tentative possible dans N\u00a0secondes.');
    // A 429 is no judgement of the password (issue 8 #18): it stays typed, in the field only.
    expect(passwordInput(other.el).value).to.equal(WRONG);
    passwordInput(other.el).select();
    await sendKeys({ press: 'Backspace' });
    await expectNoSecrets([WRONG, PASSPORT_DEMO_LOGIN.password]);
  });

  it('throttling (point 3): the wait counts down, then a new attempt is possible and signs in', async function () {
    // Real keys and mouse for a whole flow: more than the default 10 s on a loaded machine.
    this.timeout(30_000);
    let answered = false;
    mock.worker.use(
      http.post(
        '/api/passport/login',
        () => {
          answered = true;
          return HttpResponse.json(
            { type: '/problems/too-many-attempts', title: 'Too many attempts', status: 429, retryAfter: 2 },
            { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '2' } },
          );
        },
        { once: true },
      ),
    );
    const { el } = await mount();
    await signIn(el, PASSPORT_DEMO_LOGIN.email, WRONG);
    await until(() => answered && text(el.querySelector('.vigie-passport-login__wait')), 'the wait');
    expect(text(el.querySelector('.vigie-passport-login__wait'))).to.equal('Nouvelle tentative possible dans 2\u00a0secondes.');
    await until(
      () => text(el.querySelector('.vigie-passport-login__wait')) === 'Nouvelle tentative possible dans 1\u00a0seconde.',
      'one second left',
    );
    await until(() => !el.querySelector('.vigie-passport-login__wait'), 'the end of the wait', 3000);
    expect(text(el.querySelector('.vigie-panel-result'))).to.equal('Vous pouvez de nouveau essayer de vous connecter.');
    expect(submitButton(el).disabled).to.be.false;
    expect(el.querySelector('.vigie-failure') === null, 'no el.querySelector(.vigie-failure)').to.be.true;
    expect(emailInput(el).value).to.equal(PASSPORT_DEMO_LOGIN.email);
    await typeInto(passwordInput(el), PASSPORT_DEMO_LOGIN.password);
    await clickOn(submitButton(el));
    await settled(el, 'signed-in');
  });

  it('« Se déconnecter » ends the session on the server (point 2): the old token is then refused', async () => {
    const { el } = await mount();
    await signIn(el, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
    await settled(el, 'signed-in');
    const token = servicesOf(el).passportSession!.token;
    const company = () => fetch('/api/passport/company', { headers: { Authorization: `Bearer ${token}` } });
    expect((await company()).status).to.equal(200);
    await clickOn(buttonNamed(el, 'Se déconnecter'));
    await settled(el, 'idle');
    expect(text(el.querySelector('.vigie-panel-result'))).to.equal('Votre session est fermée.');
    await until(() => apiRequests().includes('POST /api/passport/session/logout'), 'the logout request');
    // The page is signed out at once; the server's answer follows.
    let refused = await company();
    await waitUntil(async () => (refused = await company()).status === 401, 'the server refuses the closed session', {
      interval: 50,
      timeout: 5000,
    });
    expect(refused.status).to.equal(401);
    expect(((await refused.json()) as { type: string }).type).to.equal('/problems/session-required');
  });

  it('« Se déconnecter » when the logout call fails: signed out in the page all the same', async () => {
    mock.worker.use(http.post('/api/passport/session/logout', () => HttpResponse.error()));
    const { el } = await mount();
    const signedOut: PassportSignedOutEvent[] = [];
    el.addEventListener('passport-signed-out', (e) => signedOut.push(e));
    await signIn(el, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
    await settled(el, 'signed-in');
    await clickOn(buttonNamed(el, 'Se déconnecter'));
    await settled(el, 'idle');
    await until(() => apiRequests().includes('POST /api/passport/session/logout'), 'the logout request');
    await until(() => servicesOf(el).passportSession === undefined && signedOut.length > 0, 'the session dropped and passport-signed-out');
    expect(servicesOf(el).passportSession).to.equal(undefined);
    expect(signedOut.map((e) => e.reason)).to.deep.equal(['user']);
    expect(text(heading(el))).to.equal('Connexion');
    expect(text(el.querySelector('.vigie-panel-result'))).to.equal('Votre session est fermée.');
    expect(el.querySelector('.vigie-failure') === null, 'no el.querySelector(.vigie-failure)').to.be.true;
    expect(emailInput(el)).to.exist;
  });

  it('« Annuler » on the new-password step goes back to the login and forgets the challenge', async () => {
    await scenario('passport:must-change-password');
    const { el } = await mount();
    await signIn(el, PASSPORT_HANDOVER_LOGIN.email, PASSPORT_HANDOVER_LOGIN.password);
    await settled(el, 'must-change-password');
    await clickOn(buttonNamed(el, 'Annuler'));
    await settled(el, 'idle');
    expect(text(heading(el))).to.equal('Connexion');
    await expectNoSecrets([PASSPORT_HANDOVER_LOGIN.password]);
  });

  it('English', async () => {
    const { el } = await mount({ locale: 'en' });
    await until(() => text(heading(el)) === 'Sign in', 'English');
    expect(text(submitButton(el))).to.equal('Sign me in');
    await signIn(el, PASSPORT_DEMO_LOGIN.email, WRONG);
    await settled(el, 'failed');
    expect(text(el.querySelector('.vigie-failure'))).to.equal(
      'Incorrect email address or password. Check what you typed, minding upper case and special characters.',
    );
    await expect(el).to.be.accessible();
  });
});
