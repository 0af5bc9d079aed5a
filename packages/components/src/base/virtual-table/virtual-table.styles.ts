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
