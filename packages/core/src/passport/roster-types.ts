/**
 * PP-ROSTER — what the roster index (`roster-index.ts`) reads and answers: the row contract, the
 * labels, the sorts, the query, and the opaque index. Types and constants only.
 */
import type { EmployeeState } from './blocking.js';
import type { ProfileId } from './profile.js';
import type { RosterExpiryStatus, RosterStatus } from './roster-status.js';

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
