import { css } from 'lit';

/** The first screen: the filters, the table (cards where narrow), its states; the sort buttons of the shared header. */
export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--anomaly-list-max-width, 80rem);
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: 0.75rem;
  }
  h2,
  p {
    margin: 0;
  }
  .eyebrow {
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .title {
    font-size: 1.375rem;
    line-height: 1.25;
  }
  .intro,
  .hint,
  .count,
  .sub {
    color: var(--_muted);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
    flex: 1 1 11rem;
  }
  .field.search {
    flex: 2 1 16rem;
  }
  label,
  .sort-field label {
    font-weight: 600;
  }
  .hint {
    font-size: 0.8125rem;
  }
  input,
  select {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    inline-size: 100%;
    min-inline-size: 0;
  }
  .state {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state > div {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  .state.error {
    border: 1px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .state.loading {
    align-items: center;
    border: 0;
  }
  .sort-controls {
    display: none;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .sort-field {
    display: grid;
    gap: 0.25rem;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95rem;
    /* Words break only when one alone is wider than its column (« anywhere », the tokens' default,
       lets the table squeeze a column until « Localisation » breaks mid-word). */
    overflow-wrap: break-word;
  }
  th,
  td {
    padding: 0.5rem 0.6rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    padding: 0.25rem;
    background: var(--_surface-2);
    vertical-align: bottom;
  }
  tbody th {
    font-weight: 600;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    width: 100%;
    min-height: 2.5rem;
    padding: 0.2rem 0.4rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-align: start;
  }
  th[aria-sort] .sort {
    color: var(--_accent);
  }
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
  .ref,
  .date {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .sub {
    display: block;
    font-size: 0.875rem;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    white-space: nowrap;
  }
  .tag .icon {
    width: 1.1em;
    height: 1.1em;
  }
  .crit-critical {
    color: var(--_danger-fg);
    font-weight: 700;
  }
  .crit-major,
  .state-open {
    color: var(--_warning-fg);
  }
  .state-closed {
    color: var(--_success-fg);
  }
  .actions {
    inline-size: 3rem;
    text-align: center;
  }
  .eye {
    display: inline-grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }
  .eye:hover {
    background: var(--_surface-2);
  }
  .dialog {
    inline-size: min(44rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  @container (max-width: 46rem) {
    .sort-controls {
      display: flex;
    }
    thead:not(:focus-within) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody,
    tr,
    td,
    tbody th {
      display: block;
    }
    .table-wrap {
      border: 0;
      background: none;
    }
    tbody tr {
      position: relative;
      margin-block-end: 0.75rem;
      padding: 0.5rem 3.5rem 0.5rem 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    tbody td,
    tbody th {
      border: 0;
      padding-block: 0.15rem;
    }
    tbody td[data-label]::before {
      content: attr(data-label) '\u202f: ';
      font-weight: 600;
      color: var(--_muted);
    }
    td.actions {
      position: absolute;
      inset-block-start: 0.5rem;
      inset-inline-end: 0.5rem;
      padding: 0;
    }
  }
`;
