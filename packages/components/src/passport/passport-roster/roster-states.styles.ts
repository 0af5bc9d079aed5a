import { css } from 'lit';

/** `<passport-roster>`: the state filters, the summary, the referent's alert (PP-ROSTER, PP-BLOCK), the messages and states (after `styles`, `passport-roster.styles.ts`). */
export const rosterStateStyles = css`
  /* ── state filters, summary, the referent's alert (PP-ROSTER, PP-BLOCK) ──────────────── */
  .filters {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filters-legend {
    margin-bottom: 0.35rem;
    padding: 0;
    font-weight: 600;
    font-size: 0.9rem;
  }
  .filter-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .filter {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2.25rem;
    padding: 0.2rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    user-select: none;
  }
  .filter input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .filter:hover {
    border-color: var(--_muted);
  }
  .filter:has(input:checked) {
    border: 2px solid var(--_accent);
    padding: calc(0.2rem - 1px) calc(0.7rem - 1px);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    font-weight: 700;
  }
  .filter:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .filter .icon {
    width: 1rem;
    height: 1rem;
  }
  .filter[data-state='blocked'] .icon,
  .filter[data-state='expired'] .icon {
    color: var(--_danger-fg);
  }
  .filter[data-state='expiring'] .icon {
    color: var(--_warning-fg);
  }
  .filter[data-state='active'] .icon {
    color: var(--_success-fg);
  }
  .filter-count {
    min-width: 1.5rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: var(--_surface-2);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    text-align: center;
  }
  .filter.zero {
    color: var(--_muted);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-weight: 600;
  }
  .summary-item[data-state='blocked'],
  .summary-item[data-state='expired'] {
    color: var(--_danger-fg);
  }
  .summary-item[data-state='expiring'] {
    color: var(--_warning-fg);
  }
  .alert-region:empty {
    display: none;
  }
  .alert-box {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.75rem 0.5rem 0.75rem 0.9rem;
    border: 1px solid var(--_danger-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .alert-box:focus {
    outline: none;
  }
  .alert-box > .icon {
    flex: none;
    margin-top: 0.1rem;
  }
  .alert-body {
    display: grid;
    flex: 1;
    gap: 0.4rem;
    justify-items: start;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .alert-box .btn.secondary {
    border-color: var(--_danger-fg);
    background: var(--_surface);
    color: var(--_danger-fg);
  }
  .alert-box .icon-btn {
    color: var(--_danger-fg);
  }

  /* ── messages and states ───────────────────────────────────────────────────────────── */
  .notice:empty {
    display: none;
  }
  .notice-box {
    display: flex;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.35rem 0.35rem 0.35rem 0.9rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_success-fg);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .notice-box:focus {
    outline: none;
  }
  .notice-box:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .notice-box > .icon {
    color: var(--_success-fg);
  }
  .notice-text {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .state > div {
    overflow-wrap: anywhere;
  }
  .state.signed-out .icon {
    color: var(--_accent);
  }
  .signed-out .btn {
    text-decoration: none;
  }
`;
