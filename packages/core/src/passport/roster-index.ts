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
 * roster's (its rows, profiles, states, search by label masks, the start of the default view) is here,
 * in parts: the row contract and query types (`roster-types.ts`), the search (`roster-search.ts`:
 * text folding, label masks), the default view's first screen (`roster-start.ts`: sort keys), the
 * index's state (`roster-index-state.ts`); this file is the public functions over them.
 */
import { tokenizeListQuery } from '../shared/list-index.js';
import { LABELLED_STATUSES, RosterIndexState, STATUS_KEY, internals, sortKeyOf } from './roster-index-state.js';
import type { RosterStatus, RosterStatusCounts } from './roster-status.js';
import type { RosterIndex, RosterLabels, RosterQuery, RosterRow } from './roster-types.js';

export {
  ROSTER_SORT_COLUMNS,
  ROSTER_SORT_DIRECTIONS,
  type RosterIndex,
  type RosterLabels,
  type RosterQuery,
  type RosterRow,
  type RosterSort,
  type RosterSortColumn,
  type RosterSortDirection,
} from './roster-types.js';
export { emailLocalPart } from './roster-search.js';

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

// ── Public functions ─────────────────────────────────────────────────────────────────────────

/**
 * PP-ROSTER: builds the index over the rows received so far, with the labels of the current locale,
 * and `today` (`YYYY-MM-DD`, from the clock) for the expiry states (see {@link setRosterToday}).
 */
export function buildRosterIndex<Row extends RosterRow>(
  rows: readonly Row[],
  labels: RosterLabels,
  options: { readonly today?: string } = {},
): RosterIndex<Row> {
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
  const counts = Object.fromEntries(
    Object.entries(STATUS_KEY).map(([status, key]) => [status, byKey[key]!]),
  ) as unknown as RosterStatusCounts;
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
export function viewRoster<Row extends RosterRow>(
  index: RosterIndex<Row>,
  { query = '', sort, status: shown }: RosterQuery = {},
): Uint32Array {
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
