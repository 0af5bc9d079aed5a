/**
 * X-I18N in the page (issue 8, points 19 and 20): a widget says which language it speaks when the
 * page around it speaks another; what a widget keeps on screen (the roster's live status, its
 * notices) follows a language switch; names inserted into French sentences elide.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Employee, Invoice } from '@vigie/core';
import { PASSPORT_DEMO_SESSION, generateEmployees } from '@vigie/mock-api';
import type { VigieProvider } from '../shared/vigie-provider/vigie-provider.js';
import { NOW, until, useScenario } from '../../test/helpers.js';
import '../define/all.js';

const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const INVOICES: Invoice[] = [{ id: 'i1', number: 'F-2026-001', dueDate: '2026-03-05', amountCents: 12_000, status: 'unpaid' }];

let pageLang = '';
before(async () => {
  pageLang = document.documentElement.lang;
  await setViewport({ width: 1280, height: 900 });
});
afterEach(() => {
  document.documentElement.lang = pageLang;
});

async function mountWidgets(locale: 'fr' | 'en', around?: string) {
  const provider = await fixture<VigieProvider>(html`
    <div lang=${ifDefined(around)}>
      <vigie-provider now=${NOW} locale=${locale}>
        <invoice-banner .invoices=${INVOICES}></invoice-banner>
        <vault-login></vault-login>
      </vigie-provider>
    </div>
  `).then((div) => div.querySelector('vigie-provider')!);
  const banner = provider.querySelector('invoice-banner')!;
  const login = provider.querySelector('vault-login')!;
  await until(() => banner.shadowRoot?.querySelector('[part~=message]') && login.querySelector('form'), 'the widgets');
  return { provider, banner, login };
}

describe('X-I18N a widget sets `lang` when its locale differs from the page', () => {
  it('an English widget in a French page says lang="en" (shadow and light DOM alike); back to French, the attribute goes', async () => {
    document.documentElement.lang = 'fr';
    const { provider, banner, login } = await mountWidgets('en');
    await until(() => banner.getAttribute('lang') === 'en' && login.getAttribute('lang') === 'en', 'lang="en" on both widgets');
    expect(text(banner.shadowRoot!.querySelector('[part~=action]'))).to.equal('Settle my invoices');
    provider.locale = 'fr';
    await until(() => !banner.hasAttribute('lang') && !login.hasAttribute('lang'), 'no lang once the page and the widgets agree');
    expect(text(banner.shadowRoot!.querySelector('[part~=action]'))).to.equal('Régulariser mes factures');
  });

  it('a French widget in an English page says lang="fr"; a page written « fr-FR » agrees with « fr »', async () => {
    document.documentElement.lang = 'en-GB';
    const { banner, login } = await mountWidgets('fr');
    await until(() => banner.getAttribute('lang') === 'fr' && login.getAttribute('lang') === 'fr', 'lang="fr" on both widgets');
    document.documentElement.lang = 'fr-FR';
    const second = await mountWidgets('fr');
    await second.banner.updateComplete;
    expect(second.banner.hasAttribute('lang')).to.equal(false);
    expect(second.login.hasAttribute('lang')).to.equal(false);
  });

  it('the nearest language around the widget counts (a host block in English), and a host’s own lang on the widget is kept', async () => {
    document.documentElement.lang = 'fr';
    const { banner, login } = await mountWidgets('en', 'en');
    await banner.updateComplete;
    expect(banner.hasAttribute('lang')).to.equal(false);
    expect(login.hasAttribute('lang')).to.equal(false);

    const provider = await fixture<VigieProvider>(
      html`<vigie-provider now=${NOW} locale="en"><invoice-banner lang="en-GB" .invoices=${INVOICES}></invoice-banner></vigie-provider>`,
    );
    const own = provider.querySelector('invoice-banner')!;
    await until(() => own.shadowRoot?.querySelector('[part~=message]'), 'the banner');
    expect(own.getAttribute('lang')).to.equal('en-GB');
  });
});

describe('X-I18N the roster follows a language switch (issue 8, point 20)', () => {
  it('PP-ROSTER the screen-reader status is re-worded in English when the page switches, the widget says lang="en"', async () => {
    document.documentElement.lang = 'fr';
    await useScenario('passport:default');
    const provider = await fixture<VigieProvider>(html`
      <vigie-provider now=${NOW} locale="fr" .passportSession=${PASSPORT_DEMO_SESSION}><passport-roster></passport-roster></vigie-provider>
    `);
    const roster = provider.querySelector('passport-roster')!;
    const status = () => roster.shadowRoot!.querySelector('p.sr-only[role=status]');
    await until(() => /^Liste complète\s:\s\d+\ssalariés\.$/.test(text(status())), 'the French status', 15000);
    const count = text(status()).match(/\d+/)![0];

    provider.locale = 'en';
    await until(() => text(status()) === `Complete list: ${count} employees.`, 'the status in English');
    expect(roster.getAttribute('lang')).to.equal('en');
    expect(text(roster.shadowRoot!.querySelector('h2, [part~=title]'))).not.to.match(/salariés/i);
  });
});

describe('X-I18N elision of names in French sentences (issue 8, point 19)', () => {
  it('PP-ROSTER « Voir le passeport d’Alexandre … », « … de Baptiste … »; « Bloqué : débloquer le compte d’Hélène … »', async () => {
    document.documentElement.lang = 'fr';
    const base = generateEmployees(3);
    const rows: Employee[] = [
      { ...base[0]!, firstName: 'Alexandre', lastName: 'ARNAUD' },
      { ...base[1]!, firstName: 'Baptiste', lastName: 'BONNET' },
      { ...base[2]!, firstName: 'Hélène', lastName: 'HUBERT', state: 'blocked' },
    ];
    const provider = await fixture<VigieProvider>(html`
      <vigie-provider now=${NOW} locale="fr" .passportSession=${PASSPORT_DEMO_SESSION}><passport-roster .rows=${rows}></passport-roster></vigie-provider>
    `);
    const roster = provider.querySelector('passport-roster')!;
    const labels = await until(() => {
      const all = [...roster.shadowRoot!.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')!);
      return all.some((l) => l.includes('Alexandre')) ? all : undefined;
    }, 'the rows');
    const passportLinks = [...roster.shadowRoot!.querySelectorAll('a.link')].map((a) => a.getAttribute('aria-label'));
    for (const l of passportLinks) expect(l).to.match(/^Voir le passeport (d’Alexandre ARNAUD|de Baptiste BONNET|d’Hélène HUBERT)$/);
    expect(labels).to.include('Bloqué\u202f: débloquer le compte d’Hélène HUBERT');
    expect(labels.join('|')).not.to.match(/de [AEIOUÉH]/);
  });
});
