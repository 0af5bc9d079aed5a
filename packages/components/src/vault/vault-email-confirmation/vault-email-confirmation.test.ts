/**
 * VA-PROFILE, X-SEC — `<vault-email-confirmation>` in Chromium against the mock API (msw): the
 * page of the link e-mailed to a new address. Every state (confirmed, expired, used, unknown,
 * taken by another vault, network failure with retry), its own kind of link only, the token out
 * of the URL and of everything a page keeps, real keyboard and pointer input, axe, fr and en.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEMO_ACCOUNTS, DEMO_PENDING_EMAIL, DEMO_TOKENS, type MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, captureConsole, until, useScenario } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import '../../define/vault-email-confirmation.js';
import type { VaultEmailConfirmation } from './vault-email-confirmation.js';
import type { VaultEmailChangedEvent } from './vault-email-confirmation.events.js';
import type { VaultLoginRequestedEvent } from '../vault.events.js';

let mock: MockWorker;
const logged = captureConsole();
const start = location.href;

afterEach(() => {
  mock?.worker.resetHandlers();
  history.replaceState(null, '', start);
});

/** Opens the page as the e-mailed link does: `?email-token=<token>` (plus whatever else the page carries). */
function openLink(query: string) {
  const url = new URL(start);
  url.search = query;
  history.replaceState(null, '', url.href);
}

