/**
 * The virtual table shared by `<passport-roster>` (PP-ROSTER) and `<site-list>` (RS-SITES): a real
 * `<table>` in a scrolling region whose body holds only the rows in view plus a few more
 * (`RowRecycler`), whatever the number of rows. Taken out of the roster (issue 9) so that both
 * lists scroll, fling, measure and keep the focus the same way.
 *
 * What it does for its element:
 * - the window: which rows of the view are in the DOM for the scroll position, rendered by the
 *   element's `paint(tr, position, index)` into recycled `<tr>`;
 * - measuring without reading layout while rendering: a ResizeObserver reads the viewport, the
 *   header and one row after the frame's layout and renders the window again before its paint;
 * - scrolling: one read of `scrollTop` per frame; the wheel moves the list itself, in the frame
 *   that renders the rows there (a fling never shows a blank row); touch and the scroll bar stay
 *   the browser's, with rows rendered ahead of them (`scrollLead`);
 * - keys on the scrolling region: PageDown / PageUp / Home / End, and the arrows on the region;
 * - the focus: a row's control that has the focus keeps it while the window moves, or the region
 *   takes it when its row leaves.
 *
 * The element renders (once) the scroller with `@scroll=${vt.onScroll} @keydown=${vt.onKeydown}`
 * and a `<tbody>` holding two spacer rows (`<tr class="spacer" aria-hidden="true">`), gives both
 * through `scroller()` / `body()`, calls `sync()` after each update and `renderWindow()` when its
 * view changed outside an update. Rows carry `data-p` (their position); their controls carry
 * `data-action`.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref, type Ref } from 'lit/directives/ref.js';
import { errorIcon, infoIcon } from '../icons.js';
import {
  RowRecycler,
  VIRTUAL_OVERSCAN,
  rowRange,
  scrollLead,
  scrollTopToShow,
  visibleRowCount,
  type RowMetrics,
  type RowRange,
} from './rows.js';

export {
  RowRecycler,
  VIRTUAL_OVERSCAN,
  rowRange,
  scrollLead,
  scrollTopToShow,
  visibleRowCount,
  type RowMetrics,
  type RowRange,
} from './rows.js';
export { whenIdle } from './idle-work.js';

export interface VirtualTableOptions {
  /** The scrolling region, as rendered (undefined while it is not). */
  readonly scroller: () => HTMLElement | undefined;
  /** The table body with its two spacer rows, as rendered. */
  readonly body: () => HTMLTableSectionElement | undefined;
  /** The positions shown, in display order (its length: the rows the table stands for). */
  readonly view: () => ArrayLike<number>;
  /**
   * The window reaches `range` and the view may be only partly placed: place the rest (and answer
   * true: the window is computed again on the view as it is then). Default: the view is whole.
   */
  readonly complete?: (range: RowRange) => boolean;
  /** How many rows the whole view has (End goes there); default `view().length`. */
  readonly wholeLength?: () => number;
  /** Fills the recycled `<tr>` with the row at `position`, shown at `index` of the view (must not move it). */
  readonly paint: (tr: HTMLTableRowElement, position: number, index: number) => void;
  /** Changes whenever every row must be painted again (data, labels, locale). */
  readonly stamp: () => number;
  /** The control of a row that gets the focus back when its row was painted again and the focused one had no `data-action`. */
  readonly defaultAction?: string;
  /** The geometry used until the first measure. */
  readonly metrics: RowMetrics;
  /** Rows kept in the DOM above and below the visible ones. */
  readonly overscan?: number;
}

/** Where the focus was in the table: a row's position and which of its controls. */
export interface RowFocus {
  readonly position: number;
  readonly action: string;
}

