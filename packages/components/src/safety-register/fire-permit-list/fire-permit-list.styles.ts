import { css } from 'lit';

/**
 * The first screen of `<fire-permit-list>`: tools, table, badges, loading / empty / error. The
 * dialog's styles come with its on-demand module. The levée de doute: grey « À réaliser », red
 * « Non réalisée », green « Réalisée », each with its text and icon; backgrounds are mixed from the
 * theme's text colours, so the contrast holds in light and dark. The loading, empty and error boxes
 * are the shared `stateStyles` (base/styles.ts).
 */
export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--fire-permit-list-max-width, 80rem);
    container-type: inline-size;
  }
  .root {
    display: grid;
    gap: 0.85rem;
  }
  .title {
    margin: 0;
    font-size: 1.375rem;
  }
  p {
    margin: 0;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
  }
  .field,
  .sort-field {
    display: grid;
    gap: 0.25rem;
  }
  .search {
    flex: 1 1 16rem;
  }
  label {
    font-weight: 600;
    font-size: 0.875rem;
  }
  input,
  select {
    min-block-size: 2.5rem;
    padding: 0.4rem 0.6rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sort-controls {
    display: none;
    gap: 0.75rem;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .skeleton {
    display: none;
  }
  .scroller {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
    /* Words break only when one alone is wider than its column (never « Chauffe-rie »). */
    overflow-wrap: break-word;
  }
  th,
  td {
    padding: 0.55rem 0.6rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface-2);
    white-space: nowrap;
  }
  .sort {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 700;
  }
  .sort .arrow {
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    opacity: 0.45;
  }
  .sort .arrow.on {
    opacity: 1;
  }
  .number,
  .nw {
    white-space: nowrap;
  }
  .when {
    min-inline-size: 6.5rem;
  }
  .work {
    min-inline-size: 12rem;
  }
  td.pstate {
    min-inline-size: 10rem;
  }
  td.pstate > .icon {
    vertical-align: -0.25em;
    margin-inline-end: 0.3rem;
  }
  td.pstate.awaiting {
    font-weight: 600;
  }
  .watch {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    padding: 0.15rem 0.55rem 0.15rem 0.4rem;
    border: 1px solid;
    border-radius: 999px;
    font-weight: 600;
    white-space: nowrap;
  }
  .watch .icon {
    width: 1.1em;
    height: 1.1em;
  }
  .watch.to-do {
    color: var(--_text);
    border-color: var(--_muted);
    background: color-mix(in srgb, var(--_muted) 14%, var(--_surface));
  }
  .watch.not-done {
    color: var(--_danger-fg);
    border-color: var(--_danger-border);
    background: var(--_danger-bg);
  }
  .watch.done {
    color: var(--_success-fg);
    border-color: var(--_success-fg);
    background: color-mix(in srgb, var(--_success-fg) 12%, var(--_surface));
  }
  .watch-when {
    display: block;
    margin-block-start: 0.2rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .actions {
    white-space: nowrap;
  }
  .eye {
    min-block-size: 2.25rem;
    padding: 0.3rem 0.75rem;
  }
  .eye[aria-busy='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .load-failed {
    display: grid;
    gap: 0.35rem;
    justify-items: start;
    margin-block-start: 0.4rem;
    color: var(--_danger-fg);
    white-space: normal;
  }
  tr.open > * {
    border-block-end: 0;
  }
  .details td {
    background: var(--_surface-2);
  }
  .details p {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
  }
  /* Narrow (360 px): each permit a card; « Trier par » replaces the headers. */
  @container (max-width: 44rem) {
    .sort-controls {
      display: flex;
      flex-wrap: wrap;
    }
    .scroller {
      border: 0;
    }
    table,
    tbody,
    tr,
    th,
    td,
    td.pstate {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr:not(.details) {
      display: grid;
      gap: 0.3rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: 0.6rem;
    }
    tbody th,
    tbody td,
    td.pstate {
      padding: 0;
      border: 0;
    }
    .work {
      min-inline-size: 0;
      font-weight: 600;
    }
    .when {
      white-space: normal;
    }
    .when::before {
      content: attr(data-label) '\\202F: ';
      color: var(--_muted);
    }
    .details td {
      padding: 0.6rem;
      margin-block: -0.4rem 0.6rem;
      border-radius: var(--_radius);
    }
  }
`;
