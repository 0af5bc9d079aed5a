import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_nav-width: var(--vault-documents-nav-width, 15rem);
  }
  .title {
    margin: 0 0 1rem;
    font-size: 1.35rem;
    line-height: 1.25;
  }
  h3,
  h4,
  p {
    margin: 0;
  }

  /* ── layout ─────────────────────────────────────────────────────────────────────────── */
  .layout {
    display: grid;
    grid-template-columns: var(--_nav-width) minmax(0, 1fr);
    gap: 1.25rem;
    align-items: start;
  }
  @container (max-width: 640px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
    }
  }

  /* ── folders ────────────────────────────────────────────────────────────────────────── */
  .folders ul {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .folder {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.45rem 0.6rem;
    border: 1px solid transparent;
    border-inline-start: 4px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    text-align: start;
  }
  .folder:hover {
    background: var(--_surface-2);
  }
  .folder[aria-current='true'] {
    border-inline-start-color: var(--_accent);
    background: var(--_surface-2);
    font-weight: 700;
  }
  .folder .icon {
    color: var(--_muted);
  }
  .folder[aria-current='true'] .icon {
    color: var(--_accent);
  }
  .folder .name {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .count {
    min-width: 1.75rem;
    padding: 0 0.45rem;
    border-radius: 999px;
    background: color-mix(in srgb, currentColor 12%, transparent);
    font-size: 0.85em;
    font-weight: 600;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 640px) {
    .folders ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .folder {
      width: auto;
      border: 1px solid var(--_muted);
      border-radius: 999px;
      padding: 0.35rem 0.85rem;
    }
    .folder[aria-current='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .folder[aria-current='true'] .icon {
      color: inherit;
    }
  }

  /* ── content ────────────────────────────────────────────────────────────────────────── */
  .content {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .content-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    padding-bottom: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .content-head h3 {
    font-size: 1.15rem;
  }
  .content-count {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .notice:empty {
    display: none;
  }
  .notice-box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.5rem 0.5rem 0.9rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_success-fg);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .notice-box > .icon {
    color: var(--_success-fg);
  }
  .notice-text {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .latest {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.6rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    color: var(--_text);
    font-weight: 600;
    text-align: start;
  }
  .latest .icon {
    color: var(--_accent);
  }
  .latest:hover {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }

  /* ── years and documents ────────────────────────────────────────────────────────────── */
  .year h4 {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .documents {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .document {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.55rem 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  .document:first-child {
    border-top: 1px solid var(--_border);
  }
  .document > .icon {
    color: var(--_muted);
  }
  .doc-main {
    flex: 1;
    min-width: 0;
  }
  .doc-title {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    max-width: 100%;
    min-height: 1.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-decoration-color: color-mix(in srgb, currentColor 40%, transparent);
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }
  .doc-title:hover {
    text-decoration-color: currentColor;
  }
  .doc-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4rem;
    color: var(--_muted);
    font-size: 0.88rem;
    font-variant-numeric: tabular-nums;
  }
  /* The separator is drawn, not written: screen readers do not read it. */
  .doc-meta > * + *::before {
    content: '·' / '';
    margin-inline-end: 0.4rem;
  }
  /* In the archives: the folder a document came from, on a line of its own. */
  .doc-meta > .doc-folder {
    display: inline-flex;
    flex-basis: 100%;
    align-items: center;
    gap: 0.25rem;
    overflow-wrap: anywhere;
  }
  .doc-meta > .doc-folder::before {
    content: none;
  }
  .doc-folder .icon {
    width: 1em;
    height: 1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.125rem;
  }
  .icon-btn {
    display: inline-grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  .icon-btn:hover,
  .action-btn:hover {
    border-color: var(--_border);
    background: var(--_surface-2);
  }
  /* A document's actions: icons beside the title (their short names as tooltips), icons and names under it on narrow containers. */
  .action-btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35rem;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0 0.5rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-size: 0.9rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .action-name {
    display: none;
  }
  [aria-disabled='true'] {
    cursor: progress;
  }
  /* Wide containers (mouse, most likely): 40 px targets leave the titles room. */
  @container (min-width: 641px) {
    .document .action-btn {
      min-width: 2.5rem;
      min-height: 2.5rem;
      padding: 0;
    }
  }
  @container (max-width: 480px) {
    .document {
      flex-wrap: wrap;
      align-items: flex-start;
    }
    .document > .icon {
      margin-top: 0.2rem;
    }
    .doc-main {
      flex-basis: calc(100% - 2.5rem);
    }
    /* Under the title, across the row: named buttons as wide as their names (never cut), as many
       a line as fit (two in most containers and languages), each line filled. */
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      width: 100%;
    }
    .action-btn {
      flex: 1 1 7.5rem;
      min-width: max-content;
      justify-content: flex-start;
      padding: 0 0.6rem;
      border-color: var(--_border);
      font-size: 0.875rem;
    }
    .action-name {
      display: inline;
    }
  }

  /* ── states ─────────────────────────────────────────────────────────────────────────── */
  .state {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .state > div {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .state .icon {
    margin-top: 0.1rem;
  }
  .state > div > .btn {
    justify-self: start;
  }
  .state.small {
    padding: 0.75rem 1rem;
    color: var(--_muted);
  }
  .state.empty h4 {
    font-size: 1.05rem;
  }
  .state.empty .icon,
  .state.signed-out .icon {
    color: var(--_accent);
  }
  .state.signed-out .btn {
    justify-self: start;
    text-decoration: none;
  }
  .state.error {
    border: 1px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .state.error .btn:not(.secondary) {
    border-color: var(--_danger-fg);
    background: var(--_danger-fg);
    color: var(--_danger-bg);
  }
  .state.error .btn.secondary {
    border-color: var(--_danger-fg);
    color: var(--_danger-fg);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .btn.small {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
  }
  .help {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .help summary {
    display: flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .help summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.6rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  .help[open] summary::before {
    transform: rotate(45deg);
  }
  .help summary::-webkit-details-marker {
    display: none;
  }
  .help p {
    padding: 0 1rem 0.85rem 2.1rem;
  }
  .help a {
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  /* A refresh that failed, above the list it leaves as it was. */
  .refresh-error {
    margin-bottom: 1rem;
  }
  .skeleton {
    display: grid;
    grid-template-columns: var(--_nav-width) minmax(0, 1fr);
    gap: 0.6rem 1.5rem;
    margin-top: 0.75rem;
  }
  .skeleton span {
    grid-column: 2;
    height: 3.25rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .skeleton span.nav {
    grid-column: 1;
    grid-row: 1 / span 3;
    height: 10rem;
  }
  @container (max-width: 640px) {
    .skeleton {
      grid-template-columns: minmax(0, 1fr);
    }
    .skeleton span,
    .skeleton span.nav {
      grid-column: 1;
      grid-row: auto;
      height: 2.75rem;
    }
  }

  /* ── dialogs ────────────────────────────────────────────────────────────────────────── */
  dialog {
    max-width: calc(100vw - 1rem);
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
  dialog h2 {
    margin: 0;
    font-size: 1.15rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  @container (max-width: 480px) {
    .viewer header h2 {
      font-size: 1rem;
    }
  }
  .viewer[open] {
    display: flex;
    flex-direction: column;
    width: min(64rem, calc(100vw - 1rem));
    height: var(--vault-documents-viewer-height, 80dvh);
  }
  .viewer header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0.5rem 0.5rem 0.5rem 1.25rem;
    border-bottom: 1px solid var(--_border);
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
