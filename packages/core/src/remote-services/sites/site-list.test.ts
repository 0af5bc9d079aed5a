/**
 * RS-SITES — the site list's rules (search ignoring accents, French order, filters by site,
 * location and test mode, grouping by ID & PIN link) and its index, checked against the references.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SYSTEM_STATES, type IdPinLink, type Site } from '../schemas.js';
import {
  SITE_GROUP_ROW,
  SITE_SORT_COLUMNS,
  SITE_SORT_DIRECTIONS,
  SITE_TEST_MODE_FILTERS,
  buildSiteIndex,
  filterSites,
  isSiteGroupRow,
  prepareSiteIndex,
  siteGroups,
  siteTestModeOn,
  siteTitle,
  sortSites,
  updateSite,
  viewSites,
  type SiteSort,
} from './site-list.js';

const NOW = Date.parse('2026-03-10T09:00:00Z');
const at = (ms: number) => new Date(ms).toISOString();

const LINKS: IdPinLink[] = [
  { id: 'l1', identifier: '40100000', siteIds: [], linkedAt: '2025-01-01T00:00:00Z' },
  { id: 'l2', identifier: '40107919', siteIds: [], linkedAt: '2025-02-01T00:00:00Z' },
  { id: 'l3', identifier: '40115838', siteIds: [], linkedAt: '2025-03-01T00:00:00Z' },
];

let seq = 0;
function site(o: Partial<Site> & { name: string }): Site {
  return {
    id: o.id ?? `s${++seq}`,
    name: o.name,
    nickname: o.nickname ?? null,
    address: o.address ?? { street: '1 rue Pasteur', postalCode: '69007', city: 'Lyon' },
    linkIds: o.linkIds ?? ['l1'],
    state: o.state ?? 'armed',
    testModeUntil: o.testModeUntil ?? null,
    openAlarms: o.openAlarms ?? 0,
  };
}

describe('RS-SITES test mode from testModeUntil and now', () => {
  test('RS-SITES on before its end, off at the very end instant, off after, off without an end', () => {
    const s = site({ name: 'A', testModeUntil: at(NOW) });
    assert.equal(siteTestModeOn(s, NOW - 1), true);
    assert.equal(siteTestModeOn(s, NOW), false);
    assert.equal(siteTestModeOn(s, NOW + 1), false);
    assert.equal(siteTestModeOn(site({ name: 'B' }), NOW), false);
  });
  test('RS-SITES the test-mode filter follows the clock: a site leaves « on » at its end', () => {
    const s = site({ name: 'A', testModeUntil: at(NOW + 60_000) });
    assert.deepEqual(filterSites([s], { testMode: 'on' }, NOW), [s]);
    assert.deepEqual(filterSites([s], { testMode: 'on' }, NOW + 60_000), []);
    assert.deepEqual(filterSites([s], { testMode: 'off' }, NOW + 60_000), [s]);
    assert.deepEqual(filterSites([s], { testMode: 'all' }, NOW + 60_000), [s]);
  });
});

describe('RS-SITES search ignores accents and case, and finds nicknames and link identifiers', () => {
  const sites = [
    site({ id: 'a', name: 'Entrepôt Évreux', address: { street: '3 place de l’Église', postalCode: '27000', city: 'Évreux' } }),
    site({ id: 'b', name: 'Boulangerie Cœur', nickname: 'Chez Zoé', linkIds: ['l2'] }),
    site({ id: 'c', name: 'Agence N’Diaye', linkIds: ['l3'] }),
  ];
  const ids = (q: string) => filterSites(sites, { query: q }, NOW, LINKS).map((s) => s.id);
  test('RS-SITES accents and case', () => {
    assert.deepEqual(ids('ENTREPOT evreux'), ['a']);
    assert.deepEqual(ids('église'), ['a']);
    assert.deepEqual(ids('coeur'), ['b']);
  });
  test('RS-SITES nickname, apostrophes, identifier of the ID & PIN link', () => {
    assert.deepEqual(ids('zoe'), ['b']);
    assert.deepEqual(ids('ndiaye'), ['c']);
    assert.deepEqual(ids('40107919'), ['b']);
  });
  test('RS-SITES the state label as shown, when labels are given', () => {
    const labels = { state: (s: string) => ({ armed: 'Activé', partial: 'Partiel', disarmed: 'Désactivé' })[s]! };
    const list = [site({ id: 'x', name: 'X', state: 'partial' }), site({ id: 'y', name: 'Y' })];
    assert.deepEqual(
      filterSites(list, { query: 'partiel' }, NOW, [], labels).map((s) => s.id),
      ['x'],
    );
  });
});

describe('RS-SITES location: postal code prefix or city', () => {
  const sites = [
    site({ id: 'lyon', name: 'A', address: { street: 'x', postalCode: '69007', city: 'Lyon' } }),
    site({ id: 'ste', name: 'B', address: { street: 'x', postalCode: '42000', city: 'Saint-Étienne' } }),
    site({ id: 'ev', name: 'C', address: { street: 'x', postalCode: '27000', city: 'Évreux' } }),
  ];
  const ids = (q: string) => filterSites(sites, { location: q }, NOW).map((s) => s.id);
  test('RS-SITES a department (the start of the postal code), not a digit inside it', () => {
    assert.deepEqual(ids('69'), ['lyon']);
    assert.deepEqual(ids('007'), []);
    assert.deepEqual(ids('27000'), ['ev']);
  });
  test('RS-SITES a city, accents ignored', () => {
    assert.deepEqual(ids('etienne'), ['ste']);
    assert.deepEqual(ids('EVREUX'), ['ev']);
    assert.deepEqual(ids('saint-etienne'), ['ste']);
  });
});

describe('RS-SITES French order', () => {
  test('RS-SITES by the name shown (the nickname first), accents and case ignored, numbers by value', () => {
    const list = [
      site({ id: '1', name: 'Zèbre' }),
      site({ id: '2', name: 'école' }),
      site({ id: '3', name: 'Agence 10' }),
      site({ id: '4', name: 'Agence 9' }),
      site({ id: '5', name: 'Zinc', nickname: 'Élan' }),
    ];
    assert.deepEqual(sortSites(list, { column: 'name', direction: 'ascending' }).map(siteTitle), [
      'Agence 9',
      'Agence 10',
      'école',
      'Élan',
      'Zèbre',
    ]);
  });
  test('RS-SITES test mode: the soonest end first, then the sites not in test mode', () => {
    const list = [
      site({ id: '1', name: 'a' }),
      site({ id: '2', name: 'b', testModeUntil: at(NOW + 9e5) }),
      site({ id: '3', name: 'c', testModeUntil: at(NOW + 1e5) }),
    ];
    assert.deepEqual(
      sortSites(list, { column: 'testMode', direction: 'ascending' }).map((s) => s.id),
      ['3', '2', '1'],
    );
  });
});

describe('RS-SITES grouping by ID & PIN link', () => {
  test('RS-SITES a site reached through two links appears once, in the group of both, after the group of its first link', () => {
    const list = [
      site({ id: 'a', name: 'A', linkIds: ['l2'] }),
      site({ id: 'b', name: 'B', linkIds: ['l2', 'l1'] }),
      site({ id: 'c', name: 'C', linkIds: ['l1'] }),
      site({ id: 'd', name: 'D', linkIds: ['l3'] }),
    ];
    const { groups, groupOf } = siteGroups(list, LINKS);
    assert.deepEqual(
      groups.map((g) => g.identifiers),
      [['40100000'], ['40100000', '40107919'], ['40107919'], ['40115838']],
    );
    assert.deepEqual([...groupOf], [2, 1, 0, 3]);
    const index = buildSiteIndex(list, LINKS);
    const view = viewSites(index, {}, NOW);
    assert.equal(view.count, 4);
    assert.deepEqual(
      [...view.rows].map((r) => (isSiteGroupRow(r) ? `#${r - SITE_GROUP_ROW}` : list[r]!.id)),
      ['#0', 'c', '#1', 'b', '#2', 'a', '#3', 'd'],
    );
  });
  test('RS-SITES an empty group gets no heading; ungrouped views have none', () => {
    const list = [site({ id: 'a', name: 'A', linkIds: ['l1'] }), site({ id: 'b', name: 'Bé', linkIds: ['l2'] })];
    const index = buildSiteIndex(list, LINKS);
    assert.deepEqual([...viewSites(index, { query: 'be' }, NOW).rows], [SITE_GROUP_ROW + 1, 1]);
    assert.deepEqual([...viewSites(index, { query: 'be' }, NOW).groupSizes!], [0, 1], 'each group’s count of matching sites');
    assert.deepEqual([...viewSites(index, { grouped: false }, NOW).rows], [0, 1]);
  });
  test('RS-IDPIN a new nickname: the index finds it and sorts by it', () => {
    const list = [site({ id: 'a', name: 'Alpha' }), site({ id: 'b', name: 'Bravo' })];
    const index = buildSiteIndex(list, LINKS);
    assert.deepEqual([...viewSites(index, { grouped: false }, NOW).rows], [0, 1]);
    updateSite(index, { ...list[1]!, nickname: 'Aaa dépôt' });
    assert.deepEqual([...viewSites(index, { grouped: false }, NOW).rows], [1, 0]);
    assert.deepEqual([...viewSites(index, { grouped: false, query: 'depot' }, NOW).rows], [1]);
  });
});

// ── Properties ─────────────────────────────────────────────────────────────────────────────────

const WORDS = [
  'Entrepôt',
  'entrepot',
  'École',
  'ecole',
  'Zoé',
  'Œuvre',
  'Agence 9',
  'Agence 10',
  'Lyon',
  'Évreux',
  'Dépôt',
  'depot',
  'Cœur',
  'N’Diaye',
  'Å',
  'a',
  'B',
];
const CITIES = [
  ['Lyon', '69007'],
  ['Saint-Étienne', '42000'],
  ['Évreux', '27000'],
  ['Paris', '75011'],
] as const;
const arbSite = (i: number) =>
  fc
    .record({
      name: fc.constantFrom(...WORDS),
      nickname: fc.option(fc.constantFrom(...WORDS), { nil: null }),
      city: fc.constantFrom(...CITIES),
      links: fc.subarray(['l1', 'l2', 'l3'], { minLength: 1 }),
      state: fc.constantFrom(...SYSTEM_STATES),
      test: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
      open: fc.integer({ min: 0, max: 3 }),
    })
    .map((r): Site => ({
      id: `p${String(i).padStart(3, '0')}`,
      name: r.name,
      nickname: r.nickname,
      address: { street: '2 rue des Écoles', postalCode: r.city[1], city: r.city[0] },
      linkIds: r.links,
      state: r.state,
      testModeUntil: r.test === null ? null : at(NOW + r.test * 60_000),
      openAlarms: r.open,
    }));
const arbSites = fc
  .integer({ min: 0, max: 30 })
  .chain((n) => (n === 0 ? fc.constant([] as Site[]) : fc.tuple(...Array.from({ length: n }, (_, i) => arbSite(i)))));
const arbSort = fc.record({ column: fc.constantFrom(...SITE_SORT_COLUMNS), direction: fc.constantFrom(...SITE_SORT_DIRECTIONS) });
const arbFilters = fc.record({
  query: fc.constantFrom('', 'entrepot', 'ÉCOLE', 'zoe', 'oeuvre', '4010', 'agence 1', 'é'),
  location: fc.constantFrom('', '69', 'etienne', 'EVREUX', '7', 'paris 75'),
  testMode: fc.constantFrom(...SITE_TEST_MODE_FILTERS),
});

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

describe('RS-SITES properties (fast-check)', () => {
  test('RS-SITES filter ⊆ input, in the input order', () => {
    fc.assert(
      fc.property(arbSites, arbFilters, (sites, filters) => {
        const out = filterSites(sites, filters, NOW, LINKS);
        let k = 0;
        for (const s of out) {
          while (k < sites.length && sites[k] !== s) k++;
          assert.ok(k < sites.length, 'a kept site comes from the input, in order');
          k++;
        }
      }),
    );
  });
  test('RS-SITES search ignores accents and case: a query and its folded form keep the same sites', () => {
    const fold = (q: string) => q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(
      fc.property(arbSites, fc.constantFrom('Entrepôt', 'ÉCOLE', 'Zoé', 'Dépôt', 'Évreux'), (sites, q) => {
        assert.deepEqual(filterSites(sites, { query: q }, NOW, LINKS), filterSites(sites, { query: fold(q) }, NOW, LINKS));
        assert.deepEqual(filterSites(sites, { query: q }, NOW, LINKS), filterSites(sites, { query: q.toUpperCase() }, NOW, LINKS));
      }),
    );
  });
  test('RS-SITES sort is a permutation, ordered (names as Intl.Collator fr orders them), and stable', () => {
    fc.assert(
      fc.property(arbSites, arbSort, (sites, sort: SiteSort) => {
        const out = sortSites(sites, sort);
        assert.deepEqual(
          [...out].sort((a, b) => a.id.localeCompare(b.id)),
          [...sites].sort((a, b) => a.id.localeCompare(b.id)),
        );
        for (let i = 1; i < out.length; i++) {
          const [a, b] = [out[i - 1]!, out[i]!];
          if (sort.column === 'name') {
            const c = collator.compare(siteTitle(a), siteTitle(b));
            assert.ok(sort.direction === 'ascending' ? c <= 0 : c >= 0, `${siteTitle(a)} before ${siteTitle(b)}`);
            // Stable: equal names keep the input order.
            if (c === 0) assert.ok(sites.indexOf(a) < sites.indexOf(b));
          }
        }
      }),
    );
  });
  test('RS-SITES the index answers what the references answer (filter, then sort over the base order, then groups)', () => {
    fc.assert(
      fc.property(arbSites, arbFilters, arbSort, fc.boolean(), fc.boolean(), (sites, filters, sort: SiteSort, grouped, prepared) => {
        const index = buildSiteIndex(sites, LINKS);
        if (prepared) prepareSiteIndex(index);
        const base = [...sites].sort((a, b) => collator.compare(siteTitle(a), siteTitle(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const expected = sortSites(filterSites(base, filters, NOW, LINKS), sort);
        const view = viewSites(index, { ...filters, sort, grouped }, NOW);
        assert.equal(view.count, expected.length);
        const shown = [...view.rows].filter((r) => !isSiteGroupRow(r)).map((r) => sites[r]!.id);
        if (!grouped)
          assert.deepEqual(
            shown,
            expected.map((s) => s.id),
          );
        else {
          // Grouped: the same sites, each group's in the sort's order, each under its own heading once.
          const { groupOf } = siteGroups(sites, LINKS);
          const byId = new Map(sites.map((s, i) => [s.id, groupOf[i]!]));
          const regrouped = [...expected].sort((a, b) => byId.get(a.id)! - byId.get(b.id)!).map((s) => s.id);
          assert.deepEqual(shown, regrouped);
          let current = -1;
          const seen = new Set<number>();
          for (const r of view.rows) {
            if (isSiteGroupRow(r)) {
              assert.ok(!seen.has(r - SITE_GROUP_ROW));
              seen.add((current = r - SITE_GROUP_ROW));
            } else assert.equal(groupOf[r], current);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
