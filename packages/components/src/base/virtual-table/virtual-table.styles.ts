/**
 * The styles of the virtual table (`virtual-table.ts`), shared by `<passport-roster>` and
 * `<site-list>`: the scrolling region, the table, its sticky header with sort buttons, the rows and
 * the two spacer rows. Each element puts them before its own styles and sets `--_row-h` (a row),
 * `--_head-h` (the header row), `--_max-h` (the tallest the region grows) and `--_min-w` (the
 * table's minimum width) on its host; its own column widths and cells come after.
 */
import { css } from 'lit';

export const virtualTableStyles = css`
  /*
   * Fixed height (a short list takes its own), everything contained: scrolling never lays out the
   * page. No content-visibility: the list is meant to be seen, and skipping it until the browser
   * finds it on screen costs its first paint a second style and layout pass.
   */
  .scroller {
    height: min(var(--_max-h), calc(var(--_head-h) + var(--_row-h) * var(--_rows, 0) + 2px + var(--_sideways, 0px)));
    overflow: auto;
    overscroll-behavior: contain;
    contain: strict;
    scroll-padding-top: var(--_head-h);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .scroller[hidden] {
    display: none;
  }
  .scroller:focus-visible {
    outline-offset: 1px;
  }
  table {
    width: 100%;
    min-width: var(--_min-w);
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.95rem;
  }
  th {
    position: sticky;
    top: 0;
    z-index: 1;
    height: var(--_head-h);
    padding: 0 0.25rem;
    background: var(--_surface-2);
    box-shadow: inset 0 -2px 0 var(--_border);
    font-weight: 700;
    text-align: start;
    vertical-align: middle;
    line-height: 1.2;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    width: 100%;
    min-height: 2.5rem;
    padding: 0.2rem 0.5rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-align: start;
  }
  .sort:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  th[aria-sort] .sort {
    color: var(--_accent);
  }
  /* Drawn with strokes in the header's colour (an unstyled SVG fills its paths black, lost on a dark
     header); the unsorted ones muted, still 3:1 against the header (WCAG 1.4.11) in both themes. */
  .arrow {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
    stroke-linejoin: round;
    color: var(--_muted);
  }
  .arrow.on {
    color: inherit;
  }
  tbody tr {
    height: var(--_row-h);
  }
  tbody tr:hover {
    background: color-mix(in srgb, var(--_accent) 5%, transparent);
  }
  td {
    padding: 0 0.75rem;
    box-shadow: inset 0 -1px 0 var(--_border);
    vertical-align: middle;
  }
  tr.spacer,
  tr.spacer td {
    height: 0;
    padding: 0;
    box-shadow: none;
    background: none;
  }
  /*
   * Where the window has no row yet (a touch fling or the scroll bar, which the browser's
   * compositor scrolls by itself, can show a position a frame before the page renders its rows):
   * row-shaped placeholders, a line and two bars per row, rather than an empty white box.
   */
  tr.spacer td {
    --_skeleton: color-mix(in srgb, var(--_border) 55%, transparent);
    background-image:
      linear-gradient(to bottom, transparent calc(100% - 1px), var(--_border) 0),
      linear-gradient(to bottom, transparent calc(50% - 0.35rem), var(--_skeleton) 0 calc(50% + 0.35rem), transparent 0),
      linear-gradient(to bottom, transparent calc(50% - 0.35rem), var(--_skeleton) 0 calc(50% + 0.35rem), transparent 0);
    background-size: 100% var(--_row-h), 7rem var(--_row-h), 9rem var(--_row-h);
    background-position: 0 0, 0.75rem 0, 10rem 0;
    background-repeat: repeat-y;
  }
`;

/**
 * What the lists built on the virtual table (`<passport-roster>`, `<site-list>`) share around it:
 * the layout, the search field, the count, « Trier par » / « Ordre » (shown only where rows stack,
 * see {@link stackedTableStyles}), the loading, empty and error states, and the cells' common parts
 * (a line cut with an ellipsis, « — », a state's icon and text, stroked icons). After
 * `virtualTableStyles`, before the element's own styles.
 */
export const virtualListStyles = css`
  .base {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .title {
    font-size: 1.2rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  input[type='search'] {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem 0.5rem 2.6rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input[type='search']:focus-visible,
  .sort-field select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .sort-controls {
    display: none;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
  }
  .sort-field {
    display: grid;
    flex: 1 1 9rem;
    gap: 0.2rem;
    font-size: 0.9rem;
    font-weight: 600;
  }
  .sort-field select {
    min-height: 2.5rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 400;
  }
  .state {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .state > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    min-width: 0;
  }
  .state .icon {
    margin-top: 0.1rem;
  }
  .state.loading {
    align-items: center;
    padding: 0.5rem 0;
    background: none;
    color: var(--_muted);
  }
  .state.empty .icon {
    color: var(--_accent);
  }
  .state.empty h3 {
    font-size: 1.05rem;
  }
  .state.error {
    border: 1px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .state.error .btn {
    border-color: var(--_danger-fg);
    background: var(--_danger-fg);
    color: var(--_danger-bg);
  }
  .skeleton {
    display: grid;
    gap: 0.4rem;
  }
  .skeleton span {
    height: var(--_row-h);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .spinner {
    margin-inline-end: 0.5rem;
  }
  .line {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .none {
    color: var(--_muted);
  }
  /* A state: an icon and its text (never a colour alone). */
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-weight: 600;
  }
  td .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;

/**
 * Where a list stacks each row's cells (narrow containers): put in the element's own
 * `@container (max-width: …)` rule, before its own stacked rules (each row keeps a fixed height,
 * `--_row-h`, set there). The header's sort buttons would sit off screen: « Trier par » / « Ordre »
 * sort here; the header stays for screen readers (the column names of the cells) and shows itself
 * if Tab reaches it. The roles are explicit in the markup: changing the display keeps the table a
 * table.
 */
export const stackedTableStyles = css`
  .scroller {
    --_head-h: 0px;
  }
  .sort-controls {
    display: flex;
  }
  thead:not(:focus-within) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  table,
  thead,
  tbody,
  tr,
  th,
  td {
    display: block;
  }
  colgroup {
    display: none;
  }
  thead tr {
    display: flex;
    overflow-x: auto;
  }
  td {
    padding: 0;
    box-shadow: none;
  }
`;
