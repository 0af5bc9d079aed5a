/**
 * PP-ROSTER — the data engine of `<passport-roster>` (seed 004, « Salariés inscrits de
 * l'entreprise »): search (« Rechercher un salarié… ») and sort on every column, fluid at
 * 100,000 employees. Pure: no DOM, no timer, no I/O.
 *
 * The index is built once over the rows, grows as pages arrive ({@link appendRosterRows}) and
 * follows one-row changes in place ({@link updateRosterRow} for an edit or an unblock,
 * {@link deleteRosterRow}). {@link viewRoster} answers the positions to show, in display order.
 *
 * How it stays fast (measured by `bench/roster-data.mjs`):
 * - The first view costs only what it shows: building keeps the rows and their fixed-value keys,
 *   and the first sort ranks the names it needs. What search needs (each row's folded text) and
 *   the lookup by id are made when first needed, or beforehand, a slice at a time, by
 *   {@link prepareRosterIndex} (a widget calls it in idle time after its first paint). Either way
 *   every answer is the same.
 * - Search: each row is folded once into one haystack string (first name, last name, e-mail);
 *   the profile and state labels have only 8 + 2 values, so a token is tested once against each
 *   label and a row looks its label up in a bit mask. When the query extends the previous one
 *   (typing one more letter), only the previous matches are filtered.
 * - Sort: each column gets, on its first use, a rank per distinct value (its values' collation
 *   keys are sorted once, never with `Intl.Collator` per comparison). The tie order (last name,
 *   first name, id) is a radix sort of those ranks; a column sort is then one stable counting sort
 *   of the tie order by the column's ranks, O(rows + distinct values), typed arrays only.
 * - Filtering walks the sorted order and keeps the matches, so it never sorts again.
 *
 * Rows keep their position (their index in arrival order) for the life of the index: a deleted
 * row leaves a hole, so positions held by the caller never shift.
 *
 * The folding, the collation keys and the column sorts are core's shared list index
 * (`shared/list-index.ts`), which `<site-list>` (RS-SITES) sorts and searches with too; what is the
 * roster's (its rows, profiles, states, search by label masks, the start of the default view) is here.
 */
import { FOLDED_ASCII, IdColumn, ListColumn, NO_VALUE, descendingTable, foldListText, grown, labelTable, listSortKey, refines, sortByBuckets, tokenizeListQuery } from '../shared/list-index.js';
import { EMPLOYEE_STATES, type EmployeeState } from './blocking.js';
import { PROFILE_IDS, type ProfileId } from './profile.js';
import { ROSTER_EXPIRY_STATUSES, expiryWarningEnd, rosterStatus, type RosterExpiryStatus, type RosterStatus, type RosterStatusCounts } from './roster-status.js';

// ── The row contract ─────────────────────────────────────────────────────────────────────────

/**
 * PP-ROSTER: what the roster reads of an employee. Structural, so the API's `Employee` (and any
 * richer row type) is accepted as it is.
 */
export interface RosterRow {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  readonly profile: ProfileId;
  /** Link « Voir le passeport »; `null` = no passport yet (« - »). */
  readonly passportUrl: string | null;
  /** « Actif » / « Bloqué »; `null` = not started (« - »). */
  readonly state: EmployeeState | null;
  /** Expiry of the awareness, `YYYY-MM-DD`; `null` = none (« - »). */
  readonly expiresOn: string | null;
  readonly version: number;
}

/**
 * The labels the roster displays for a profile and a state, in the current locale. Search
 * matches them as shown; the profile and state columns sort by them.
 */
export interface RosterLabels {
  readonly profile: (profile: ProfileId) => string;
  readonly state: (state: EmployeeState) => string;
  /**
   * « Expiré » / « Expire bientôt » (PP-ROSTER, `roster-status.ts`): what the state column shows of
   * an active account whose awareness expired or expires soon, once the index knows today
   * ({@link setRosterToday}). Without it, such rows read as « Actif ».
   */
  readonly expiry?: (status: RosterExpiryStatus) => string;
}

/** PP-ROSTER: every sortable column, in the roster's column order (« Actions » does not sort). */
export const ROSTER_SORT_COLUMNS = ['firstName', 'lastName', 'profile', 'passport', 'state', 'expiresOn'] as const;
export type RosterSortColumn = (typeof ROSTER_SORT_COLUMNS)[number];

/** Sort directions, named as `aria-sort` names them. */
export const ROSTER_SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type RosterSortDirection = (typeof ROSTER_SORT_DIRECTIONS)[number];

