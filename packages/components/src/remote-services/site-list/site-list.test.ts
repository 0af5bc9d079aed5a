/**
 * RS-SITES — `<site-list>` in Chromium with real input (keys and mouse): the sites of `remote:default`
 * grouped by ID & PIN with their nicknames, the state as text and icon, the test-mode badge, search
 * ignoring accents, the location and test-mode filters, sort, choosing a site (pointer and keyboard,
 * `site-selected`, `aria-current`), `site-renamed`, loading / empty / error with retry, 5,000 sites
 * under 2,000 nodes, English, 360 px, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse, delay } from 'msw';
import { createClient } from '@vigie/core';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, clickOn, pressSpaceOn, typeInto, until, useScenario, pressKeys } from '../../../test/helpers.js';

const until_ = until;
import '../../define/site-list.js';
import type { SiteList } from './site-list.js';
import type { SiteSelectedEvent } from './site-list.events.js';

const $ = <T extends Element = HTMLElement>(el: SiteList, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: SiteList, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const siteRows = (el: SiteList) => $$<HTMLTableRowElement>(el, 'tbody tr:not(.spacer):not(.group)');
const groupRows = (el: SiteList) => $$<HTMLTableRowElement>(el, 'tbody tr.group');
const titles = (el: SiteList) => siteRows(el).map((tr) => text(tr.querySelector('.title')));
/** Opens « Filtres » with a real click; its panel's fields load on demand. */
async function openFilters(el: SiteList) {
  const button = $<HTMLButtonElement>(el, '[part~=filters-button]')!;
  if (button.getAttribute('aria-expanded') !== 'true') await clickOn(button);
  return until(() => $<HTMLInputElement>(el, '[part~=location-input]'), 'the filter panel');
}
const nodeCount = (el: SiteList) =>
  el.shadowRoot!.querySelectorAll('*').length + [...el.shadowRoot!.querySelectorAll('*')].reduce((n, e) => n + e.childNodes.length, 0);

let mock: MockWorker | undefined;

