/**
 * PP-REGISTER — `<company-registration>` in Chromium against the mock API (msw), whose passport
 * applies core's rules (`checkRegistration`) and accepts only its test anti-robot token. The
 * host's anti-robot step is played by a plain checkbox in a `slot="captcha"` element (a test
 * stand-in, never shipped): ticked, its token is the mock's test token.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MockWorker } from '@vigie/mock-api/browser';
import { PASSPORT_DEMO_LOGIN, PASSPORT_DEMO_SIRET, PASSPORT_TEST_CAPTCHA_TOKEN, PASSPORT_UNREGISTERED } from '@vigie/mock-api/browser';
import { NOW, apiRequests, until, useScenario, captureConsole, clickOn, typeInto } from '../../../test/helpers.js';
import '../../define/company-registration.js';
import { expectNoSecretLeft } from '../../../test/suites/no-secret-left.js';
import type { CompanyRegistration } from './company-registration.js';
import type { CaptchaTokenUsedEvent, CompanyRegisteredEvent } from './company-registration.events.js';

/** Short values: each is typed key by key, in about a dozen tests. */
const PASSWORD = 'phrase à retenir';
const COMPANY = {
  identifier: '519 384 622 00022',
  companyName: 'Carrières du Val SAS',
  regions: ['Bretagne', 'Normandie'],
  referentLastName: 'Dupont',
  referentFirstName: 'Baptiste',
  email: 'b.dupont@cdv.fr',
  emailConfirmation: 'b.dupont@cdv.fr',
  password: PASSWORD,
  passwordConfirmation: PASSWORD,
};
type Company = typeof COMPANY;

let mock: MockWorker;
let bodies: Record<string, unknown>[] = [];
/** The Idempotency-Key of each registration request (the client's own retries of one submission share it). */
let keys: (string | null)[] = [];
let listening = false;
const logged = captureConsole();

async function scenario(name: Parameters<typeof useScenario>[0]) {
  mock = await useScenario(name);
  if (!listening) {
    listening = true;
    mock.worker.events.on('request:start', async ({ request }) => {
      if (new URL(request.url).pathname !== '/api/passport/companies') return;
      keys.push(request.headers.get('Idempotency-Key'));
      bodies.push(
        (await request
          .clone()
          .json()
          .catch(() => ({}))) as Record<string, unknown>,
      );
    });
  }
}

beforeEach(async () => {
  bodies = [];
  keys = [];
  await scenario('passport:default');
});

afterEach(() => {
  mock.worker.resetHandlers();
});

interface MountOptions {
  locale?: 'fr' | 'en';
  /** No anti-robot element at all (a host that forgot it). */
  noCaptcha?: boolean;
  loginHref?: string;
}