/**
 * A sort. Names and labels sort in French order (accents and case ignored, digits by value), dates
 * by date. « - » (no passport, not started, no expiry) is a value of its column, after every other
 * one: last when ascending, first when descending. Descending is exactly ascending reversed for
 * rows with different values (issue 8, point 16: « Passeport sécurité », whose only values are
 * « Voir le passeport » and « - », gave the same order both ways when « - » stayed last); rows with
 * equal values are ordered by last name, first name, then id (as plain text: ids are never shown),
 * always ascending, in both directions.
 */
export interface RosterSort {
  readonly column: RosterSortColumn;
  readonly direction: RosterSortDirection;
}

/** What to show: the search text as typed, the sort (none = arrival order), and the state filter (none = every state). */
export interface RosterQuery {
  readonly query?: string;
  readonly sort?: RosterSort;
  /** PP-ROSTER: only the rows in this state today (`roster-status.ts`; needs {@link setRosterToday} for the expiry states). */
  readonly status?: RosterStatus;
}

// ── Folding text and sort columns: the shared list index ─────────────────────────────────────

/**
 * Folding, collation keys and column sorts are core's shared list index (`shared/list-index.ts`),
 * which `<site-list>` uses too; the roster's names for them stay exported from here.
 */
export {
  LIST_COLLATION_PUNCTUATION as ROSTER_COLLATION_PUNCTUATION,
  LIST_LETTER_FOLDS as ROSTER_LETTER_FOLDS,
  foldListText as normalizeRosterText,
  listSortKey as rosterSortKey,
  tokenizeListQuery as tokenizeRosterQuery,
} from '../shared/list-index.js';

// ── Search ───────────────────────────────────────────────────────────────────────────────────

/** One search token, with the label values it matches as bit masks over their key ids. */
interface SearchToken {
  readonly text: string;
  readonly profiles: number;
  readonly states: number;
}

/** Every profile key id (1…8) set: such a token matches every row. */
const ALL_PROFILES = ((1 << PROFILE_IDS.length) - 1) << 1;


// ── The index ────────────────────────────────────────────────────────────────────────────────

/**
 * PP-ROSTER: a prebuilt search-and-sort index over the roster's rows. Opaque beyond its two counts
 * (« 12 salariés sur 100 000 »): read it through {@link viewRoster}, {@link rosterRowAt},
 * {@link rosterPositionOf}; change it through {@link appendRosterRows}, {@link updateRosterRow},
 * {@link deleteRosterRow}, {@link setRosterLabels}.
 */
export interface RosterIndex<Row extends RosterRow = RosterRow> {
  /** Live rows (deleted ones excluded). */
  readonly total: number;
  /** Rows shown by the last {@link viewRoster} (every live row before the first view). */
  readonly matches: number;
  /** Type anchor for the row type (so {@link rosterRowAt} answers the caller's row type); never set. */
  readonly [ROW_TYPE]?: Row;
}

declare const ROW_TYPE: unique symbol;

const PROFILE_KEY: ReadonlyMap<string, number> = new Map(PROFILE_IDS.map((id, i) => [id, i + 1]));
/**
 * The state column holds the state shown today (`roster-status.ts`): a key id per labelled state
 * (active, blocked, expired, expiring), « not started » being no value. Its labels, search and
 * sort follow what the cell shows, so « expiré » finds the expired rows and they sort as « Expiré ».
 */
const LABELLED_STATUSES = [...EMPLOYEE_STATES, ...ROSTER_EXPIRY_STATUSES] as const;
const STATUS_KEY = Object.fromEntries([['not-started', NO_VALUE], ...LABELLED_STATUSES.map((status, i) => [status, i + 1])]) as Readonly<Record<RosterStatus, number>>;

/** What a search found, and whether it looked at every candidate (or stopped at its limit). */
interface SearchResult {
  readonly result: Uint32Array;
  readonly complete: boolean;
}

/** The last search, kept to refine it when the next query extends it. */
interface LastSearch {
  readonly stamp: number;
  readonly sortKey: string;
  readonly tokens: readonly string[];
  readonly result: Uint32Array;
  /** The state filter it was made with (its key id), if any: a search with another one starts afresh. */
  readonly status?: number | undefined;
}

/** Rows handled between two calls of {@link prepareRosterIndex}'s `shouldStop` (a few milliseconds of work). */
const PREPARE_SLICE = 2048;
/** The start of the default view sorts at most this many rows (or 8 per row asked); more, and the whole order is computed. */
const START_CANDIDATES = 2048;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * A text's bucket: the first two code units of its collation key (0 for a missing one), as one
 * number. Ordering buckets never contradicts ordering keys. Names starting with two ASCII letters
 * (or being one) need no key: the key starts with the same letters, lowered.
 */
