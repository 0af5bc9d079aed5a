import { css } from 'lit';

/** The forms, the inline nickname and the removal dialog (loaded with them, `id-pin-links-edits.on-demand.ts`). */
export const editStyles = css`
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .notice:focus {
    outline: none;
  }
  .notice .detail {
    display: block;
    margin-block-start: 0.25rem;
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
  .dialog .btn.danger {
    border-color: var(--_danger-border);
    background: var(--_danger-border);
    color: var(--_on-danger);
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
    margin: 0;
    padding-inline-start: 1.25rem;
    font-weight: 600;
  }
  .dialog .actions {
    justify-content: flex-end;
  }
  @container (max-width: 30rem) {
    .panel,
    .add {
      padding: 0.75rem;
    }
  }
`;
