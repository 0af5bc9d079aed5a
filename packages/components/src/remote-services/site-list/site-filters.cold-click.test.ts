/**
 * RS-SITES — the « Filtres » panel is loaded on demand (`site-filters.on-demand.ts`): on a cold page
 * (its module never loaded), a real click on « Filtres » opens it, and a location typed and a test
 * mode chosen in it filter the list. (Its own file: a page of its own, where nothing loaded it before.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient } from '@vigie/core';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, clickOn, typeInto, until, useScenario } from '../../../test/helpers.js';
import '../../define/site-list.js';
import type { SiteList } from './site-list.js';

const $ = <T extends Element = HTMLElement>(el: SiteList, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: SiteList, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<site-list> « Filtres » on a cold page, with a click (RS-SITES)', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 1280, height: 900 }));

  it('RS-SITES a click on « Filtres » loads and opens the panel; a location and « Activé » filter the list', async () => {
    await useScenario('remote:default');
    const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
    const provider = await fixture<VigieProvider>(
      html`<vigie-provider now=${NOW} locale="fr" .client=${client}><site-list></site-list></vigie-provider>`,
    );
    const el = provider.querySelector('site-list')!;
    await until(() => el.matchCount === 12, 'the 12 sites', 20_000);
    const button = $<HTMLButtonElement>(el, '[part~=filters-button]')!;
    expect(text(button)).to.equal('Filtres');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Nothing of the panel before the user asks for it.
    expect($(el, '[part~=location-input]')).to.equal(null);
    await clickOn(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const location = await until(() => $<HTMLInputElement>(el, '[part~=location-input]'), 'the filter panel');
    expect(button.getAttribute('aria-busy')).to.equal('false');
    expect($(el, `#${button.getAttribute('aria-controls')}`)!.contains(location)).to.be.true;
    await typeInto(location, '69');
    await until(() => el.matchCount > 0 && el.matchCount < 12, 'the sites of the Rhône');
    for (const tr of $$(el, 'tbody tr:not(.spacer):not(.group)')) expect(text(tr.querySelector('td.address .sub'))).to.match(/^69/);
    expect(text(button)).to.equal('Filtres (1)');
    await clickOn($$<HTMLInputElement>(el, '[part~=test-mode-filter] input').find((r) => r.value === 'off')!);
    await until(() => text(button) === 'Filtres (2)', 'two filters');
    expect($$(el, '.badge').length).to.equal(0);
    // Closed again: the filters still apply, the panel keeps what was typed.
    await clickOn(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(text(button)).to.equal('Filtres (2)');
    await clickOn(button);
    expect((await until(() => $<HTMLInputElement>(el, '[part~=location-input]'), 'the panel again')).value).to.equal('69');
  });
});
