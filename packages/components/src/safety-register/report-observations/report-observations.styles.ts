import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--report-observations-max-width, 56rem);
  }
  .root {
    display: grid;
    gap: 0.75rem;
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
  }
  .notice {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_warning-border);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning-fg);
  }
  .notice p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .items h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .items ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .items li {
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .items li p {
    margin: 0;
  }
  .items li .by {
    margin-block-start: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  dialog {
    width: min(56rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;
