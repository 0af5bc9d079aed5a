/**
 * VA-LOSTID — `<vault-identifier-recovery>` in Chromium against the mock vault (msw): every field
 * of seed 002's form with its message, the e-mail confirmation, the consent, the generic outcome
 * (known or not), a 500 that keeps everything typed, keyboard paths, axe per state, and nothing
 * personal left behind.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEMO_ACCOUNTS, type MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, apiRequests, chooseOption, clickOn, pressKeys, until, useScenario } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import '../../define/vault-identifier-recovery.js';

const PAUL = DEMO_ACCOUNTS[0];

let mock: MockWorker;
let sent: { key: string | null; body: string }[] = [];
let listening = false;

async function scenario(name: Parameters<typeof useScenario>[0]) {
  mock = await useScenario(name);
  sent = [];
  if (!listening) {
    listening = true;
    mock.worker.events.on('request:start', ({ request }) => {
      if (!new URL(request.url).pathname.startsWith('/api/vault/')) return;
      const entry = { key: request.headers.get('Idempotency-Key'), body: '' };
      sent.push(entry);
      void request
        .clone()
        .text()
        .then((b) => (entry.body = b));
    });
  }
}

async function mount(opts: { locale?: string; theme?: 'dark'; privacyHref?: string; loginHref?: string } = {}) {
  const provider =
    await fixture<VigieProvider>(html`<vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
    <vault-identifier-recovery privacy-href=${ifDefined(opts.privacyHref)} login-href=${ifDefined(opts.loginHref)}></vault-identifier-recovery>
  </vigie-provider>`);
  if (opts.theme === 'dark') provider.parentElement!.style.background = '#0d1117';
  const el = provider.querySelector('vault-identifier-recovery')!;
  await until(() => el.querySelector('form'), 'the form');
  return { provider, el };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.querySelector<T>(selector)!;
const field = (el: Element, name: string) => $<HTMLInputElement>(el, `[name=${name}]`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summaryItems = (el: Element) => [...el.querySelectorAll('.vigie-error-summary a')].map(text);

async function typeInto(input: HTMLInputElement, value: string) {
  input.focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: value });
}

/** Paul Dupont's details (seed 002's example), as a person types them. */
async function fillPaul(el: Element, overrides: Partial<Record<string, string>> = {}) {
  const values: Record<string, string> = {
    lastName: 'Dupont',
    firstName: 'Paul',
    birthTown: 'Paris',
    mobilePhone: '06 75 82 45 32',
    email: PAUL.email,
    emailConfirmation: PAUL.email,
    privateNumber: PAUL.privateNumber,
  };
  for (const [name, value] of Object.entries(values)) {
    const v = overrides[name] ?? value;
    if (v) await typeInto(field(el, name), v);
  }
  const month = overrides.birthMonth ?? String(PAUL.birthMonth);
  if (month) await chooseOption($<HTMLSelectElement>(el, 'select[name=birthMonth]'), month);
  if (overrides.consent !== 'no') await clickOn(field(el, 'privacyPolicyAccepted'));
}

