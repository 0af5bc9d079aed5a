import { css } from 'lit';
import { dialogStyles } from '../../base/dialog.styles.js';

/** `<passport-roster>`: its dialogs (after the table, `roster-table.styles.ts`), on the shared dialog sheet. */
export const rosterDialogStyles = css`
  /* ── dialogs ───────────────────────────────────────────────────────────────────────── */
  ${dialogStyles}
  dialog {
    width: min(32rem, calc(100vw - 1rem));
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
`;
