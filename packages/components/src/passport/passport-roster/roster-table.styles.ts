import { css } from 'lit';

/** `<passport-roster>`: its table's columns and cells, and the buttons (after the states, `roster-states.styles.ts`). */
export const rosterTableStyles = css`
  /* ── the table ─────────────────────────────────────────────────────────────────────── */
  .col-firstName {
    width: 11%;
  }
  /* The last name carries the e-mail on a second line (homonyms are told apart). */
  .col-lastName {
    width: 20%;
  }
  .col-profile {
    width: 16%;
  }
  .col-passport {
    width: 13%;
  }
  /* « Bloqué » carries the module and the day of the block. */
  .col-state {
    width: 16%;
  }
  .col-expiresOn {
    width: 11%;
  }
  .col-actions {
    width: 13%;
  }
  th.th-actions {
    padding: 0 0.75rem;
  }
  tbody tr.fresh {
    background: color-mix(in srgb, var(--_success-fg) 12%, transparent);
  }
  td.text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /*
   * A text cell's lines are cut with an ellipsis to keep rows one height; the whole text is shown
   * over the rows below while the pointer is on the cell, or while the row holds the focus (Tab to
   * its link or buttons): no title attribute, readable by pointer and keyboard alike.
   */
  td.text {
    position: relative;
  }
  .cell {
    display: block;
    min-width: 0;
  }
  .line.email,
  .line.block-info {
    color: var(--_muted);
    font-size: 0.85em;
  }
  td.text:hover,
  tr:focus-within td.text {
    overflow: visible;
  }
  td.text:hover > .cell,
  tr:focus-within td.text > .cell {
    position: absolute;
    z-index: 2;
    top: 0;
    inset-inline: 0;
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: 100%;
    padding: 0.3rem 0.75rem;
    background: var(--_surface);
    white-space: normal;
  }
  td.text:hover > .cell {
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  td.text:hover .line,
  tr:focus-within td.text .line,
  td.text:hover .clamp,
  tr:focus-within td.text .clamp {
    overflow: visible;
    white-space: normal;
    overflow-wrap: anywhere;
    -webkit-line-clamp: unset;
    max-height: none;
  }
  .status[data-state='active'] .icon {
    color: var(--_success-fg);
  }
  .status[data-state='expired'] {
    color: var(--_danger-fg);
  }
  .status[data-state='expiring'] {
    color: var(--_warning-fg);
  }
  .clamp {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-height: 1.2;
    max-height: 2.4em;
    font-size: 0.9em;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .link {
    color: var(--_accent);
    font-weight: 600;
    /* « Voir le passeport » may wrap on two lines in a narrow column rather than run into the next. */
    line-height: 1.2;
    text-decoration: underline;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
    text-underline-offset: 0.2em;
  }
  .link:hover {
    text-decoration-color: currentColor;
  }
  /* « Voir le passeport » is a button that reads as the seed's link (PP-ROSTER). */
  button.link {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
  }
  .blocked {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 2rem;
    padding: 0.15rem 0.7rem;
    border: 1px solid var(--_danger-border);
    border-radius: 999px;
    background: var(--_danger-bg);
    color: var(--_danger-fg);
    font-weight: 700;
    white-space: nowrap;
  }
  /* With the day and module of the block under it, « Bloqué » is shorter: both lines fit the row. */
  .status-cell .cell .blocked {
    min-height: 1.6rem;
    padding-block: 0;
  }
  .blocked:hover {
    border-width: 2px;
    padding: calc(0.15rem - 1px) calc(0.7rem - 1px);
  }
  .row-actions {
    display: flex;
    gap: 0.25rem;
  }
  td .icon {
    width: 1.15rem;
    height: 1.15rem;
  }
  .icon-btn {
    display: inline-grid;
    flex: none;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  .icon-btn:hover {
    border-color: var(--_border);
    background: var(--_surface-2);
  }
  .icon-btn.danger {
    color: var(--_danger-fg);
  }

  /* ── buttons ───────────────────────────────────────────────────────────────────────── */
  .btn.danger {
    border-color: var(--_danger-border);
    background: var(--_danger-border);
    color: var(--_on-danger);
  }
  .btn.small {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
  }
  .btn[aria-disabled='true'] {
    cursor: progress;
  }
`;