describe('<vault-identifier-recovery> (VA-LOSTID)', () => {
  it('every field of seed 002, all required, labelled; the 12 months; the warning; accessible', async () => {
    await scenario('vault:default');
    const { el } = await mount({ privacyHref: 'https://example.fr/confidentialite' });
    expect(text($(el, 'h2'))).to.equal('Je n’ai plus le courrier avec mes identifiants de connexion');
    expect(text($(el, '.vigie-panel-intro'))).to.contain('Tous les champs sont obligatoires.');
    expect(text($(el, '.vigie-panel-message--warning'))).to.equal('Attention : cette procédure change aussi votre mot de passe.');
    const labels = [...el.querySelectorAll('form label')].map((l) => text(l).replace(' * (obligatoire)', ''));
    expect(labels).to.deep.equal([
      'Nom',
      'Prénom',
      'Commune de naissance',
      'Mois de naissance',
      'Numéro de téléphone mobile',
      'E-mail',
      'Confirmation e-mail',
      'Votre numéro privé',
      'J’ai pris connaissance de la politique de confidentialité et je l’accepte.',
    ]);
    for (const l of el.querySelectorAll('form label')) expect(text(l)).to.match(/\* \(obligatoire\)$/);
    const month = $<HTMLSelectElement>(el, 'select[name=birthMonth]');
    expect([...month.options].map((o) => o.text)).to.deep.equal([
      'Choisissez un mois',
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ]);
    const phone = field(el, 'mobilePhone');
    expect(phone.type).to.equal('tel');
    expect(phone.autocomplete).to.equal('tel');
    expect(text(document.getElementById(phone.getAttribute('aria-describedby')!))).to.match(/06.75.82.45.32/);
    expect(field(el, 'lastName').autocomplete).to.equal('family-name');
    expect(month.autocomplete).to.equal('bday-month');
    const policy = $<HTMLAnchorElement>(el, '.vigie-policy-link a');
    expect(policy.href).to.equal('https://example.fr/confidentialite');
    expect(policy.target).to.equal('_blank');
    expect(text($(el, 'button[type=submit]'))).to.equal('Enregistrer');
    await expect(el).to.be.accessible();
  });

  it('an empty submit: a message for every field, in order, focus on the first; nothing sent', async () => {
    await scenario('vault:default');
    const { el } = await mount();
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect(text($(el, '.vigie-error-summary p'))).to.equal('Le formulaire contient 9 erreurs :');
    expect(summaryItems(el)).to.deep.equal([
      'Nom : Ce champ est obligatoire.',
      'Prénom : Ce champ est obligatoire.',
      'Commune de naissance : Ce champ est obligatoire.',
      'Mois de naissance : Choisissez une option dans la liste.',
      'Numéro de téléphone mobile : Ce champ est obligatoire.',
      'E-mail : Ce champ est obligatoire.',
      'Confirmation e-mail : Ce champ est obligatoire.',
      'Votre numéro privé : Ce champ est obligatoire.',
      'Politique de confidentialité : Cochez cette case pour continuer.',
    ]);
    expect(document.activeElement).to.equal(field(el, 'lastName'));
    for (const name of ['lastName', 'birthMonth', 'privacyPolicyAccepted'])
      expect(field(el, name).getAttribute('aria-invalid'), name).to.equal('true');
    expect(el.querySelectorAll('.vigie-field-error')).to.have.length(9);
    expect(sent).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('format rules of core: the mobile number, the e-mail, the confirmation must match, the consent; the month gets focus', async () => {
    await scenario('vault:default');
    const { el } = await mount();
    await fillPaul(el, { mobilePhone: '01 23 45 67 89', emailConfirmation: 'paul.dupond@example.fr', consent: 'no', birthMonth: '' });
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect(summaryItems(el)).to.deep.equal([
      'Mois de naissance : Choisissez une option dans la liste.',
      'Numéro de téléphone mobile : Saisissez un numéro de mobile valide, par exemple 06 12 34 56 78.',
      'Confirmation e-mail : Les deux adresses e-mail ne sont pas identiques.',
      'Politique de confidentialité : Cochez cette case pour continuer.',
    ]);
    // The list is not an <input>: the widget moves focus to it itself, and from the summary too.
    const month = $<HTMLSelectElement>(el, 'select[name=birthMonth]');
    await until(() => document.activeElement === month, 'focus on the month');
    field(el, 'lastName').focus();
    $(el, '.vigie-error-summary a').focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(month);
    await expect(el).to.be.accessible();

    // Fixing a field removes its error as soon as it is right.
    await chooseOption(month, '4');
    await clickOn(field(el, 'privacyPolicyAccepted'));
    await el.updateComplete;
    expect(summaryItems(el)).to.have.length(2);
    expect(month.hasAttribute('aria-invalid')).to.be.false;

    const email = field(el, 'email');
    email.focus();
    await pressKeys('ControlOrMeta+A');
    await sendKeys({ press: 'Backspace' });
    await typeInto(email, 'paul@exemple..fr');
    await clickOn($(el, 'button[type=submit]'));
    await until(() => summaryItems(el).some((s) => s.startsWith('E-mail : Saisissez une adresse e-mail valide')), 'the e-mail error');
    expect(sent).to.have.length(0);
  });

  it('success: the seed’s outcome (new identifier and temporary password by e-mail, to change at the next login); nothing personal kept', async () => {
    await scenario('vault:default');
    const events: Event[] = [];
    const login: HTMLElementEventMap['vault-login-requested'][] = [];
    const { el } = await mount({ loginHref: '/connexion' });
    el.addEventListener('vault-identifier-requested', (e) => events.push(e));
    el.addEventListener('vault-login-requested', (e) => {
      login.push(e);
      e.preventDefault();
    });
    await fillPaul(el);
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.step === 'done', 'the outcome');
    const status = $(el, '.vigie-panel-result');
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal(
      'Si ces informations correspondent à un compte, vous allez recevoir par e-mail votre nouvel identifiant et un mot de passe provisoire. À votre prochaine connexion, vous devrez le personnaliser.',
    );
    expect(document.activeElement).to.equal($(el, 'h2'));
    expect(apiRequests()).to.deep.equal(['POST /api/vault/identifier-recovery']);
    expect(JSON.parse(sent[0]!.body)).to.deep.equal({
      lastName: 'Dupont',
      firstName: 'Paul',
      birthTown: 'Paris',
      birthMonth: 4,
      mobilePhone: '+33675824532',
      email: PAUL.email,
      emailConfirmation: PAUL.email,
      privateNumber: PAUL.privateNumber,
      privacyPolicyAccepted: true,
    });
    expect(mock.vault.outbox().filter((m) => m.kind === 'identifier-and-temporary-password')).to.have.length(1);
    expect(events).to.have.length(1);
    expect(Object.keys(events[0]!).filter((k) => k !== 'isTrusted')).to.deep.equal([]);
    expect(el.querySelector('form')).to.be.null;
    // Nothing personal kept in the page, its attributes, the URL or web storage (the shared scan).
    await expectNoSecretLeft(['Dupont', PAUL.email, PAUL.privateNumber, '06 75 82 45 32']);
    await expect(el).to.be.accessible();

    const action = $<HTMLAnchorElement>(el, 'a.vigie-panel-action');
    expect(text(action)).to.equal('Se connecter');
    action.focus();
    await sendKeys({ press: 'Enter' });
    expect(login).to.have.length(1);
    expect(login[0]!.href).to.equal('/connexion');
  });

  it('someone unknown gets exactly the same outcome (and no e-mail)', async () => {
    await scenario('vault:default');
    const { el } = await mount();
    await fillPaul(el, { lastName: 'Inconnu', privateNumber: '000000' });
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.step === 'done', 'the outcome');
    expect(text($(el, '.vigie-panel-result'))).to.match(/^Si ces informations correspondent à un compte/);
    expect(mock.vault.outbox().filter((m) => m.kind === 'identifier-and-temporary-password')).to.have.length(0);
  });

  it('a 500 keeps everything typed (the month and the box too), offers a retry with the same key; double submit sends one', async () => {
    await scenario('any:error-500');
    const { el } = await mount();
    await fillPaul(el);
    const submit = $(el, 'button[type=submit]');
    // Pressed twice (Enter twice on the button).
    submit.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure', 8000);
    expect(text(failure)).to.contain('Le service a rencontré une erreur (500)');
    expect(new Set(sent.map((s) => s.key)).size).to.equal(1);
    expect(field(el, 'lastName').value).to.equal('Dupont');
    expect(field(el, 'mobilePhone').value).to.equal('06 75 82 45 32');
    expect(field(el, 'emailConfirmation').value).to.equal(PAUL.email);
    expect(field(el, 'privateNumber').value).to.equal(PAUL.privateNumber);
    expect($<HTMLSelectElement>(el, 'select[name=birthMonth]').value).to.equal('4');
    expect(field(el, 'privacyPolicyAccepted').checked).to.be.true;
    expect(text(failure)).not.to.contain('saisissez-les de nouveau');
    await expect(el).to.be.accessible();
    const key = sent[0]!.key;
    mock.setScenario('vault:default');
    await clickOn($(failure, 'button'));
    await until(() => el.step === 'done', 'the outcome after the retry');
    expect(sent.at(-1)!.key).to.equal(key);
  });

  it('a 422 from the server shows on its fields', async () => {
    await scenario('vault:default');
    const { el } = await mount();
    const { http, HttpResponse } = await import('msw');
    mock.worker.use(
      http.post('*/api/vault/identifier-recovery', () =>
        HttpResponse.json(
          {
            type: '/problems/validation',
            title: 'Invalid',
            status: 422,
            // Core's code, an issue of the server's own, a field this form does not have.
            errors: [
              { field: 'birthTown', issue: 'unknown-town' },
              { field: 'mobilePhone', issue: 'invalid-phone' },
              { field: 'nickname', issue: 'required' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await fillPaul(el);
    await clickOn($(el, 'button[type=submit]'));
    await until(() => summaryItems(el).length === 2, 'the server’s errors');
    expect(summaryItems(el)).to.deep.equal([
      'Commune de naissance : Cette valeur n’est pas acceptée : vérifiez votre saisie.',
      'Numéro de téléphone mobile : Saisissez un numéro de mobile valide, par exemple 06 12 34 56 78.',
    ]);
    expect(document.activeElement).to.equal(field(el, 'birthTown'));
    expect(field(el, 'lastName').value).to.equal('Dupont');
  });

  it('keyboard: Tab visits every field in order, the box, the policy link, « Enregistrer »; Space ticks; Enter sends', async () => {
    await scenario('vault:default');
    const { el } = await mount({ privacyHref: '/confidentialite' });
    const order = [
      'lastName',
      'firstName',
      'birthTown',
      'birthMonth',
      'mobilePhone',
      'email',
      'emailConfirmation',
      'privateNumber',
      'privacyPolicyAccepted',
    ];
    field(el, 'lastName').focus();
    const values: Record<string, string> = {
      lastName: 'Dupont',
      firstName: 'Paul',
      birthTown: 'Paris',
      mobilePhone: '0675824532',
      email: PAUL.email,
      emailConfirmation: PAUL.email,
      privateNumber: PAUL.privateNumber,
    };
    for (const name of order) {
      expect((document.activeElement as HTMLInputElement).name).to.equal(name);
      if (values[name]) await sendKeys({ type: values[name]! });
      // A native list: the arrow keys choose (here: down to « avril »).
      if (name === 'birthMonth') for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
      if (name === 'privacyPolicyAccepted') await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
    }
    expect(document.activeElement).to.equal($(el, '.vigie-policy-link a'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal($(el, 'button[type=submit]'));
    expect($<HTMLSelectElement>(el, 'select[name=birthMonth]').value).to.equal('4');
    expect(field(el, 'privacyPolicyAccepted').checked).to.be.true;
    field(el, 'privateNumber').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.step === 'done', 'the outcome');
    expect(JSON.parse(sent[0]!.body).birthMonth).to.equal(4);
  });

  it('English and dark: months and messages in English, accessible in every state', async () => {
    await scenario('vault:default');
    const { el, provider } = await mount({ locale: 'en', theme: 'dark' });
    expect(text($(el, 'h2'))).to.equal('I no longer have the letter with my sign-in details');
    expect([...$<HTMLSelectElement>(el, 'select').options].slice(1, 4).map((o) => o.text)).to.deep.equal(['January', 'February', 'March']);
    await expect(el).to.be.accessible();
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect(summaryItems(el).at(-1)).to.equal('Privacy policy: Tick this box to continue.');
    await expect(el).to.be.accessible();
    // Switching language keeps what was typed.
    await typeInto(field(el, 'lastName'), 'Dupont');
    provider.locale = 'fr';
    await until(() => text($(el, 'h2')).startsWith('Je n’ai plus'), 'French');
    expect(field(el, 'lastName').value).to.equal('Dupont');
  });
});
