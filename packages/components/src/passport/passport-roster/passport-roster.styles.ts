import { css } from 'lit';
import { stackedTableStyles } from '../../base/virtual-table/virtual-table.styles.js';

/** `<passport-roster>`'s own styles, after the shared virtual table's and lists' (`virtualTableStyles`, `virtualListStyles`). */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_row-h: var(--passport-roster-row-height, 3rem);
    --_head-h: 3rem;
    --_max-h: var(--passport-roster-height, 36rem);
    --_min-w: var(--passport-roster-min-width, 54rem);
  }

  /* ── heading, search, count, progress ──────────────────────────────────────────────── */
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem 1rem;
  }
  .title {
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .enroll {
    text-decoration: none;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 1.25rem;
  }
  .search {
    position: relative;
    flex: 1 1 18rem;
    max-width: 30rem;
  }
  .search > .icon {
    position: absolute;
    top: 0.75rem;
    left: 0.75rem;
    color: var(--_muted);
    pointer-events: none;
  }
  .hint {
    margin-top: 0.25rem;
  }
  .count {
    margin-top: 0.65rem;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-top: 0.7rem;
    gap: 0.25rem 0.6rem;
    color: var(--_muted);
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  progress {
    width: 9rem;
    height: 0.6rem;
    accent-color: var(--_accent);
  }

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

  /* ── dialogs ───────────────────────────────────────────────────────────────────────── */
  dialog {
    width: min(32rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 18px 48px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(15 20 25 / 0.6);
  }
  .confirm form {
    display: grid;
    gap: 1rem;
    padding: 1.25rem;
  }
  .confirm h2 {
    font-size: 1.1rem;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .confirm.delete h2 {
    color: var(--_danger-fg);
  }
  .dialog-text {
    display: grid;
    gap: 0.5rem;
    overflow-wrap: anywhere;
  }
  .dialog-text ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .warning {
    font-weight: 600;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .dialog-error {
    display: flex;
    gap: 0.6rem;
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_danger-border);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .dialog-error > div {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  .dialog-error:focus {
    outline: none;
  }
  /* The employee read again after a conflict (a notice box): as they are now, to confirm again. */
  .dialog-reloaded {
    padding-block: 0.6rem;
    border-inline-start-color: var(--_accent);
  }
  .dialog-reloaded > .icon {
    color: var(--_accent);
  }
  .editor {
    width: min(46rem, calc(100vw - 1rem));
  }
  .dialog-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding: 0.25rem;
    background: var(--_surface);
  }
  .dialog-bar .icon-btn {
    color: var(--_text);
  }
  .dialog-body {
    padding: 0 1.25rem 1.25rem;
  }

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
