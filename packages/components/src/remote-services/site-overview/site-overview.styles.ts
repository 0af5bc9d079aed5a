import { css } from 'lit';

/** What the overview and its schedule share (states, buttons, links); the on-demand forms' own are in their modules. */
export const overviewShared = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  h3 {
    font-size: 1.1rem;
  }
  h4 {
    font-size: 1rem;
  }
  section {
    display: grid;
    gap: 0.6rem;
    align-content: start;
  }
  /* The test mode's and the schedule's panels. */
  .box {
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .muted {
    color: var(--_muted);
    font-size: 0.925rem;
  }
  .state {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .state.prompt,
  .state.empty {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .state.error {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_danger-border);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .state.error > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .btn.danger {
    background: var(--_danger-border);
    border-color: var(--_danger-border);
    color: var(--_on-danger);
  }
  .btn[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .btn.secondary {
    justify-self: start;
  }
  .link {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link.danger {
    color: var(--_danger-fg);
  }
`;

export const styles = css`
  .base {
    display: grid;
    gap: 1rem;
  }
  .title {
    font-size: 1.35rem;
  }
  .header {
    display: grid;
    gap: 0.2rem;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    min-height: 2.75rem;
    padding: 0.5rem 0.9rem;
    border: 0;
    border-block-end: 3px solid transparent;
    background: transparent;
    color: var(--_muted);
    font-weight: 600;
  }
  .tab[aria-selected='true'] {
    color: var(--_text);
    border-block-end-color: var(--_accent);
  }
  .tab:hover {
    color: var(--_text);
  }
  .panel {
    display: grid;
    gap: 1.5rem;
  }
  .panel[hidden] {
    display: none;
  }
  .panel:focus-visible {
    outline-offset: 4px;
  }
  .systems {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .system {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    justify-content: space-between;
    align-items: center;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .system-name {
    display: grid;
    font-weight: 600;
  }
  .system-name .muted {
    font-weight: 400;
  }
  .state-chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.15rem 0.6rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-weight: 600;
    white-space: nowrap;
  }
  .state-chip.armed {
    color: var(--site-overview-state-armed, var(--_success-fg));
  }
  .state-chip.partial {
    color: var(--site-overview-state-partial, var(--_warning-fg));
    background: var(--_warning-bg);
  }
  .state-chip.disarmed {
    color: var(--_muted);
  }
  .test-mode.on {
    border-color: var(--_warning-border);
    background: var(--_warning-bg);
    color: var(--_warning-fg);
  }
  .test-mode.on .muted {
    color: inherit;
  }
  .tm-status {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .test-mode .btn {
    justify-self: start;
  }
  .timer {
    font-size: 1.15rem;
    font-variant-numeric: tabular-nums;
  }
`;