function leadOf(text: string, keyOf: (text: string) => string): number {
  const a = text.charCodeAt(0);
  if (isAsciiLetter(a)) {
    if (text.length === 1) return (a | 0x20) * 0x10000;
    const b = text.charCodeAt(1);
    if (isAsciiLetter(b)) return (a | 0x20) * 0x10000 + (b | 0x20);
  }
  const key = keyOf(text);
  return (key.length > 0 ? key.charCodeAt(0) : 0) * 0x10000 + (key.length > 1 ? key.charCodeAt(1) : 0);
}

class RosterIndexState<Row extends RosterRow> implements RosterIndex<Row> {
  /** Rows by position; `undefined` once deleted. */
  readonly rows: (Row | undefined)[] = [];
  /**
   * True while every row arrived with a greater id than the one before (code-unit order), as the
   * API's pages do: no id can repeat then, so appending looks nothing up, and position order is id
   * order (the last tie-break is free).
   */
  idsAscending = true;
  /** The id of the last row appended (while `idsAscending`). */
  private lastId: string | undefined;
  /** Live positions by id, complete for positions below `mapped` (see {@link positionOf}). */
  private readonly idMap = new Map<string, number>();
  private mapped = 0;
  /** Folded first name, last name and e-mail, one line each, for positions below `searchable`. */
  readonly haystacks: string[] = [];
  searchable = 0;
  private readonly foldedNames = new Map<string, string>();
  profileKeys: Uint32Array = new Uint32Array(0);
  stateKeys: Uint32Array = new Uint32Array(0);
  /** PP-ROSTER: today and the last « Expire bientôt » date, once known (the expiry states need them). */
  today: string | undefined;
  warnUntil: string | undefined;
  /** The counts by state asked since the last change, by search (at most a few: the whole list and the search shown). */
  counts: { stamp: number; readonly bySearch: Map<string, RosterStatusCounts> } = { stamp: -1, bySearch: new Map() };
  passportKeys: Uint32Array = new Uint32Array(0);
  total = 0;
  /** Set by each view; before the first one, every live row counts as shown. */
  shown: number | undefined;

  readonly firstName = new ListColumn<RosterRow>((row) => row.firstName, listSortKey);
  readonly lastName = new ListColumn<RosterRow>((row) => row.lastName, listSortKey);
  readonly id = new IdColumn();
  /** ISO dates order as text. */
  readonly expiresOn = new ListColumn<RosterRow>((row) => row.expiresOn, (date) => date);

  /** Folded labels for search, by key id (index 0: no value, never matched). */
  profileTexts: string[] = [];
  stateTexts: string[] = [];
  profileTable: Uint32Array = new Uint32Array(0);
  stateTable: Uint32Array = new Uint32Array(0);
  /** One bucket for « Voir le passeport », « - » (no passport) after it. */
  readonly passportTable = Uint32Array.of(1, 0);

  /** Bumped by every change: a kept search or order is valid only for the stamp it was made at. */
  stamp = 0;
  /** Live positions by last name, first name, id. */
  tieOrder: Uint32Array | undefined;
  /**
   * Every order computed since the last change, by sort key (at most 13: arrival + 6 columns × 2
   * directions, 400 kB each at 100,000 rows): going back to a sort already shown costs nothing.
   */
  orders = new Map<string, Uint32Array>();
  lastSearch: LastSearch | undefined;

  constructor(labels: RosterLabels) {
    this.applyLabels(labels);
  }

  get matches(): number {
    return this.shown ?? this.total;
  }

  get length(): number {
    return this.rows.length;
  }

  applyLabels(labels: RosterLabels): void {
    const profiles = PROFILE_IDS.map((id) => labels.profile(id));
    const states = LABELLED_STATUSES.map((s) => (s === 'expired' || s === 'expiring' ? (labels.expiry?.(s) ?? labels.state('active')) : labels.state(s)));
    this.profileTexts = ['', ...profiles.map(foldListText)];
    this.stateTexts = ['', ...states.map(foldListText)];
    this.profileTable = labelTable(profiles);
    this.stateTable = labelTable(states);
  }

  /** Stores a row's own data (fixed-value keys, and its haystack once search has them) at a position. */
  writeRow(position: number, row: Row): void {
    const profile = PROFILE_KEY.get(row.profile);
    if (profile === undefined) throw new RangeError(`PP-ROSTER: unknown profile ${JSON.stringify(row.profile)} (row ${row.id})`);
    this.rows[position] = row;
    if (position < this.searchable) this.haystacks[position] = this.haystackOf(row);
    this.profileKeys[position] = profile;
    this.stateKeys[position] = this.statusKeyOf(row);
    this.passportKeys[position] = row.passportUrl === null ? NO_VALUE : 1;
  }

  /** The key id of the state a row shows today (before today is known: its account state only). */
  statusKeyOf(row: RosterRow): number {
    if (this.today === undefined) return row.state === null ? NO_VALUE : STATUS_KEY[row.state];
    return STATUS_KEY[rosterStatus(row, this.today, this.warnUntil)];
  }

