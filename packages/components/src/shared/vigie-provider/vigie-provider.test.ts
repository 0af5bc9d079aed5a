import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { InvoiceBanner } from '../../safety-register/invoice-banner/invoice-banner.js';
import { defineElement } from '../../base/define.js';
import type { VigieProvider } from './vigie-provider.js';
import { NOW, until, useScenario } from '../../../test/helpers.js';

describe('<vigie-provider> (X-PROVIDER)', () => {
  it('a widget outside a provider renders a clear error and logs one console error, without throwing', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await fixture<InvoiceBanner>(html`<invoice-banner></invoice-banner>`);
      await new Promise((r) => setTimeout(r, 20));
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('<vigie-provider>');
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

  it('X-THEME light by default even when the system is dark; dark with theme="dark" or theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const invoices = [{ id: 'a', number: 'FA-1', dueDate: '2026-03-01', amountCents: 1000, status: 'unpaid' as const }];
      const background = async (theme?: string) => {
        const provider = await fixture<VigieProvider>(html`<vigie-provider now=${NOW} theme=${theme ?? ''}><invoice-banner .invoices=${invoices}></invoice-banner></vigie-provider>`);
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