/** The page: a provider, the widget, and the host's anti-robot stand-in inside it (`slot="captcha"`). */
async function mount(opts: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'}>
      <company-registration login-href=${ifDefined(opts.loginHref)}>
        ${
          opts.noCaptcha
            ? ''
            : html`<div slot="captcha" class="test-robot"><label><input type="checkbox" name="robot" /> Je ne suis pas un robot (test)</label></div>`
        }
      </company-registration>
    </vigie-provider>
  </div>`);
  const el = wrapper.querySelector('company-registration')!;
  const box = wrapper.querySelector<HTMLInputElement>('.test-robot input');
  if (box) el.captchaToken = () => (box.checked ? PASSPORT_TEST_CAPTCHA_TOKEN : '');
  el.addEventListener('captcha-token-used', () => box && (box.checked = false));
  await until(() => el.querySelector('form'), 'the registration form');
  return { wrapper, el, box };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
const fieldOf = (el: Element, name: string) => input(el, name).closest('.vigie-field')!;
const errorOf = (el: Element, name: string) => text(fieldOf(el, name).querySelector('.vigie-field-error')).replace(/^Erreur\s*:\s*/, '');
const summary = (el: Element) => [...el.querySelectorAll('.vigie-error-summary li')].map((li) => text(li));
const captchaGroup = (el: Element) => el.querySelector<HTMLElement>('.vigie-registration__captcha')!;
const registrations = () => apiRequests().filter((r) => r === 'POST /api/passport/companies');
const settled = (el: CompanyRegistration, status: string) => until(() => el.getAttribute('status') === status, `status ${status}`);

/** Fills the form with real key presses (what a field held is replaced); ticks regions with a real click on their label. */
async function fill(el: Element, values: Partial<Company> = COMPANY) {
  for (const [name, value] of Object.entries(values)) {
    if (name === 'regions') continue;
    const i = input(el, name);
    i.focus();
    i.select();
    if (i.value !== '') await sendKeys({ press: 'Backspace' });
    if (value) await typeInto(i, value as string);
  }
  for (const region of values.regions ?? []) {
    const label = [...el.querySelectorAll('fieldset label')].find((l) => text(l) === region)!;
    await clickOn(label);
  }
}

async function submit(el: CompanyRegistration) {
  await clickOn(el.querySelector<HTMLButtonElement>('button[type=submit]')!);
  await el.updateComplete;
}

describe('<company-registration> (PP-REGISTER)', function () {
  // Every field typed key by key and clicked with the mouse: more than mocha's 10 s on a loaded machine.
  this.timeout(30_000);

  it('renders the seed’s form: native inputs password managers reach from the page, 18 regions, the host’s anti-robot step moved into the form; accessible', async () => {
    const { el, box } = await mount();
    expect(el.shadowRoot === null, 'no shadow root').to.be.true;
    expect(el.getAttribute('status')).to.equal('idle');
    expect(text(el.querySelector('[role=heading]'))).to.equal('Inscription entreprise sous-traitante');
    expect(text(el.querySelector('.vigie-required-note'))).to.equal('Tous les champs marqués d’un * sont obligatoires.');
    const username = document.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    const passwords = [...document.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];
    expect(username === input(el, 'email'), 'the e-mail is the username').to.be.true;
    expect(username.type).to.equal('email');
    expect(passwords.map((p) => [p.name, p.type])).to.deep.equal([
      ['password', 'password'],
      ['passwordConfirmation', 'password'],
    ]);
    const form = username.form!;
    expect([...document.forms].includes(form), 'a form of the page').to.be.true;
    expect(form.method).to.equal('post');
    expect(passwords.every((p) => p.form === form)).to.be.true;
    const labels = [...el.querySelectorAll('form .vigie-field > label.vigie-label')].map((l) => text(l));
    expect(labels).to.deep.equal(
      [
        'Numéro de SIRET',
        'Nom de l’entreprise',
        'Nom du référent',
        'Prénom du référent',
        'Adresse e-mail du référent',
        'Confirmation d’adresse e-mail du référent',
        'Nouveau mot de passe',
        'Confirmation du nouveau mot de passe',
      ].map((l) => `${l}\u00a0* (obligatoire)`),
    );
    const regions = el.querySelector('fieldset')!;
    expect(text(regions.querySelector('legend'))).to.equal('Régions d’intervention\u00a0* (obligatoire)');
    const names = [...regions.querySelectorAll('input[type=checkbox]')].map((c) => text(c.nextElementSibling));
    expect(names).to.have.length(18);
    expect(names.slice(0, 4)).to.deep.equal(['Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', 'Bretagne', 'Centre-Val de Loire']);
    expect(names).to.include.members(['Île-de-France', 'Corse', 'Guadeloupe', 'Mayotte', 'La Réunion']);
    // The host's element now sits in the form, inside the labelled step, before the submit button.
    expect(box!.form === form, 'the host’s box in the form').to.be.true;
    expect(captchaGroup(el).contains(box)).to.be.true;
    expect(captchaGroup(el).compareDocumentPosition(el.querySelector('button[type=submit]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(text(el.querySelector('button[type=submit]'))).to.equal('Créer le compte entreprise');
    expect(text(el.querySelector('.vigie-registration__switch'))).to.equal('Vous n’avez pas de numéro SIRET\u202f?');
    expect(input(el, 'identifier').inputMode).to.equal('numeric');
    expect(apiRequests()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an empty submit: every required field in one summary, focus on the SIRET; nothing is sent', async () => {
    const { el } = await mount();
    await submit(el);
    await until(() => summary(el).length > 0, 'the summary');
    expect(summary(el)).to.deep.equal(
      [
        'Numéro de SIRET\u202f: Ce champ est obligatoire.',
        'Nom de l’entreprise\u202f: Ce champ est obligatoire.',
        'Régions d’intervention\u202f: Choisissez au moins une option.',
        'Nom du référent\u202f: Ce champ est obligatoire.',
        'Prénom du référent\u202f: Ce champ est obligatoire.',
        'Adresse e-mail du référent\u202f: Ce champ est obligatoire.',
        'Confirmation d’adresse e-mail du référent\u202f: Ce champ est obligatoire.',
        'Nouveau mot de passe\u202f: Ce champ est obligatoire.',
        'Confirmation du nouveau mot de passe\u202f: Ce champ est obligatoire.',
        'Vérification anti-robot\u202f: Cochez «\u202fJe ne suis pas un robot\u202f» et suivez la vérification.',
      ].map((s) => s.replace(/ :/g, '\u202f:').replace(/« | »/g, (m) => m.replace(' ', '\u202f'))),
    );
    await until(() => document.activeElement === input(el, 'identifier'), 'focus on the SIRET');
    expect(input(el, 'identifier').getAttribute('aria-invalid')).to.equal('true');
    expect(registrations()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('SIRET: format and checksum said apart, spaces accepted, La Poste’s establishments by their own rule', async () => {
    const { el } = await mount();
    const check = async (value: string) => {
      await fill(el, { identifier: value });
      await submit(el);
      await el.updateComplete;
      return errorOf(el, 'identifier');
    };
    expect(await check('1234')).to.equal('Le numéro de SIRET doit comporter 14 chiffres.');
    expect(await check('732 829 320 0007A')).to.equal('Le numéro de SIRET doit comporter 14 chiffres.');
    expect(await check('732 829 320 00075')).to.equal('Ce numéro de SIRET n’est pas valide\u202f: vérifiez-le.');
    expect(await check('732 829 320 00074')).to.equal('');
    // La Poste: its head office by Luhn, its establishments by the sum of their digits (a multiple of 5).
    expect(await check('356 000 000 00048')).to.equal('');
    expect(await check('356 000 000 00015')).to.equal('');
    expect(await check('356 000 000 00016')).to.equal('Ce numéro de SIRET n’est pas valide\u202f: vérifiez-le.');
    expect(registrations()).to.have.length(0);
  });

  it('« Vous n’avez pas de numéro SIRET ? » switches to the VAT number (checked by country; the French key against the SIREN) and back, keeping each', async () => {
    const { el } = await mount();
    await fill(el, { identifier: '732 829 320' });
    await submit(el);
    expect(errorOf(el, 'identifier')).to.equal('Le numéro de SIRET doit comporter 14 chiffres.');
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-registration__switch')!);
    await until(() => text(fieldOf(el, 'identifier').querySelector('label')).startsWith('Numéro de TVA'), 'the VAT field');
    expect(document.activeElement === input(el, 'identifier'), 'focus on the identifier').to.be.true;
    expect(input(el, 'identifier').value).to.equal('');
    expect(el.querySelector('.vigie-error-summary') === null, 'no summary').to.be.true;
    expect(text(fieldOf(el, 'identifier').querySelector('.vigie-hint'))).to.equal(
      'Le code du pays, puis le numéro. Exemples\u202f: FR40303265045, DE123456789',
    );
    expect(text(el.querySelector('.vigie-registration__switch'))).to.equal('J’ai un numéro de SIRET');
    expect(input(el, 'identifier').inputMode).to.equal('text');
    const check = async (value: string) => {
      await fill(el, { identifier: value });
      await submit(el);
      await el.updateComplete;
      return errorOf(el, 'identifier');
    };
    expect(await check('XX123456')).to.match(/^Le numéro de TVA doit commencer par le code d’un pays de l’Union européenne/);
    expect(await check('DE 1234 5678')).to.equal('Ce numéro de TVA n’a pas le format attendu pour ce pays\u202f: vérifiez-le.');
    expect(await check('FR 00 303 265 045')).to.equal('Ce numéro de TVA n’est pas valide\u202f: vérifiez la clé et le numéro SIREN.');
    expect(await check('fr 40 303 265 045')).to.equal('');
    expect(await check('DE123456789')).to.equal('');
    expect(summary(el)[0]).to.match(/^Nom de l’entreprise/);
    await expect(el).to.be.accessible();
    // Back to the SIRET: what was typed there comes back.
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-registration__switch')!);
    await until(() => input(el, 'identifier').value === '732 829 320', 'the SIRET typed before');
    expect(text(fieldOf(el, 'identifier').querySelector('label'))).to.match(/^Numéro de SIRET/);
  });

  it('the keyboard reaches the switch, Enter on it moves to the VAT field', async () => {
    const { el } = await mount();
    input(el, 'identifier').focus();
    await sendKeys({ type: '123' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === el.querySelector('.vigie-registration__switch'), 'focus on the switch').to.be.true;
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement === input(el, 'identifier') && input(el, 'identifier').value === '', 'the VAT field focused');
    await sendKeys({ type: 'FR40303265045' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => input(el, 'identifier').value === '123', 'the SIRET back');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === input(el, 'companyName'), 'focus on the company’s name').to.be.true;
  });

  it('e-mails and passwords: invalid address, mismatches, the policy; the live length; show/hide toggles', async () => {
    const { el } = await mount();
    await fill(el, {
      ...COMPANY,
      email: 'baptiste@',
      emailConfirmation: 'autre@carrieres.fr',
      password: 'court',
      passwordConfirmation: 'court',
    });
    await submit(el);
    expect(errorOf(el, 'email')).to.equal('Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.');
    expect(errorOf(el, 'password')).to.equal('Le mot de passe doit comporter au moins 11 caractères.');
    await fill(el, {
      email: COMPANY.email,
      emailConfirmation: 'autre@carrieres.fr',
      password: PASSWORD,
      passwordConfirmation: `${PASSWORD}!`,
    });
    await submit(el);
    expect(errorOf(el, 'emailConfirmation')).to.equal('Les deux adresses e-mail ne sont pas identiques.');
    expect(errorOf(el, 'passwordConfirmation')).to.equal('Les deux mots de passe ne sont pas identiques.');
    expect(errorOf(el, 'password')).to.equal('');
    // The live count under the new password (its length only).
    const password = input(el, 'password');
    password.focus();
    password.select();
    await sendKeys({ type: 'abc' });
    await until(() => text(el.querySelector('.vigie-panel-count')) === '3\u00a0caractères, 11 au minimum', 'the count');
    expect(password.getAttribute('aria-describedby')).to.contain(el.querySelector('.vigie-panel-count')!.id);
    await sendKeys({ type: 'defghijk' });
    await until(() => el.querySelector('.vigie-panel-count.is-ok'), 'long enough');
    const toggle = password.parentElement!.querySelector<HTMLButtonElement>('.vigie-toggle')!;
    await clickOn(toggle);
    await el.updateComplete;
    expect(password.type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('the anti-robot step not done: a required-field error on that step only, focus on it, the summary’s link leads to it; nothing sent', async () => {
    const { el, box } = await mount();
    await fill(el);
    await submit(el);
    await until(() => summary(el).length === 1, 'one error');
    expect(summary(el)[0]).to.equal(
      'Vérification anti-robot\u202f: Cochez «\u202fJe ne suis pas un robot\u202f» et suivez la vérification.',
    );
    const group = captchaGroup(el);
    await until(() => document.activeElement === group, 'focus on the anti-robot step');
    expect(group.classList.contains('vigie-field--invalid')).to.be.true;
    expect(group.getAttribute('aria-describedby')).to.equal(group.querySelector('.vigie-field-error')!.id);
    expect(registrations()).to.have.length(0);
    input(el, 'companyName').focus();
    // The link wraps over two lines: a person clicks on its words, not in the middle of its box (between the lines).
    const link = el.querySelector<HTMLAnchorElement>('.vigie-error-summary a')!;
    link.scrollIntoView({ block: 'center' });
    const words = link.getClientRects()[0]!;
    await sendMouse({ type: 'click', position: [Math.round(words.left + 8), Math.round(words.top + words.height / 2)] });
    expect(document.activeElement === group, 'focus on the anti-robot step').to.be.true;
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
    // Done: the next submit goes, and the passwords (never kept) are still in their inputs until the answer.
    await clickOn(box!);
    await submit(el);
    await settled(el, 'registered');
    expect(registrations()).to.have.length(1);
  });

  it('success: one request with the normalised body and the host’s token, the confirmation, `company-registered` without the password; the token is spent; nothing secret left', async () => {
    const { el, box } = await mount({ loginHref: '/connexion' });
    const registered: CompanyRegisteredEvent[] = [];
    const used: CaptchaTokenUsedEvent[] = [];
    el.addEventListener('company-registered', (e) => registered.push(e));
    el.addEventListener('captcha-token-used', (e) => used.push(e));
    await fill(el);
    await clickOn(box!);
    // Double submit: Enter twice, the second while the first is on its way: one request. (A real
    // click there would land wherever the confirmation put things once the answer came, and
    // take the focus with it.)
    input(el, 'passwordConfirmation').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await settled(el, 'registered');
    expect(registrations()).to.have.length(1);
    expect(bodies).to.deep.equal([
      {
        identification: { kind: 'siret', siret: PASSPORT_UNREGISTERED.siret },
        companyName: COMPANY.companyName,
        regions: ['28', '53'],
        referent: { lastName: 'Dupont', firstName: 'Baptiste', email: COMPANY.email },
        password: PASSWORD,
        antiRobotToken: PASSPORT_TEST_CAPTCHA_TOKEN,
      },
    ]);
    expect(registered).to.have.length(1);
    expect({ ...registered[0] }).to.deep.include({ companyName: COMPANY.companyName, email: COMPANY.email });
    expect(Object.keys(registered[0]!)).not.to.include('password');
    expect(registered[0]!.bubbles && registered[0]!.composed).to.be.true;
    expect(used).to.have.length(1);
    expect(box!.checked).to.be.false;
    expect(text(el.querySelector('[role=heading]'))).to.equal('Demande d’inscription enregistrée');
    await until(() => document.activeElement === el.querySelector('[role=heading]'), 'focus on the heading');
    const status = el.querySelector('.vigie-panel-result')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.contain(`Un e-mail a été envoyé au référent, à l’adresse ${COMPANY.email}.`);
    expect(text(status)).to.contain('utilisez cette adresse e-mail et le mot de passe que vous venez de choisir');
    expect(el.querySelector<HTMLAnchorElement>('.vigie-panel-actions a')!.getAttribute('href')).to.equal('/connexion');
    expect(el.querySelector('form')!.closest('[hidden]') !== null, 'the form hidden').to.be.true;
    expect(mock.passport.outbox().map((m) => m.to)).to.include(COMPANY.email);
    await expect(el).to.be.accessible();
    await expectNoSecretLeft([PASSWORD], { logged });
    // `reset()`: an empty form again, for another company.
    el.reset();
    await settled(el, 'idle');
    expect(el.querySelector('form')!.closest('[hidden]') === null, 'the form shown').to.be.true;
    expect(input(el, 'companyName').value).to.equal('');
    expect(el.querySelectorAll('fieldset input:checked').length).to.equal(0);
    expect(captchaGroup(el).contains(box)).to.be.true;
  });

  it('VAT mode: a company without SIRET registers with its VAT number', async () => {
    const { el, box } = await mount();
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-registration__switch')!);
    await el.updateComplete;
    await fill(el, { ...COMPANY, identifier: 'fr 04 519 384 622' });
    await clickOn(box!);
    await submit(el);
    await settled(el, 'registered');
    expect(bodies[0]!.identification as object).to.deep.equal({ kind: 'vat', vat: PASSPORT_UNREGISTERED.vat });
  });

  it('an asynchronous anti-robot check (a promise) is awaited once, then the form is sent once', async () => {
    const { el } = await mount({ noCaptcha: true });
    let calls = 0;
    el.captchaToken = () => {
      calls++;
      return new Promise((resolve) => setTimeout(() => resolve(PASSPORT_TEST_CAPTCHA_TOKEN), 200));
    };
    await fill(el);
    await submit(el);
    await until(() => text(el.querySelector('.vigie-registration__checking')) === 'Vérification anti-robot en cours…', 'the check running');
    expect(el.getAttribute('status')).to.equal('submitting');
    await submit(el);
    await settled(el, 'registered');
    expect(calls).to.equal(1);
    expect(registrations()).to.have.length(1);
  });

  it('a token given as the `captcha-token` attribute is used once, then removed', async () => {
    const { el } = await mount({ noCaptcha: true });
    el.setAttribute('captcha-token', PASSPORT_TEST_CAPTCHA_TOKEN);
    await fill(el);
    await submit(el);
    await settled(el, 'registered');
    expect(el.hasAttribute('captcha-token')).to.be.false;
    expect(el.captchaToken ?? undefined).to.equal(undefined);
  });

  it('SIRET already registered (409): said on the SIRET field, everything typed kept but the passwords (said too)', async () => {
    const { el, box } = await mount();
    await fill(el, { ...COMPANY, identifier: PASSPORT_DEMO_SIRET });
    await clickOn(box!);
    await submit(el);
    await settled(el, 'failed');
    expect(errorOf(el, 'identifier')).to.equal(
      'Une entreprise est déjà inscrite avec ce numéro de SIRET. Si c’est la vôtre, connectez-vous avec l’adresse e-mail de son référent, ou vérifiez le numéro.',
    );
    await until(() => document.activeElement === input(el, 'identifier'), 'focus on the SIRET');
    expect(input(el, 'identifier').value).to.equal(PASSPORT_DEMO_SIRET);
    expect(input(el, 'companyName').value).to.equal(COMPANY.companyName);
    expect(input(el, 'email').value).to.equal(COMPANY.email);
    expect([...el.querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((c) => text(c.nextElementSibling))).to.deep.equal([
      'Bretagne',
      'Normandie',
    ]);
    expect(input(el, 'password').value).to.equal('');
    expect(text(el.querySelector('.vigie-registration__cleared'))).to.equal(
      'Par sécurité, les mots de passe saisis ont été effacés\u202f: saisissez-les de nouveau.',
    );
    expect(box!.checked).to.be.false;
    await expect(el).to.be.accessible();
    await expectNoSecretLeft([PASSWORD], { logged });
  });

  it('point 4: an e-mail that is already a login gets the very page of a new one (typed with real keys); its owner is e-mailed instead', async function () {
    // Two whole registrations with real keys and mouse.
    this.timeout(60_000);
    /** Types every field with real key presses, ticks the regions and the anti-robot box with the real mouse, sends with Enter. */
    async function register(values: Company) {
      const { el, box } = await mount();
      for (const [name, value] of Object.entries(values)) {
        if (name === 'regions') continue;
        input(el, name).focus();
        await sendKeys({ type: value as string });
      }
      for (const region of values.regions) await clickOn([...el.querySelectorAll('fieldset label')].find((l) => text(l) === region)!);
      await clickOn(box!);
      input(el, 'passwordConfirmation').focus();
      await sendKeys({ press: 'Enter' });
      await settled(el, 'registered');
      const page = el
        .querySelector('section')!
        .outerHTML.replace(/value="[^"]*"/g, '')
        .replace(/vigie-[a-z-]+-\d+/g, 'ID');
      const shown = { heading: text(el.querySelector('[role=heading]')), status: text(el.querySelector('.vigie-panel-result')) };
      el.closest('div')!.remove();
      return { page, shown };
    }
    const fresh = await register(COMPANY);
    const taken = await register({
      ...COMPANY,
      identifier: '356 000 000 00048',
      email: PASSPORT_DEMO_LOGIN.email,
      emailConfirmation: PASSPORT_DEMO_LOGIN.email,
    });
    expect(registrations()).to.have.length(2);
    expect(fresh.shown.heading).to.equal('Demande d’inscription enregistrée');
    expect(taken.shown.heading).to.equal(fresh.shown.heading);
    expect(taken.shown.status).to.equal(fresh.shown.status.replace(COMPANY.email, PASSPORT_DEMO_LOGIN.email));
    expect(taken.page).to.equal(fresh.page.replaceAll(COMPANY.email, PASSPORT_DEMO_LOGIN.email));
    expect(taken.page).not.to.contain('déjà l’identifiant d’un autre compte');
    expect(mock.passport.outbox().map((m) => [m.kind, m.to])).to.deep.equal([
      ['registration-confirmation', COMPANY.email],
      ['registration-attempt-existing-login', PASSPORT_DEMO_LOGIN.email],
    ]);
    await expectNoSecretLeft([PASSWORD], { logged });
  });

  it('refused anti-robot token (422) → on that step', async () => {
    const { el } = await mount();
    el.captchaToken = 'jeton-refuse';
    await fill(el);
    await submit(el);
    await until(() => summary(el)[0]?.startsWith('Vérification anti-robot'), 'the refused token');
    expect(text(captchaGroup(el).querySelector('.vigie-field-error'))).to.contain(
      'La vérification anti-robot n’a pas été acceptée ou a expiré',
    );
    await until(() => document.activeElement === captchaGroup(el), 'focus on the step');
  });

  it('422 field issues from the server are shown on their fields', async () => {
    const { el, box } = await mount();
    mock.worker.use(
      http.post('/api/passport/companies', () =>
        HttpResponse.json(
          {
            type: '/problems/validation',
            title: 'Invalid request',
            status: 422,
            errors: [
              { field: 'companyName', issue: 'required' },
              { field: 'referent.email', issue: 'invalid-email' },
              { field: 'regions.0', issue: 'invalid-region' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await fill(el);
    await clickOn(box!);
    await submit(el);
    await settled(el, 'failed');
    expect(errorOf(el, 'companyName')).to.equal('Ce champ est obligatoire.');
    expect(errorOf(el, 'email')).to.equal('Saisissez une adresse e-mail valide, par exemple prenom.nom@entreprise.fr.');
    expect(text(el.querySelector('fieldset .vigie-field-error'))).to.contain('Choisissez les régions dans la liste.');
    expect(input(el, 'companyName').value).to.equal(COMPANY.companyName);
  });

  it('500: the failure with a retry; everything typed kept, the passwords too (never judged); the retry asks only for the spent anti-robot step (issue 8 #18)', async () => {
    await scenario('any:error-500');
    const { el, box } = await mount();
    await fill(el);
    await clickOn(box!);
    await submit(el);
    await settled(el, 'failed');
    const failure = el.querySelector('.vigie-failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(text(failure)).to.contain('L’envoi n’a pas abouti.');
    expect(text(failure)).not.to.contain('Par sécurité, les mots de passe et codes saisis ont été effacés');
    for (const name of ['identifier', 'companyName', 'referentLastName', 'referentFirstName', 'email', 'emailConfirmation'] as const) {
      expect(input(el, name).value, name).to.equal(COMPANY[name]);
    }
    expect(el.querySelectorAll('fieldset input:checked').length).to.equal(2);
    expect(input(el, 'password').value).to.equal(PASSWORD);
    expect(input(el, 'passwordConfirmation').value).to.equal(PASSWORD);
    expect(el.querySelector('.vigie-registration__cleared') === null, 'no « passwords cleared »').to.be.true;
    // One submission: the client's own retries of it (5xx) carry the same Idempotency-Key.
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.be.a('string');
    await expect(el).to.be.accessible();
    // The anti-robot token went with the request: the host's step is done again, then « Réessayer ».
    mock.setScenario('passport:default');
    expect(box!.checked).to.be.false;
    await clickOn(box!);
    await clickOn(failure.querySelector<HTMLButtonElement>('button')!);
    await settled(el, 'registered');
    await expectNoSecretLeft([PASSWORD], { logged });
  });

  it('a host that forgot the anti-robot step is told once in the console (no secret in it)', async () => {
    const { el } = await mount({ noCaptcha: true });
    await fill(el);
    await submit(el);
    await submit(el);
    const warnings = logged().filter((args) => String(args[0]).includes('<company-registration> has no anti-robot step'));
    expect(warnings).to.have.length(1);
    expect(JSON.stringify(logged())).not.to.contain(PASSWORD);
    expect(registrations()).to.have.length(0);
    expect(summary(el)).to.have.length(1);
  });

  it('English, run-time switch included', async () => {
    const { wrapper, el } = await mount({ locale: 'en' });
    await until(() => text(el.querySelector('[role=heading]')) === 'Subcontractor company registration', 'English');
    expect(text(el.querySelector('button[type=submit]'))).to.equal('Create the company account');
    expect(text(el.querySelector('.vigie-registration__switch'))).to.equal('No SIRET number?');
    await submit(el);
    await until(() => summary(el).length > 0, 'the summary');
    expect(summary(el)[0]).to.equal('SIRET number: This field is required.');
    expect(summary(el).at(-1)).to.equal('Anti-robot check: Tick “I’m not a robot” and complete the check.');
    // The regions by their English names, in English alphabetical order.
    const names = [...el.querySelectorAll('fieldset input')].map((c) => text(c.nextElementSibling));
    expect(names).to.include('Brittany');
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('en').compare));
    await expect(el).to.be.accessible();
    wrapper.querySelector('vigie-provider')!.setAttribute('locale', 'fr');
    await until(() => text(el.querySelector('[role=heading]')) === 'Inscription entreprise sous-traitante', 'back to French');
    expect(summary(el)[0]).to.equal('Numéro de SIRET\u202f: Ce champ est obligatoire.');
  });

  it('a 320 px column: fields one under the other, nothing wider than the column', async () => {
    const { wrapper, el } = await mount();
    wrapper.style.width = '320px';
    await el.updateComplete;
    const pair = el.querySelector<HTMLElement>('.vigie-registration__pair')!;
    const [a, b] = [...pair.children] as HTMLElement[];
    expect(b!.getBoundingClientRect().top).to.be.greaterThan(a!.getBoundingClientRect().bottom - 1);
    for (const node of el.querySelectorAll<HTMLElement>('*'))
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    wrapper.style.width = '800px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(b!.getBoundingClientRect().top).to.be.closeTo(a!.getBoundingClientRect().top, 1);
  });
});