  /** A new day: every row's state is rated again (expiry dates move from « Actif » to « Expire bientôt » to « Expiré »). */
  setToday(today: string): boolean {
    if (today === this.today) return false;
    this.today = today;
    this.warnUntil = expiryWarningEnd(today);
    const { rows, stateKeys } = this;
    for (let p = 0; p < rows.length; p++) {
      const row = rows[p];
      if (row) stateKeys[p] = this.statusKeyOf(row);
    }
    return true;
  }

  /** The positions of `positions` whose row is in that state (key id), in their order; kept per order until the next change. */
  withStatus(positions: Uint32Array, status: number, cacheKey?: string): Uint32Array {
    const cached = cacheKey === undefined ? undefined : this.orders.get(cacheKey);
    if (cached) return cached;
    const { stateKeys } = this;
    const out = new Uint32Array(positions.length);
    let n = 0;
    for (let i = 0; i < positions.length; i++) if (stateKeys[positions[i]!] === status) out[n++] = positions[i]!;
    const result = out.slice(0, n);
    if (cacheKey !== undefined) this.orders.set(cacheKey, result);
    return result;
  }

  /**
   * The row's search text: folded first name, last name and e-mail (its part before the @: most
   * employees share the company's domain, so « dup » must find M. Dupont, not everyone at
   * granulats-dupont.fr), one per line (a token never
   * spans two of them: tokens hold no white space). Names repeat a lot, so their fold is kept per
   * distinct value; an e-mail in lower-case ASCII is already folded. `join` makes one flat string,
   * which `includes` scans fastest (a concatenation would be flattened by the first search).
   */
  haystackOf(row: RosterRow): string {
    const local = emailLocalPart(row.email);
    const email = FOLDED_ASCII.test(local) ? local : foldListText(local);
    return [this.foldName(row.firstName), this.foldName(row.lastName), email].join('\n');
  }

  private foldName(name: string): string {
    let folded = this.foldedNames.get(name);
    if (folded === undefined) {
      folded = foldListText(name);
      this.foldedNames.set(name, folded);
    }
    return folded;
  }

  /** Adds a row after the others, or replaces the live row with its id where it is. */
  append(row: Row): void {
    if (this.idsAscending && (this.lastId === undefined || this.lastId < row.id)) {
      this.lastId = row.id;
    } else {
      this.idsAscending = false;
      const existing = this.positionOf(row.id);
      if (existing !== undefined) {
        this.update(existing, row);
        return;
      }
    }
    this.writeRow(this.rows.length, row);
    this.total++;
  }

  /** Replaces the row at a live position (same id): only that row is folded again. */
  update(position: number, row: Row): void {
    this.writeRow(position, row);
    const namesMoved = [this.firstName, this.lastName].map((column) => column.write(position, row)).includes(true);
    this.expiresOn.write(position, row);
    if (namesMoved) this.tieOrder = undefined;
    this.changed();
  }

  /** Removes the live row at a position: the position stays empty for good. */
  remove(position: number, id: string): void {
    this.idMap.delete(id);
    this.rows[position] = undefined;
    if (position < this.searchable) this.haystacks[position] = '';
    this.total--;
    const { tieOrder, orders } = this;
    this.changed();
    if (tieOrder) this.tieOrder = without(tieOrder, position);
    for (const [key, order] of orders) this.orders.set(key, without(order, position));
  }

  /** The live position of an id; completes the lookup table first (a slice of it may already be done). */
  positionOf(id: string): number | undefined {
    this.mapIds();
    return this.idMap.get(id);
  }

  /** Fills the id lookup table up to the last row, or until `shouldStop` says so (checked every slice); true when complete. */
  mapIds(shouldStop?: () => boolean): boolean {
    const { rows, idMap } = this;
    while (this.mapped < rows.length) {
      const end = Math.min(rows.length, this.mapped + PREPARE_SLICE);
      for (let p = this.mapped; p < end; p++) {
        const row = rows[p];
        if (row) idMap.set(row.id, p);
      }
      this.mapped = end;
      if (shouldStop?.()) break;
    }
    return this.mapped === rows.length;
  }

  /** Folds the rows search has not seen yet, up to the last one, or until `shouldStop` says so; true when complete. */
  fold(shouldStop?: () => boolean): boolean {
    const { rows, haystacks } = this;
    while (this.searchable < rows.length) {
      const end = Math.min(rows.length, this.searchable + PREPARE_SLICE);
      for (let p = this.searchable; p < end; p++) {
        const row = rows[p];
        haystacks[p] = row ? this.haystackOf(row) : '';
      }
      this.searchable = end;
      if (shouldStop?.()) break;
    }
    return this.searchable === rows.length;
  }

