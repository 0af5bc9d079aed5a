/**
 * A sortable column header of a virtual table (`<passport-roster>`, `<site-list>`): a button in a
 * `<th>` with `aria-sort` on the sorted column and an arrow drawn in the header's colour. The
 * table's `<thead>` listens for clicks once and reads the button's `data-column`
 * ({@link sortOnClick}). Where rows stack, the header is off screen: « Trier par » / « Ordre »
 * ({@link sortControls}) say and change the sort.
 */
import { html, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type SortDirection = 'ascending' | 'descending';
export const SORT_DIRECTIONS: readonly SortDirection[] = ['ascending', 'descending'];

/** A list's sort: a column and a direction. */
export interface Sort<C extends string = string> {
  readonly column: C;
  readonly direction: SortDirection;
}

export function sortHeader(column: string, label: string, sorted: SortDirection | undefined) {
  const arrow =
    sorted === 'descending'
      ? svg`<path d="M12 5v14"/><path d="m6 13 6 6 6-6"/>`
      : sorted
        ? svg`<path d="M12 19V5"/><path d="m6 11 6-6 6 6"/>`
        : svg`<path d="m8 9 4-4 4 4"/><path d="m8 15 4 4 4-4"/>`;
  return html`<th scope="col" role="columnheader" aria-sort=${ifDefined(sorted)}>
    <button type="button" class="sort" data-column=${column}>
      <span>${label}</span><svg class="icon arrow ${sorted ? 'on' : ''}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${arrow}</svg>
    </button>
  </th>`;
}

/** The column a click in the header row chose, when it was on a sort button. */
export function sortColumnOf(e: Event): string | undefined {
  return (e.target as Element).closest<HTMLElement>('[data-column]')?.dataset.column;
}

/** The sort a click in the header row asks for: another column ascending, the sorted one the other way; undefined off a sort button. */
export function sortOnClick<C extends string>(e: Event, sort: Sort<C>): Sort<C> | undefined {
  const column = sortColumnOf(e) as C | undefined;
  if (!column) return undefined;
  return { column, direction: column === sort.column && sort.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The texts of « Trier par » / « Ordre »: their labels, and each column's and direction's name. */
export interface SortControlTexts<C extends string> {
  readonly by: string;
  readonly order: string;
  readonly column: (column: C) => string;
  readonly direction: (direction: SortDirection) => string;
}

/**
 * « Trier par » and « Ordre » (`part="sort-controls"`, shown by CSS only where rows stack): two
 * selects `${id}-sort-by` and `${id}-sort-order` controlling the table `${id}-table`; `onSort` gets
 * the sort chosen.
 */
export function sortControls<C extends string>(
  id: string,
  columns: readonly C[],
  sort: Sort<C>,
  texts: SortControlTexts<C>,
  onSort: (sort: Sort<C>) => void,
) {
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  return html`<div part="sort-controls" class="sort-controls">
    <div class="sort-field">
      <label for="${id}-sort-by">${texts.by}</label>
      <select id="${id}-sort-by" aria-controls="${id}-table" @change=${(e: Event) => onSort({ ...sort, column: value(e) as C })}>
        ${columns.map((c) => html`<option value=${c} ?selected=${sort.column === c}>${texts.column(c)}</option>`)}
      </select>
    </div>
    <div class="sort-field">
      <label for="${id}-sort-order">${texts.order}</label>
      <select id="${id}-sort-order" aria-controls="${id}-table" @change=${(e: Event) => onSort({ ...sort, direction: value(e) as SortDirection })}>
        ${SORT_DIRECTIONS.map((d) => html`<option value=${d} ?selected=${sort.direction === d}>${texts.direction(d)}</option>`)}
      </select>
    </div>
  </div>`;
}
