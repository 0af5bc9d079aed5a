import { css } from 'lit';
import { stackedTableStyles } from '../../base/virtual-table/virtual-table.styles.js';

/*
 * `<site-list>` (RS-SITES): its own styles, after the shared virtual table's and lists'
 * (`virtualTableStyles`, `virtualListStyles`). Their comments are here, in the code, rather than in
 * the CSS the page downloads.
 */

/**
 * The host, the search and the filters. The checkbox and « Filtres » sit level with the fields
 * (their labels are above them); the panel of « Filtres » takes its own line under the search.
 */
const tools = css`
  :host {
    display: block;
    container-type: inline-size;
    --_row-h: var(--site-list-row-height, 3.5rem);
    --_head-h: 3rem;
    --_max-h: var(--site-list-height, 36rem);
    --_min-w: 0px;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .field > label,
  legend {
    font-size: 0.9rem;
    font-weight: 600;
  }
  .search {
    flex: 2 1 16rem;
  }
  .input-icon {
    position: relative;
  }
  .input-icon > .icon {
    position: absolute;
    top: 50%;
    left: 0.75rem;
    translate: 0 -50%;
    color: var(--_muted);
    pointer-events: none;
  }
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .check,
  .filters-button {
    min-height: 2.75rem;
    margin-top: 1.55rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
  }
  .filters {
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem 1rem;
  }
  .filters[hidden] {
    display: none;
  }
  .check input {
    width: 1.2rem;
    height: 1.2rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
`;

/**
 * The table (the shared virtual table's styles come first). Rows keep one height (the virtual table
 * counts on it): cells never wrap beyond their lines. The site's name is its button, the whole
 * cell, as a link reads (RS-SITES: choose a site); without a nickname the name has the row's two
 * lines. A group row: the ID & PIN it comes through, and how many of its sites the list shows.
 */
const table = css`
  .col-name {
    width: 28%;
  }
  .col-location {
    width: 24%;
  }
  .col-state {
    width: 15.5%;
  }
  .col-testMode {
    width: 19.5%;
  }
  .col-openAlarms {
    width: 13%;
  }
  td {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .line {
    line-height: 1.3;
  }
  .sub {
    color: var(--_muted);
    font-size: 0.85em;
  }
  td.site {
    padding: 0 0.25rem;
  }
  .open {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.2rem 0.5rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    text-align: start;
  }
  .open .title {
    color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    text-decoration-color: color-mix(in srgb, currentColor 40%, transparent);
    text-underline-offset: 0.2em;
  }
  .open:hover .title {
    text-decoration-color: currentColor;
  }
  .open .title:only-child {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .open:focus-visible {
    outline-offset: -3px;
  }
  tr.current {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  tr.current td:first-child {
    box-shadow:
      inset 4px 0 0 var(--_accent),
      inset 0 -1px 0 var(--_border);
  }
  .status,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    max-width: 100%;
  }
  .status[data-state='armed'] .icon {
    color: var(--_success-fg);
  }
  .status[data-state='partial'] .icon {
    color: var(--_warning-border);
  }
  .status[data-state='disarmed'] .icon {
    color: var(--_muted);
  }
  .badge {
    padding: 0.15rem 0.55rem;
    border: 1px solid var(--_warning-border);
    border-radius: 999px;
    background: var(--_warning-bg);
    color: var(--_warning-fg);
    font-size: 0.85rem;
    font-weight: 600;
    line-height: 1.25;
    white-space: normal;
  }
  td.alarms {
    color: var(--_muted);
  }
  td.alarms .icon {
    vertical-align: -0.2em;
    margin-inline-end: 0.3rem;
  }
  td.alarms.has {
    color: var(--_danger-fg);
    font-weight: 600;
  }
  tr.group th {
    position: static;
    height: var(--_row-h);
    padding: 0 0.75rem;
    background: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
    box-shadow: inset 0 -1px 0 var(--_border);
    font-weight: 400;
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.6rem;
    overflow: hidden;
    max-height: calc(var(--_row-h) - 0.25rem);
  }
  .group-head .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    color: var(--_accent);
  }
  .group-title {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .group-count,
  .group-note {
    color: var(--_muted);
    font-size: 0.9rem;
  }
`;

/** Narrow containers: each row stacks its cells; stacked, a site says « Mode test » only while it is in test mode. */
const stacked = css`
  @container (max-width: 48rem) {
    ${stackedTableStyles}
    .scroller {
      --_row-h: var(--site-list-stacked-row-height, 8rem);
    }
    .sort-controls {
      flex: 1 1 100%;
    }
    thead th {
      flex: none;
    }
    .search {
      flex-basis: 100%;
    }
    .check,
    .filters-button {
      margin-top: 0;
    }
    tbody tr:not(.spacer):not(.group) {
      display: flex;
      flex-wrap: wrap;
      align-content: flex-start;
      gap: 0.15rem 0.75rem;
      height: var(--_row-h);
      padding: 0.3rem 0.5rem;
      line-height: 1.3;
      box-shadow: inset 0 -1px 0 var(--_border);
      overflow: hidden;
    }
    td.site,
    td.address {
      flex: 0 0 100%;
      min-width: 0;
    }
    td.site {
      padding: 0;
    }
    .open {
      min-height: 0;
      padding: 0.1rem 0.25rem;
    }
    .open .title:only-child {
      display: block;
      white-space: nowrap;
    }
    td.address {
      padding: 0 0.25rem;
    }
    td.address .line {
      display: inline;
    }
    td.address .line + .line::before {
      content: ', ';
    }
    td.address,
    td.state-cell,
    td.test,
    td.alarms {
      padding-inline-start: 0.25rem;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    td.state-cell,
    td.alarms {
      display: block;
      flex: none;
    }
    td.test {
      flex: 1 1 100%;
      min-width: 0;
      order: 1;
    }
    td.test:not(:has(.badge)) {
      display: none;
    }
    td.test::before {
      content: var(--_l-testMode) / '';
      color: var(--_muted);
    }
    tr.current td:first-child {
      box-shadow: inset 4px 0 0 var(--_accent);
    }
    tr.group th {
      display: flex;
      align-items: center;
      height: var(--_row-h);
    }
  }
`;

export const styles = [tools, table, stacked];
