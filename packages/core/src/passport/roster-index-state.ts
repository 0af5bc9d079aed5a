/**
 * PP-ROSTER — the state behind the opaque `RosterIndex` (`roster-index.ts`, whose functions are the
 * only way in): the rows by position, their fixed-value keys (profile, state shown today,
 * passport), the name and date columns' ranks (the shared list index), the id lookup, the orders
 * computed since the last change, and the search (`roster-search.ts`) with the last one kept.
 *
 * Rows keep their position (their index in arrival order) for the life of the index: a deleted
 * row leaves a hole, so positions held by the caller never shift.
 */
import {
  IdColumn,
  ListColumn,
  NO_VALUE,
  descendingTable,
  foldListText,
  grown,
  labelTable,
  listSortKey,
  refines,
  sortByBuckets,
} from '../shared/list-index.js';
import { EMPLOYEE_STATES } from './blocking.js';
import { PROFILE_IDS } from './profile.js';
import { RosterHaystacks, PREPARE_SLICE, filterRows, prepareTokens, type LastSearch, type SearchResult } from './roster-search.js';
import { startByLastName } from './roster-start.js';
import { ROSTER_EXPIRY_STATUSES, expiryWarningEnd, rosterStatus, type RosterStatus, type RosterStatusCounts } from './roster-status.js';
import type { RosterIndex, RosterLabels, RosterRow, RosterSort, RosterSortColumn } from './roster-types.js';

const PROFILE_KEY: ReadonlyMap<string, number> = new Map(PROFILE_IDS.map((id, i) => [id, i + 1]));
/**
 * The state column holds the state shown today (`roster-status.ts`): a key id per labelled state
 * (active, blocked, expired, expiring), « not started » being no value. Its labels, search and
 * sort follow what the cell shows, so « expiré » finds the expired rows and they sort as « Expiré ».
 */
export const LABELLED_STATUSES = [...EMPLOYEE_STATES, ...ROSTER_EXPIRY_STATUSES] as const;
export const STATUS_KEY = Object.fromEntries([
  ['not-started', NO_VALUE],
  ...LABELLED_STATUSES.map((status, i) => [status, i + 1]),
]) as Readonly<Record<RosterStatus, number>>;

export class RosterIndexState<Row extends RosterRow> implements RosterIndex<Row> {
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
  /** The rows' search texts (`roster-search.ts`), folded when search first needs them or in idle time. */
  readonly haystacks = new RosterHaystacks();
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
  readonly expiresOn = new ListColumn<RosterRow>(
    (row) => row.expiresOn,
    (date) => date,
  );

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
    const states = LABELLED_STATUSES.map((s) =>
      s === 'expired' || s === 'expiring' ? (labels.expiry?.(s) ?? labels.state('active')) : labels.state(s),
    );
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
    this.haystacks.write(position, row);
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
    this.haystacks.clear(position);
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

  /** Gives a text column its key ids up to the last row, a slice at a time; true when complete. */
  private fill(column: ListColumn<RosterRow>, shouldStop?: () => boolean): boolean {
    while (column.filled < this.length) {
      column.ensure(this.rows, Math.min(this.length, column.filled + PREPARE_SLICE));
      if (shouldStop?.()) break;
    }
    return column.filled >= this.length;
  }

  /** Folds the rows search has not seen yet, or until `shouldStop` says so; true when complete. */
  fold(shouldStop?: () => boolean): boolean {
    return this.haystacks.fold(this.rows, shouldStop);
  }

  /** The first `count` live positions of the default view, ranking only the rows that can come first (`roster-start.ts`). */
  startByLastName(count: number): Uint32Array | undefined {
    return startByLastName(this.rows, count);
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
      order =
        sort.direction === 'ascending'
          ? sortByBuckets(this.ties(), keyIds, table)
          : sortByBuckets(this.ties(), keyIds, descendingTable(table), table[NO_VALUE]!);
    }
    this.orders.set(key, order);
    return order;
  }

  /** The rows of `order` matching every token (the first `limit` at most), refining the last search when the query extends it. */
  search(order: Uint32Array, sortKey: string, tokens: readonly string[], limit = Infinity, status?: number): SearchResult {
    this.fold();
    const prepared = prepareTokens(tokens, this.profileTexts, this.stateTexts);
    const columns = { haystacks: this.haystacks.texts, profileKeys: this.profileKeys, stateKeys: this.stateKeys };
    const last = this.lastSearch;
    if (last && last.stamp === this.stamp && (last.status === undefined || last.status === status) && refines(tokens, last.tokens)) {
      if (last.sortKey === sortKey) return filterRows(last.result, prepared, columns, undefined, limit, status);
      const marked = new Uint8Array(this.length);
      for (let i = 0; i < last.result.length; i++) marked[last.result[i]!] = 1;
      return filterRows(order, prepared, columns, marked, limit, status);
    }
    return filterRows(order, prepared, columns, undefined, limit, status);
  }
}

export const sortKeyOf = (sort: RosterSort | undefined): string => (sort ? `${sort.column}:${sort.direction}` : 'arrival');

export function internals<Row extends RosterRow>(index: RosterIndex<Row>): RosterIndexState<Row> {
  if (!(index instanceof RosterIndexState)) throw new TypeError('PP-ROSTER: not an index made by buildRosterIndex');
  return index as RosterIndexState<Row>;
}

function without(order: Uint32Array, position: number): Uint32Array {
  const at = order.indexOf(position);
  if (at < 0) return order;
  const out = new Uint32Array(order.length - 1);
  out.set(order.subarray(0, at));
  out.set(order.subarray(at + 1), at);
  return out;
}
