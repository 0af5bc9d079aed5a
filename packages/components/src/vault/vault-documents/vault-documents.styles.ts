import { css } from 'lit';
import { stateStyles } from './documents-states.styles.js';
import { dialogStyles } from './documents-dialogs.styles.js';

/** The folders, the content and the document rows; then the states and the dialogs (their own modules). */
const listStyles = css`
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

`;

export const styles = css`
  ${listStyles}
  ${stateStyles}
  ${dialogStyles}
`;
