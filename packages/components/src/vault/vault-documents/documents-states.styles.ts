import { css } from 'lit';

/** VA-DOCS: the loading, empty, error and signed-out states, the help and the skeleton. */
export const stateStyles = css`
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

`;