export class VirtualTableController implements ReactiveController {
  readonly #options: VirtualTableOptions;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #recycler?: RowRecycler;
  #recyclerBody?: HTMLTableSectionElement;
  #metrics: RowMetrics;
  /** The metrics were read since the scroller last changed size (false: they may be out of date). */
  #measured = false;
  /** The row count the scroller's height was last set for. */
  #styledRows = -1;
  /** The scroll position the window is rendered for. */
  #scrollTop = 0;
  /** Rows rendered ahead of a scroll the browser runs by itself (signed: see `scrollLead`); 0 for the page's own. */
  #lead = 0;
  /** The scroller's own `scrollTop` as last written or read; undefined once it may have moved. */
  #shownScrollTop?: number;
  #frame = 0;
  /** Where the wheel events received since the last frame move the list (see {@link onWheel}); its frame. */
  #wheelTop?: number;
  #wheelFrame = 0;
  #resize?: ResizeObserver;
  #observed?: HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualTableOptions) {
    this.#host = host;
    this.#options = options;
    this.#metrics = options.metrics;
    host.addController(this);
  }

  get #overscan(): number {
    return this.#options.overscan ?? VIRTUAL_OVERSCAN;
  }

  /** The geometry the window is computed from (the defaults until measured). */
  get metrics(): RowMetrics {
    return this.#metrics;
  }

  /** The scroll position the window is rendered for. */
  get scrollTop(): number {
    return this.#scrollTop;
  }

  /** The table body has its recycler (the table is rendered). */
  get ready(): boolean {
    return !!this.#recycler;
  }

  /** The window in the DOM (indexes of the view). */
  get range(): RowRange {
    return this.#recycler?.range ?? { start: 0, end: 0 };
  }

  /** The `<tr>` showing `position`, when it is in the window. */
  rowOf(position: number): HTMLTableRowElement | undefined {
    return this.#recycler?.rowOf(position);
  }

  /**
   * Where the list is now, even between frames: where pending wheel events take it, or the
   * scroller's own position when a scroll event is pending, or the rendered one.
   */
  currentTop(): number {
    const scroller = this.#options.scroller();
    return this.#wheelTop ?? (this.#shownScrollTop === undefined && scroller ? scroller.scrollTop : this.#scrollTop);
  }

  /** Where the window goes; the scroller follows once its rows are in (see {@link renderWindow}). */
  setScrollTop(top: number): void {
    this.#scrollTop = top;
    this.#lead = 0;
  }

  /** Moves the list to `top`, or, while wheel events are pending, where they end (keeping the rows a person is looking at). */
  moveTo(top: number): void {
    if (this.#wheelTop !== undefined) this.#wheelTop = top;
    else this.setScrollTop(top);
  }

  /** Scrolls (at the next window render) so that row `index` of the view shows whole, moving as little as possible. */
  show(index: number): void {
    this.setScrollTop(scrollTopToShow(index, this.#scrollTop, this.#metrics));
  }

  /** After each update of the element: the table body (new or kept) gets the rows of the window. */
  sync(): void {
    const body = this.#options.body();
    const scroller = this.#options.scroller();
    if (!body || !scroller || !body.isConnected) {
      this.#recycler = this.#recyclerBody = undefined;
      return;
    }
    this.#sizeScroller(scroller);
    this.#observe(scroller);
    if (this.#recyclerBody !== body) {
      this.#recycler = new RowRecycler(body, this.#options.paint);
      this.#recyclerBody = body;
    }
    this.renderWindow();
  }

  /** For `updateComplete`: measures now when the geometry may be out of date (reads layout), and renders the window. */
  measureNow(): void {
    const scroller = this.#options.scroller();
    if (!this.#measured && scroller?.isConnected && this.#recycler && scroller.clientHeight > 0) {
      this.#measure(scroller);
      this.renderWindow();
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    cancelAnimationFrame(this.#wheelFrame);
    this.#wheelFrame = 0;
    this.#wheelTop = undefined;
    this.#resize?.disconnect();
    this.#observed = undefined;
  }

  /**
   * Moves the scroller to the window's position, last, after every DOM change of the update: the
   * layout a scroll needs is then the frame's only one. Nothing to do when it is already there
   * (a new scroller is at the top).
   */
  #syncScroll(scroller: HTMLElement): void {
    if (this.#shownScrollTop === this.#scrollTop) return;
    if (scroller.scrollTop !== this.#scrollTop) scroller.scrollTop = this.#scrollTop;
    this.#shownScrollTop = this.#scrollTop;
  }

  /**
   * The scroller's height follows the number of rows up to its maximum (CSS reads `--_rows`). When
   * that changes a short list's height, the ResizeObserver measures the new viewport in the frame
   * that lays it out (before its paint), and `updateComplete` measures at once.
   */
  #sizeScroller(scroller: HTMLElement): void {
    const rows = this.#options.view().length;
    if (rows === this.#styledRows) return;
    const m = this.#metrics;
    if (Math.min(rows, this.#styledRows) * m.rowHeight < m.viewport + m.rowHeight) this.#measured = false;
    scroller.style.setProperty('--_rows', String(rows));
    this.#styledRows = rows;
  }

  /**
   * The ResizeObserver reads the geometry after the frame's layout (reading is free then) and, when
   * it differs, renders the window again before that frame's paint. A new scroller starts at the
   * top; the window goes where it was.
   */
  #observe(scroller: HTMLElement): void {
    if (this.#observed === scroller) return;
    this.#resize ??= new ResizeObserver(() => {
      const s = this.#options.scroller();
      if (!s || s.clientHeight === 0) return;
      const before = this.#metrics;
      this.#measure(s);
      const m = this.#metrics;
      if (before.viewport !== m.viewport || before.rowHeight !== m.rowHeight || before.headHeight !== m.headHeight) this.renderWindow();
    });
    if (this.#observed) this.#resize.unobserve(this.#observed);
    this.#resize.observe(scroller);
    scroller.addEventListener('wheel', this.onWheel, { passive: false });
    this.#observed = scroller;
    this.#shownScrollTop = 0;
    this.#measured = false;
  }

  /** Reads the viewport, the header and one row (free in a ResizeObserver callback; `updateComplete` forces it). */
  #measure(scroller: HTMLElement): void {
    const head = scroller.querySelector('thead')?.offsetHeight || this.#metrics.headHeight;
    const row = this.#recycler?.rowOf(this.#options.view()[this.#recycler.range.start] ?? -1)?.offsetHeight || this.#metrics.rowHeight;
    this.#metrics = { viewport: scroller.clientHeight, headHeight: head, rowHeight: row };
    this.#measured = true;
  }

  /** Puts the rows of the current scroll position in the DOM (keeps the focus where it was). */
  renderWindow(): void {
    const recycler = this.#recycler;
    const scroller = this.#options.scroller();
    if (!recycler || !scroller) return;
    const root = this.#host.shadowRoot ?? document;
    const active = root.activeElement as HTMLElement | null;
    const from = active && active !== scroller && scroller.contains(active) ? this.focusOf(active) : undefined;
    let range = rowRange(this.#scrollTop, this.#options.view().length, this.#metrics, this.#overscan, this.#lead);
    if (this.#options.complete?.(range))
      range = rowRange(this.#scrollTop, this.#options.view().length, this.#metrics, this.#overscan, this.#lead);
    recycler.update(this.#options.view(), range, this.#metrics.rowHeight, this.#options.stamp());
    this.#syncScroll(scroller);
    if (from && root.activeElement !== active) {
      // The focused row left the window (or was painted again): keep the focus in the list.
      const control = this.controlOf(from.position, from.action);
      (control ?? scroller).focus({ preventScroll: true });
    }
  }

  /** The row and the control of a focused element of the table. */
  focusOf(control: HTMLElement): RowFocus | undefined {
    const tr = control.closest('tr');
    if (!tr?.dataset.p) return undefined;
    const action = control.dataset.action ?? this.#options.defaultAction ?? '';
    return { position: Number(tr.dataset.p), action };
  }

  /** The control `action` of the row at `position`, when that row is in the window. */
  controlOf(position: number, action: string): HTMLElement | null | undefined {
    const tr = this.#recycler?.rowOf(position);
    return tr?.querySelector<HTMLElement>(`[data-action=${action}]`);
  }

  /** Scroll: one read of `scrollTop` per frame, the window updated in that frame (no element render). */
  readonly onScroll = {
    handleEvent: () => {
      if (this.#frame) return;
      // Until the next frame reads it, the scroller's position is unknown (a keystroke may move it).
      this.#shownScrollTop = undefined;
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        const scroller = this.#options.scroller();
        if (!scroller || !this.#recycler) return;
        const top = scroller.scrollTop;
        // A scroll the page did not make itself (touch, scroll bar) runs on: render ahead of it.
        this.#lead = scrollLead(top - this.#scrollTop, this.#metrics);
        this.#scrollTop = this.#shownScrollTop = top;
        const next = rowRange(this.#scrollTop, this.#options.view().length, this.#metrics, this.#overscan, this.#lead);
        const now = this.#recycler.range;
        if (next.start !== now.start || next.end !== now.end) this.renderWindow();
      });
    },
    passive: true,
  };

  /**
   * The wheel moves the list itself, in the frame that paints the rows of the new position: left to
   * the browser, a wheel scroll runs on the compositor, which shows the new position before the
   * page has put rows there (a fling at 480 px per wheel event showed no row in about a third of
   * its frames; issue 8, point 16). Here the events of a frame add up, and in that frame's
   * animation callback the window is rendered and `scrollTop` written, last (see
   * {@link renderWindow}): the compositor gets the new position and its rows in the same commit.
   * What the list does not take stays the browser's: a sideways or zooming wheel (Ctrl), and a
   * wheel at an end of the list. Touch and the scroll bar stay the browser's too; for them the
   * window reaches ahead of the move (see `scrollLead`).
   */
  readonly onWheel = (e: WheelEvent) => {
    if (e.ctrlKey || e.defaultPrevented) return;
    const scroller = this.#options.scroller();
    if (!scroller || !this.#recycler || e.currentTarget !== scroller) return;
    const m = this.#metrics;
    const unit =
      e.deltaMode === WheelEvent.DOM_DELTA_LINE
        ? m.rowHeight
        : e.deltaMode === WheelEvent.DOM_DELTA_PAGE
          ? Math.max(m.rowHeight, m.viewport - m.headHeight)
          : 1;
    const dy = e.deltaY * unit;
    if (Math.abs(e.deltaX * unit) > Math.abs(dy)) return;
    const from = this.#wheelTop ?? scroller.scrollTop;
    const max = Math.max(0, scroller.scrollHeight - scroller.clientHeight);
    const to = Math.min(max, Math.max(0, from + dy));
    if (to === from) return;
    e.preventDefault();
    if (e.deltaX) scroller.scrollLeft += e.deltaX * unit;
    this.#wheelTop = to;
    this.#wheelFrame ||= requestAnimationFrame(() => {
      this.#wheelFrame = 0;
      const top = this.#wheelTop;
      this.#wheelTop = undefined;
      if (top === undefined) return;
      this.setScrollTop(top);
      this.renderWindow();
    });
  };

  /** PageDown / PageUp / Home / End (and the arrows on the region itself) scroll by rows. */
  readonly onKeydown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const scroller = this.#options.scroller();
    if (!scroller) return;
    const m = this.#metrics;
    const page = Math.max(1, visibleRowCount(m) - 2) * m.rowHeight;
    const onRegion = e.target === scroller;
    let top: number;
    switch (e.key) {
      case 'PageDown':
        top = this.#scrollTop + page;
        break;
      case 'PageUp':
        top = this.#scrollTop - page;
        break;
      case 'Home':
        top = 0;
        break;
      case 'End':
        top = (this.#options.wholeLength?.() ?? this.#options.view().length) * m.rowHeight;
        break;
      case 'ArrowDown':
        if (!onRegion) return;
        top = this.#scrollTop + m.rowHeight;
        break;
      case 'ArrowUp':
        if (!onRegion) return;
        top = this.#scrollTop - m.rowHeight;
        break;
      default:
        return;
    }
    e.preventDefault();
    const max = Math.max(0, scroller.scrollHeight - scroller.clientHeight);
    this.setScrollTop(Math.min(max, Math.max(0, Math.round(top / m.rowHeight) * m.rowHeight)));
    this.renderWindow();
  };
}

// ── The list around the table, as `<passport-roster>` and `<site-list>` render it ───────────────

/** What {@link virtualTable} renders: the ids, labels and listeners of the element's table. */
export interface VirtualTableFrame {
  /** The element's id prefix: the table is `${id}-table`. */
  readonly id: string;
  /** The scrolling region's name (and the table's, unless `tableLabel`). */
  readonly label: string;
  readonly tableLabel?: string;
  /** How many rows the table stands for (`aria-rowcount`, the header row added). */
  readonly rows: number;
  /** No row to show: the region is hidden (the element says why). */
  readonly hidden: boolean;
  /** The columns, for `<col class="col-…">` (and the spacers' `colspan`). */
  readonly columns: readonly string[];
  /** The header row's cells (`sortHeader(…)`). */
  readonly headers: unknown;
  readonly onSortClick: (e: MouseEvent) => void;
  readonly onRowClick: (e: MouseEvent) => void;
  readonly onRowKeydown?: (e: KeyboardEvent) => void;
  readonly scroller: Ref<HTMLDivElement>;
  readonly body: Ref<HTMLTableSectionElement>;
}

/**
 * The scrolling region and its table (`part="scroller"`, `part="table"`), wired to the controller:
 * a header row listened to once for sorting, a body with its two spacer rows listened to once for
 * the rows' controls.
 */
export function virtualTable(vt: VirtualTableController, f: VirtualTableFrame) {
  const n = f.columns.length;
  return html`<div part="scroller" class="scroller" tabindex="0" role="region" aria-label=${f.label} ?hidden=${f.hidden} @scroll=${vt.onScroll} @keydown=${vt.onKeydown} ${ref(f.scroller)}>
    <table part="table" role="table" id="${f.id}-table" aria-rowcount=${f.rows + 1} aria-label=${f.tableLabel ?? f.label}>
      <colgroup>${f.columns.map((c) => html`<col class="col-${c}" />`)}</colgroup>
      <thead role="rowgroup" @click=${f.onSortClick}>
        <tr role="row" aria-rowindex="1">${f.headers}</tr>
      </thead>
      <tbody role="rowgroup" @click=${f.onRowClick} @keydown=${f.onRowKeydown} ${ref(f.body)}><tr class="spacer" aria-hidden="true"><td colspan=${n}></td></tr><tr class="spacer" aria-hidden="true"><td colspan=${n}></td></tr></tbody>
    </table>
  </div>`;
}

/** The list's search field (`part="search-input"`, `${id}-q`), described by its hint `${id}-hint`, controlling `${id}-table`. */
export function listSearchInput(id: string, placeholder: string, value: string, onInput: (value: string) => void) {
  return html`<input
    id="${id}-q"
    part="search-input"
    type="search"
    autocomplete="off"
    spellcheck="false"
    enterkeyhint="search"
    placeholder=${placeholder}
    aria-describedby="${id}-hint"
    aria-controls="${id}-table"
    .value=${live(value)}
    @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
  />`;
}

/** Loading, before the first rows: a status line and row-shaped placeholders. */
export function listLoading(text: string) {
  return html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${text}</p>
    <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span><span></span></div>`;
}

/** The rows could not be read (`part="error"`, an alert): what failed, why, and a retry. */
export function listError(title: string, detail: string, retry: string, onRetry: () => void) {
  return html`<div part="error" class="state error" role="alert">
    ${errorIcon}
    <div>
      <p><strong>${title}</strong></p>
      <p>${detail}</p>
      <button type="button" class="btn" @click=${onRetry}>${retry}</button>
    </div>
  </div>`;
}

/** No row at all, or none for the search and filters (`small`): `part="empty"`, the info icon and `content`. */
export function listEmpty(content: unknown, small = false) {
  return html`<div part="empty" class="state empty ${small ? 'small' : ''}">
    ${infoIcon}
    <div>${content}</div>
  </div>`;
}

/**
 * Where rows stack, each cell's column is written before its value from CSS (`content:
 * var(--_l-<column>) / ""`, silent for screen readers, which have the column headers): set on the
 * scroller once per locale.
 */
export function labelStackedCells(scroller: HTMLElement, locale: string, labels: () => Record<string, string>): void {
  if (scroller.dataset.labels === locale) return;
  for (const [column, label] of Object.entries(labels()))
    scroller.style.setProperty(`--_l-${column}`, `"${label.replace(/["\\]/g, '\\$&')} "`);
  scroller.dataset.labels = locale;
}
