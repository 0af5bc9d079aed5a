import { css } from 'lit';

/** The editor's dialog: the profile's view, the form with its matrix, the summary (loaded with them). */
export const editorStyles = css`
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  .head,
  .foot {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.75rem 1rem;
  }
  .head {
    border-block-end: 1px solid var(--_border);
  }
  .head h2 {
    font-size: 1.2rem;
  }
  .head h2:focus,
  .summary h3:focus {
    outline: none;
  }
  .head h2:focus-visible,
  .summary h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .foot {
    justify-content: flex-end;
    border-block-start: 1px solid var(--_border);
  }
  form.body .foot {
    margin: 0.5rem -1rem -1rem;
    position: sticky;
    inset-block-end: -1rem;
    background: var(--_surface);
  }
  .body {
    display: grid;
    gap: 1rem;
    padding: 1rem;
    overflow-y: auto;
  }
  .icon-btn {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.5rem;
    min-block-size: 2.5rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  /* One column as wide as the dialog: an auto column grows to the select's widest option and clips the form on a phone. */
  .body,
  .field {
    grid-template-columns: minmax(0, 1fr);
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 400;
  }
  .hint:empty {
    display: none;
  }
  input[type='text'],
  select {
    font: inherit;
    min-block-size: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger-border);
  }
  .field-error {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    margin: 0;
    color: var(--_danger-fg);
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.375rem;
    min-inline-size: 0;
  }
  fieldset label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-weight: 400;
    min-block-size: 1.75rem;
  }
  fieldset label.all {
    font-weight: 600;
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.25rem;
  }
  input[type='checkbox'] {
    inline-size: 1.15rem;
    block-size: 1.15rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .modules-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: 0.75rem;
  }
  .module {
    background: var(--_surface-2);
  }
  .view {
    display: grid;
    gap: 0.5rem;
  }
  .modules {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .modules > div {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: 0.5rem;
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .modules dt {
    font-weight: 600;
  }
  .modules dd {
    margin: 0;
  }
  .modules .none dd {
    color: var(--_muted);
  }
  @media (max-width: 30rem) {
    .modules > div {
      grid-template-columns: 1fr;
    }
  }
  .plain,
  .changes {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .changes li {
    display: grid;
    gap: 0.125rem;
  }
  .problem {
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
  .btn .spinner {
    border-color: currentColor;
    border-top-color: transparent;
  }
  .btn[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
