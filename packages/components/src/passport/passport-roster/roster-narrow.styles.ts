import { css } from 'lit';
import { stackedTableStyles } from '../../base/virtual-table/virtual-table.styles.js';

/** `<passport-roster>` in a narrow container, where each row stacks its cells: applied last, over the others (`passport-roster.styles.ts`). */
export const rosterNarrowStyles = css`
  /* ── narrow containers: each row stacks its cells (a fixed height still) ─────────────── */
  @container (max-width: 54rem) {
    .title {
      font-size: 1.05rem;
    }
    .head .enroll {
      width: 100%;
    }
    .search {
      flex-basis: 100%;
      max-width: none;
    }
    ${stackedTableStyles}
    .scroller {
      --_row-h: var(--passport-roster-stacked-row-height, 9.5rem);
    }
    table {
      min-width: 0;
    }
    th.th-actions {
      display: none;
    }
    /* The header becomes one line of sort buttons (it scrolls sideways if it must). */
    thead {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--_surface-2);
      box-shadow: inset 0 -2px 0 var(--_border);
    }
    thead tr {
      align-items: center;
      gap: 0.15rem;
      height: var(--_head-h);
      padding: 0 0.25rem;
      scrollbar-width: thin;
    }
    th {
      position: static;
      flex: none;
      height: auto;
      padding: 0;
      background: none;
      box-shadow: none;
    }
    .sort {
      width: auto;
      min-height: 2.25rem;
      white-space: nowrap;
    }
    tbody tr:not(.spacer) {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-content: center;
      padding: 0.5rem 3.5rem 0.5rem 0.75rem;
      box-shadow: inset 0 -1px 0 var(--_border);
      overflow: hidden;
      line-height: 1.35;
    }
    td {
      flex: 0 0 100%;
      min-width: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    td.name {
      flex: 0 1 auto;
      font-weight: 700;
    }
    td.name:first-child {
      max-width: 50%;
      margin-inline-end: 0.3em;
    }
    td.name + td.name {
      flex: 1 1 0;
    }
    td:nth-child(3) {
      order: 1;
      color: var(--_muted);
    }
    td:nth-child(5) {
      order: 2;
    }
    td:nth-child(4) {
      order: 3;
    }
    /* Cells with a control: its focus ring is not clipped. */
    td:nth-child(4),
    td:nth-child(5) {
      overflow: visible;
    }
    td:nth-child(6) {
      order: 4;
    }
    tr:not(.spacer) > td:last-child {
      position: absolute;
      top: 50%;
      right: 0.5rem;
      width: auto;
      translate: 0 -50%;
      overflow: visible;
    }
    .clamp {
      display: block;
      overflow: hidden;
      max-height: none;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    td.labelled:nth-child(4)::before {
      content: var(--_l-passport) / '';
    }
    td.labelled:nth-child(5)::before {
      content: var(--_l-state) / '';
    }
    td.labelled:nth-child(6)::before {
      content: var(--_l-expiresOn) / '';
    }
    td.labelled::before {
      color: var(--_muted);
    }
    /* « Voir le passeport » says what it is: the column is named only before « — ». */
    td.labelled:nth-child(4):has([data-action='passport'])::before {
      content: none;
    }
    .blocked {
      min-height: 1.6rem;
      padding-block: 0;
    }
    /*
     * The e-mail gets its own line under the names (homonyms are told apart at a glance): the lines
     * start at the top of the row, so the e-mail line sits at a known height (one name line, 0.95rem
     * × 1.35), and the profile leaves it room.
     */
    tbody tr:not(.spacer) {
      align-content: flex-start;
    }
    td.name {
      position: static;
    }
    td.name .line.email {
      position: absolute;
      top: calc(0.5rem + 1.2825rem);
      inset-inline: 0.75rem 3.5rem;
      font-weight: 400;
    }
    tr.has-email > td:nth-child(3) {
      margin-top: 1.15rem;
    }
    td.status-cell .cell,
    td.status-cell .line.block-info {
      display: inline;
    }
    td.status-cell .line.block-info {
      margin-inline-start: 0.4rem;
    }
    /* A stacked row clips its cells to its height; hovered or focused, it shows them whole over the next rows. */
    tbody tr:not(.spacer):is(:hover, :focus-within) {
      z-index: 2;
      overflow: visible;
    }
    td.text:hover > .cell,
    tr:focus-within td.text > .cell {
      position: relative;
      padding: 0;
      box-shadow: none;
      background: none;
    }
    /* The row keeps its height (the rows below never move): what does not fit is painted over them, on the surface colour. */
    tbody tr:not(.spacer):is(:hover, :focus-within) {
      align-content: flex-start;
    }
    tbody tr:not(.spacer):is(:hover, :focus-within) > td:not(:last-child) {
      overflow: visible;
      white-space: normal;
      overflow-wrap: anywhere;
      background: var(--_surface);
    }
    tbody tr:not(.spacer):is(:hover, :focus-within) .line,
    tbody tr:not(.spacer):is(:hover, :focus-within) .clamp {
      overflow: visible;
      white-space: normal;
    }
    /* The e-mail line, whole, over the lines below it. */
    tbody tr:not(.spacer):is(:hover, :focus-within) td.name .line.email {
      z-index: 1;
      background: var(--_surface);
    }
    .row-actions {
      flex-direction: column;
    }
  }
`;