  /** Gives a text column its key ids up to the last row, a slice at a time; true when complete. */
  private fill(column: ListColumn<RosterRow>, shouldStop?: () => boolean): boolean {
    while (column.filled < this.length) {
      column.ensure(this.rows, Math.min(this.length, column.filled + PREPARE_SLICE));
      if (shouldStop?.()) break;
    }
    return column.filled >= this.length;
  }

  /** Ranks the last and first names a slice at a time, then puts the rows in tie order (the default view); true when done. */
  rankNames(shouldStop?: () => boolean): boolean {
    if (!(this.fill(this.lastName, shouldStop) && this.fill(this.firstName, shouldStop))) return false;
    this.ties();
    return true;
  }

  /** Ranks the expiry column ahead of its first sort, a slice at a time; true when complete. */
  rankExpiry(shouldStop?: () => boolean): boolean {
    return this.fill(this.expiresOn, shouldStop);
  }

  /**
   * The first `count` live positions by last name, first name, id (the default view), ranking
   * only the rows that can come first. Each last name gets a bucket: the first two code units of
   * its collation key, read straight from the text when it starts with ASCII letters (they are
   * the key's, lowered), which orders as the keys do. Counting finds the buckets that hold the
   * first `count` rows; only their rows are sorted. Undefined when those buckets hold too many
   * rows for that to pay (then the whole order is the way).
   */
  startByLastName(count: number): Uint32Array | undefined {
    const { rows } = this;
    const n = rows.length;
    const keys = new Map<string, string>();
    const keyOf = (text: string) => {
      let key = keys.get(text);
      if (key === undefined) keys.set(text, (key = listSortKey(text)));
      return key;
    };
    const leads = new Uint32Array(n);
    const high = new Uint32Array(0x10000);
    for (let p = 0; p < n; p++) {
      const row = rows[p];
      if (row === undefined) continue;
      const lead = leadOf(row.lastName, keyOf);
      leads[p] = lead;
      high[lead >>> 16]!++;
    }
    // The first code unit of the `count`-th row's bucket, then its second one.
    let first = 0;
    let before = 0;
    while (before + high[first]! < count) before += high[first++]!;
    const low = new Uint32Array(0x10000);
    for (let p = 0; p < n; p++) if (rows[p] !== undefined && leads[p]! >>> 16 === first) low[leads[p]! & 0xffff]!++;
    let second = 0;
    while (before + low[second]! < count) before += low[second++]!;
    const threshold = first * 0x10000 + second;
    const candidates: { readonly position: number; readonly last: string; readonly first: string; readonly id: string }[] = [];
    for (let p = 0; p < n; p++) {
      const row = rows[p];
      if (row === undefined || leads[p]! > threshold) continue;
      if (candidates.length > Math.max(START_CANDIDATES, count * 8)) return undefined;
      candidates.push({ position: p, last: keyOf(row.lastName), first: keyOf(row.firstName), id: row.id });
    }
    candidates.sort((a, b) => byCodeUnits(a.last, b.last) || byCodeUnits(a.first, b.first) || byCodeUnits(a.id, b.id));
    return Uint32Array.from(candidates.slice(0, count), (c) => c.position);
  }

  reserve(length: number): void {
    this.profileKeys = grown(this.profileKeys, length, (n) => new Uint32Array(n));
    this.stateKeys = grown(this.stateKeys, length, (n) => new Uint32Array(n));
    this.passportKeys = grown(this.passportKeys, length, (n) => new Uint32Array(n));
  }

  /** Every change lands here: kept searches and orders stop being reused. */
  changed(): void {
    this.stamp++;
    this.orders = new Map();
    this.lastSearch = undefined;
  }

  /**
   * Live positions by last name, first name, id: a radix sort, least significant key first. While
   * ids arrive in ascending order, position order is already id order.
   */
  ties(): Uint32Array {
    if (this.tieOrder) return this.tieOrder;
    let order = this.livePositions();
    if (!this.idsAscending) {
      const id = this.id.ensure(this.rows);
      order = sortByBuckets(order, id.keyIds, id.table);
    }
    for (const column of [this.firstName, this.lastName]) {
      order = sortByBuckets(order, column.ensure(this.rows, this.length), column.ascendingTable());
    }
    this.tieOrder = order;
    return order;
  }

  livePositions(): Uint32Array {
    const out = new Uint32Array(this.total);
    let n = 0;
    for (let p = 0; p < this.rows.length; p++) if (this.rows[p] !== undefined) out[n++] = p;
    return out;
  }

