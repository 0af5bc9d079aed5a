import { css } from 'lit';

/** `<site-schedule>`: the list of days (the temporary-change form's are in its editor). */
export const scheduleStyles = css`
  .days-scroll {
    max-block-size: 26rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .days {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .day {
    display: grid;
    grid-template-columns: 10rem 1fr auto;
    gap: 0.25rem 0.75rem;
    align-items: center;
    padding: 0.35rem 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  .day:last-child {
    border-block-end: 0;
  }
  .day.temporary {
    border-inline-start: 4px solid var(--_accent);
  }
  .day.selected {
    background: var(--_surface-2);
  }
  .day-date {
    font-weight: 600;
  }
  .day-hours {
    display: grid;
  }
  .day-actions {
    display: flex;
    flex-wrap: wrap;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8rem;
    font-weight: 600;
  }
  @container (max-width: 34rem) {
    .day {
      grid-template-columns: 1fr auto;
    }
    .day-hours {
      grid-column: 1;
    }
    .day-actions {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
  }
  .nowrap {
    white-space: nowrap;
  }
`;
