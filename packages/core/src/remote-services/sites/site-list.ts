/**
 * RS-SITES — the rules of the site list (seed 000, « Sites »: « Rechercher et vérifier les sites »,
 * « Trier et filtrer : filtre par site, emplacement ou mode de test (activé/désactivé) », « Passer
 * d'un site à l'autre en cliquant sur ID & PIN »). Pure: no DOM, time only from `now`.
 *
 * - **Search** (the « site » filter): every token of the query, folded as both lists fold text (core's shared list index, `shared/list-index.ts`)
 *   (case, accents, ligatures and apostrophes ignored: `foldListText`), must be found in the
 *   site's name, nickname, address, postal code, city, state label or the identifier of one of its
 *   ID & PIN links.
 * - **Location**: every token must be the start of the postal code (digits: « 69 » is the Rhône)
 *   or be found in the city, folded (« etienne » finds Saint-Étienne).
 * - **Test mode**: `on` keeps the sites whose test mode ends after `now`, `off` the others; at the
 *   very instant of its end a site is off (RS-OVERVIEW: the mode is off at its end).
 * - **Sort**: French order (`Intl.Collator('fr', { sensitivity: 'base', numeric: true })`, through
 *   the shared list index's collation keys, which its tests check against the collator). The name
 *   column sorts by the name shown (the nickname when there is one). Rows with equal values keep the
 *   base order (name shown, then id), in both directions.
 * - **Grouping by ID & PIN** (RS-SITES « sites linked through several ID & PIN pairs appear
 *   together »): a site appears exactly once, in the group of the links it comes through. A site
 *   reached through one pair is in that pair's group; a site reached through several pairs is in
 *   the group of those pairs together (« ID 40100000 · ID 40107919 »), placed right after the group
 *   of its first pair. So nothing is listed twice (counts add up, the selected site is one row), and
 *   the sites shared by two pairs show together, under both identifiers.
 */
import {
  IdColumn,
  ListColumn,
  NO_VALUE,
  descendingTable,
  foldListText,
  listSortKey,
  sortByBuckets,
  tokenizeListQuery,
} from '../../shared/list-index.js';
import type { IdPinLink, Site, SystemState } from '../schemas.js';
import { SYSTEM_STATES } from '../schemas.js';

/** RS-SITES: the columns the list sorts by. */
export const SITE_SORT_COLUMNS = ['name', 'location', 'state', 'testMode', 'openAlarms'] as const;
export type SiteSortColumn = (typeof SITE_SORT_COLUMNS)[number];

export const SITE_SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SiteSortDirection = (typeof SITE_SORT_DIRECTIONS)[number];

export interface SiteSort {
  readonly column: SiteSortColumn;
  readonly direction: SiteSortDirection;
}

/** RS-SITES: the test-mode filter (« mode de test activé / désactivé »). */
export const SITE_TEST_MODE_FILTERS = ['all', 'on', 'off'] as const;
export type SiteTestModeFilter = (typeof SITE_TEST_MODE_FILTERS)[number];

/** What the list shows: the search (site), the location, the test mode. */
export interface SiteFilters {
  readonly query?: string;
  readonly location?: string;
  readonly testMode?: SiteTestModeFilter;
}

/** The labels search matches as shown (the state, in the current locale). */
export interface SiteLabels {
  readonly state: (state: SystemState) => string;
}

/** RS-SITES / RS-OVERVIEW: the site is in test mode at `now` (its end is strictly later). */
export function siteTestModeOn(site: Pick<Site, 'testModeUntil'>, now: number): boolean {
  return site.testModeUntil !== null && Date.parse(site.testModeUntil) > now;
}

/** The name the list shows first: the user's nickname (RS-IDPIN), or the site's name. */
export const siteTitle = (site: Pick<Site, 'name' | 'nickname'>): string => site.nickname ?? site.name;

const DIGITS = /^\d+$/;