  /** Key ids and ascending table of a column. */
  column(column: RosterSortColumn): { readonly keyIds: Uint32Array; readonly table: Uint32Array } {
    switch (column) {
      case 'firstName':
      case 'lastName':
      case 'expiresOn': {
        const text = this[column];
        return { keyIds: text.ensure(this.rows, this.length), table: text.ascendingTable() };
      }
      case 'profile':
        return { keyIds: this.profileKeys, table: this.profileTable };
      case 'state':
        return { keyIds: this.stateKeys, table: this.stateTable };
      case 'passport':
        return { keyIds: this.passportKeys, table: this.passportTable };
    }
  }

  /** Live positions in display order; every order computed is kept until the next change. */
  order(sort: RosterSort | undefined): Uint32Array {
    const key = sortKeyOf(sort);
    const cached = this.orders.get(key);
    if (cached) return cached;
    let order: Uint32Array;
    if (!sort) order = this.livePositions();
    // The tie order is the order by last name, ascending (the roster's default): no further sort.
    else if (sort.column === 'lastName' && sort.direction === 'ascending') order = this.ties();
    else {
      const { keyIds, table } = this.column(sort.column);
      order = sort.direction === 'ascending' ? sortByBuckets(this.ties(), keyIds, table) : sortByBuckets(this.ties(), keyIds, descendingTable(table), table[NO_VALUE]!);
    }
    this.orders.set(key, order);
    return order;
  }

  prepare(tokens: readonly string[]): SearchToken[] {
    const maskOf = (texts: readonly string[], token: string) =>
      texts.reduce((mask, text, id) => (id !== NO_VALUE && text.includes(token) ? mask | (1 << id) : mask), 0);
    return tokens
      .map((text) => ({ text, profiles: maskOf(this.profileTexts, text), states: maskOf(this.stateTexts, text) }))
      .filter((token) => token.profiles !== ALL_PROFILES);
  }

  /**
   * The candidates (in their order) that match every token, the first `limit` of them at most;
   * `marked`, if given, must hold them too. `complete`: every candidate was looked at.
   */
  filter(candidates: Uint32Array, tokens: readonly SearchToken[], marked: Uint8Array | undefined, limit: number, status?: number): SearchResult {
    const out = new Uint32Array(Math.min(candidates.length, limit));
    const { haystacks, profileKeys, stateKeys } = this;
    let n = 0;
    let i = 0;
    next: for (; i < candidates.length && n < limit; i++) {
      const p = candidates[i]!;
      if (marked && marked[p] === 0) continue;
      if (status !== undefined && stateKeys[p] !== status) continue;
      for (const token of tokens) {
        if ((token.profiles >>> profileKeys[p]!) & 1 || (token.states >>> stateKeys[p]!) & 1) continue;
        if (!haystacks[p]!.includes(token.text)) continue next;
      }
      out[n++] = p;
    }
    return { result: out.subarray(0, n), complete: i === candidates.length };
  }

  /** The rows of `order` matching every token (the first `limit` at most), refining the last search when the query extends it. */
  search(order: Uint32Array, sortKey: string, tokens: readonly string[], limit = Infinity, status?: number): SearchResult {
    this.fold();
    const prepared = this.prepare(tokens);
    const last = this.lastSearch;
    if (last && last.stamp === this.stamp && (last.status === undefined || last.status === status) && refines(tokens, last.tokens)) {
      if (last.sortKey === sortKey) return this.filter(last.result, prepared, undefined, limit, status);
      const marked = new Uint8Array(this.length);
      for (let i = 0; i < last.result.length; i++) marked[last.result[i]!] = 1;
      return this.filter(order, prepared, marked, limit, status);
    }
    return this.filter(order, prepared, undefined, limit, status);
  }
}

/** The part of an e-mail before its last @ (the whole text when there is none); '' for no e-mail. */
export const emailLocalPart = (email: string | null): string => {
  if (email === null) return '';
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at);
};

const sortKeyOf = (sort: RosterSort | undefined): string => (sort ? `${sort.column}:${sort.direction}` : 'arrival');

function internals<Row extends RosterRow>(index: RosterIndex<Row>): RosterIndexState<Row> {
  if (!(index instanceof RosterIndexState)) throw new TypeError('PP-ROSTER: not an index made by buildRosterIndex');
  return index as RosterIndexState<Row>;
}

// ── Public functions ─────────────────────────────────────────────────────────────────────────

/**
 * PP-ROSTER: builds the index over the rows received so far, with the labels of the current locale,
 * and `today` (`YYYY-MM-DD`, from the clock) for the expiry states (see {@link setRosterToday}).
 */
export function buildRosterIndex<Row extends RosterRow>(rows: readonly Row[], labels: RosterLabels, options: { readonly today?: string } = {}): RosterIndex<Row> {
  const index = new RosterIndexState<Row>(labels);
  if (options.today !== undefined) index.setToday(options.today);
  appendRosterRows(index, rows);
  return index;
}

