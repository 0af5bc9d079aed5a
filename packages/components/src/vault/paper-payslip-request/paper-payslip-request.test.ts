/**
 * VA-PAPER — `<paper-payslip-request>` against the mock vault (msw), in Chromium: the seed's form
 * (seed 002, question 8), the server's answers (wrong credentials, lock, 500), the confirmation
 * step, the printable confirmation (print media emulated) and no secret left anywhere.
 */
import { expect, fixture, html, oneEvent as anyEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createClient } from '@vigie/core';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, apiRequests, captureConsole, clickOn, inFirefox, pressKeys, until, useScenario } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import '../../define/paper-payslip-request.js';
import type { PaperPayslipRequest } from './paper-payslip-request.js';

/** `oneEvent`, typed by the event map. */
const oneEvent = <K extends keyof HTMLElementEventMap>(el: EventTarget, name: K) =>
  anyEvent(el, name) as unknown as Promise<HTMLElementEventMap[K]>;

const DEMO = { identifier: '123456789012', password: 'Bulletin-2026!', employer: 'Boulangeries Martin SAS' };
const WRONG = 'Mauvais-mot-de-passe-42';

/** Text content, ASCII white space collapsed (no-break spaces kept). */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');

async function mount(opts: { locale?: string } = {}) {
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <p id="outside">Le reste de la page du portail</p>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} .client=${client}>
      <paper-payslip-request reset-href="/mot-de-passe-oublie" privacy-href="/confidentialite"></paper-payslip-request>
    </vigie-provider>
  </div>`);
  const provider = wrapper.querySelector<VigieProvider>('vigie-provider')!;
  const el = provider.querySelector<PaperPayslipRequest>('paper-payslip-request')!;
  await until(() => el.querySelector('form'), 'the form');
  const input = (name: string) => el.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
  return {
    wrapper,
    el,
    identifier: input('identifier'),
    password: input('password'),
    employer: input('employer'),
    consent: input('dataPolicyAccepted'),
    submit: () => el.querySelector<HTMLButtonElement>('button[type=submit]')!,
  };
}

type Mounted = Awaited<ReturnType<typeof mount>>;

/** Fills the fields as a person would: each field selected and typed over, the box clicked. */
async function fill(m: Mounted, values: { identifier?: string; password?: string; employer?: string; consent?: boolean }) {
  const set = async (input: HTMLInputElement, value: string) => {
    input.focus();
    await pressKeys('ControlOrMeta+A');
    await sendKeys(value === '' ? { press: 'Backspace' } : { type: value });
  };
  if (values.identifier !== undefined) await set(m.identifier, values.identifier);
  if (values.password !== undefined) await set(m.password, values.password);
  if (values.employer !== undefined) await set(m.employer, values.employer);
  if (values.consent !== undefined && m.consent.checked !== values.consent) await clickOn(m.consent);
}

const paperPosts = () => apiRequests().filter((r) => r.startsWith('POST /api/vault/paper-requests'));

let mock: MockWorker;
const logged = captureConsole();
afterEach(async () => {
  mock?.worker.resetHandlers();
  if (!inFirefox) await emulateMedia({ media: 'screen' });
});

describe('<paper-payslip-request> (VA-PAPER)', () => {
  it('the seed’s form: native credential inputs a password manager finds, the data policy verbatim, its consent', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount();
    expect(text(el.querySelector('h2'))).to.equal('Demande de distribution des bulletins de paie au format papier');
    // Password managers query the page itself.
    const user = document.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    const pass = document.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!;
    expect(user.closest('paper-payslip-request')).to.equal(el);
    expect(pass.type).to.equal('password');
    expect(user.form).to.equal(pass.form);
    expect(pass.form!.method).to.equal('post');
    const labels = [...el.querySelectorAll('label')].map((l) => text(l).replace(/ \(obligatoire\)$/, ''));
    expect(labels).to.deep.equal([
      'Identifiant\u00a0*',
      'Mot de passe\u00a0*',
      'Employeur\u00a0*',
      'J’ai pris connaissance de la politique des données personnelles et j’accepte la collecte, la transmission à mon employeur et la conservation des données par Cecurity.com\u00a0*',
    ]);
    expect(text(el.querySelector('.vigie-paper__policy p'))).to.equal(
      'Dans le cadre de votre demande de changement de format de distribution de vos bulletins de paie, les données personnelles collectées par Cecurity.com seront conservées à des fins de preuve et pourront être transmises à votre employeur pour faciliter la gestion du passage du bulletin électronique au bulletin papier.',
    );
    expect(el.querySelector<HTMLAnchorElement>('.vigie-paper__policy a')!.getAttribute('href')).to.equal('/confidentialite');
    const forgot = el.querySelector<HTMLAnchorElement>('.vigie-paper__forgot a')!;
    expect(text(forgot)).to.equal('Mot de passe perdu\u202f?');
    expect(forgot.getAttribute('href')).to.equal('/mot-de-passe-oublie');
    expect(text(el.querySelector('button[type=submit]'))).to.equal('Valider');
    await expect(el).to.be.accessible();
  });

  it('validation: every field is required and the consent too; focus on the first; nothing sent', async () => {
    mock = await useScenario('vault:default');
    const m = await mount();
    await clickOn(m.submit());
    const summary = await until(() => m.el.querySelector('.vigie-error-summary'), 'the error summary');
    expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
      'Identifiant\u202f: Ce champ est obligatoire.',
      'Mot de passe\u202f: Ce champ est obligatoire.',
      'Employeur\u202f: Ce champ est obligatoire.',
      'Politique des données personnelles\u202f: Cochez cette case pour continuer.',
    ]);
    expect(document.activeElement).to.equal(m.identifier);
    expect(m.consent.getAttribute('aria-invalid')).to.equal('true');
    await expect(m.el).to.be.accessible();
    // The summary link of the consent leads to the box.
    // Followed with the keyboard (the link wraps over two lines: the middle of its box is between them).
    summary.querySelectorAll('a')[3]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(m.consent);

    await fill(m, { identifier: DEMO.identifier, password: DEMO.password, employer: '   ' });
    await clickOn(m.submit());
    await until(() => m.el.querySelectorAll('.vigie-error-summary a').length === 2, 'two errors left');
    expect([...m.el.querySelectorAll('.vigie-error-summary a')].map(text)).to.deep.equal([
      'Employeur\u202f: Ce champ est obligatoire.',
      'Politique des données personnelles\u202f: Cochez cette case pour continuer.',
    ]);
    await fill(m, { consent: true });
    await m.el.updateComplete;
    expect(m.consent.hasAttribute('aria-invalid')).to.be.false;
    expect(apiRequests()).to.deep.equal([]);
  });

  it('wrong credentials: the login’s generic message, the same for an unknown identifier; password cleared, the rest kept', async () => {
    mock = await useScenario('vault:default');
    const m = await mount();
    await fill(m, { identifier: DEMO.identifier, password: WRONG, employer: DEMO.employer, consent: true });
    await clickOn(m.submit());
    const alert = await until(() => m.el.querySelector('.vigie-paper__alert'), 'the credentials message');
    const message = text(alert);
    expect(message).to.equal(
      'Identifiant ou mot de passe incorrect. Vérifiez votre saisie en faisant attention aux majuscules et aux caractères spéciaux.',
    );
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(m.password.value).to.equal('');
    expect(m.identifier.value).to.equal(DEMO.identifier);
    expect(m.employer.value).to.equal(DEMO.employer);
    expect(m.consent.checked).to.be.true;
    expect(m.el.querySelector('.vigie-failure')).to.be.null;
    await until(() => document.activeElement === m.password, 'focus on the password');
    await expect(m.el).to.be.accessible();

    await fill(m, { identifier: '999999999999', password: WRONG });
    await clickOn(m.submit());
    await until(
      () =>
        m.password.value === '' &&
        m.el.querySelector('.vigie-paper__alert') &&
        paperPosts().length === 2 &&
        !m.el.querySelector('[aria-disabled=true]'),
      'the second answer',
    );
    expect(text(m.el.querySelector('.vigie-paper__alert'))).to.equal(message);
  });

  it('a lock (the server’s): the seed’s message with the time left and the ways out', async () => {
    mock = await useScenario('vault:locked');
    const m = await mount();
    await fill(m, { identifier: DEMO.identifier, password: DEMO.password, employer: DEMO.employer, consent: true });
    await clickOn(m.submit());
    const alert = await until(() => m.el.querySelector('.vigie-paper__alert--locked'), 'the lock message');
    expect(text(alert)).to.contain(
      'Votre compte a été temporairement bloqué suite à de trop nombreuses tentatives. Merci de réessayer dans 90 minutes et de vérifier que vous saisissez correctement votre mot de passe',
    );
    expect(text(alert)).to.contain('Nouvelle tentative possible à partir de 13:30.');
    expect(alert.querySelector<HTMLAnchorElement>('a[href="/mot-de-passe-oublie"]')).to.exist;
    expect(alert.querySelector<HTMLAnchorElement>('a[href^="mailto:mycecurity@cecurity.com"]')).to.exist;
    // Seed 002, « Compte bloqué », step 5: the procedures by name (the one this page links to is a link).
    expect(text(alert).replace(/\s+/g, ' ')).to.contain(
      'En cas de doute sur votre mot de passe ou votre identifiant, suivez la procédure « Mot de passe oublié » ou « Identifiant perdu ».',
    );
    expect(text(alert.querySelector('a[href="/mot-de-passe-oublie"]'))).to.equal('Mot de passe oublié');
    expect(m.password.value).to.equal('');
    await until(() => document.activeElement === alert, 'focus on the lock message');
    await expect(m.el).to.be.accessible();
  });

  it('success → confirm → printable confirmation; one request per step even when pressed twice; the event carries the reference only', async () => {
    mock = await useScenario('vault:default');
    const m = await mount();
    await fill(m, { identifier: DEMO.identifier, password: DEMO.password, employer: DEMO.employer, consent: true });
    // Pressed twice (Enter twice on the button: a second click could land on the next step's button).
    m.submit().focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    const heading = await until(() => m.el.querySelector<HTMLElement>('.vigie-paper__confirm h3'), 'the confirmation step');
    expect(paperPosts()).to.deep.equal(['POST /api/vault/paper-requests']);
    expect(text(heading)).to.equal('Confirmez votre demande');
    await until(() => document.activeElement === heading, 'focus on the step');
    expect(text(m.el.querySelector('.vigie-paper__confirm p'))).to.equal(
      'Paul Dupont, vous demandez à recevoir désormais vos bulletins de paie au format papier. Votre employeur, Boulangeries Martin SAS, en sera informé.',
    );
    expect(m.el.querySelector('input[type=password]')).to.be.null;
    expect(m.el.getAttribute('step')).to.equal('confirm');
    await expect(m.el).to.be.accessible();

    const requested = oneEvent(m.el, 'paper-payslip-requested');
    const confirm = m.el.querySelector<HTMLButtonElement>('.vigie-paper__confirm .vigie-paper__button')!;
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect(event.reference).to.equal('PAP-2026-000001');
    expect(Object.keys(event).filter((k) => k !== 'isTrusted')).to.deep.equal(['reference']);
    expect(paperPosts()).to.deep.equal(['POST /api/vault/paper-requests', 'POST /api/vault/paper-requests/confirm']);

    const done = await until(() => m.el.querySelector('.vigie-paper__done'), 'the printable confirmation');
    await until(() => document.activeElement === done.querySelector('h3'), 'focus on the confirmation');
    expect(text(done.querySelector('h3'))).to.equal('Votre demande a bien été prise en compte');
    expect(text(done.querySelector('.vigie-paper__reference'))).to.match(/^Référence de la demande\s:\sPAP-2026-000001$/);
    // VA-SUPPORT: going back to electronic payslips goes through support; its address and number are the links.
    expect(text(done.querySelector('.vigie-paper__support')).replace(/\s+/g, ' ')).to.equal(
      'Contactez le support par e-mail à mycecurity@cecurity.com ou par téléphone au 05 82 01 01 01, du lundi au vendredi de 09:00 à 12:00 et de 14:00 à 17:00.',
    );
    expect([...done.querySelectorAll<HTMLAnchorElement>('.vigie-paper__support a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'mailto:mycecurity@cecurity.com',
      'tel:+33582010101',
    ]);
    expect(text(done).replace(/\u00a0/g, ' ')).to.contain(
      'Demande enregistrée le 10/03/2026 à 12:00 pour Paul Dupont (identifiant 123456789012). Employeur\u202f: Boulangeries Martin SAS.',
    );
    await expect(m.el).to.be.accessible();

    // « Imprimer » calls the browser's print.
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await clickOn(done.querySelector<HTMLButtonElement>('.vigie-paper__actions button')!);
      await until(() => printed > 0, 'the print');
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);

    // The print stylesheet: only the confirmation, black on white, no buttons.
    const actions = done.querySelector<HTMLElement>('.vigie-paper__actions')!;
    expect(getComputedStyle(actions).display).not.to.equal('none');
    // Print media cannot be emulated in Firefox: puppeteer's emulateMedia needs CDP, which Firefox has not.
    if (!inFirefox) {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(actions).display).to.equal('none');
      expect(getComputedStyle(m.wrapper.querySelector('#outside')!).display).to.equal('none');
      const reference = done.querySelector<HTMLElement>('.vigie-paper__reference')!;
      expect(getComputedStyle(reference).display).not.to.equal('none');
      expect(getComputedStyle(reference).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(reference).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(m.el.querySelector('.vigie-paper__title')!).display).not.to.equal('none');
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(m.wrapper.querySelector('#outside')!).display).not.to.equal('none');
    }
  });

  it('cancel at the confirmation: back to the form, identifier and employer kept, password to type again', async () => {
    mock = await useScenario('vault:default');
    const m = await mount();
    await fill(m, { identifier: DEMO.identifier, password: DEMO.password, employer: DEMO.employer, consent: true });
    await clickOn(m.submit());
    const cancel = await until(() => m.el.querySelector<HTMLButtonElement>('.vigie-paper__button--secondary'), 'the confirmation step');
    await clickOn(cancel);
    const password = await until(() => m.el.querySelector<HTMLInputElement>('input[name=password]'), 'the form again');
    expect(m.el.querySelector<HTMLInputElement>('input[name=identifier]')!.value).to.equal(DEMO.identifier);
    expect(m.el.querySelector<HTMLInputElement>('input[name=employer]')!.value).to.equal(DEMO.employer);
    expect(m.el.querySelector<HTMLInputElement>('input[name=dataPolicyAccepted]')!.checked).to.be.true;
    expect(password.value).to.equal('');
    await until(() => document.activeElement === password, 'focus on the password');
  });

  it('a confirmation that comes too late: says so, and back to the form', async () => {
    mock = await useScenario('vault:default');
    const m = await mount();
    mock.worker.use(
      http.post('*/api/vault/paper-requests/confirm', () =>
        HttpResponse.json(
          { type: '/problems/challenge-expired', title: 'Request expired', status: 410 },
          { status: 410, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await fill(m, { identifier: DEMO.identifier, password: DEMO.password, employer: DEMO.employer, consent: true });
    await clickOn(m.submit());
    const confirm = await until(
      () => m.el.querySelector<HTMLButtonElement>('.vigie-paper__confirm .vigie-paper__button'),
      'the confirmation step',
    );
    await clickOn(confirm);
    const alert = await until(() => m.el.querySelector('.vigie-paper__confirm-error'), 'the expiry message');
    expect(text(alert)).to.equal('Le délai de confirmation est dépassé. Recommencez votre demande.');
    expect(m.el.querySelectorAll('.vigie-paper__confirm button')).to.have.length(1);
    await expect(m.el).to.be.accessible();
    await clickOn(m.el.querySelector<HTMLButtonElement>('.vigie-paper__confirm button')!);
    await until(() => m.el.querySelector('form'), 'the form again');
  });

  it('a 500 keeps the identifier, the employer, the consent and the password (never judged); « Réessayer » sends them again (issue 8 #18)', async () => {
    mock = await useScenario('vault:default');
    const m = await mount();
    mock.worker.use(
      http.post('*/api/vault/paper-requests', () =>
        HttpResponse.json(
          { type: '/problems/internal-error', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await fill(m, { identifier: DEMO.identifier, password: DEMO.password, employer: DEMO.employer, consent: true });
    await clickOn(m.submit());
    const failure = await until(() => m.el.querySelector('.vigie-failure'), 'the failure notice');
    expect(text(failure)).to.contain('Le service a rencontré une erreur (500).');
    expect(text(failure)).not.to.contain('saisissez-les de nouveau');
    expect(m.password.value).to.equal(DEMO.password);
    expect(m.password.type).to.equal('password');
    expect(m.identifier.value).to.equal(DEMO.identifier);
    expect(m.employer.value).to.equal(DEMO.employer);
    expect(m.consent.checked).to.be.true;
    await expect(m.el).to.be.accessible();
    mock.worker.resetHandlers();
    await clickOn(failure.querySelector('button')!);
    await until(() => m.el.querySelector('.vigie-paper__confirm'), 'the confirmation step after retry');
    expect(m.password.value).to.equal('');
  });

  it('keyboard only: Tab through the form, Space ticks the consent, Enter sends, Enter confirms', async () => {
    mock = await useScenario('vault:default');
    const m = await mount();
    m.identifier.focus();
    await sendKeys({ type: DEMO.identifier });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(m.password);
    await sendKeys({ type: DEMO.password });
    await sendKeys({ press: 'Tab' }); // the show-password toggle
    await sendKeys({ press: 'Tab' }); // « Mot de passe perdu ? »
    expect(text(document.activeElement)).to.equal('Mot de passe perdu\u202f?');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(m.employer);
    await sendKeys({ type: DEMO.employer });
    await sendKeys({ press: 'Tab' }); // the policy link
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(m.consent);
    await sendKeys({ press: 'Space' });
    expect(m.consent.checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(m.submit());
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.matches('.vigie-paper__confirm h3'), 'the confirmation step focused');
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Confirmer ma demande');
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.matches('.vigie-paper__done h3'), 'the printable confirmation focused');
  });

  it('nothing secret is left: storage, cookies, IndexedDB, attributes, URL, console, inputs', async () => {
    mock = await useScenario('vault:default');
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    const href = location.href;
    const drafts: string[] = [];
    const onResponse = async ({ response, request }: { response: Response; request: Request }) => {
      const draftId = request.url.endsWith('/paper-requests')
        ? ((await response.clone().json()) as { draftId?: string }).draftId
        : undefined;
      if (draftId) drafts.push(draftId);
    };
    mock.worker.events.on('response:mocked', onResponse);
    try {
      const m = await mount();
      // A wrong password first, then the right one, then the whole flow.
      await fill(m, { identifier: DEMO.identifier, password: WRONG, employer: DEMO.employer, consent: true });
      await clickOn(m.submit());
      await until(() => m.el.querySelector('.vigie-paper__alert'), 'the credentials message');
      await fill(m, { password: DEMO.password });
      await clickOn(m.submit());
      const confirm = await until(
        () => m.el.querySelector<HTMLButtonElement>('.vigie-paper__confirm .vigie-paper__button'),
        'the confirmation step',
      );
      await clickOn(confirm);
      await until(() => m.el.querySelector('.vigie-paper__done'), 'the confirmation');
    } finally {
      mock.worker.events.removeListener('response:mocked', onResponse);
    }
    expect(drafts).to.have.length(1);
    await expectNoSecretLeft([DEMO.password, WRONG, drafts[0]!], { logged, databases });
    expect(location.href).to.equal(href);
  });

  it('English', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount({ locale: 'en' });
    await until(() => text(el.querySelector('h2')) === 'Request for paper payslips', 'the English title');
    expect(text(el.querySelector('button[type=submit]'))).to.equal('Submit');
    expect(text(el.querySelector('.vigie-paper__forgot'))).to.equal('Lost password?');
  });
});
