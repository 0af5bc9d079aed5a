import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
  }
  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.45rem;
    min-height: 2.25rem;
    padding: 0.3rem 0.85rem;
    /* --_muted, not --_border: a control's outline needs 3:1 against the page (WCAG 1.4.11). */
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
    user-select: none;
  }
  .chip input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .chip:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .count {
    min-width: 1.5rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: color-mix(in srgb, currentColor 14%, transparent);
    font-size: 0.85em;
    text-align: center;
  }
  .group + .group {
    margin-top: 1.5rem;
  }
  h3 {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  .summary {
    color: var(--_muted);
    font-size: 0.9rem;
    font-weight: 400;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.55rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    background: var(--invoice-list-header-bg, var(--_surface-2));
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  /* The same column widths in every group, so the three tables line up. */
  table {
    table-layout: fixed;
  }
  thead th:nth-child(1) {
    width: 28%;
  }
  thead th:nth-child(2) {
    width: 20%;
  }
  thead th:nth-child(3) {
    width: 16%;
  }
  /* Wide enough for « FA-2026-0140 » and « 02/12/2026 » on one line in the dashboard's card (18% / 14% broke them). */
  thead th:nth-child(2) {
    width: 17%;
  }
  thead th:nth-child(1) {
    width: 22%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25rem 0.5rem;
  }
  .link {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 2.25rem;
    padding: 0.25rem 0.4rem;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .link:focus-visible,
  .pay:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .state.error.small {
    align-items: center;
    margin-top: 0.75rem;
    color: var(--_danger-fg);
  }
  .status > span {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    vertical-align: middle;
  }
  .status.late {
    color: var(--_danger-fg);
    font-weight: 600;
  }
  .status.paid {
    color: var(--_success-fg);
  }
  a {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    color: var(--_accent);
  }
  .state {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    margin: 0;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .state.small {
    padding: 0.6rem 0.75rem;
    color: var(--_muted);
  }
  .state.error {
    border: 1px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .state.error p {
    margin: 0 0 0.5rem;
  }
  .state.error .icon {
    margin-top: 0.1rem;
  }
  .skeleton {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .skeleton span {
    height: 2.25rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  @container (max-width: 520px) {
    table,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--_border);
    }
    tbody th,
    tbody td {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.2rem 0.25rem;
      border: 0;
      text-align: end;
    }
    tbody td.actions {
      justify-content: flex-start;
      padding-top: 0.4rem;
    }
    tbody [data-label]::before {
      content: attr(data-label);
      margin-inline-end: auto;
      color: var(--_muted);
      font-weight: 400;
      text-align: start;
    }
  }
`;
