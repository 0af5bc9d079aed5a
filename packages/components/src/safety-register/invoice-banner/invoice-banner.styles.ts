import { css } from 'lit';
import { dialogStyles } from '../../base/dialog.styles.js';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .banner {
    --_bg: var(--invoice-banner-warning-bg, var(--_warning-bg));
    --_fg: var(--_warning-fg);
    --_edge: var(--_warning-border);
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.5rem 0.85rem;
    align-items: center;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_edge);
    border-inline-start-width: 6px;
    border-radius: var(--invoice-banner-radius, var(--_radius));
    background: var(--_bg);
    color: var(--_fg);
  }
  .banner.overdue,
  .banner.suspended {
    --_bg: var(--invoice-banner-danger-bg, var(--_danger-bg));
    --_fg: var(--_danger-fg);
    --_edge: var(--_danger-border);
  }
  .banner.error {
    --_bg: var(--_surface-2);
    --_fg: var(--_text);
    --_edge: var(--_border);
  }
  .banner > .icon {
    color: var(--_edge);
    align-self: start;
    margin-top: 0.1rem;
  }
  .label {
    display: block;
    font-size: 0.95rem;
    letter-spacing: 0.01em;
  }
  .message {
    margin: 0.15rem 0 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .banner.error .message {
    margin: 0;
  }
  .action {
    --_accent: var(--_edge);
    --_on-accent: var(--_surface);
    white-space: nowrap;
  }
  .banner.warning .action {
    --_on-accent: #1b1f24;
  }
  @container (max-width: 720px) {
    .banner {
      grid-template-columns: auto 1fr;
    }
    .action {
      grid-column: 1 / -1;
      white-space: normal;
      width: 100%;
    }
  }
  ${dialogStyles}
  dialog {
    --_dialog-inset: 2rem;
    width: min(56rem, calc(100vw - 2rem));
  }
  dialog .dialog-head {
    position: sticky;
    top: 0;
    z-index: 1;
    justify-content: space-between;
    gap: 1rem;
    background: var(--_surface);
  }
  dialog h2 {
    font-size: 1.2rem;
  }
  .close {
    display: inline-grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
  }
  .close:hover {
    background: var(--_surface-2);
  }
  dialog invoice-list {
    padding: 1rem 1.25rem 1.25rem;
  }
`;
