import { css } from 'lit';

/** The first screen: the links, their sites, the buttons, loading / empty / error. The forms' and the dialog's are in `id-pin-links-edits.styles.ts`; their `.notice` shares the danger box of `.problem` here, since both render in this shadow root. */
export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--id-pin-links-max-width, 48rem);
    container-type: inline-size;
  }
  .root {
    display: grid;
    gap: 1rem;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  .title {
    font-size: 1.375rem;
    line-height: 1.25;
  }
  .title:focus,
  h3:focus {
    outline: none;
  }
  .title:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .intro,
  .meta,
  .site-sub {
    color: var(--_muted);
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .problem,
  .notice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_danger-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .problem > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .problem-title,
  .empty-title {
    font-weight: 600;
  }
  .empty {
    display: grid;
    gap: 0.25rem;
    padding: 1.25rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  ul[role='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .links {
    display: grid;
    gap: 1rem;
  }
  .link > section {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .link-head {
    display: grid;
    gap: 0.25rem;
  }
  .link-head h3 {
    font-size: 1.125rem;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875rem;
  }
  .sites {
    display: grid;
    border-block: 1px solid var(--_border);
  }
  .site {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    padding-block: 0.5rem;
  }
  .site + .site {
    border-block-start: 1px solid var(--_border);
  }
  .site-text {
    display: grid;
    min-inline-size: 0;
  }
  .site-label {
    font-weight: 600;
  }
  .site-sub {
    font-size: 0.875rem;
  }
  .badge {
    justify-self: start;
    margin-block-start: 0.25rem;
    padding: 0.0625rem 0.5rem;
    border-radius: 0.75rem;
    border: 1px solid var(--_border);
    background: var(--_surface);
    font-size: 0.8125rem;
  }
  .holder {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.5rem 1rem;
    margin: 0;
    font-size: 0.9375rem;
  }
  .holder dt {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .holder dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .btn {
    min-block-size: 2.75rem;
  }
  .btn.small {
    flex: none;
    min-block-size: 2.5rem;
    padding-inline: 0.75rem;
  }
  .btn.secondary.danger {
    border-color: var(--_danger-border);
    color: var(--_danger-fg);
  }
  .btn[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  [aria-busy='true'] {
    cursor: progress;
  }
  .add-bar {
    display: flex;
  }
  @container (max-width: 30rem) {
    .site {
      flex-wrap: wrap;
      gap: 0.375rem 0.75rem;
    }
    .site-text {
      flex: 1 1 12rem;
    }
    .link > section {
      padding: 0.75rem;
    }
    .actions .btn {
      flex: 1 1 auto;
    }
  }
`;