async function mount(opts: { locale?: 'fr' | 'en'; theme?: 'dark'; loginHref?: string; width?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
      <vault-email-confirmation login-href=${ifDefined(opts.loginHref)}></vault-email-confirmation>
    </vigie-provider>
  </div>`);
  if (opts.width) wrapper.style.width = opts.width;
  const el = wrapper.querySelector<VaultEmailConfirmation>('vault-email-confirmation')!;
  await until(() => el.querySelector('.vigie-email-confirmation'), 'the widget');
  return { wrapper, el };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
const result = (el: Element) => text(el.querySelector('.vigie-panel-result'));
const settled = (el: VaultEmailConfirmation, step: string) =>
  until(() => el.step === step && el.getAttribute('step') === step, `step ${step}`);
const confirmations = () => apiRequests().filter((r) => r === 'POST /api/vault/email-confirmation');

async function clickOn(target: Element) {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** The token is nowhere a page keeps things: URL, history, attributes, markup, storage, console. */
async function expectNoToken(token: string) {
  await expectNoSecretLeft([token], { logged });
}

describe('<vault-email-confirmation> (VA-PROFILE, X-SEC)', () => {
  it('confirmed: follows its link at once, says the new address is the login, fires vault-email-changed; the token leaves the URL', async () => {
    mock = await useScenario('vault:default');
    openLink(`?email-token=${DEMO_TOKENS.emailConfirmation}&tab=profil`);
    const changed = oneEvent(document.body, 'vault-email-changed') as Promise<VaultEmailChangedEvent>;
    const { el } = await mount({ loginHref: '#coffre' });
    await settled(el, 'confirmed');
    expect((await changed).email).to.equal(DEMO_PENDING_EMAIL);
    expect(text(el.querySelector('.vigie-panel-heading'))).to.equal('Confirmation de ma nouvelle adresse e-mail');
    expect(result(el)).to.equal(
      `Votre adresse e-mail est désormais ${DEMO_PENDING_EMAIL}. Elle vous sert aussi d’identifiant de connexion.`,
    );
    expect(el.querySelector('.vigie-panel-result')!.getAttribute('role')).to.equal('status');
    const action = el.querySelector<HTMLAnchorElement>('a.vigie-panel-action')!;
    expect([text(action), action.getAttribute('href')]).to.deep.equal(['Se connecter', '#coffre']);
    expect(confirmations()).to.have.length(1);
    // The other parameters stay; the token is gone from the address bar and everywhere else.
    expect(new URL(location.href).searchParams.get('tab')).to.equal('profil');
    expect(new URL(location.href).searchParams.has('email-token')).to.be.false;
    await expectNoToken(DEMO_TOKENS.emailConfirmation);
    await expect(el).to.be.accessible();
    // The mock took it: Camille signs in with her new address (a second factor follows).
    const { vaultLogin } = await import('@vigie/core/vault/api');
    const { createClient } = await import('@vigie/core/api');
    const camille = DEMO_ACCOUNTS.find((a) => a.id === 'camille-martin')!;
    expect((await vaultLogin(createClient({ baseUrl: '/api' }), DEMO_PENDING_EMAIL, camille.password!)).kind).to.equal('second-factor');
    // « Se connecter » by keyboard: a cancelable vault-login-requested.
    const requested = oneEvent(el, 'vault-login-requested') as Promise<VaultLoginRequestedEvent>;
    el.addEventListener('vault-login-requested', (e) => e.preventDefault(), { once: true });
    action.focus();
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect([event.reason, event.href, event.cancelable]).to.deep.equal(['email-confirmed', '#coffre', true]);
  });

  it('its own kind of link only: a reset or activation link’s `token` is neither read nor removed', async () => {
    mock = await useScenario('vault:default');
    openLink(`?token=${DEMO_TOKENS.reset}`);
    const { el } = await mount();
    await settled(el, 'unknown');
    expect(new URL(location.href).searchParams.get('token')).to.equal(DEMO_TOKENS.reset);
    expect(confirmations()).to.have.length(0);
    // Both kinds in one address: it takes only its own.
    openLink(`?token=${DEMO_TOKENS.activation}&email-token=${DEMO_TOKENS.emailConfirmation}`);
    const { el: second } = await mount();
    await settled(second, 'confirmed');
    expect(new URL(location.href).searchParams.get('token')).to.equal(DEMO_TOKENS.activation);
    expect(mock.vault.activationStatus(DEMO_TOKENS.activation)?.status).to.equal('valid');
  });

  for (const [name, token, step, message] of [
    [
      'expired',
      DEMO_TOKENS.emailConfirmationExpired,
      'expired',
      'Ce lien de confirmation a expiré. Connectez-vous avec votre adresse actuelle et refaites le changement depuis «\u202fMes informations de profil\u202f».',
    ],
    [
      'used',
      DEMO_TOKENS.emailConfirmationUsed,
      'used',
      'Ce lien a déjà été utilisé\u202f: votre adresse e-mail a déjà été changée. Connectez-vous avec la nouvelle adresse.',
    ],
    [
      'unknown',
      'eml_inconnu',
      'unknown',
      'Ce lien n’est pas valide. Ouvrez le lien complet reçu par e-mail, ou refaites le changement depuis «\u202fMes informations de profil\u202f».',
    ],
  ] as const) {
    it(`${name}: says so, offers « Se connecter », no retry; accessible`, async () => {
      mock = await useScenario('vault:default');
      openLink(`?email-token=${token}`);
      const { el } = await mount();
      await settled(el, step);
      expect(result(el)).to.equal(message);
      expect(el.querySelector('.vigie-panel-message--warning')).to.exist;
      expect(text(el.querySelector('button.vigie-panel-action'))).to.equal('Se connecter');
      expect([...el.querySelectorAll('button')].map(text)).not.to.include('Réessayer');
      await expectNoToken(token);
      await expect(el).to.be.accessible();
    });
  }

  it('no link at all in the address: the unknown-link message, nothing sent', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount();
    await settled(el, 'unknown');
    expect(confirmations()).to.have.length(0);
  });

  it('the address belongs to another vault by now: says so, with the support contact (VA-SUPPORT)', async () => {
    mock = await useScenario('vault:default');
    mock.worker.use(
      http.post('*/api/vault/email-confirmation', () =>
        HttpResponse.json(
          { type: '/problems/email-unavailable', title: 'E-mail unavailable', status: 422 },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    openLink('?email-token=eml_pris');
    const { el } = await mount();
    await settled(el, 'unavailable');
    expect(result(el)).to.contain(
      'Cette adresse e-mail est déjà celle d’un autre coffre-fort\u202f: elle ne peut pas devenir votre identifiant.',
    );
    expect(
      [...el.querySelectorAll<HTMLAnchorElement>('.vigie-email-confirmation-support a')].map((a) => a.getAttribute('href')),
    ).to.deep.equal(['mailto:mycecurity@cecurity.com', 'tel:+33582010101']);
    await expect(el).to.be.accessible();
  });

  it('a network failure: an alert with « Réessayer »; a real click follows the same link again (same Idempotency-Key) and confirms', async () => {
    mock = await useScenario('vault:default');
    const keys: string[] = [];
    let fail = true;
    mock.worker.use(
      http.post('*/api/vault/email-confirmation', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '');
        if (fail) return HttpResponse.error();
        return undefined;
      }),
    );
    openLink(`?email-token=${DEMO_TOKENS.emailConfirmation}`);
    const { el } = await mount();
    await settled(el, 'failed');
    const alert = el.querySelector('[role=alert]')!;
    expect(text(alert)).to.contain('Impossible de confirmer votre nouvelle adresse pour le moment.');
    expect(text(alert)).to.contain('Le service est injoignable');
    await expect(el).to.be.accessible();
    fail = false;
    const retry = [...alert.querySelectorAll('button')].find((b) => text(b) === 'Réessayer')!;
    await clickOn(retry);
    await settled(el, 'confirmed');
    expect(document.activeElement).to.equal(el.querySelector('.vigie-panel-heading'));
    expect(new Set(keys).size).to.equal(1);
    expect(keys.length).to.be.greaterThan(1);
    await expectNoToken(DEMO_TOKENS.emailConfirmation);
  });

  it('English, dark and 360 px: readable, nothing overflows, accessible', async () => {
    mock = await useScenario('vault:default');
    openLink(`?email-token=${DEMO_TOKENS.emailConfirmation}`);
    const { wrapper, el } = await mount({ locale: 'en', theme: 'dark', width: '360px' });
    // The host's dark page behind the widget (the provider's dark tokens expect one).
    wrapper.style.background = '#0d1117';
    await settled(el, 'confirmed');
    await until(() => text(el.querySelector('.vigie-panel-heading')) === 'Confirm my new email address', 'English');
    expect(result(el)).to.equal(`Your email address is now ${DEMO_PENDING_EMAIL}. You also use it to sign in.`);
    const root = el.querySelector('.vigie-email-confirmation')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    await expect(el).to.be.accessible();
  });
});
