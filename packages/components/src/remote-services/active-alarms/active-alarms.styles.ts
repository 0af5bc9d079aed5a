import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_p1: var(--active-alarms-p1, var(--_danger-border));
    --_p2: var(--active-alarms-p2, var(--_warning-border));
    --_p3: var(--active-alarms-p3, var(--_accent));
  }
  p,
  h2,
  h3 {
    margin: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-block-end: 0.75rem;
  }
  h2 {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 1.25rem;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .count {
    min-inline-size: 1.6rem;
    padding: 0.05rem 0.45rem;
    border-radius: 999px;
    background: var(--_surface-2);
    border: 1px solid var(--_border);
    font-size: 0.9rem;
    text-align: center;
  }
  .link {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .dot {
    inline-size: 0.55rem;
    block-size: 0.55rem;
    border-radius: 50%;
    background: var(--_muted);
  }
  [data-link='live'] .dot {
    background: var(--_success-fg);
  }
  [data-link='reconnecting'] .dot,
  [data-link='connecting'] .dot {
    background: var(--_warning-border);
  }
  .state {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .state.error {
    align-items: flex-start;
    border-style: solid;
    border-color: var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .state.error > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .detail {
    font-size: 0.9rem;
  }
  .alarms {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .alarm {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.4rem 0.9rem;
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_prio);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [data-priority='1'] {
    --_prio: var(--_p1);
  }
  [data-priority='2'] {
    --_prio: var(--_p2);
  }
  [data-priority='3'] {
    --_prio: var(--_p3);
  }
  .priority,
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    border: 2px solid var(--_prio);
    font-size: 0.85rem;
    font-weight: 700;
    white-space: nowrap;
  }
  .alarm[data-priority='1'] .priority,
  .badge[data-priority='1'] {
    background: var(--_p1);
    color: var(--_on-danger);
  }
  .main {
    display: grid;
    gap: 0.15rem;
  }
  .site {
    font-weight: 600;
  }
  /* « Zone 5 — Parking » goes to the next line whole rather than split after the dash. */
  .zone {
    display: inline-block;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 1rem;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .dispatch[data-dispatched='true'] {
    color: var(--_text);
    font-weight: 600;
  }
  .actions {
    max-inline-size: 16rem;
  }
  .note {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .note .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-block-start: 0.1em;
  }
  .btn.cancel {
    border-color: var(--_danger-border);
    color: var(--_danger-fg);
    background: var(--_surface);
    white-space: nowrap;
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.7;
    cursor: default;
  }
  @container (max-width: 560px) {
    .alarm {
      grid-template-columns: minmax(0, 1fr);
    }
    .priority {
      justify-self: start;
    }
    .actions {
      max-inline-size: none;
    }
  }
`;