/**
 * PP-ROSTER: adds a page of rows after the others. A row whose id is already in the index replaces
 * it where it is (pages can overlap when the list changes while it loads).
 */
export function appendRosterRows<Row extends RosterRow>(index: RosterIndex<Row>, rows: readonly Row[]): void {
  const state = internals(index);
  state.reserve(state.length + rows.length);
  for (const row of rows) state.append(row);
  if (rows.length > 0) {
    state.id.invalidate();
    state.tieOrder = undefined;
    state.changed();
  }
}

/**
 * PP-ROSTER: replaces the row with the same id (an edit, an unblock), in place: only that row is
 * folded again; orders are recomputed at the next view, from the ranks already there.
 * False when no live row has that id.
 */
export function updateRosterRow<Row extends RosterRow>(index: RosterIndex<Row>, row: Row): boolean {
  const state = internals(index);
  const position = state.positionOf(row.id);
  if (position === undefined) return false;
  state.update(position, row);
  return true;
}

/**
 * PP-ROSTER: removes the row with that id. Its position is not reused and orders lose only that
 * position. False when no live row has that id.
 */
export function deleteRosterRow(index: RosterIndex, id: string): boolean {
  const state = internals(index);
  const position = state.positionOf(id);
  if (position === undefined) return false;
  state.remove(position, id);
  return true;
}

function without(order: Uint32Array, position: number): Uint32Array {
  const at = order.indexOf(position);
  if (at < 0) return order;
  const out = new Uint32Array(order.length - 1);
  out.set(order.subarray(0, at));
  out.set(order.subarray(at + 1), at);
  return out;
}

/** PP-ROSTER: the locale changed: search and the profile / state columns follow the new labels (10 labels folded, no row touched). */
export function setRosterLabels(index: RosterIndex, labels: RosterLabels): void {
  const state = internals(index);
  state.applyLabels(labels);
  state.changed();
}

/**
 * PP-ROSTER: the day changed (or is known now): each row's state is rated again for today
 * (« Expiré » after its expiry date, « Expire bientôt » within `EXPIRY_WARNING_DAYS`), one pass over
 * the rows. False when it was already that day (nothing done).
 */
export function setRosterToday(index: RosterIndex, today: string): boolean {
  const state = internals(index);
  if (!state.setToday(today)) return false;
  state.changed();
  return true;
}

/** The key id of a state filter (undefined: none). */
const statusKeyOf = (status: RosterStatus | undefined): number | undefined => (status === undefined ? undefined : STATUS_KEY[status]);

/**
 * PP-ROSTER: how many rows of each state match the search of `query` (its sort and state filter do
 * not matter): the counts of the state filters. With no search, every live row is counted. One
 * pass over the rows (or the search's matches), kept until the next change. The same object is
 * answered while nothing changed (a caller may key its own work on it).
 */
export function rosterStatusCounts(index: RosterIndex, query: Pick<RosterQuery, 'query'> = {}): RosterStatusCounts {
  const state = internals(index);
  const tokens = tokenizeListQuery(query.query ?? '');
  const tokensKey = tokens.join('\n');
  if (state.counts.stamp !== state.stamp || state.counts.bySearch.size > 8) state.counts = { stamp: state.stamp, bySearch: new Map() };
  const kept = state.counts.bySearch.get(tokensKey);
  if (kept) return kept;
  const byKey = new Uint32Array(LABELLED_STATUSES.length + 1);
  const { stateKeys } = state;
  if (tokens.length === 0) {
    for (let p = 0; p < state.rows.length; p++) if (state.rows[p] !== undefined) byKey[stateKeys[p]!]!++;
  } else {
    // In arrival order: no sort is needed to count.
    const matches = state.search(state.order(undefined), sortKeyOf(undefined), tokens).result;
    for (let i = 0; i < matches.length; i++) byKey[stateKeys[matches[i]!]!]!++;
  }
  const counts = Object.fromEntries(Object.entries(STATUS_KEY).map(([status, key]) => [status, byKey[key]!])) as unknown as RosterStatusCounts;
  state.counts.bySearch.set(tokensKey, counts);
  return counts;
}

/**
 * PP-BLOCK: the live rows in a state today, in arrival order (e.g. the blocked accounts, for the
 * referent's alert). One pass over the rows; no view, search or count is changed.
 */
export function rosterRowsWithStatus<Row extends RosterRow>(index: RosterIndex<Row>, status: RosterStatus): Row[] {
  const state = internals(index);
  const key = STATUS_KEY[status];
  const out: Row[] = [];
  for (let p = 0; p < state.rows.length; p++) {
    const row = state.rows[p];
    if (row !== undefined && state.stateKeys[p] === key) out.push(row);
  }
  return out;
}

