/** The styles of `<site-contacts>`' dialogs and levels' help: loaded with them (`site-contacts.dialogs.on-demand.ts`). */
import { css } from 'lit';

export const dialogStyles = css`
  .levels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.75rem;
    margin: 0.5rem 0 0;
  }
  .level-info dt {
    font-weight: 700;
  }
  .level-info dd {
    margin: 0;
  }
  .level-info p {
    margin: 0.25rem 0;
  }
  .level-info ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.1rem;
    font-size: 0.875rem;
  }
  .level-info .grants {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .btn[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .dialog {
    inline-size: min(36rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 1rem 1rem 0.5rem;
    background: var(--_surface);
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.125rem;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    margin: -0.5rem -0.5rem 0 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }
  .form {
    display: grid;
    gap: 0.875rem;
    padding: 0 1rem 1rem;
  }
  .intro {
    margin: 0;
    color: var(--_muted);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.875rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field label,
  legend {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'] {
    font: inherit;
    min-block-size: 2.75rem;
    inline-size: 100%;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger-border);
    border-width: 2px;
  }
  input[readonly] {
    background: var(--_surface-2);
  }
  .error,
  .dialog-failure {
    display: flex;
    gap: 0.375rem;
    align-items: flex-start;
    margin: 0;
    color: var(--_danger-fg);
    font-size: 0.9375rem;
  }
  .dialog-failure {
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_danger-border);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
  }
  .error-count {
    margin: 0;
    font-weight: 600;
    color: var(--_danger-fg);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .level-option {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .level-option.checked {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .level-option.not-allowed {
    color: var(--_muted);
    background: var(--_surface-2);
  }
  .level-option input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
  }
  .level-option label {
    display: grid;
    gap: 0.125rem;
    cursor: pointer;
  }
  .level-option.not-allowed label {
    cursor: not-allowed;
  }
  .level-name {
    font-weight: 600;
  }
  .current {
    font-weight: 400;
    color: var(--_muted);
  }
  .level-desc {
    font-size: 0.875rem;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  @container (max-width: 30rem) {
    .dialog-actions .btn {
      flex: 1 1 100%;
    }
  }
`;