/** The folded text the search looks in (links: the identifiers of the site's pairs). */
export function siteHaystack(site: Site, identifiers: readonly string[], labels?: SiteLabels): string {
  const a = site.address;
  return foldListText(
    [site.name, site.nickname ?? '', a.street, a.postalCode, a.city, labels ? labels.state(site.state) : '', ...identifiers].join('\n'),
  );
}

/** RS-SITES: the location filter (see the module's doc). Tokens are folded and split as the search's. */
export function siteMatchesLocation(
  site: Pick<Site, 'address'>,
  tokens: readonly string[],
  foldedCity = foldListText(site.address.city),
): boolean {
  for (const token of tokens) {
    if (DIGITS.test(token) ? !site.address.postalCode.startsWith(token) : !foldedCity.includes(token)) return false;
  }
  return true;
}

/** The sort key of a site for a column: compared with `<` (strings: collation keys; numbers). */
export function siteSortKey(site: Site, column: SiteSortColumn): string | number {
  switch (column) {
    case 'name':
      return listSortKey(siteTitle(site));
    case 'location':
      return `${listSortKey(site.address.city)}\u0000${site.address.postalCode}\u0000${listSortKey(site.address.street)}`;
    case 'state':
      return SYSTEM_STATES.indexOf(site.state);
    case 'testMode':
      // In test mode first, the soonest end first; then every site not in test mode.
      return site.testModeUntil === null ? Number.POSITIVE_INFINITY : Date.parse(site.testModeUntil);
    case 'openAlarms':
      return site.openAlarms;
  }
}

const compareKeys = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * RS-SITES, the reference sort: a stable sort by the column (ties keep the order of `sites`).
 * Descending reverses the column's order only: ties still keep the order of `sites`.
 */
export function sortSites<T extends Site>(sites: readonly T[], sort: SiteSort): T[] {
  const sign = sort.direction === 'descending' ? -1 : 1;
  const keyed = sites.map((site) => ({ site, key: siteSortKey(site, sort.column) }));
  keyed.sort((a, b) => sign * compareKeys(a.key, b.key));
  return keyed.map((k) => k.site);
}

/** RS-SITES, the reference filter: the sites of `sites` (same order) that every filter keeps at `now`. */
export function filterSites<T extends Site>(
  sites: readonly T[],
  filters: SiteFilters,
  now: number,
  links: readonly IdPinLink[] = [],
  labels?: SiteLabels,
): T[] {
  const tokens = tokenizeListQuery(filters.query ?? '');
  const place = tokenizeListQuery(filters.location ?? '');
  const mode = filters.testMode ?? 'all';
  const identifiers = new Map(links.map((l) => [l.id, l.identifier]));
  return sites.filter((site) => {
    if (mode !== 'all' && siteTestModeOn(site, now) !== (mode === 'on')) return false;
    if (place.length && !siteMatchesLocation(site, place)) return false;
    if (!tokens.length) return true;
    const hay = siteHaystack(
      site,
      site.linkIds.flatMap((id) => identifiers.get(id) ?? []),
      labels,
    );
    return tokens.every((t) => hay.includes(t));
  });
}

/** A group of the list: the ID & PIN links its sites come through (one, or several together). */
export interface SiteGroup {
  /** The links' ids, in the order of the user's links. */
  readonly linkIds: readonly string[];
  /** Their identifiers (as printed on the invitations), same order. */
  readonly identifiers: readonly string[];
}

/**
 * RS-SITES: the groups of the list, in their order (see the module's doc), and which group each
 * site belongs to (by index of `sites`). A link the site names but the user no longer has is left
 * out; a site with no known link is in a last group without identifiers.
 */
