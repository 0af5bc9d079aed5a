/**
 * PP-ROSTER — what `<passport-roster>` shows: the positions of core's roster index in display
 * order, for the search, the sort and the state filter. A new view is placed in two steps: its
 * start at once ({@link RosterView.refresh}: with no search and the default sort, core ranks only
 * the rows that can come first; a search stops at its first screen of matches), the rest when the
 * window goes further, in idle time, or, for a search's count, just after the frame that shows
 * its first matches ({@link RosterView.countAfterPaint}). And what stays still when the rows
 * change under a person's eyes ({@link anchorOf}, {@link keepAnchor}).
 */
import { viewRoster, viewRosterStart, type Employee, type RosterIndex, type RosterQuery } from '@vigie/core';
import { visibleRowCount, type VirtualTableController } from '../../base/virtual-table/virtual-table.js';

/**
 * How many rows of a new view are placed at once, at the top (more than any first window needs);
 * the rows further down are placed when the window reaches them, a search's count after the
 * frame that shows its first matches, the default order's in idle time.
 */
export const START_ROWS = 128;
const NO_ROWS = new Uint32Array(0);

export class RosterView {
  /**
   * Positions of the rows shown, in display order (core's view of the index); its length is the
   * number of rows shown, once counted. Until then ({@link whole}), only its start may be there:
   * its first `known` positions; and a search's first matches come before its count.
   */
  positions: Uint32Array = NO_ROWS;
  known = 0;
  /** The length of `positions` is the number of rows shown (false: a search's first matches only). */
  counted = true;
  /** The search being counted after the frame that shows its first matches. */
  #countLater = 0;
  readonly #source: () => { readonly index: RosterIndex<Employee> | undefined; readonly query: RosterQuery };

  constructor(source: () => { readonly index: RosterIndex<Employee> | undefined; readonly query: RosterQuery }) {
    this.#source = source;
  }

  /** No rows (no index). */
  clear(): void {
    this.positions = NO_ROWS;
    this.known = 0;
    this.counted = true;
  }

  /**
   * The new view: its start at once (with no search and the default sort, core ranks only the
   * rows that can come first), the rest when the window goes further or in idle time. `counting`:
   * a count is shown already (else no frame may show a wrong one: the whole view now).
   */
  refresh(counting: boolean): void {
    const { index, query } = this.#source();
    if (!index) return this.clear();
    const { positions, length } = viewRosterStart(index, query, START_ROWS);
    if (length !== undefined && positions.length < length) {
      this.positions = new Uint32Array(length);
      this.positions.set(positions);
    } else this.positions = positions;
    this.known = positions.length;
    this.counted = length !== undefined;
    if (!this.counted && !counting) this.whole();
  }

  /** The view with every position placed and counted (computed now if only its start was). */
  whole(): Uint32Array {
    const { index, query } = this.#source();
    if ((this.known < this.positions.length || !this.counted) && index) {
      this.positions = viewRoster(index, query);
      this.known = this.positions.length;
      this.counted = true;
    }
    return this.positions;
  }

  /** The window reaches `end`: the whole view is needed first (beyond the rows placed, or near the end of a search not counted yet). */
  needsWhole(end: number, overscan: number): boolean {
    return end > this.known || (!this.counted && end + overscan >= this.positions.length);
  }

  /**
   * After the frame that shows a search's first matches (a task queued from that frame runs once
   * it is painted), the search is counted, then `counted()`: the count, `aria-rowcount` and the
   * scroll extent follow.
   */
  countAfterPaint(counted: () => void): void {
    const ticket = ++this.#countLater;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (ticket !== this.#countLater) return;
        this.whole();
        counted();
      }),
    );
  }

  /** A pending count is dropped (disconnected). */
  cancelCount(): void {
    this.#countLater++;
  }
}

/** The rows at the top of the viewport when the rows changed, and the scroll position. */
export interface Anchor {
  readonly top: number;
  readonly first: number;
  readonly positions: Uint32Array;
}

/**
 * What must stay still when the rows change (a page arriving, a row edited, deleted or added): the
 * rows at the top of the viewport, by position, and the scroll position. Pages come in id order,
 * so each one puts rows before and between those shown in a sorted list; without this, the rows
 * under a fixed scroll position changed with every page (issue 8, point 16). As the browser's own
 * scroll anchoring (`overflow-anchor`) does for a page, none at the very top: there the list
 * shows its start, whatever has just arrived. Read before the view changes.
 */
export function anchorOf(view: RosterView, table: VirtualTableController): Anchor | undefined {
  if (!table.ready) return undefined;
  // The scroller may have moved since the last frame read it (a scroll event is pending).
  const top = table.currentTop();
  if (top <= 0) return undefined;
  const m = table.metrics;
  const first = Math.floor(top / m.rowHeight);
  // Only the part of the view placed before the change (the index has the new rows already).
  const end = Math.min(first + visibleRowCount(m), view.known);
  if (first >= end) return undefined;
  return { top, first, positions: view.positions.slice(first, end) };
}

/**
 * Scrolls the new view so that the first row of the anchor still there is where it was on
 * screen (a row deleted or no longer matching the search gives way to the next one).
 */
export function keepAnchor(view: RosterView, table: VirtualTableController, anchor: Anchor): void {
  const m = table.metrics;
  for (let k = 0; k < anchor.positions.length; k++) {
    const position = anchor.positions[k]!;
    let index = view.positions.subarray(0, view.known).indexOf(position);
    if (index < 0 && (view.known < view.positions.length || !view.counted)) index = view.whole().indexOf(position);
    if (index < 0) continue;
    table.moveTo(Math.max(0, anchor.top + (index - anchor.first - k) * m.rowHeight));
    return;
  }
}
