/**
 * RS-SITES — the « Filtres » panel is loaded on demand (`site-filters.on-demand.ts`): on a cold page
 * (its module never loaded), with the keyboard only: Tab to « Filtres », Enter opens it (the focus
 * stays on it), Tab into the location field, type a town, Tab to the test mode, an arrow chooses
 * « Activé ». (Its own file: a page of its own, where nothing loaded it before.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '@vigie/core';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import '../../define/site-list.js';
import type { SiteList } from './site-list.js';

const $ = <T extends Element = HTMLElement>(el: SiteList, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: SiteList) => el.shadowRoot!.activeElement;

describe('<site-list> « Filtres » on a cold page, with the keyboard (RS-SITES)', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 1280, height: 900 }));

  it('RS-SITES Enter on « Filtres » loads and opens the panel, focus kept; a town typed and « Activé » chosen with the keys filter the list', async () => {
    await useScenario('remote:default');
    const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
    const provider = await fixture<VigieProvider>(
      html`<vigie-provider now=${NOW} locale="fr" .client=${client}><site-list></site-list></vigie-provider>`,
    );
    const el = provider.querySelector('site-list')!;
    await until(() => el.matchCount === 12, 'the 12 sites', 20_000);
    $<HTMLInputElement>(el, '[part~=search-input]')!.focus();
    const button = $<HTMLButtonElement>(el, '[part~=filters-button]')!;
    await sendKeys({ press: 'Tab' }); // « Grouper par ID & PIN »
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button);
    expect($(el, '[part~=location-input]')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(button);
    const location = await until(() => $<HTMLInputElement>(el, '[part~=location-input]'), 'the filter panel');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(location);
    await sendKeys({ type: 'lyon' });
    await until(() => el.matchCount > 0 && el.matchCount < 12, 'the sites in Lyon');
    const inLyon = el.matchCount;
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLInputElement).value).to.equal('all');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => el.testModeFilter === 'on', '« Activé »');
    expect(el.matchCount).to.be.at.most(inLyon);
    expect(text(button)).to.equal('Filtres (2)');
  });
});
