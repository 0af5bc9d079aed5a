/**
 * VA-LOGIN, VA-SUPPORT — `<vault-login>` in Chromium against the mock API (msw), whose vault
 * applies core's rules (lockout, codes, password policy). "Today" is 10/03/2026 12:00 in Paris for
 * both the mock and the provider; a test moves the widget's time with the provider's `now`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextEvent } from '@lit/context';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, clickOn, until, useScenario } from '../../../test/helpers.js';
import { expectCredentialForm, expectNoSecretLeft } from '../../../test/suites/index.js';
import { vigieContext, type VigieServices } from '../../base/context.js';
import '../../define/vault-login.js';
import type { VaultLogin } from './vault-login.js';
import type { VaultRecoveryRequestedEvent, VaultSignedInEvent, VaultSignedOutEvent } from './vault-login.events.js';

// The demo accounts of the mock (packages/mock-api/src/vault/store.ts).
const PAUL = { identifier: '123456789012', email: 'paul.dupont@example.fr', password: 'Bulletin-2026!' };
const CAMILLE = { identifier: '234567890123', password: 'Coffre-fort-2026' }; // code by SMS
const LUCAS = { identifier: '345678901234', password: 'Coffre-fort-2026' }; // code by e-mail
const JULIEN = { identifier: '456789012345', password: 'Provisoire-7421' }; // temporary password
const CODE = '123456';
const WRONG = 'Mauvais-Mot-2-Passe';
const NEW_PASSWORD = 'une phrase de passe facile à retenir';

/** The seed's lock message (seed 002, question 1, « Compte bloqué »), for `minutes` left. */
const lockMessage = (minutes: number | string) =>
  `Votre compte a été temporairement bloqué suite à de trop nombreuses tentatives. Merci de réessayer dans ${minutes} minutes et de vérifier que vous saisissez correctement votre mot de passe en faisant attention aux majuscules et caractères spéciaux.`;
const INVALID =
  'Identifiant ou mot de passe incorrect. Vérifiez votre saisie en faisant attention aux majuscules et aux caractères spéciaux.';

/** Paris, 10/03/2026 at `hhmm[ss]`. */
const at = (time: string) => `2026-03-10T${time}+01:00`;

let mock: MockWorker;
/** What went out and came back, to look for secrets and to count what was sent. */
let bodies: { path: string; sent: Record<string, unknown> }[] = [];
let serverSecrets: string[] = [];
let logged: unknown[][] = [];
const CONSOLE = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'group', 'assert'] as const;
const originalConsole = new Map(CONSOLE.map((m) => [m, console[m]]));
let listening = false;

async function scenario(name: Parameters<typeof useScenario>[0]) {
  mock = await useScenario(name);
  if (!listening) {
    listening = true;
    mock.worker.events.on('request:start', async ({ request }) => {
      const path = new URL(request.url).pathname;
      if (!path.startsWith('/api/vault/')) return;
      bodies.push({
        path,
        sent: (await request
          .clone()
          .json()
          .catch(() => ({}))) as Record<string, unknown>,
      });
    });
    mock.worker.events.on('response:mocked', async ({ response }) => {
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { session?: { token?: string }; challenge?: string } | undefined;
      if (body?.session?.token) serverSecrets.push(body.session.token);
      if (body?.challenge) serverSecrets.push(body.challenge);
    });
  }
  return mock;
}

beforeEach(async () => {
  bodies = [];
  serverSecrets = [];
  logged = [];
  // Everything the page logs during a test is kept, to look for secrets in it.
  for (const m of CONSOLE) {
    (console as unknown as Record<string, (...a: unknown[]) => void>)[m] = (...args: unknown[]) => void logged.push(args);
  }
  await scenario('vault:default');
});

afterEach(() => {
  for (const m of CONSOLE) (console as unknown as Record<string, unknown>)[m] = originalConsole.get(m);
  mock.worker.resetHandlers();
});

interface MountOptions {
  locale?: 'fr' | 'en';
  theme?: 'dark';
  width?: string;
  now?: string;
  resetHref?: string;
  recoveryHref?: string;
}