export function siteGroups(
  sites: readonly Pick<Site, 'linkIds'>[],
  links: readonly IdPinLink[],
): { readonly groups: SiteGroup[]; readonly groupOf: Uint32Array } {
  const rank = new Map(links.map((l, i) => [l.id, i]));
  const found = new Map<string, { ranks: number[]; at: number }>();
  const keys: string[] = [];
  for (const site of sites) {
    const one = site.linkIds.length === 1 ? rank.get(site.linkIds[0]!) : undefined;
    const ranks =
      one !== undefined ? [one] : [...new Set(site.linkIds.flatMap((id) => (rank.has(id) ? [rank.get(id)!] : [])))].sort((a, b) => a - b);
    const key = one !== undefined ? String(one) : ranks.join(',');
    keys.push(key);
    if (!found.has(key)) found.set(key, { ranks, at: found.size });
  }
  // Groups by their first link; for one first link, the link alone first, then with others; no link last.
  const ordered = [...found.entries()].sort(([, a], [, b]) => {
    if (!a.ranks.length || !b.ranks.length) return a.ranks.length ? -1 : b.ranks.length ? 1 : 0;
    for (let i = 0; i < Math.min(a.ranks.length, b.ranks.length); i++) if (a.ranks[i] !== b.ranks[i]) return a.ranks[i]! - b.ranks[i]!;
    return a.ranks.length - b.ranks.length;
  });
  const indexOf = new Map(ordered.map(([key], i) => [key, i]));
  const groups = ordered.map(([, g]) => ({
    linkIds: g.ranks.map((r) => links[r]!.id),
    identifiers: g.ranks.map((r) => links[r]!.identifier),
  }));
  const groupOf = Uint32Array.from(keys, (k) => indexOf.get(k)!);
  return { groups, groupOf };
}

// ── The index: the same answers as the references above, fast at 50,000 sites ─────────────────

/** Rows of a grouped view at and above this number are group headings: `SITE_GROUP_ROW + group index`. */
export const SITE_GROUP_ROW = 0x8000_0000;

export const isSiteGroupRow = (row: number): boolean => row >= SITE_GROUP_ROW;

export interface SiteIndex {
  readonly sites: Site[];
  readonly links: readonly IdPinLink[];
  labels?: SiteLabels;
  /** Position of each site id. */
  readonly positions: Map<string, number>;
  /** Folded search text per position, made when first needed (or in idle time). */
  haystacks: (string | undefined)[];
  /** Folded city per position. */
  cities: (string | undefined)[];
  /** Folded text of each distinct value (names, streets, towns repeat a lot). */
  readonly folds: Map<string, string>;
  /** Each column's ranks (the shared list index's columns, filled on first use), and the orders made from them since the last change. */
  readonly columns: Readonly<Record<SiteSortColumn, ListColumn<Site, string | number>>>;
  readonly orders: Map<string, Uint32Array>;
  groups: SiteGroup[];
  groupOf: Uint32Array;
}

/** The sort key of each column, compared with `<` (see {@link siteSortKey}); `null` (no test mode) sorts last, first when descending. */
const siteColumns = (): SiteIndex['columns'] => ({
  name: new ListColumn<Site, string | number>(siteTitle, (t) => listSortKey(t as string)),
  location: new ListColumn<Site, string | number>(
    (s) => `${s.address.city}\u0000${s.address.postalCode}\u0000${s.address.street}`,
    (l) => {
      const [city, postalCode, street] = (l as string).split('\u0000');
      return `${listSortKey(city!)}\u0000${postalCode}\u0000${listSortKey(street!)}`;
    },
  ),
  state: new ListColumn<Site, string | number>(
    (s) => SYSTEM_STATES.indexOf(s.state),
    (i) => i,
  ),
  testMode: new ListColumn<Site, string | number>(
    (s) => s.testModeUntil,
    (t) => Date.parse(t as string),
  ),
  openAlarms: new ListColumn<Site, string | number>(
    (s) => s.openAlarms,
    (n) => n,
  ),
});

/** Builds the index of the list over `sites` (kept as given: positions are their indexes) and the user's links. */
export function buildSiteIndex(sites: readonly Site[], links: readonly IdPinLink[], labels?: SiteLabels): SiteIndex {
  const list = [...sites];
  const { groups, groupOf } = siteGroups(list, links);
  return {
    sites: list,
    links,
    labels,
    positions: new Map(list.map((s, i) => [s.id, i])),
    haystacks: new Array(list.length),
    cities: new Array(list.length),
    folds: new Map(),
    columns: siteColumns(),
    orders: new Map(),
    groups,
    groupOf,
  };
}

