/**
 * The virtual rows of a table (`<passport-roster>` PP-ROSTER, `<site-list>` RS-SITES): which rows of
 * the view are in the DOM for a scroll position, and a recycler that keeps only those `<tr>` in the
 * table body.
 *
 * The body holds two spacer rows (their heights stand for the rows above and below the window) and,
 * between them, one `<tr>` per row of the window. Scrolling by k rows costs O(k): the rows that left
 * are re-rendered as the rows that enter (their cells are a Lit template rendered into the `<tr>`,
 * so only the changed values are written); the rows that stay are not touched, so focus and a
 * screen reader's position stay on the same row. A row that leaves is reused where it stands
 * when it can be (a new search or sort changes every row: none moves in the DOM then), except the
 * row holding the focus, which is detached (the focus must not stay on another row's
 * button). No row is ever created beyond the largest window, and a scroll frame never goes through
 * the element's own render.
 */

/** Rows kept in the DOM above and below the visible ones (Tab from the last visible row lands on one, which the browser then scrolls into view). */
export const VIRTUAL_OVERSCAN = 4;

/** The geometry the window is computed from, in CSS pixels (measured once, then on resize). */
export interface RowMetrics {
  /** Height of one row (fixed by CSS). */
  readonly rowHeight: number;
  /** Height of the sticky header row, which covers the top of the viewport. */
  readonly headHeight: number;
  /** Height of the scrolling viewport. */
  readonly viewport: number;
}

/** A window of the view: indexes `start` (included) to `end` (excluded). */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/** How many rows the viewport shows at most (a partly visible row at each edge included). */
export function visibleRowCount(m: RowMetrics): number {
  return Math.max(1, Math.ceil(Math.max(0, m.viewport - m.headHeight) / m.rowHeight) + 1);
}

/**
 * The rows to keep in the DOM for a scroll position: the visible ones and `overscan` more on each
 * side, plus `lead` more ahead of a scroll the browser runs on its own (positive: below, negative:
 * above; see {@link scrollLead}).
 */
export function rowRange(scrollTop: number, count: number, m: RowMetrics, overscan = VIRTUAL_OVERSCAN, lead = 0): RowRange {
  const rows = visibleRowCount(m);
  const first = Math.min(Math.floor(Math.max(0, scrollTop) / m.rowHeight), Math.max(0, count - rows));
  return { start: Math.max(0, first - overscan + Math.min(0, lead)), end: Math.min(count, first + rows + overscan + Math.max(0, lead)) };
}

/**
 * The rows to render ahead of a scroll that the browser's compositor runs by itself (a touch
 * fling, the scroll bar): it may show the next frames' positions before the page renders them, so
 * the window reaches twice the last frame's move further in its direction, one viewport at most
 * (a dozen rows or so, whatever the speed). A move of more than two viewports in one frame is a
 * jump (the scroll bar's track, a key), not a fling that goes on: nothing ahead then.
 */
export function scrollLead(moved: number, m: RowMetrics): number {
  const visible = visibleRowCount(m);
  const rows = Math.ceil((2 * Math.abs(moved)) / m.rowHeight);
  if (rows > 4 * visible) return 0;
  return (moved < 0 ? -1 : 1) * Math.min(visible, rows);
}

/** The scroll position that shows row `index` (whole, below the sticky header), moving as little as possible. */
export function scrollTopToShow(index: number, scrollTop: number, m: RowMetrics): number {
  const top = index * m.rowHeight;
  const bottom = top + m.rowHeight - Math.max(m.rowHeight, m.viewport - m.headHeight);
  if (top < scrollTop) return top;
  if (bottom > scrollTop) return bottom;
  return scrollTop;
}

/** What the recycler stamps on each row, to re-render it only when it shows something else. */
interface Rendered {
  position: number;
  index: number;
  stamp: number;
}

/**
 * Keeps the `<tr>` of one window between the two spacer rows of a table body. `paint(tr, position,
 * index)` fills a row (it must not move it); `stamp` changes whenever every row must be painted
 * again (data, labels or locale changed).
 */
export class RowRecycler {
  readonly #body: HTMLTableSectionElement;
  readonly #top: HTMLTableCellElement;
  readonly #bottom: HTMLTableCellElement;
  readonly #paint: (tr: HTMLTableRowElement, position: number, index: number) => void;
  /** Rows in the DOM, by the position they show. */
  #rows = new Map<number, HTMLTableRowElement>();
  readonly #state = new WeakMap<HTMLTableRowElement, Rendered>();
  #range: RowRange = { start: 0, end: 0 };

  constructor(body: HTMLTableSectionElement, paint: (tr: HTMLTableRowElement, position: number, index: number) => void) {
    const spacers = body.querySelectorAll<HTMLTableCellElement>('tr.spacer > td');
    if (spacers.length !== 2) throw new Error('virtual table: the table body needs its two spacer rows');
    this.#body = body;
    this.#top = spacers[0]!;
    this.#bottom = spacers[1]!;
    this.#paint = paint;
  }

  get range(): RowRange {
    return this.#range;
  }

  /** The `<tr>` showing `position`, when it is in the window. */
  rowOf(position: number): HTMLTableRowElement | undefined {
    return this.#rows.get(position);
  }

  /** Puts rows `range` of `view` in the DOM; `rowHeight` sizes the spacers. */
  update(view: ArrayLike<number>, range: RowRange, rowHeight: number, stamp: number): void {
    const { start, end } = range;
    this.#range = range;
    const kept = new Map<number, HTMLTableRowElement>();
    for (let i = start; i < end; i++) {
      const tr = this.#rows.get(view[i]!);
      if (tr) kept.set(view[i]!, tr);
    }
    // Rows that left the window, in DOM order (`#rows` is kept in window order), reused for the
    // rows that enter, in place when the order allows; the focused one is detached first.
    const free: HTMLTableRowElement[] = [];
    for (const [position, tr] of this.#rows) {
      if (kept.get(position) === tr) continue;
      if (tr.matches(':focus-within')) tr.remove();
      free.push(tr);
    }
    const next = new Map<number, HTMLTableRowElement>();
    let reused = 0;
    let cursor: ChildNode | null = this.#top.parentElement!.nextSibling;
    const bottomRow = this.#bottom.parentElement!;
    for (let i = start; i < end; i++) {
      const position = view[i]!;
      const tr = kept.get(position) ?? (reused < free.length ? free[reused++]! : this.#create());
      next.set(position, tr);
      const done = this.#state.get(tr);
      if (!done || done.position !== position || done.index !== i || done.stamp !== stamp) {
        this.#paint(tr, position, i);
        this.#state.set(tr, { position, index: i, stamp });
      }
      // Rows already in order stay; only entering rows (and rows a new order moved) are inserted.
      if (tr === cursor) cursor = tr.nextSibling;
      else this.#body.insertBefore(tr, cursor ?? bottomRow);
    }
    for (let k = reused; k < free.length; k++) free[k]!.remove();
    this.#rows = next;
    this.#top.style.height = `${start * rowHeight}px`;
    this.#bottom.style.height = `${(view.length - end) * rowHeight}px`;
  }

  /** Drops every row (the table body is being replaced or emptied). */
  clear(): void {
    for (const tr of this.#rows.values()) tr.remove();
    this.#rows.clear();
    this.#range = { start: 0, end: 0 };
  }

  #create(): HTMLTableRowElement {
    const tr = document.createElement('tr');
    // Explicit roles: a narrow layout may change how rows are displayed, never what they are.
    tr.setAttribute('role', 'row');
    return tr;
  }
}
