import { css } from 'lit';

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
  .hint,
  .meta,
  .site-sub {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.875rem;
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
  .notice:focus {
    outline: none;
  }
  .notice .detail {
    display: block;
    margin-block-start: 0.25rem;
  }
  .empty {
    display: grid;
    gap: 0.25rem;
    padding: 1.25rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  ul[role='list'],
  .named {
    margin: 0;
    padding: 0;
  }
  ul[role='list'] {
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
  .site.editing {
    display: block;
  }
  .rename {
    display: grid;
    gap: 0.375rem;
  }
  .rename label {
    font-weight: 600;
  }
  .rename input {
    inline-size: 100%;
    max-inline-size: 28rem;
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
  .btn.danger {
    border-color: var(--_danger-border);
    background: var(--_danger-border);
    color: var(--_on-danger);
  }
  .btn.secondary.danger {
    background: transparent;
    color: var(--_danger-fg);
  }
  .btn[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .btn .spinner {
    border-color: currentColor;
    border-top-color: transparent;
  }
  .panel,
  .add {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  form {
    display: grid;
    gap: 0.875rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.875rem 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .field label {
    font-weight: 600;
  }
  input {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 100%;
  }
  input[name='add-identifier'],
  input[type='password'] {
    max-inline-size: 14rem;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger-border);
    border-width: 2px;
  }
  input[readonly] {
    background: var(--_surface-2);
  }
  .error {
    display: flex;
    gap: 0.375rem;
    align-items: flex-start;
    color: var(--_danger-fg);
    font-size: 0.9375rem;
  }
  .add-bar {
    display: flex;
  }
  .dialog {
    inline-size: min(32rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .dialog[open] {
    display: grid;
    gap: 0.75rem;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-body {
    display: grid;
    gap: 0.5rem;
  }
  .named {
    padding-inline-start: 1.25rem;
    font-weight: 600;
  }
  .dialog .actions {
    justify-content: flex-end;
  }
  @container (max-width: 30rem) {
    .site {
      flex-wrap: wrap;
      gap: 0.375rem 0.75rem;
    }
    .site-text {
      flex: 1 1 12rem;
    }
    .link > section,
    .panel,
    .add {
      padding: 0.75rem;
    }
    .actions .btn {
      flex: 1 1 auto;
    }
  }
`;
