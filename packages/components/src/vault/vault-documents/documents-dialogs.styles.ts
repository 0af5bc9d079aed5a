import { css } from 'lit';
import { dialogStyles as sharedDialogStyles } from '../../base/dialog.styles.js';

/** VA-DOCS: the viewer and the move dialog, on the shared dialog sheet. */
export const dialogStyles = css`
  /* ── dialogs ────────────────────────────────────────────────────────────────────────── */
  ${sharedDialogStyles}
  dialog {
    max-width: calc(100vw - 1rem);
  }
  dialog h2 {
    font-size: 1.15rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  @container (max-width: 480px) {
    .viewer .dialog-head h2 {
      font-size: 1rem;
    }
  }
  .viewer[open] {
    display: flex;
    flex-direction: column;
    width: min(64rem, calc(100vw - 1rem));
    height: var(--vault-documents-viewer-height, 80dvh);
  }
  .viewer .dialog-head {
    justify-content: space-between;
    padding: 0.5rem 0.5rem 0.5rem 1.25rem;
  }
  .viewer-actions {
    display: flex;
    flex: none;
    gap: 0.25rem;
  }
  .viewer .close {
    color: var(--_text);
  }
  .pdf {
    flex: 1;
    width: 100%;
    min-height: 0;
    border: 0;
    background: #fff;
  }
  /* Under the PDF: where a page's security policy blanks it, the way to get the document anyway. */
  .viewer-fallback {
    padding: 0.5rem 1.25rem;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  .viewer-fallback a {
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  .move {
    width: min(30rem, calc(100vw - 1rem));
  }
  .move-form {
    display: grid;
    gap: 1rem;
    padding: 1.25rem;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: 0.5rem;
    padding: 0;
    font-weight: 600;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: 2.75rem;
    padding: 0.4rem 0.85rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .radio input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .radio:has(input:checked) {
    border: 2px solid var(--_accent);
    padding: calc(0.4rem - 1px) calc(0.85rem - 1px);
    font-weight: 600;
  }
  .radio .icon {
    color: var(--_muted);
  }
  .move-error {
    display: flex;
    gap: 0.5rem;
    padding: 0.6rem 0.85rem;
    border: 1px solid var(--_danger-border);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }

  /* The hidden frame that prints a PDF: rendered (a display:none frame does not print), but not seen. */
  .print-frame {
    position: fixed;
    right: 0;
    bottom: 0;
    width: 0;
    height: 0;
    border: 0;
    visibility: hidden;
  }
  .download-link {
    display: none;
  }
`;