/** The start of a view ({@link viewRosterStart}). */
export interface RosterViewStart {
  /**
   * The first positions of the view, in display order: as many as asked at least (all of them
   * when the view has fewer), possibly the whole view.
   */
  readonly positions: Uint32Array;
  /** How many positions the whole view has; undefined when a search stopped before counting them all. */
  readonly length: number | undefined;
}

/**
 * PP-ROSTER: the start of what {@link viewRoster} answers, for a first screen: its first `count`
 * positions at least, and its length when that costs nothing more. A search stops at its first
 * `count` matches (a keystroke shows them; `viewRoster` counts the rest after). With no search
 * and the default sort (last name, ascending) while that order is not computed yet, only the rows
 * that can come first are ranked (at 100,000 rows, a few milliseconds instead of ranking them
 * all). Otherwise it is the whole view. The positions are always those `viewRoster` gives;
 * `index.matches` counts only whole views.
 */
export function viewRosterStart<Row extends RosterRow>(index: RosterIndex<Row>, query: RosterQuery, count: number): RosterViewStart {
  const state = internals(index);
  const { sort } = query;
  const status = statusKeyOf(query.status);
  const limit = Math.max(0, Math.floor(count));
  const tokens = tokenizeListQuery(query.query ?? '');
  if (tokens.length === 0) {
    if (status === undefined && sort?.column === 'lastName' && sort.direction === 'ascending' && !state.tieOrder && limit < state.total) {
      const positions = state.startByLastName(limit);
      if (positions) {
        state.lastSearch = undefined;
        state.shown = state.total;
        return { positions, length: state.total };
      }
    }
    const positions = viewRoster(index, query);
    return { positions, length: positions.length };
  }
  const sortKey = sortKeyOf(sort);
  const { result, complete } = state.search(state.order(sort), sortKey, tokens, limit, status);
  if (!complete) return { positions: result, length: undefined };
  // Every candidate was looked at: this is the whole view, and the next keystroke refines it.
  state.lastSearch = { stamp: state.stamp, sortKey, tokens, result, status };
  state.shown = result.length;
  return { positions: result, length: result.length };
}

/**
 * PP-ROSTER: the positions to show, in display order: the live rows whose texts contain every
 * token of `query` (first name, last name, e-mail, profile or state label; accents, case,
 * apostrophes and hyphens ignored), in the `sort` order, and only those in the `status` state when one is asked. The result belongs to the index until the
 * next change: read it, do not modify it.
 */
export function viewRoster<Row extends RosterRow>(index: RosterIndex<Row>, { query = '', sort, status: shown }: RosterQuery = {}): Uint32Array {
  const state = internals(index);
  const order = state.order(sort);
  const tokens = tokenizeListQuery(query);
  const status = statusKeyOf(shown);
  let result: Uint32Array = order;
  if (tokens.length === 0) {
    state.lastSearch = undefined;
    if (status !== undefined) result = state.withStatus(order, status, `${sortKeyOf(sort)}|${status}`);
  } else {
    const sortKey = sortKeyOf(sort);
    result = state.search(order, sortKey, tokens, Infinity, status).result;
    state.lastSearch = { stamp: state.stamp, sortKey, tokens, result, status };
  }
  state.shown = result.length;
  return result;
}

/** PP-ROSTER: the row at a position of a view; `undefined` if it was deleted since. */
export function rosterRowAt<Row extends RosterRow>(index: RosterIndex<Row>, position: number): Row | undefined {
  return internals(index).rows[position];
}

/** PP-ROSTER: the position of the live row with that id (to keep a row in view after an edit). */
export function rosterPositionOf(index: RosterIndex, id: string): number | undefined {
  return internals(index).positionOf(id);
}

/**
 * PP-ROSTER: does ahead of time, a slice at a time, what the whole default view, the first search,
 * the first lookup by id and the first sort by expiry would otherwise do when they come: rank the
 * names (and order the rows by them), fold every row for search, map the ids, rank the expiry dates. Optional: every other function gives the same answers without
 * it, doing then what is missing. Made for idle time after the first paint: `shouldStop` is asked
 * after each slice of a few thousand rows (say, when the idle deadline is near); call again while
 * it answers false (each call does at least one slice). True once nothing is left (new rows make
 * more to do).
 */
export function prepareRosterIndex(index: RosterIndex, shouldStop: () => boolean = () => false): boolean {
  const state = internals(index);
  // Each step does at least one slice when it has work left, so every call moves on.
  return state.rankNames(shouldStop) && state.fold(shouldStop) && state.mapIds(shouldStop) && state.rankExpiry(shouldStop);
}