async function mount(opts: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${opts.now ?? NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
      <vault-login reset-href=${ifDefined(opts.resetHref)} recovery-href=${ifDefined(opts.recoveryHref)}></vault-login>
    </vigie-provider>
  </div>`);
  if (opts.width) wrapper.style.width = opts.width;
  const provider = wrapper.querySelector('vigie-provider')!;
  const el = provider.querySelector('vault-login')!;
  await until(() => el.querySelector('form'), 'the login form');
  return { wrapper, provider, el };
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.querySelector<T & HTMLElement>(selector);
const identifierInput = (el: Element) => q<HTMLInputElement>(el, 'input[autocomplete="username"]:not([hidden])')!;
const passwordInput = (el: Element) => q<HTMLInputElement>(el, 'input[autocomplete="current-password"]')!;
const codeInput = (el: Element) => q<HTMLInputElement>(el, 'input[autocomplete="one-time-code"]')!;
const submitButton = (el: Element) => q<HTMLButtonElement>(el, 'button[type=submit]')!;
const buttonNamed = (el: Element, name: string) => [...el.querySelectorAll('button')].find((b) => text(b) === name);

/** Text content, ASCII white space collapsed (no-break spaces kept). */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');

/** Types as a user would (real key presses into the focused input). */
async function typeInto(input: HTMLInputElement, value: string) {
  input.focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: value });
}

/** Replaces what a field holds (select all, delete), then types `value`. */
async function retype(input: HTMLInputElement, value: string) {
  input.focus();
  await sendKeys({ press: 'Control+A' });
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
}

/** Fills the identifier (replacing it) and the password, then presses Enter in the password. */
async function signIn(el: VaultLogin, identifier: string, password: string) {
  const id = identifierInput(el);
  id.focus();
  id.select();
  await sendKeys({ press: 'Backspace' });
  await typeInto(id, identifier);
  await typeInto(passwordInput(el), password);
  await sendKeys({ press: 'Enter' });
}

const loginRequests = () => apiRequests().filter((r) => r === 'POST /api/vault/login');

/** What the mock answers to a private vault route with this token (as anyone holding it would ask). */
const profileStatusWith = async (token: string) =>
  (await fetch('/api/vault/profile', { headers: { Authorization: `Bearer ${token}` } })).status;

/** Waits for the widget to settle in `status` (after the answer). */
const settled = (el: VaultLogin, status: string) =>
  until(() => el.status === status && el.getAttribute('status') === status, `status ${status}`);

/** The provider's services, as a vault widget sees them (through the context). */
function servicesOf(el: Element): VigieServices {
  let services: VigieServices | undefined;
  el.dispatchEvent(new ContextEvent(vigieContext, el, (s) => (services = s), false));
  return services!;
}

/**
 * Nothing secret anywhere a page keeps or shows things: web storage, cookies, IndexedDB, any
 * attribute, the whole document, the URL, history, the console. `secrets` are what the person
 * typed; the session tokens and challenges the mock answered with are added.
 */
async function expectNoSecrets(secrets: readonly string[], databases: readonly (string | undefined)[] = []) {
  // The mock's answers are read asynchronously (response:mocked): let the last one arrive.
  await new Promise((r) => setTimeout(r, 50));
  const all = [...secrets, ...serverSecrets].filter((s) => s.length >= 6);
  expect(all.length).to.be.greaterThan(0);
  // The shared scan (shadow roots included); the person's secret inputs must be empty too.
  await expectNoSecretLeft(all, { logged: () => logged, databases: databases.map((d) => d ?? '') });
}

describe('<vault-login> (VA-LOGIN)', () => {
  it('idle: native credential inputs that password managers reach from the page, hints, links; accessible', async () => {
    const { el } = await mount({ resetHref: '/mot-de-passe-oublie', recoveryHref: '/identifiant-perdu' });
    expect(el.shadowRoot).to.be.null;
    expectCredentialForm(el, { username: 'username', password: 'current-password' });
    expect(el.getAttribute('status')).to.equal('idle');
    const password = document.querySelector<HTMLInputElement>('input[autocomplete="current-password"]');
    const identifier = document.querySelector<HTMLInputElement>('input[autocomplete="username"]');
    expect(password).to.equal(passwordInput(el));
    expect(identifier).to.equal(identifierInput(el));
    expect(password!.type).to.equal('password');
    expect(password!.form).to.be.instanceOf(HTMLFormElement);
    expect(identifier!.form).to.equal(password!.form);
    expect([...document.forms]).to.include(password!.form);
    expect(password!.form!.method).to.equal('post');
    expect(text(el.querySelector('[role=heading]'))).to.equal(
      'Connectez-vous pour accéder à vos bulletins de paie dans votre coffre-fort numérique',
    );
    expect(el.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    // The identifier's format and the password's case, said where they are read.
    const described = (input: HTMLInputElement) =>
      input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(document.getElementById(id)));
    expect(described(identifier!)).to.deep.equal([
      'Votre identifiant de 12 chiffres (courrier d’enrôlement) ou votre adresse e-mail personnelle.',
    ]);
    expect(described(password!)).to.deep.equal(['Attention aux majuscules, aux minuscules et aux caractères spéciaux.']);
    expect(text(el.querySelector('summary'))).to.equal('Où le trouver\u202f?');
    // The accessible show/hide toggle of the form infrastructure.
    const toggle = password!.parentElement!.querySelector('button.vigie-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(password!.id);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('.vigie-login__links a')];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['Mot de passe oublié\u202f?', '/mot-de-passe-oublie'],
      ['Identifiant perdu\u202f?', '/identifiant-perdu'],
    ]);
    expect(text(submitButton(el))).to.equal('Se connecter');
    expect(apiRequests()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the identifier format is a hint, never a block: an odd identifier is still sent', async () => {
    const { el } = await mount();
    await typeInto(identifierInput(el), 'dupont');
    await sendKeys({ press: 'Tab' });
    const note = await until(() => el.querySelector('.vigie-login__format'), 'the format note');
    expect(text(note)).to.equal(
      'Cet identifiant ne ressemble ni à un numéro de 12 chiffres ni à une adresse e-mail. Vérifiez-le\u202f: vous pouvez tout de même l’envoyer.',
    );
    expect(identifierInput(el).getAttribute('aria-describedby')).to.contain(note.id);
    expect(identifierInput(el).hasAttribute('aria-invalid')).to.be.false;
    await expect(el).to.be.accessible();
    await typeInto(passwordInput(el), WRONG);
    await sendKeys({ press: 'Enter' });
    await settled(el, 'failed');
    expect(bodies.map((b) => b.sent.identifier)).to.deep.equal(['dupont']);
    // A 12-digit identifier typed with the spaces of the letter is fine (and sent in its canonical form).
    await signIn(el, '1234 5678 9012', PAUL.password);
    await settled(el, 'signed-in');
    expect(el.querySelector('.vigie-login__format')).to.be.null;
    expect(bodies.at(-1)!.sent.identifier).to.equal(PAUL.identifier);
  });

  it('wrong password: one generic message, identifier kept, password cleared, focus back on it; nothing secret left', async () => {
    const { el } = await mount();
    await signIn(el, PAUL.identifier, WRONG);
    await settled(el, 'failed');
    const alert = el.querySelector('.vigie-failure')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal(INVALID);
    expect(identifierInput(el).value).to.equal(PAUL.identifier);
    expect(passwordInput(el).value).to.equal('');
    expect(document.activeElement).to.equal(passwordInput(el));
    expect(loginRequests()).to.have.length(1);
    await expect(el).to.be.accessible();
    await expectNoSecrets([WRONG]);
  });

  it('no enumeration: an unknown identifier gets exactly the same message as a wrong password', async () => {
    const { el } = await mount();
    await signIn(el, PAUL.identifier, WRONG);
    await settled(el, 'failed');
    const known = el.querySelector('.vigie-failure')!.outerHTML;
    const knownStatus = el.getAttribute('status');
    await signIn(el, '999999999999', WRONG);
    await until(() => loginRequests().length === 2, 'the second attempt');
    await settled(el, 'failed');
    expect(el.querySelector('.vigie-failure')!.outerHTML).to.equal(known);
    expect(el.getAttribute('status')).to.equal(knownStatus);
    await signIn(el, 'personne@example.fr', WRONG);
    await until(() => loginRequests().length === 3, 'the third attempt');
    await settled(el, 'failed');
    expect(el.querySelector('.vigie-failure')!.outerHTML).to.equal(known);
  });

  it('3 wrong passwords against the mock lock the identifier: the seed’s message, 120 minutes, the ways out and support', async () => {
    const { el } = await mount();
    for (let i = 1; i <= 2; i++) {
      await signIn(el, PAUL.identifier, WRONG);
      await until(() => loginRequests().length === i, `attempt ${i}`);
      await settled(el, 'failed');
      expect(text(el.querySelector('.vigie-failure'))).to.equal(INVALID);
    }
    await signIn(el, PAUL.identifier, WRONG);
    await settled(el, 'locked');
    const lock = el.querySelector('.vigie-login__lock')!;
    expect(lock.getAttribute('role')).to.equal('alert');
    expect(text(lock.querySelector('.vigie-login__countdown'))).to.equal(lockMessage(120));
    expect(text(lock.querySelector('.vigie-login__until'))).to.equal('Nouvelle tentative possible à partir de 14:00.');
    expect(document.activeElement).to.equal(lock);
    // The ways out, once, in the lock box, as seed 002 words them (steps 5 and 6): the procedures are the sentence's links; then support (VA-SUPPORT).
    const help = el.querySelector('.vigie-login__help')!;
    expect(text(help.querySelector('.vigie-login__ways'))).to.equal(
      'En cas de doute sur votre mot de passe ou votre identifiant, suivez la procédure Mot de passe oublié ou Identifiant perdu.',
    );
    // (No `reset-href` / `recovery-href` here: buttons that fire `vault-recovery-requested`.)
    expect([...help.querySelectorAll('.vigie-login__ways .vigie-panel-link')].map((a) => [text(a), a.localName])).to.deep.equal([
      ['Mot de passe oublié', 'button'],
      ['Identifiant perdu', 'button'],
    ]);
    // Not a second time under the form.
    expect(el.querySelector('.vigie-login__links')).to.be.null;
    expect([...el.querySelectorAll('.vigie-panel-link')].filter((a) => /oublié|perdu/.test(text(a)))).to.have.length(2);
    const contact = [...help.querySelectorAll<HTMLAnchorElement>('.vigie-login__contact a')];
    expect(contact.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['Écrire au support (mycecurity@cecurity.com)', 'mailto:mycecurity@cecurity.com'],
      ['Appeler le support (05\u00a082\u00a001\u00a001\u00a001)', 'tel:+33582010101'],
    ]);
    expect(text(help.querySelector('.vigie-login__hours'))).to.equal('Du lundi au vendredi de 09:00 à 12:00 et de 14:00 à 17:00');
    expect(text(help)).to.contain(
      'Si le message persiste, écrivez au support en précisant votre nom, votre identifiant et, si vous le souhaitez, le nom de votre employeur.',
    );
    expect(loginRequests()).to.have.length(3);
    await expect(el).to.be.accessible();
    // From the message, the keyboard reaches the ways out in reading order.
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(text(document.activeElement));
    }
    expect(order).to.deep.equal([
      'Mot de passe oublié',
      'Identifiant perdu',
      'Écrire au support (mycecurity@cecurity.com)',
      'Appeler le support (05\u00a082\u00a001\u00a001\u00a001)',
    ]);

    // The same identifier again: the server already said it is locked, nothing is sent.
    passwordInput(el).focus();
    await sendKeys({ type: PAUL.password });
    await sendKeys({ press: 'Enter' });
    // Refused at once: the focus goes to the lock, which says why.
    await until(() => document.activeElement === el.querySelector('.vigie-login__lock'), 'the focus on the lock');
    expect(loginRequests()).to.have.length(3);
    expect(passwordInput(el).value).to.equal('');
    await expectNoSecrets([WRONG, PAUL.password]);
  });

  it('no enumeration of the lock: an unknown identifier locks after the same 3 attempts, with the same message', async () => {
    const { el } = await mount();
    for (let i = 1; i <= 3; i++) {
      await signIn(el, '999999999999', WRONG);
      await until(() => loginRequests().length === i, `attempt ${i}`);
      await settled(el, i < 3 ? 'failed' : 'locked');
    }
    expect(text(el.querySelector('.vigie-login__countdown'))).to.equal(lockMessage(120));
  });

  it('VA-LOGIN the lock is per account: 3 wrong passwords on the number, then the e-mail with the RIGHT password shows the lock', async function () {
    this.timeout(40_000);
    const { el } = await mount();
    for (let i = 1; i <= 3; i++) {
      await signIn(el, PAUL.identifier, WRONG);
      await until(() => loginRequests().length === i, `attempt ${i}`);
      await settled(el, i < 3 ? 'failed' : 'locked');
    }
    // The other identifier of the same account, typed by hand, with the right password: the server refuses it as locked.
    await signIn(el, PAUL.email, PAUL.password);
    await until(() => loginRequests().length === 4, 'the e-mail attempt is sent (only the server knows it is the same account)');
    await settled(el, 'locked');
    expect(text(el.querySelector('.vigie-login__countdown'))).to.equal(lockMessage(120));
    expect(text(el.querySelector('.vigie-login__until'))).to.equal('Nouvelle tentative possible à partir de 14:00.');
    expect(document.activeElement).to.equal(el.querySelector('.vigie-login__lock'));
    expect(servicesOf(el).vaultSession).to.be.undefined;
    expect(el.querySelector('.vigie-login__welcome')).to.be.null;
    await expectNoSecrets([WRONG, PAUL.password]);
  });

  it('locked (vault:locked): the time left counts down as the clock moves, then the form is usable again', async () => {
    await scenario('vault:locked');
    const { provider, el } = await mount();
    await signIn(el, PAUL.email, PAUL.password);
    await settled(el, 'locked');
    const countdown = () => text(el.querySelector('.vigie-login__countdown'));
    // The mock locked it 30 minutes ago: 90 minutes left, until 13:30 (the server's `lockedUntil`).
    expect(countdown()).to.equal(lockMessage(90));
    expect(text(el.querySelector('.vigie-login__until'))).to.equal('Nouvelle tentative possible à partir de 13:30.');
    const lock = el.querySelector('.vigie-login__lock')!;
    provider.now = at('12:45:00');
    await until(() => countdown() === lockMessage(45), '45 minutes left');
    provider.now = at('13:28:59');
    await until(() => countdown() === lockMessage(2), '2 minutes left (rounded up)');
    provider.now = at('13:29:30');
    await until(() => countdown().includes('réessayer dans 1 minute et'), 'the last minute');
    // The same element all along: only its text changes (no reload, no new alert).
    expect(el.querySelector('.vigie-login__lock')).to.equal(lock);
    await expect(el).to.be.accessible();
    provider.now = at('13:30:00');
    await settled(el, 'idle');
    expect(el.querySelector('.vigie-login__lock')).to.be.null;
    expect(text(el.querySelector('.vigie-login__notice'))).to.equal('Vous pouvez de nouveau essayer de vous connecter.');
    // The lock box is gone, and with it its ways out: they are back under the form.
    expect([...el.querySelectorAll('.vigie-login__links .vigie-panel-link')].map(text)).to.deep.equal([
      'Mot de passe oublié\u202f?',
      'Identifiant perdu\u202f?',
    ]);
    expect(identifierInput(el).value).to.equal(PAUL.email);
    expect(loginRequests()).to.have.length(1);
    await expect(el).to.be.accessible();
    await expectNoSecrets([PAUL.password]);
  });

  it('the lock screen shows the provider’s support contact (VA-SUPPORT)', async () => {
    await scenario('vault:locked');
    const { provider, el } = await mount({ locale: 'en' });
    provider.support = {
      email: 'paie@exemple.fr',
      phone: '01 23 45 67 89',
      hours: { days: ['monday', 'thursday'], slots: [{ from: '08:30', to: '18:00' }] },
    };
    await signIn(el, PAUL.identifier, PAUL.password);
    await settled(el, 'locked');
    expect(text(el.querySelector('.vigie-login__countdown'))).to.equal(
      'Your account has been temporarily locked after too many attempts. Please try again in 90 minutes and make sure you type your password correctly, minding capital letters and special characters.',
    );
    const help = el.querySelector('.vigie-login__support')!;
    expect([...help.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'mailto:paie@exemple.fr',
      'tel:+33123456789',
    ]);
    expect(text(help.querySelector('a[href^="tel:"]'))).to.equal('Call support (01\u00a023\u00a045\u00a067\u00a089)');
    expect(text(help.querySelector('.vigie-login__hours'))).to.equal('Monday to Thursday, 08:30–18:00');
    expect(text(help)).to.contain('write to support with your name, your identifier');
    expect(text(el.querySelector('.vigie-login__ways'))).to.equal(
      'If you are not sure of your password or your identifier, follow the Forgotten password or the Lost identifier procedure.',
    );
    // Another identifier may still be tried while this one is locked.
    await signIn(el, CAMILLE.identifier, CAMILLE.password);
    await settled(el, 'second-factor');
    expect(loginRequests()).to.have.length(2);
  });

  it('second factor by SMS: masked destination, one-time-code input, focus, expiry, resend cooldown, wrong code, paste, then signed in', async () => {
    const { provider, el } = await mount();
    await signIn(el, CAMILLE.identifier, CAMILLE.password);
    await settled(el, 'second-factor');
    const code = codeInput(el);
    expect(document.querySelector('input[autocomplete="one-time-code"]')).to.equal(code);
    expect(code.inputMode).to.equal('numeric');
    expect(code.hasAttribute('maxlength')).to.be.false;
    expect(document.activeElement).to.equal(code);
    expect(text(el.querySelector('[role=heading]'))).to.equal('Vérification de votre identité');
    const sent = text(
      el.querySelector(
        `#${code
          .getAttribute('aria-describedby')!
          .split(' ')
          .find((id) => id.endsWith('code-sent'))}`,
      ),
    );
    expect(sent).to.equal('Un code de 6 chiffres vient de vous être envoyé par SMS au 07\u00a0••\u00a0••\u00a0••\u00a078.');
    const expiry = el.querySelector('.vigie-hint[role=status]')!;
    expect(text(expiry)).to.equal('Ce code est valable jusqu’à 12:10.');
    expect(code.getAttribute('aria-describedby')).to.contain(expiry.id);
    // Resend: a countdown, and nothing sent before it ends.
    const resend = () => el.querySelector<HTMLButtonElement>('.vigie-login__resend')!;
    expect(text(resend())).to.equal('Nouveau code possible dans 60\u00a0s');
    expect(resend().getAttribute('aria-disabled')).to.equal('true');
    await clickOn(resend());
    provider.now = at('12:00:30');
    await until(() => text(resend()) === 'Nouveau code possible dans 30\u00a0s', 'the cooldown moving');
    // Refused by the machine in the click itself: nothing to wait for.
    await clickOn(resend());
    expect(apiRequests().filter((r) => r.includes('resend'))).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // A wrong code: the server's message with the attempts left, the field emptied and focused.
    await typeInto(codeInput(el), '654321');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.vigie-failure'), 'the wrong-code message');
    expect(text(el.querySelector('.vigie-failure'))).to.equal('Ce code est incorrect. Essais restants\u202f: 4.');
    expect(codeInput(el).value).to.equal('');
    expect(document.activeElement).to.equal(codeInput(el));
    await expect(el).to.be.accessible();

    // One paste of the code as an SMS shows it (« 123 456 ») fills the field.
    const scratch = document.createElement('textarea');
    scratch.value = '123 456';
    document.body.append(scratch);
    scratch.select();
    await sendKeys({ press: 'Control+C' });
    scratch.remove();
    codeInput(el).focus();
    await sendKeys({ press: 'Control+V' });
    expect(codeInput(el).value).to.equal(CODE);
    await sendKeys({ press: 'Enter' });
    await settled(el, 'signed-in');
    expect(text(el.querySelector('.vigie-login__welcome'))).to.equal('Bonjour Camille Martin, bienvenue dans votre coffre-fort.');
    expect(bodies.filter((b) => b.path.endsWith('/second-factor')).map((b) => b.sent.code)).to.deep.equal(['654321', CODE]);
    await expectNoSecrets([CAMILLE.password, CODE, '654321']);
  });

  it('second factor: once the cooldown is over, one click sends one new code; the server decides', async () => {
    const { provider, el } = await mount();
    await signIn(el, CAMILLE.identifier, CAMILLE.password);
    await settled(el, 'second-factor');
    const resend = () => el.querySelector<HTMLButtonElement>('.vigie-login__resend')!;
    provider.now = at('12:01:00');
    await until(() => text(resend()) === 'Recevoir un nouveau code', 'the resend button');
    expect(resend().getAttribute('aria-disabled')).to.equal('false');
    // The mock's clock did not move: the server refuses, and says when. Its answer is held until the
    // second click is in (on a loaded machine the refusal came back between the two clicks, and by then
    // the provider's 12:01 was past the server's « retry at », so a second request was right).
    let release: (() => void) | undefined;
    mock.worker.use(
      http.post(
        '*/api/vault/login/second-factor/resend',
        async () => {
          await new Promise<void>((r) => (release = r));
          // Nothing returned: the mock's own handler answers.
        },
        { once: true },
      ),
    );
    await clickOn(resend());
    await until(() => release, 'the resend request');
    await clickOn(resend());
    release!();
    await until(() => el.querySelector('.vigie-failure'), 'the too-early message');
    expect(text(el.querySelector('.vigie-failure'))).to.equal('Patientez encore un peu avant de demander un nouveau code.');
    expect(apiRequests().filter((r) => r.endsWith('/resend'))).to.have.length(1);
    // A server whose clock moved too sends a new code, with new deadlines.
    mock.worker.use(
      http.post('*/api/vault/login/second-factor/resend', () =>
        HttpResponse.json({
          channel: 'sms',
          destination: '07 •• •• •• 78',
          expiresAt: '2026-03-10T11:11:00Z',
          resendAt: '2026-03-10T11:02:00Z',
        }),
      ),
    );
    await clickOn(resend());
    await until(() => el.querySelector('.vigie-login__notice'), 'the resent notice');
    expect(text(el.querySelector('.vigie-login__notice'))).to.equal('Un nouveau code vous a été envoyé.');
    expect(el.querySelector('.vigie-login__notice')!.getAttribute('role')).to.equal('status');
    expect(text(resend())).to.equal('Nouveau code possible dans 60\u00a0s');
    expect(text(el.querySelector('.vigie-hint[role=status]'))).to.equal('Ce code est valable jusqu’à 12:11.');
    expect(document.activeElement).to.equal(codeInput(el));
    expect(apiRequests().filter((r) => r.endsWith('/resend'))).to.have.length(2);
    // Past its expiry, the code says so.
    provider.now = at('12:11:00');
    await until(() => text(el.querySelector('.vigie-hint[role=status]')) === 'Ce code a expiré. Demandez-en un nouveau.', 'the expiry');
    await expect(el).to.be.accessible();
    // « Revenir à la connexion »: back to the password, the identifier kept.
    await clickOn(buttonNamed(el, 'Revenir à la connexion')!);
    await settled(el, 'idle');
    expect(identifierInput(el).value).to.equal(CAMILLE.identifier);
    expect(document.activeElement).to.equal(passwordInput(el));
  });

  it('second factor by e-mail says so, with the masked address', async () => {
    const { el } = await mount();
    await signIn(el, LUCAS.identifier, LUCAS.password);
    await settled(el, 'second-factor');
    expect(text(el.querySelector('.vigie-login__text'))).to.equal(
      'Un code de 6 chiffres vient de vous être envoyé par e-mail à l•••@example.fr.',
    );
  });

  it('must change password: the temporary password again, then a common one, are refused by the server with their reason (issue 8 #5, VA-LOSTID)', async () => {
    const { el } = await mount();
    await signIn(el, JULIEN.identifier, JULIEN.password);
    await settled(el, 'must-change-password');
    const inputs = () => [...document.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];
    const alert = () => text(el.querySelector('.vigie-failure[role=alert]'));
    await typeInto(inputs()[0]!, JULIEN.password);
    await typeInto(inputs()[1]!, JULIEN.password);
    await sendKeys({ press: 'Enter' });
    await until(
      () => alert().includes('Le nouveau mot de passe doit être différent du mot de passe provisoire reçu.'),
      'the same-as-temporary refusal',
    );
    await expect(el).to.be.accessible();
    await typeInto(inputs()[0]!, 'Motdepasse2026!');
    await typeInto(inputs()[1]!, 'Motdepasse2026!');
    await sendKeys({ press: 'Enter' });
    await until(() => alert().startsWith('Ce mot de passe est trop courant'), 'the common refusal');
    await typeInto(inputs()[0]!, NEW_PASSWORD);
    await typeInto(inputs()[1]!, NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await settled(el, 'signed-in');
  });

  it('must change password (temporary password): the policy of core, twice, then signed in', async () => {
    const { el } = await mount();
    await signIn(el, JULIEN.identifier, JULIEN.password);
    await settled(el, 'must-change-password');
    expect(text(el.querySelector('[role=heading]'))).to.equal('Personnalisez votre mot de passe provisoire');
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];
    expect(inputs).to.have.length(2);
    expect(inputs.every((i) => i.type === 'password' && i.form === inputs[0]!.form)).to.be.true;
    expect(document.activeElement).to.equal(inputs[0]);
    // The identifier travels with the form, for password managers to save the new password under it.
    const username = inputs[0]!.form!.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    expect(username.value).to.equal(JULIEN.identifier);
    expect(text(document.getElementById(inputs[0]!.getAttribute('aria-describedby')!.split(' ')[0]!))).to.equal(
      'Au moins 11 caractères, sans autre règle\u202f: une phrase facile à retenir fait un excellent mot de passe.',
    );
    await expect(el).to.be.accessible();

    // Too short, then different: said on the fields, nothing sent.
    await typeInto(inputs[0]!, 'court');
    await typeInto(inputs[1]!, 'autre');
    await sendKeys({ press: 'Enter' });
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the errors');
    expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
      'Nouveau mot de passe\u202f: Le mot de passe doit comporter au moins 11 caractères.',
      'Confirmez le nouveau mot de passe\u202f: Les deux mots de passe ne sont pas identiques.',
    ]);
    await expect(el).to.be.accessible();
    expect(bodies.filter((b) => b.path.endsWith('/new-password'))).to.have.length(0);
    // 11 characters counted in code points: 11 emoji are 22 UTF-16 units, and enough.
    const emoji = '😀'.repeat(11);
    await retype(inputs[0]!, emoji);
    await retype(inputs[1]!, emoji.slice(0, -2));
    await sendKeys({ press: 'Enter' });
    await until(
      () =>
        [...el.querySelectorAll('.vigie-error-summary a')].map(text).join() ===
        'Confirmez le nouveau mot de passe\u202f: Les deux mots de passe ne sont pas identiques.',
      'only the mismatch',
    );
    await retype(inputs[0]!, NEW_PASSWORD);
    await retype(inputs[1]!, NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await settled(el, 'signed-in');
    expect(bodies.filter((b) => b.path.endsWith('/new-password')).map((b) => b.sent.password)).to.deep.equal([NEW_PASSWORD]);
    expect(text(el.querySelector('.vigie-login__welcome'))).to.equal('Bonjour Julien Bernard, bienvenue dans votre coffre-fort.');
    await expectNoSecrets([JULIEN.password, NEW_PASSWORD, emoji]);
  });

  it('signed in: the session goes to the provider, the host gets the name only; sign-out clears it', async () => {
    const { el } = await mount();
    const signedIn: VaultSignedInEvent[] = [];
    const signedOut: VaultSignedOutEvent[] = [];
    document.body.addEventListener('vault-signed-in', (e) => signedIn.push(e));
    document.body.addEventListener('vault-signed-out', (e) => signedOut.push(e));
    await signIn(el, PAUL.email, PAUL.password);
    await settled(el, 'signed-in');
    expect(signedIn).to.have.length(1);
    expect(signedIn[0]!.bubbles && signedIn[0]!.composed).to.be.true;
    expect(signedIn[0]!.user).to.deep.equal({ firstName: 'Paul', lastName: 'Dupont' });
    expect(Object.keys(signedIn[0]!).filter((k) => k !== 'isTrusted')).to.deep.equal(['user']);
    const session = servicesOf(el).vaultSession!;
    expect(session.token).to.be.a('string').and.not.be.empty;
    await until(() => serverSecrets.includes(session.token), 'the token the mock answered with');
    expect(JSON.stringify(signedIn[0])).not.to.contain(session.token);
    const welcome = el.querySelector('.vigie-login__welcome')!;
    expect(text(welcome)).to.equal('Bonjour Paul Dupont, bienvenue dans votre coffre-fort.');
    expect(document.activeElement).to.equal(welcome);
    expect(el.querySelector('input')).to.be.null;
    await expect(el).to.be.accessible();
    await expectNoSecrets([PAUL.password]);

    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Se déconnecter');
    await sendKeys({ press: 'Enter' });
    await settled(el, 'idle');
    expect(signedOut.map((e) => e.reason)).to.deep.equal(['user']);
    expect(servicesOf(el).vaultSession).to.be.undefined;
    expect(identifierInput(el).value).to.equal('');
    expect(document.activeElement).to.equal(identifierInput(el));
    await expectNoSecrets([PAUL.password]);
  });

  it('X-SEC « Se déconnecter » (keyboard) ends the session on the server: the old token is refused afterwards', async function () {
    this.timeout(40_000);
    const { el } = await mount();
    await signIn(el, PAUL.identifier, PAUL.password);
    await settled(el, 'signed-in');
    const token = servicesOf(el).vaultSession!.token;
    expect(await profileStatusWith(token)).to.equal(200);
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Se déconnecter');
    await sendKeys({ press: 'Enter' });
    await settled(el, 'idle');
    expect(servicesOf(el).vaultSession).to.be.undefined;
    await until(() => apiRequests().includes('POST /api/vault/logout'), 'the logout call');
    // The mock answers the logout in its own time: ask again until the token is refused (or fail).
    let status = 0;
    for (let i = 0; i < 40 && status !== 401; i++) {
      if (i) await new Promise((r) => setTimeout(r, 50));
      status = await profileStatusWith(token);
    }
    expect(status).to.equal(401);
    const refused = await fetch('/api/vault/documents', { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status).to.equal(401);
    expect(((await refused.json()) as { type: string }).type).to.equal('/problems/session-required');
    // The logout carried the session as bearer and nothing else.
    const sent = bodies.filter((b) => b.path === '/api/vault/logout');
    expect(sent).to.have.length(1);
    expect(sent[0]!.sent).to.deep.equal({});
    await expectNoSecrets([PAUL.password]);
  });

  it('X-SEC a click on « Se déconnecter » signs out in the page even when the logout call fails', async function () {
    this.timeout(40_000);
    const { el } = await mount();
    const signedOut: VaultSignedOutEvent[] = [];
    el.addEventListener('vault-signed-out', (e) => signedOut.push(e));
    let calls = 0;
    mock.worker.use(
      http.post('*/api/vault/logout', () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    await signIn(el, PAUL.email, PAUL.password);
    await settled(el, 'signed-in');
    const button = buttonNamed(el, 'Se déconnecter')!;
    await clickOn(button);
    await settled(el, 'idle');
    await until(() => calls > 0, 'the logout call was tried');
    expect(signedOut.map((e) => e.reason)).to.deep.equal(['user']);
    expect(servicesOf(el).vaultSession).to.be.undefined;
    expect(el.querySelector('.vigie-login__welcome')).to.be.null;
    expect(identifierInput(el)).to.exist;
    expect(identifierInput(el).value).to.equal('');
    expect(document.activeElement).to.equal(identifierInput(el));
    expect(el.querySelector('.vigie-failure')).to.be.null;
    await expectNoSecrets([PAUL.password]);
  });

  it('signed in: the session ends at the server’s expiry (30 minutes in the mock)', async () => {
    const { provider, el } = await mount();
    const signedOut: VaultSignedOutEvent[] = [];
    el.addEventListener('vault-signed-out', (e) => signedOut.push(e));
    await signIn(el, PAUL.identifier, PAUL.password);
    await settled(el, 'signed-in');
    provider.now = at('12:29:59');
    // The widget has seen the new clock (one update each), and a second before the end it is still signed in.
    await provider.updateComplete;
    await el.updateComplete;
    expect(el.status).to.equal('signed-in');
    provider.now = at('12:30:00');
    await settled(el, 'failed');
    expect(signedOut.map((e) => e.reason)).to.deep.equal(['expired']);
    expect(servicesOf(el).vaultSession).to.be.undefined;
    expect(text(el.querySelector('.vigie-failure'))).to.equal('Votre session a expiré. Connectez-vous de nouveau.');
    expect(identifierInput(el).value).to.equal(PAUL.identifier);
  });

  it('a 500 keeps the identifier and the password (the server never judged it), says what happened; « Réessayer » sends it again (issue 8 #18)', async () => {
    await scenario('any:error-500');
    const { el } = await mount();
    await signIn(el, PAUL.identifier, PAUL.password);
    await settled(el, 'failed');
    const failure = el.querySelector('.vigie-failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(text(failure)).to.contain(
      'La connexion n’a pas abouti. Votre identifiant et votre mot de passe sont conservés\u202f: réessayez.',
    );
    expect(text(failure)).to.contain('Le service a rencontré une erreur (500).');
    expect(identifierInput(el).value).to.equal(PAUL.identifier);
    expect(passwordInput(el).value).to.equal(PAUL.password);
    expect(passwordInput(el).type).to.equal('password');
    // A login attempt counts: it is sent once, never replayed by the client.
    expect(loginRequests()).to.have.length(1);
    await expect(el).to.be.accessible();

    mock.setScenario('vault:default');
    await clickOn(buttonNamed(failure, 'Réessayer')!);
    await settled(el, 'signed-in');
    expect(loginRequests()).to.have.length(2);
    await expectNoSecrets([PAUL.password]);
  });

  it('a network failure, then a 503, keep the password; a wrong password (401) empties it (issue 8 #18)', async () => {
    let answer: 'network' | '503' | 'mock' = 'network';
    mock.worker.use(
      http.post('*/api/vault/login', () => {
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
    await signIn(el, PAUL.identifier, WRONG);
    await settled(el, 'failed');
    expect(text(el.querySelector('.vigie-failure'))).to.contain('Le service est injoignable.');
    expect([identifierInput(el).value, passwordInput(el).value]).to.deep.equal([PAUL.identifier, WRONG]);
    expect(buttonNamed(el.querySelector('.vigie-failure')!, 'Réessayer')).to.exist;

    answer = '503';
    passwordInput(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(el.querySelector('.vigie-failure')).includes('(503)'), 'the 503');
    expect(passwordInput(el).value).to.equal(WRONG);

    // The mock answers: a wrong password, judged. It is emptied, focus goes to it.
    answer = 'mock';
    passwordInput(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(el.querySelector('.vigie-failure')).includes('Identifiant ou mot de passe incorrect'), 'the refusal');
    expect(passwordInput(el).value).to.equal('');
    expect(identifierInput(el).value).to.equal(PAUL.identifier);
    await expectNoSecrets([WRONG]);
  });

  it('double submit sends one request; busy but focusable while it travels', async () => {
    await scenario('any:slow');
    const { el } = await mount();
    await typeInto(identifierInput(el), PAUL.identifier);
    await typeInto(passwordInput(el), PAUL.password);
    const submit = submitButton(el);
    await clickOn(submit);
    await clickOn(submit);
    passwordInput(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.status === 'submitting', 'submitting');
    await el.updateComplete;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(text(submit)).to.equal('Connexion en cours…');
    expect(text(el.querySelector('.vigie-status'))).to.equal('Envoi en cours…');
    await expect(el).to.be.accessible();
    await clickOn(submit);
    await settled(el, 'signed-in');
    expect(loginRequests()).to.deep.equal(['POST /api/vault/login']);
    await expectNoSecrets([PAUL.password]);
  });

  it('keyboard: Tab order, Space shows the password, Enter sends it hidden again', async () => {
    const { el } = await mount();
    let typeWhenSent: string[] = [];
    const spy = () => void typeWhenSent.push(passwordInput(el)?.type ?? 'gone');
    mock.worker.events.on('request:start', spy);
    identifierInput(el).focus();
    await sendKeys({ type: PAUL.identifier });
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Où le trouver\u202f?');
    await sendKeys({ press: 'Enter' });
    expect(el.querySelector('details')!.open).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(passwordInput(el));
    await sendKeys({ type: PAUL.password });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.classList.contains('vigie-toggle')).to.be.true;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(passwordInput(el).type).to.equal('text');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(submitButton(el));
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Mot de passe oublié\u202f?');
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Identifiant perdu\u202f?');
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    typeWhenSent = [];
    await sendKeys({ press: 'Enter' });
    await settled(el, 'signed-in');
    mock.worker.events.removeListener('request:start', spy);
    expect(typeWhenSent[0]).to.equal('password');
    await expectNoSecrets([PAUL.password]);
  });

  it('recovery links: a cancelable vault-recovery-requested with its kind; buttons when no address is given', async () => {
    const { el } = await mount({ resetHref: '#reset', recoveryHref: '#recovery' });
    const seen: VaultRecoveryRequestedEvent[] = [];
    const host = (e: VaultRecoveryRequestedEvent) => {
      seen.push(e);
      e.preventDefault();
    };
    document.body.addEventListener('vault-recovery-requested', host);
    const href = location.href;
    try {
      for (const a of el.querySelectorAll<HTMLAnchorElement>('.vigie-login__links a')) await clickOn(a);
      expect(seen.map((e) => [e.kind, e.href, e.cancelable, e.composed])).to.deep.equal([
        ['password', '#reset', true, true],
        ['identifier', '#recovery', true, true],
      ]);
      expect(location.href).to.equal(href);
      const bare = await mount();
      const buttons = [...bare.el.querySelectorAll<HTMLButtonElement>('.vigie-login__links button')];
      expect(buttons.map((b) => [text(b), b.type])).to.deep.equal([
        ['Mot de passe oublié\u202f?', 'button'],
        ['Identifiant perdu\u202f?', 'button'],
      ]);
      await clickOn(buttons[1]!);
      expect(seen.at(-1)!.kind).to.equal('identifier');
      expect(seen.at(-1)!.href).to.be.undefined;
      expect(apiRequests()).to.deep.equal([]);
    } finally {
      document.body.removeEventListener('vault-recovery-requested', host);
    }
  });

  it('English, also switched at run time without losing what was typed', async () => {
    const { provider, el } = await mount({ locale: 'en' });
    expect(text(el.querySelector('[role=heading]'))).to.equal('Sign in to see your payslips in your digital vault');
    expect(text(submitButton(el))).to.equal('Sign in');
    expect(el.textContent).not.to.contain('Mot de passe');
    await signIn(el, PAUL.identifier, WRONG);
    await settled(el, 'failed');
    expect(text(el.querySelector('.vigie-failure'))).to.equal(
      'Incorrect identifier or password. Check what you typed, minding capital letters and special characters.',
    );
    provider.locale = 'fr';
    await until(() => text(el.querySelector('.vigie-failure')) === INVALID, 'French');
    expect(identifierInput(el).value).to.equal(PAUL.identifier);
    await expect(el).to.be.accessible();
  });

  it('dark and narrow: the lock screen fits 320 px, large targets, accessible', async () => {
    await scenario('vault:locked');
    const { wrapper, el } = await mount({ theme: 'dark', width: '320px' });
    wrapper.style.background = '#0d1117';
    await signIn(el, PAUL.identifier, PAUL.password);
    await settled(el, 'locked');
    const root = el.querySelector<HTMLElement>('.vigie-login')!;
    expect(root.getBoundingClientRect().width).to.be.at.most(320);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    for (const node of el.querySelectorAll<HTMLElement>(
      '.vigie-panel-link:not(.vigie-panel-link--inline), .vigie-button, .vigie-input, summary',
    )) {
      expect(node.getBoundingClientRect().height, text(node)).to.be.at.least(44);
      expect(node.getBoundingClientRect().right, text(node)).to.be.at.most(root.getBoundingClientRect().right + 0.5);
    }
    // The procedures named in the lock's sentence are links in a text (WCAG 2.5.8's inline case): still 24 px at least.
    const inline = [...el.querySelectorAll<HTMLElement>('.vigie-panel-link--inline')];
    expect(inline).to.have.length(2);
    for (const node of inline) {
      expect(node.getBoundingClientRect().height, text(node)).to.be.at.least(24);
      expect(node.getBoundingClientRect().right, text(node)).to.be.at.most(root.getBoundingClientRect().right + 0.5);
    }
    expect(getComputedStyle(el.querySelector('.vigie-login__lock')!).backgroundColor).to.equal('rgb(60, 22, 24)');
    await expect(el).to.be.accessible();
  });
});
