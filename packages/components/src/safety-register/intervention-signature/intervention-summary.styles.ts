/** SR-SIGN — the styles `<intervention-list>` and `<intervention-signature>` share: states, details, signatures, notices. */
import { css } from 'lit';

export const summaryStyles = css`
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  .muted,
  .hint {
    color: var(--_muted);
  }
  .hint {
    margin: 0.25rem 0;
    font-size: 0.925em;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-weight: 600;
  }
  .status.late {
    color: var(--_danger-fg);
  }
  .status.due-today {
    color: var(--_warning-fg);
  }
  .status.closed {
    color: var(--_success-fg);
  }
  .details {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem 1.25rem;
    margin: 1rem 0;
  }
  .details .wide {
    grid-column: 1 / -1;
  }
  .details dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .details dd {
    margin: 0.1rem 0 0;
  }
  .signatures ul {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .signatures li {
    display: flex;
    gap: 0.5rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .signatures li > .icon {
    color: var(--_success-fg);
  }
  .signatures p {
    margin: 0;
  }
  .hash {
    font-family: ui-monospace, monospace;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .problem,
  .error {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    color: var(--_danger-fg);
  }
  .problem {
    padding: 0.75rem 1rem;
    margin: 0.75rem 0;
    border: 1px solid var(--_danger-border);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
  }
  .problem p,
  .error {
    margin: 0.25rem 0;
  }
  .problem-title {
    font-weight: 600;
  }
  .loading {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: 2.75rem;
    padding: 0.35rem 0;
    cursor: pointer;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
`;
