/**
 * A sortable column header of a virtual table (`<passport-roster>`, `<site-list>`): a button in a
 * `<th>` with `aria-sort` on the sorted column and an arrow drawn in the header's colour. The
 * table's `<thead>` listens for clicks once and reads the button's `data-column`.
 */
import { html, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type SortDirection = 'ascending' | 'descending';

export function sortHeader(column: string, label: string, sorted: SortDirection | undefined) {
  const arrow = sorted === 'descending' ? svg`<path d="M12 5v14"/><path d="m6 13 6 6 6-6"/>` : sorted ? svg`<path d="M12 19V5"/><path d="m6 11 6-6 6 6"/>` : svg`<path d="m8 9 4-4 4 4"/><path d="m8 15 4 4 4-4"/>`;
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
