/**
 * PP-LOGIN — `<passport-password-reset>`, the page of the e-mailed reset link (issue 8, point 11),
 * in Chromium against the mock API (msw): the demo's links (valid, expired, used), links from the
 * mock's outbox after « Mot de passe oublié ? », real keyboard and mouse input.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MockWorker } from '@vigie/mock-api/browser';
import { PASSPORT_DEMO_LOGIN, PASSPORT_DEMO_RESET_TOKENS } from '@vigie/mock-api/browser';
import { NOW, apiRequests, until, useScenario, captureConsole, clickOn } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import '../../define/passport-password-reset.js';
import type { PassportPasswordReset } from './passport-password-reset.js';
import type { PassportLoginRequestedEvent } from '../passport.events.js';

const NEW_PASSWORD = 'Relais-Granulats-2026';
let mock: MockWorker;
const logged = captureConsole();
const START = location.href;

beforeEach(async () => {
  mock = await useScenario('passport:default');
});

afterEach(() => {
  mock.worker.resetHandlers();
  history.replaceState(null, '', START);
});

/** The page as the e-mailed link opens it: `?passport-reset-token=<token>` (and whatever else the URL holds). */
async function open(query: string | undefined, opts: { locale?: 'fr' | 'en'; loginHref?: string } = {}) {
  const url = new URL(START);
  if (query !== undefined) url.search = query;
  url.hash = 'mot-de-passe';
  history.replaceState(null, '', url.href);
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'}>
      <passport-password-reset login-href=${ifDefined(opts.loginHref)}></passport-password-reset>
    </vigie-provider>
  </div>`);
  const el = wrapper.querySelector('passport-password-reset')!;
  await until(() => el.getAttribute('step') !== 'checking' && el.querySelector('[role=heading]'), 'the link checked');
  return el;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const passwords = (el: Element) => [...el.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];
const status = (el: Element) => text(el.querySelector('.vigie-panel-result'));
const resets = () => apiRequests().filter((r) => r === 'POST /api/passport/password-reset');

async function typeBoth(el: PassportPasswordReset, first: string, second = first) {
  const [a, b] = passwords(el);
  for (const [input, value] of [
    [a!, first],
    [b!, second],
  ] as const) {
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: value });
  }
}

async function signIn(email: string, password: string) {
  const r = await fetch('/api/passport/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return r.status;
}

describe('<passport-password-reset> (PP-LOGIN, the e-mailed link)', () => {
  it('a valid link: the token leaves the URL at once; the new password twice (real keys); done → « Se connecter »; the new password signs in', async function () {
    this.timeout(30_000);
    const el = await open(`?vue=1&passport-reset-token=${PASSPORT_DEMO_RESET_TOKENS.valid}`, { loginHref: '#connexion' });
    expect(location.search).to.equal('?vue=1');
    expect(location.hash).to.equal('#mot-de-passe');
    expect(el.getAttribute('step')).to.equal('form');
    expect(el.shadowRoot).to.be.null;
    expect(text(el.querySelector('[role=heading]'))).to.equal('Redéfinir le mot de passe');
    expect(passwords(el)).to.have.length(2);
    expect(passwords(el).every((i) => i.type === 'password' && i.form === passwords(el)[0]!.form)).to.be.true;
    await expect(el).to.be.accessible();

    // Core's policy, before anything is sent.
    await typeBoth(el, 'court');
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.vigie-error-summary'), 'the policy');
    expect(text(passwords(el)[0]!.closest('.vigie-field')!.querySelector('.vigie-field-error'))).to.contain('au moins 11');
    await typeBoth(el, NEW_PASSWORD, `${NEW_PASSWORD}!`);
    await sendKeys({ press: 'Enter' });
    await until(
      () => text(passwords(el)[1]!.closest('.vigie-field')!.querySelector('.vigie-field-error')).includes('ne sont pas identiques'),
      'the mismatch',
    );
    expect(resets()).to.have.length(0);

    const done: Event[] = [];
    el.addEventListener('passport-password-reset', (e) => done.push(e));
    await typeBoth(el, NEW_PASSWORD);
    await clickOn(el.querySelector('button[type=submit]')!);
    await until(() => el.getAttribute('step') === 'done', 'done');
    expect(resets()).to.have.length(1);
    expect(done).to.have.length(1);
    expect(status(el)).to.equal(
      'Le mot de passe est enregistré. Connectez-vous avec l’adresse e-mail du référent et ce nouveau mot de passe.',
    );
    await until(() => document.activeElement === el.querySelector('[role=heading]'), 'focus on the heading');
    const signInLink = el.querySelector<HTMLAnchorElement>('.vigie-panel-actions a')!;
    expect(text(signInLink)).to.equal('Se connecter');
    expect(signInLink.getAttribute('href')).to.equal('#connexion');
    expect(await signIn(PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password)).to.equal(401);
    expect(await signIn(PASSPORT_DEMO_LOGIN.email, NEW_PASSWORD)).to.equal(200);
    const requested: PassportLoginRequestedEvent[] = [];
    el.addEventListener('passport-login-requested', (e) => (requested.push(e), e.preventDefault()));
    await clickOn(signInLink);
    expect(requested.map((e) => e.reason)).to.deep.equal(['password-reset']);
    await expect(el).to.be.accessible();
    // Nothing secret left anywhere.
    await expectNoSecretLeft([PASSPORT_DEMO_RESET_TOKENS.valid, NEW_PASSWORD], { logged, root: el });
  });

  it('only its own kind of link: a vault or activation `?token=` is left alone (no link here, nothing sent)', async () => {
    const el = await open('?token=activation-ines-moreau');
    expect(el.getAttribute('step')).to.equal('no-link');
    expect(location.search).to.equal('?token=activation-ines-moreau');
    expect(apiRequests()).to.deep.equal([]);
    expect(status(el)).to.contain('Aucun lien n’a été trouvé.');
  });

  for (const [kind, token, says] of [
    ['expired', PASSPORT_DEMO_RESET_TOKENS.expired, 'Ce lien n’est plus valable.'],
    ['used', PASSPORT_DEMO_RESET_TOKENS.used, 'Ce lien a déjà servi.'],
    ['unknown', 'ppr_nimporte-quoi', 'Ce lien n’est pas reconnu.'],
  ] as const) {
    it(`a link ${kind}: says so, no form, the way to a new link`, async () => {
      const el = await open(`?passport-reset-token=${token}`, { loginHref: '#connexion' });
      expect(el.getAttribute('step')).to.equal(kind);
      expect(status(el)).to.contain(says);
      expect(el.querySelector('form')).to.be.null;
      expect(text(el.querySelector('.vigie-panel-actions a'))).to.equal('Aller à la page de connexion');
      expect(location.search).to.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('the link used meanwhile (in another tab): the submit says so', async () => {
    const el = await open(`?passport-reset-token=${PASSPORT_DEMO_RESET_TOKENS.valid}`);
    expect(mock.passport.resetPassword(PASSPORT_DEMO_RESET_TOKENS.valid, 'Ailleurs-Granulats-2026').kind).to.equal('done');
    await typeBoth(el, NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await until(() => el.getAttribute('step') === 'used', 'used');
    expect(document.activeElement).to.equal(el.querySelector('[role=heading]'));
  });

  it('a network failure keeps the page and offers a retry; the retry goes through', async function () {
    // Real keys and mouse for a whole flow: more than the default 10 s on a loaded machine.
    this.timeout(30_000);
    // Every attempt fails (the client's own retries of a keyed POST included), until the network is back.
    mock.worker.use(http.post('/api/passport/password-reset', () => HttpResponse.error()));
    const el = await open(`?passport-reset-token=${PASSPORT_DEMO_RESET_TOKENS.valid}`);
    await typeBoth(el, NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure notice');
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(el.getAttribute('step')).to.equal('form');
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    // Whatever the form mechanism keeps of the passwords after a failure that is not an answer (point 18), they can be sent again.
    if (passwords(el)[0]!.value === '') await typeBoth(el, NEW_PASSWORD);
    await clickOn([...failure.querySelectorAll('button')].find((b) => text(b) === 'Réessayer')!);
    if (el.getAttribute('step') === 'form') {
      passwords(el)[1]!.focus();
      await sendKeys({ press: 'Enter' });
    }
    await until(() => el.getAttribute('step') === 'done', 'done after the retry');
    expect(await signIn(PASSPORT_DEMO_LOGIN.email, NEW_PASSWORD)).to.equal(200);
  });

  it('the handover left to the successor, end to end: « Mot de passe oublié ? » e-mails a link; this page sets the password; the successor signs in', async function () {
    // Real keys and mouse for a whole flow: more than the default 10 s on a loaded machine.
    this.timeout(30_000);
    const successor = 'claire.durand@granulats-dupont.fr';
    const handover = await fetch('/api/passport/company/handover', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer pp-demo-session-granulats-dupont', 'If-Match': '"1"' },
      body: JSON.stringify({ referent: { lastName: 'DURAND', firstName: 'Claire' }, email: successor, password: { mode: 'reset' } }),
    });
    expect(handover.status).to.equal(200);
    await fetch('/api/passport/password-reset/request', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: successor }),
    });
    const mail = mock.passport.outbox().find((m) => m.kind === 'password-reset-link' && m.to === successor);
    expect(mail).to.exist;
    const el = await open(`?passport-reset-token=${(mail as { token: string }).token}`);
    await typeBoth(el, NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await until(() => el.getAttribute('step') === 'done', 'done');
    expect(await signIn(successor, NEW_PASSWORD)).to.equal(200);
  });

  it('English', async () => {
    const el = await open(`?passport-reset-token=${PASSPORT_DEMO_RESET_TOKENS.valid}`, { locale: 'en' });
    await until(() => text(el.querySelector('[role=heading]')) === 'Reset the password', 'English');
    expect(text(el.querySelector('button[type=submit]'))).to.equal('Save the password');
    await expect(el).to.be.accessible();
  });
});