/** `foldListText`, once per distinct text. */
function foldOf(index: SiteIndex, text: string): string {
  let f = index.folds.get(text);
  if (f === undefined) index.folds.set(text, (f = foldListText(text)));
  return f;
}

/** New labels (another locale): search reads the state as now shown. */
export function setSiteLabels(index: SiteIndex, labels: SiteLabels): void {
  index.labels = labels;
  index.haystacks = new Array(index.sites.length);
}

/** A site as the server now has it (a nickname, a state): the index follows, its groups too. Returns false when unknown. */
export function updateSite(index: SiteIndex, site: Site): boolean {
  const position = index.positions.get(site.id);
  if (position === undefined) return false;
  const before = index.sites[position]!;
  index.sites[position] = site;
  index.haystacks[position] = undefined;
  index.cities[position] = undefined;
  for (const column of Object.values(index.columns)) column.write(position, site);
  index.orders.clear();
  if (before.linkIds.join() !== site.linkIds.join()) Object.assign(index, siteGroups(index.sites, index.links));
  return true;
}

export const siteAt = (index: SiteIndex, position: number): Site | undefined => index.sites[position];
export const sitePositionOf = (index: SiteIndex, id: string): number | undefined => index.positions.get(id);

/**
 * The same text as {@link siteHaystack}, each field folded once per distinct value (folding works
 * character by character, so the folded fields joined are the joined fields folded).
 */
function haystackAt(index: SiteIndex, position: number): string {
  let hay = index.haystacks[position];
  if (hay === undefined) {
    const site = index.sites[position]!;
    const a = site.address;
    const parts = [
      foldOf(index, site.name),
      site.nickname ? foldOf(index, site.nickname) : '',
      foldOf(index, a.street),
      foldOf(index, a.postalCode),
      foldOf(index, a.city),
      index.labels ? foldOf(index, index.labels.state(site.state)) : '',
    ];
    for (const id of site.linkIds) {
      const identifier = index.links.find((l) => l.id === id)?.identifier;
      if (identifier !== undefined) parts.push(foldOf(index, identifier));
    }
    index.haystacks[position] = hay = parts.join('\n');
  }
  return hay;
}

function cityAt(index: SiteIndex, position: number): string {
  return (index.cities[position] ??= foldOf(index, index.sites[position]!.address.city));
}

/**
 * The positions in a column's order: the shared list index's counting sort of the base order (name
 * shown, then id) by the column's ranks, stable; descending reverses the column only.
 */
export function siteOrder(index: SiteIndex, sort: SiteSort): Uint32Array {
  const name = `${sort.column} ${sort.direction}`;
  let order = index.orders.get(name);
  if (!order) {
    const { sites, columns } = index;
    const sortBy = (positions: Uint32Array, column: ListColumn<Site, string | number>, descending?: boolean) => {
      const keyIds = column.ensure(sites, sites.length);
      const table = column.ascendingTable();
      return descending
        ? sortByBuckets(positions, keyIds, descendingTable(table), table[NO_VALUE]!)
        : sortByBuckets(positions, keyIds, table);
    };
    let base = index.orders.get('base');
    if (!base) {
      const ids = new IdColumn().ensure(sites);
      index.orders.set(
        'base',
        (base = sortBy(
          sortByBuckets(
            Uint32Array.from(sites, (_, i) => i),
            ids.keyIds,
            ids.table,
          ),
          columns.name,
        )),
      );
    }
    order = sortBy(base, columns[sort.column], sort.direction === 'descending');
    index.orders.set(name, order);
  }
  return order;
}

/**
 * Prepares what search and sort need (each site's search text, every order), a slice at a time:
 * call again until it answers true (a widget calls it in idle time after its first paint).
 */
