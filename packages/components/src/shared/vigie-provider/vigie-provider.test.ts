import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { InvoiceBanner } from '../../safety-register/invoice-banner/invoice-banner.js';
import { defineElement } from '../../base/define.js';
import type { VigieProvider } from './vigie-provider.js';
import { NOW, inFirefox, until, useScenario } from '../../../test/helpers.js';

describe('<vigie-provider> (X-PROVIDER)', () => {
  it('a widget outside a provider renders a clear error and logs one console error, without throwing', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await fixture<InvoiceBanner>(html`<invoice-banner></invoice-banner>`);
      expect((await until(() => el.shadowRoot!.querySelector('[role=alert]'), 'the error')).textContent).to.contain('<vigie-provider>');
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.contain('<invoice-banner> is not inside a <vigie-provider>');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('a provider defined after its widgets still reaches them', async () => {
    await useScenario('invoices:warning');
    const host = await fixture(html`<div></div>`);
    // An unknown tag name stands for a provider whose script has not run yet.
    const late = document.createElement('late-vigie-provider');
    late.setAttribute('now', NOW);
    late.append(document.createElement('invoice-banner'));
    host.append(late);
    const { VigieProvider } = await import('./vigie-provider.js');
    defineElement('late-vigie-provider', class extends VigieProvider {});
    const banner = late.querySelector('invoice-banner')!;
    await until(() => banner.level === 'warning', 'the banner to load through the late provider');
  });

  it('an English page never shows French first (the catalog loads before the first render)', async () => {
    const texts: string[] = [];
    const provider = document.createElement('vigie-provider') as VigieProvider;
    provider.locale = 'en';
    provider.now = NOW;
    const banner = document.createElement('invoice-banner');
    banner.invoices = [{ id: 'a', number: 'FA-1', dueDate: '2026-03-15', amountCents: 1000, status: 'unpaid' }];
    provider.append(banner);
    const watch = new MutationObserver(() => texts.push(banner.shadowRoot?.textContent ?? ''));
    document.body.append(provider);
    watch.observe(banner.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await until(() => (banner.shadowRoot!.textContent ?? '').includes('Settle my invoices'), 'the English banner');
    watch.disconnect();
    expect(texts.some((t) => t.includes('Régulariser'))).to.be.false;
    provider.remove();
  });

  // Skipped in Firefox: a dark system can only be emulated through CDP (puppeteer's emulateMedia), which Firefox has not.
  (inFirefox ? it.skip : it)('X-THEME light by default even when the system is dark; dark with theme="dark" or theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const invoices = [{ id: 'a', number: 'FA-1', dueDate: '2026-03-01', amountCents: 1000, status: 'unpaid' as const }];
      const background = async (theme?: string) => {
        const provider = await fixture<VigieProvider>(
          html`<vigie-provider now=${NOW} theme=${theme ?? ''}><invoice-banner .invoices=${invoices}></invoice-banner></vigie-provider>`,
        );
        if (!theme) provider.removeAttribute('theme');
        const banner = provider.querySelector('invoice-banner')!;
        const base = await until(() => banner.shadowRoot!.querySelector('[part~="base"]'), 'the banner');
        return getComputedStyle(base).backgroundColor;
      };
      const light = await background();
      expect(light).to.equal('rgb(253, 236, 236)');
      expect(await background('dark')).not.to.equal(light);
      expect(await background('auto')).to.equal(await background('dark'));
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('defining a tag twice never throws', () => {
    expect(() => defineElement('invoice-banner', InvoiceBanner)).not.to.throw();
    expect(() => defineElement('invoice-banner', class extends InvoiceBanner {})).not.to.throw();
    expect(customElements.get('invoice-banner')).to.equal(InvoiceBanner);
  });

  it('fixes the clock with `now` and gives a bearer token from getToken', async () => {
    await useScenario('invoices:warning');
    const seen: string[] = [];
    const provider = await fixture<VigieProvider>(html`<vigie-provider now="2026-03-10T08:00:00Z"></vigie-provider>`);
    provider.getToken = ({ refresh }) => {
      seen.push(refresh ? 'refresh' : 'token');
      return 'secret-token';
    };
    provider.append(document.createElement('invoice-banner'));
    const banner = provider.querySelector('invoice-banner')!;
    await until(() => banner.level === 'warning', 'level warning');
    expect(new Date(provider.clock.now()).toISOString()).to.equal('2026-03-10T08:00:00.000Z');
    expect(seen).to.deep.equal(['token']);
    expect(provider.outerHTML).not.to.contain('secret-token');
  });
});

describe('<vigie-provider> checks what the host gives it (X-PROVIDER, issue 8 #8)', () => {
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let warnings: unknown[][] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => (console.warn = original));

  /** A provider with `<vault-login>`, the mock in `vault:locked`; Paul signs in with real key presses. */
  async function lockedLogin(
    setup: (p: VigieProvider) => void,
    attrs: { locale?: string; apiUrl?: string; theme?: string; now?: string } = {},
  ) {
    await useScenario('vault:locked');
    await import('../../define/vault-login.js');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const provider = document.createElement('vigie-provider') as VigieProvider;
    provider.setAttribute('now', attrs.now ?? NOW);
    if (attrs.locale) provider.setAttribute('locale', attrs.locale);
    if (attrs.apiUrl) provider.setAttribute('api-url', attrs.apiUrl);
    if (attrs.theme) provider.setAttribute('theme', attrs.theme);
    setup(provider);
    provider.append(document.createElement('vault-login'));
    wrapper.append(provider);
    const el = provider.querySelector('vault-login')!;
    const id = await until(() => el.querySelector<HTMLInputElement>('input[autocomplete="username"]:not([hidden])'), 'the login form');
    id.focus();
    await sendKeys({ type: '123456789012' });
    el.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!.focus();
    await sendKeys({ type: 'Bulletin-2026!' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.getAttribute('status') === 'locked', 'the lock');
    return { provider, el };
  }

  it('support.hours given as one string: one warning, the default support, and the lock message still shows', async () => {
    const bad = { email: 'paie@exemple.fr', phone: '01 23 45 67 89', hours: 'du lundi au vendredi, 9 h – 17 h' };
    const { provider, el } = await lockedLogin((p) => (p.support = bad as never));
    expect(text(el.querySelector('.vigie-login__countdown'))).to.contain('Votre compte a été temporairement bloqué');
    expect(text(el.querySelector('.vigie-login__support'))).to.contain('05 82 01 01 01');
    provider.requestUpdate();
    await provider.updateComplete;
    const support = warnings.filter((w) => String(w[0]).includes('support'));
    expect(support).to.have.length(1);
    expect(String(support[0]![0])).to.contain('[vigie] <vigie-provider> support: expected');
    expect(String(support[0]![0])).not.to.contain('paie@exemple.fr');
    await expect(el).to.be.accessible();
  });

  it('other wrong shapes (support fields, slots, days): each one warning, the widget still works', async () => {
    for (const bad of [
      'mycecurity@cecurity.com',
      { email: 'pas-une-adresse', phone: '05 82 01 01 01', hours: { days: ['monday', 'friday'], slots: [{ from: '09:00', to: '12:00' }] } },
      {
        email: 'paie@exemple.fr',
        phone: '05 82 01 01 01',
        hours: { days: ['lundi', 'vendredi'], slots: [{ from: '09:00', to: '12:00' }] },
      },
      { email: 'paie@exemple.fr', phone: '05 82 01 01 01', hours: { days: ['monday', 'friday'], slots: [{ from: '9h', to: '12h' }] } },
      { email: 'paie@exemple.fr', phone: 42, hours: { days: ['monday', 'friday'], slots: [] } },
    ]) {
      warnings = [];
      const { el } = await lockedLogin((p) => (p.support = bad as never));
      expect(text(el.querySelector('.vigie-login__countdown')), JSON.stringify(bad)).to.contain('Votre compte a été temporairement bloqué');
      expect(
        warnings.filter((w) => String(w[0]).includes('support')),
        JSON.stringify(bad),
      ).to.have.length(1);
    }
  });

  it('locale, api-url, theme, now, getToken, sessions of the wrong shape: one warning each, the defaults, the widget works', async () => {
    const { provider, el } = await lockedLogin(
      (p) => {
        p.getToken = 'not a function' as never;
        p.vaultSession = { token: 42 } as never;
      },
      { locale: 'de', apiUrl: 'javascript:alert(1)', theme: 'violet' },
    );
    // French (the default), the mock reached at /api, the real clock: the lock is said.
    expect(text(el.querySelector('.vigie-login__countdown'))).to.contain('Votre compte a été temporairement bloqué');
    expect(provider.locale).to.equal('fr');
    expect(provider.hasAttribute('theme')).to.be.false;
    const said = (name: string) => warnings.filter((w) => String(w[0]).startsWith(`[vigie] <vigie-provider> ${name}:`));
    for (const name of ['locale', 'api-url', 'theme', 'getToken', 'vaultSession']) expect(said(name), name).to.have.length(1);
    // Right values are taken as they come, with no warning.
    warnings = [];
    provider.locale = 'en-GB' as never;
    await until(() => text(el.querySelector('.vigie-login__countdown')).startsWith('Your account has been temporarily locked'), 'English');
    expect(warnings).to.deep.equal([]);
    // A date that is not one: one warning (the real clock is used), however often it is read.
    provider.setAttribute('now', 'hier');
    await provider.updateComplete;
    provider.requestUpdate();
    await provider.updateComplete;
    expect(said('now')).to.have.length(1);
    provider.setAttribute('now', NOW);
  });
});
