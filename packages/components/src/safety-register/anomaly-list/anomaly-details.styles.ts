import { css } from 'lit';

/** The dialog's content (on demand): the anomaly, its history, the request form, the comboboxes and their chips. */
export const detailsStyles = css`
  :host {
    display: block;
  }
  .panel {
    position: relative;
    display: grid;
    gap: 1rem;
    padding: 1.25rem;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25rem;
    padding-inline-end: 3rem;
  }
  h3 {
    font-size: 1.0625rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .head {
    display: grid;
    gap: 0.25rem;
  }
  .lead {
    font-weight: 600;
  }
  .muted,
  .hint,
  .option-sub {
    color: var(--_muted);
  }
  .close {
    position: absolute;
    inset-block-start: 0.75rem;
    inset-inline-end: 0.75rem;
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .status {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .problem,
  .done {
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
  .done {
    border-color: var(--_success-fg);
    background: var(--_surface-2);
    color: var(--_text);
  }
  .problem > div,
  .done > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: 0.75rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .crit-critical {
    color: var(--_danger-fg);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .history {
    display: grid;
    gap: 0.5rem;
  }
  ul[role='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .requests {
    display: grid;
    gap: 0.5rem;
  }
  .record {
    display: grid;
    gap: 0.15rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .message {
    white-space: pre-line;
  }
  .form {
    display: grid;
    gap: 1rem;
  }
  .field {
    display: grid;
    gap: 0.3rem;
    position: relative;
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875rem;
  }
  input,
  textarea {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    inline-size: 100%;
  }
  input.date {
    max-inline-size: 10rem;
  }
  [aria-invalid='true'],
  .combo-box.invalid {
    border-color: var(--_danger-border);
  }
  .error {
    display: flex;
    gap: 0.35rem;
    align-items: center;
    color: var(--_danger-fg);
    font-weight: 600;
  }
  .combo-box {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    padding: 0.3rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .combo-box:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .combo-box input {
    flex: 1 1 10rem;
    min-inline-size: 8rem;
    border: 0;
    outline: none;
  }
  .chips {
    display: contents;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding-inline-start: 0.6rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface-2);
    max-inline-size: 100%;
  }
  .chip-remove {
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: var(--_text);
  }
  .chip-remove:hover {
    background: var(--_border);
  }
  .chip-remove .icon {
    width: 1rem;
    height: 1rem;
  }
  /* The open list overlays what follows: in the flow, its closing on blur moved « Envoyer » away under a click. */
  .combo-anchor {
    position: relative;
  }
  .options {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25rem);
    z-index: 3;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    max-block-size: 16rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.15);
  }
  .options[hidden] {
    display: none;
  }
  .option,
  .no-option {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.35rem 0.6rem;
    border-radius: calc(var(--_radius) - 2px);
  }
  .option {
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface-2);
  }
  .option.active {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    background: var(--_surface-2);
  }
  .check {
    display: inline-grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    color: var(--_accent);
  }
  .option[aria-selected='true'] .check {
    border-color: var(--_accent);
  }
  .option-text {
    display: grid;
  }
  .option-sub {
    font-size: 0.8125rem;
  }
  .summary {
    display: grid;
    gap: 0.15rem;
    padding: 0.6rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
`;