export function prepareSiteIndex(index: SiteIndex, shouldStop: () => boolean = () => false): boolean {
  const n = index.sites.length;
  for (let i = 0; i < n; i++) {
    if (index.haystacks[i] === undefined) {
      haystackAt(index, i);
      cityAt(index, i);
      if ((i & 255) === 0 && shouldStop()) return false;
    }
  }
  // Every column ascending first (a header's first click), then the descending ones (O(n) each).
  for (const direction of SITE_SORT_DIRECTIONS) {
    for (const column of SITE_SORT_COLUMNS) {
      if (index.orders.has(`${column} ${direction}`)) continue;
      siteOrder(index, { column, direction });
      if (shouldStop()) return false;
    }
  }
  return true;
}

/** What {@link viewSites} answers: the rows to show in order, and how many sites match. */
export interface SiteView {
  /** Positions of sites, and (grouped) `SITE_GROUP_ROW + g` before each group's sites. */
  readonly rows: Uint32Array;
  /** How many sites match (headings not counted). */
  readonly count: number;
  /** Grouped: how many of them each group holds, by group index (for « 12 sites »). */
  readonly groupSizes?: Uint32Array;
}

export interface SiteViewQuery extends SiteFilters {
  readonly sort?: SiteSort;
  /** Grouped by ID & PIN links (default true). */
  readonly grouped?: boolean;
}

const DEFAULT_SORT: SiteSort = { column: 'name', direction: 'ascending' };

/** RS-SITES: the rows of the list for a search, filters, sort and grouping, at `now`. */
export function viewSites(index: SiteIndex, query: SiteViewQuery, now: number): SiteView {
  const order = siteOrder(index, query.sort ?? DEFAULT_SORT);
  const tokens = tokenizeListQuery(query.query ?? '');
  const place = tokenizeListQuery(query.location ?? '');
  const mode = query.testMode ?? 'all';
  const sites = index.sites;
  const matches = new Uint32Array(order.length);
  let count = 0;
  for (let k = 0; k < order.length; k++) {
    const p = order[k]!;
    const site = sites[p]!;
    if (mode !== 'all' && siteTestModeOn(site, now) !== (mode === 'on')) continue;
    if (place.length && !siteMatchesLocation(site, place, cityAt(index, p))) continue;
    if (tokens.length) {
      const hay = haystackAt(index, p);
      let all = true;
      for (const t of tokens) {
        if (!hay.includes(t)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    matches[count++] = p;
  }
  if (query.grouped === false) return { rows: matches.slice(0, count), count };
  // Grouped: a stable counting sort of the matches by group, a heading before each non-empty group.
  const groupCount = index.groups.length;
  const sizes = new Uint32Array(groupCount);
  for (let k = 0; k < count; k++) sizes[index.groupOf[matches[k]!]!]!++;
  const starts = new Uint32Array(groupCount);
  let at = 0;
  for (let g = 0; g < groupCount; g++) {
    if (sizes[g] === 0) continue;
    starts[g] = at + 1;
    at += sizes[g]! + 1;
  }
  const rows = new Uint32Array(at);
  for (let g = 0; g < groupCount; g++) if (sizes[g]) rows[starts[g]! - 1] = SITE_GROUP_ROW + g;
  for (let k = 0; k < count; k++) {
    const p = matches[k]!;
    const g = index.groupOf[p]!;
    rows[starts[g]!++] = p;
  }
  return { rows, count, groupSizes: sizes };
}

/** How many sites the group of a heading row holds in a view (for « 12 sites »; a grouped view has them: `groupSizes`). */
export function siteGroupSizes(index: SiteIndex, view: SiteView): Uint32Array {
  if (view.groupSizes) return view.groupSizes;
  const sizes = new Uint32Array(index.groups.length);
  for (const row of view.rows) if (!isSiteGroupRow(row)) sizes[index.groupOf[row]!]!++;
  return sizes;
}
