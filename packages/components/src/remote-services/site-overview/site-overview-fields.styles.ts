import { css } from 'lit';

/** The fields of the overview's on-demand forms (the test mode's, the schedule editor's): loaded with them. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  .field > span,
  .field > label {
    font-weight: 600;
  }
  select,
  input {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 100%;
  }
`;