async function mount(o: { scenario?: Parameters<typeof useScenario>[0]; locale?: 'fr' | 'en'; selected?: string } = {}) {
  mock = await useScenario(o.scenario ?? 'remote:default');
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${o.locale ?? 'fr'} .client=${client}>
      <site-list selected-site-id=${o.selected ?? ''}></site-list>
    </vigie-provider>
  `);
  const el = provider.querySelector('site-list')!;
  // 5,000 sites: the in-browser mock generates them first (slow on a busy machine).
  await until(() => siteRows(el).length > 0 || $(el, '[part~=empty]') || $(el, '[part~=error]'), 'the sites', 40_000);
  await el.updateComplete;
  return el;
}

describe('<site-list> (RS-SITES)', function () {
  this.timeout(20_000);
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => mock?.worker.resetHandlers());

  it('RS-SITES the 12 demo sites, grouped by ID & PIN with the identifiers, the nickname, the state as text and icon, the test-mode badge, the open alarms; axe', async () => {
    const el = await mount();
    expect(el.matchCount).to.equal(12);
    expect(text($(el, '[part~=count]'))).to.equal('12 sites');
    const groups = groupRows(el).map(text);
    expect(groups[0]).to.match(/^ID & PIN n° \d{8} \d+ sites? affichés?$/);
    // The site reached through two pairs: once, under both identifiers.
    expect(groups.some((g) => /ID & PIN n° \d{8} · \d{8}/.test(g) && g.includes('Sites reliés par plusieurs ID & PIN'))).to.be.true;
    const nicknamed = siteRows(el).find((tr) => text(tr.querySelector('.title')) === 'Le grand dépôt')!;
    expect(text(nicknamed.querySelector('.open .sub'))).to.not.equal('');
    for (const tr of siteRows(el)) {
      const status = tr.querySelector('.status')!;
      expect(['Activé', 'Partiel', 'Désactivé']).to.include(text(status));
      expect(status.querySelector('svg')).to.exist;
    }
    const badge = $$(el, '.badge');
    expect(badge.length).to.equal(1);
    expect(text(badge[0])).to.match(/^Activé jusqu’à \d\d:\d\d$/);
    expect(siteRows(el).some((tr) => /^\d+ alarmes?$/.test(text(tr.querySelector('td.alarms'))))).to.be.true;
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal(String(12 + groupRows(el).length + 1));
    await expect(el).to.be.accessible();
  });

  it('RS-SITES search ignores accents and case; location by postal code or town; test mode on and off; the count follows', async () => {
    const el = await mount();
    const search = $<HTMLInputElement>(el, '[part~=search-input]')!;
    await typeInto(search, 'ENTREPOT');
    await until(() => el.matchCount > 0 && titles(el).every((t) => /entrep[oô]t/i.test(t) || t === 'Le grand dépôt'), 'the warehouses');
    expect(text($(el, '[part~=count]'))).to.match(/sites? trouvés? sur 12 sites$/);
    // Cleared with the keyboard.
    search.focus();
    await pressKeys('Control+A');
    await sendKeys({ press: 'Backspace' });
    await until(() => el.matchCount === 12, 'all the sites again');
    const location = await openFilters(el);
    await typeInto(location, '69');
    await until(
      () => el.matchCount > 0 && siteRows(el).every((tr) => text(tr.querySelector('td.address .sub')).startsWith('69')),
      'the sites of the Rhône',
    );
    await pressKeys('Control+A');
    await sendKeys({ press: 'Backspace' });
    await until(() => el.matchCount === 12, 'all the sites again');
    const on = $$<HTMLInputElement>(el, '[part~=test-mode-filter] input').find((r) => r.value === 'on')!;
    await clickOn(on);
    await until(() => el.matchCount === 1, 'the site in test mode');
    expect($$(el, '.badge').length).to.equal(1);
    const off = $$<HTMLInputElement>(el, '[part~=test-mode-filter] input').find((r) => r.value === 'off')!;
    await clickOn(off);
    await until(() => el.matchCount === 11, 'the sites not in test mode');
    expect($$(el, '.badge').length).to.equal(0);
  });

  it('RS-SITES no result: says so, and « Effacer la recherche et les filtres » brings every site back and the focus to the search', async () => {
    const el = await mount();
    await typeInto($<HTMLInputElement>(el, '[part~=search-input]')!, 'zzzz');
    const empty = await until(() => $(el, '[part~=empty]'), 'the no-result state');
    expect(text(empty)).to.include('Aucun site ne correspond à votre recherche.');
    await clickOn(empty.querySelector('button')!);
    await until(() => el.matchCount === 12, 'all the sites again');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~=search-input]'));
  });

  it('RS-SITES sort by a header in French order, then descending; ungrouped with the checkbox', async () => {
    const el = await mount();
    await clickOn($(el, 'label.check input')!);
    await until(() => groupRows(el).length === 0, 'one list');
    const fr = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const sorted = (list: string[]) => list.every((t, i) => i === 0 || fr.compare(list[i - 1]!, t) <= 0);
    expect(sorted(titles(el))).to.be.true;
    await clickOn($(el, 'button.sort[data-column=name]')!);
    await until(() => $(el, 'th[aria-sort=descending]'), 'descending');
    expect(sorted(titles(el).reverse())).to.be.true;
    await clickOn($(el, 'button.sort[data-column=openAlarms]')!);
    await until(() => text($(el, 'th[aria-sort=ascending]')) === 'Alarmes ouvertes', 'by open alarms');
    const counts = siteRows(el).map((tr) => Number(text(tr.querySelector('td.alarms')).match(/\d+/)?.[0] ?? 0));
    expect(counts.every((n, i) => i === 0 || counts[i - 1]! <= n)).to.be.true;
  });

  it('RS-SITES choosing a site by pointer and by keyboard fires site-selected and marks it aria-current; ↑ / ↓ go from site to site', async () => {
    const el = await mount();
    const chosen: string[] = [];
    el.addEventListener('site-selected', (e: SiteSelectedEvent) => chosen.push(e.siteId));
    const second = siteRows(el)[1]!;
    await clickOn(second.querySelector('button.open')!);
    expect(chosen).to.have.length(1);
    expect(el.selectedSiteId).to.equal(chosen[0]);
    await el.updateComplete;
    expect($$(el, '[aria-current=true]').length).to.equal(1);
    expect(siteRows(el)[1]!.querySelector('button.open')!.getAttribute('aria-current')).to.equal('true');
    // Keyboard: ↓ to the next site (over a group heading if any), Enter chooses it.
    await sendKeys({ press: 'ArrowDown' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.matches('button.open')).to.be.true;
    expect(focused.closest('tr')).to.equal(siteRows(el)[2]);
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.have.length(2);
    await pressSpaceOn(siteRows(el)[0]!.querySelector('button.open')!);
    expect(chosen).to.have.length(3);
    await el.updateComplete;
    expect(siteRows(el)[0]!.querySelector('button.open')!.getAttribute('aria-current')).to.equal('true');
    expect($$(el, '[aria-current=true]').length).to.equal(1);
  });

  it('RS-IDPIN a nickname given in <id-pin-links> (site-renamed on the document) shows at once and is found by search', async () => {
    const el = await mount();
    const tr = siteRows(el)[3]!;
    const siteId = tr.dataset.p!;
    const event = Object.assign(new Event('site-renamed', { bubbles: true, composed: true }), {
      siteId: `site-${String(Number(siteId) + 1).padStart(2, '0')}`,
      nickname: 'Mon œuvre préférée',
    });
    document.body.dispatchEvent(event);
    await until(() => titles(el).includes('Mon œuvre préférée'), 'the new nickname');
    await typeInto($<HTMLInputElement>(el, '[part~=search-input]')!, 'oeuvre preferee');
    await until(() => el.matchCount === 1 && titles(el)[0] === 'Mon œuvre préférée', 'the nicknamed site found');
  });

  it('RS-IDPIN an ID & PIN linked elsewhere (id-pin-linked on the document): the sites are read again, the rows stay meanwhile', async () => {
    const el = await mount();
    let reads = 0;
    mock!.worker.use(
      http.get('/api/remote/sites', () => {
        reads++;
        return undefined;
      }),
    );
    document.body.dispatchEvent(Object.assign(new Event('id-pin-linked', { bubbles: true, composed: true }), { linkId: 'lnk-9' }));
    await until(() => reads === 1, 'a new read of the sites');
    expect(siteRows(el).length).to.be.above(0);
    await until(() => el.matchCount === 12, 'the sites again');
  });

  it('RS-SITES RS-OVERVIEW a test mode ends on its own: the badge goes and the site leaves « Activé » at its end, without a reload', async () => {
    const until = new Date(Date.now() + 1500).toISOString();
    const site = (id: string, name: string, testModeUntil: string | null) => ({
      id,
      name,
      nickname: null,
      address: { street: '1 rue Pasteur', postalCode: '69007', city: 'Lyon' },
      linkIds: ['l1'],
      state: 'armed' as const,
      testModeUntil,
      openAlarms: 0,
    });
    const links = [{ id: 'l1', identifier: '40100000', siteIds: ['a', 'b'], linkedAt: '2025-01-01T00:00:00Z' }];
    // The real clock (no `now`): the list schedules itself for the end of the test mode.
    const provider = await fixture<VigieProvider>(
      html`<vigie-provider locale="fr"><site-list test-mode-filter="on" .sites=${[site('a', 'Alpha', until), site('b', 'Bravo', null)]} .links=${links}></site-list></vigie-provider>`,
    );
    const el = provider.querySelector('site-list')!;
    await until_(() => el.matchCount === 1 && $$(el, '.badge').length === 1, 'the site in test mode');
    await until_(() => el.matchCount === 0, 'the test mode ended', 6000);
    expect(text($(el, '[part~=filters-button]'))).to.equal('Filtres (1)');
    await openFilters(el);
    const all = $$<HTMLInputElement>(el, '[part~=test-mode-filter] input').find((r) => r.value === 'all')!;
    await clickOn(all);
    await until_(() => el.matchCount === 2, 'both sites');
    expect($$(el, '.badge').length).to.equal(0);
  });

  it('X-STATES loading, then an error with « Réessayer » that loads the sites', async () => {
    mock = await useScenario('remote:default');
    let fail = true;
    mock.worker.use(
      http.get('/api/remote/sites', async () => {
        await delay(150);
        if (fail)
          return HttpResponse.json(
            { type: '/problems/server-error', title: 'Server error', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          );
        return undefined;
      }),
    );
    const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
    const provider = await fixture<VigieProvider>(
      html`<vigie-provider now=${NOW} locale="fr" .client=${client}><site-list></site-list></vigie-provider>`,
    );
    const el = provider.querySelector('site-list')!;
    await until(() => $(el, '.state.loading[role=status]'), 'the loading state');
    const error = await until(() => $(el, '[part~=error][role=alert]'), 'the error');
    expect(text(error)).to.include('Impossible de charger vos sites.');
    await expect(el).to.be.accessible();
    fail = false;
    await clickOn(error.querySelector('button')!);
    await until(() => siteRows(el).length > 0, 'the sites after « Réessayer »');
  });

  it('X-STATES no site at all: « Aucun site pour le moment »', async () => {
    mock = await useScenario('remote:default');
    mock.worker.use(http.get('/api/remote/sites', () => HttpResponse.json({ sites: [], links: [] })));
    const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
    const provider = await fixture<VigieProvider>(
      html`<vigie-provider now=${NOW} locale="fr" .client=${client}><site-list></site-list></vigie-provider>`,
    );
    const el = provider.querySelector('site-list')!;
    const empty = await until(() => $(el, '[part~=empty]'), 'the empty state');
    expect(text(empty)).to.include('Aucun site pour le moment');
  });

  it('RS-SITES 5,000 sites: under 2,000 nodes wherever it scrolls; a search answers in the same list', async function () {
    this.timeout(60_000);
    const el = await mount({ scenario: 'remote:large' });
    expect(el.totalCount).to.equal(5000);
    const counts = [nodeCount(el)];
    const scroller = $<HTMLElement>(el, '[part~=scroller]')!;
    for (const top of [5000, 100_000, 250_000]) {
      scroller.scrollTop = top;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      counts.push(nodeCount(el));
      expect(siteRows(el).length).to.be.within(5, 40);
    }
    for (const n of counts) expect(n).to.be.below(2000);
    await typeInto($<HTMLInputElement>(el, '[part~=search-input]')!, 'evreux');
    await until(() => el.matchCount > 0 && el.matchCount < 5000, 'the sites of Évreux');
    expect(siteRows(el).every((tr) => /[ée]vreux/i.test(text(tr)))).to.be.true;
  });

  it('X-I18N in English; 360 px stacks the rows and sorts with « Sort by »; axe', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await mount({ locale: 'en' });
      expect(text($(el, '[part~=count]'))).to.equal('12 sites');
      expect(text($(el, '[part~=title]'))).to.equal('Sites');
      for (const tr of siteRows(el)) expect(['Armed', 'Partly armed', 'Disarmed']).to.include(text(tr.querySelector('.status')));
      const sortBy = $<HTMLSelectElement>(el, '[part~=sort-controls] select')!;
      expect(sortBy.getBoundingClientRect().width).to.be.above(0);
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});
