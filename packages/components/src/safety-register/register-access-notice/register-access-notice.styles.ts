import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .notice {
    display: grid;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_danger-border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  h2 {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0;
    font-size: 1.1rem;
  }
  p {
    margin: 0;
  }
  .feature {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  a.btn {
    text-decoration: none;
  }
  .btn[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .hint {
    color: var(--_text);
  }
`;
