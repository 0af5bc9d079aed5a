/**
 * X-THEME — the light-DOM sheets. `:host` means nothing outside a shadow root, so the private
 * `--_*` variables of `../styles.ts` are set again here on the root of a light-DOM widget's
 * template (`.vigie-scope`, or the `<form class="vigie-form">`): the same global `--vigie-*`
 * tokens, the same fallbacks (one `tokenDeclarations` fragment for both), the same dark theme through
 * the provider. Every selector carries the `vigie-` prefix, so nothing here styles the host's
 * page, and rules sit one class deeper than the page's usual `input[type=text]` or
 * `form button` so those do not restyle ours either (a host still wins with an id or with the
 * documented `--vigie-*` properties).
 */
import { css } from 'lit';
import { tokenDeclarations } from '../styles.js';

const scope = css`:is(.vigie-scope, .vigie-form, .vigie-missing)`;

/** Tokens, box model, focus ring, screen-reader text and the missing-provider notice. */
export const lightBase = css`
  ${scope} {
    ${tokenDeclarations}
    /* 44 px: WCAG 2.5.5 (AAA) size, comfortably above 2.5.8's 24 px. */
    --_target: 2.75rem;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
  }
  ${scope} :is(*, *::before, *::after) {
    box-sizing: border-box;
  }
  ${scope} :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .vigie-sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ${scope} .vigie-icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  .vigie-missing {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.75rem 1rem;
    border: 1px dashed var(--_danger-border);
    border-radius: var(--_radius);
    color: var(--_danger-fg);
    background: var(--_danger-bg);
  }
`;

/** Forms: fields, password toggle, buttons, error summary, failure notice, status. */
export const formStyles = css`
  .vigie-form {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .vigie-form .vigie-required-note,
  .vigie-form .vigie-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .vigie-form .vigie-field {
    display: grid;
    gap: 0.35rem;
    min-width: 0;
  }
  .vigie-form .vigie-field.vigie-field--invalid {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_danger-border);
  }
  .vigie-form .vigie-label {
    display: block;
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .vigie-form .vigie-required {
    color: var(--_danger-fg);
  }
  .vigie-form .vigie-field-error {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
    margin: 0;
    color: var(--_danger-fg);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .vigie-form .vigie-input {
    display: block;
    width: 100%;
    min-width: 0;
    min-height: var(--_target);
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.3;
  }
  .vigie-form .vigie-input[aria-invalid='true'] {
    border: 2px solid var(--_danger-border);
  }
  .vigie-form .vigie-input.vigie-input--code {
    max-width: 14rem;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.15em;
  }
  /* A native list with our own arrow (the platform's ignores the theme in dark mode). */
  .vigie-form select.vigie-input {
    appearance: none;
    padding-inline-end: 2.5rem;
    background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position:
      calc(100% - 1.15rem) 50%,
      calc(100% - 0.8rem) 50%;
    background-size: 0.35rem 0.35rem;
    background-repeat: no-repeat;
    cursor: pointer;
  }
  /* Question groups: the fieldset draws nothing of its own; its legend looks like a label. */
  .vigie-form .vigie-fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .vigie-form .vigie-fieldset.vigie-field--invalid {
    padding-inline-start: 0.75rem;
  }
  .vigie-form .vigie-fieldset > legend {
    float: left;
    width: 100%;
    padding: 0;
  }
  .vigie-form .vigie-fieldset > legend + * {
    clear: both;
  }
  .vigie-form .vigie-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  .vigie-form .vigie-options--many {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.25rem 1rem;
  }
  /* A box or a radio, then its label; the whole row is a 44 px target. */
  .vigie-form .vigie-check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6rem;
    align-items: start;
    min-height: var(--_target);
    padding-block: 0.55rem;
  }
  .vigie-form .vigie-check-input {
    width: 1.35rem;
    height: 1.35rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .vigie-form .vigie-check-input[aria-invalid='true'] {
    outline: 2px solid var(--_danger-border);
    outline-offset: 1px;
  }
  .vigie-form .vigie-check-input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .vigie-form .vigie-check .vigie-label {
    font-weight: 400;
    cursor: pointer;
  }
  .vigie-form .vigie-toggle {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    gap: 0.4rem;
    min-height: var(--_target);
    max-width: 100%;
    margin: 0;
    padding: 0.35rem 0.5rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-size: 0.95em;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .vigie-form .vigie-toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    text-decoration: none;
  }
  .vigie-form .vigie-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  ${scope} .vigie-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: var(--_target);
    max-width: 100%;
    margin: 0;
    padding: 0.5rem 1.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    text-align: center;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  ${scope} .vigie-button.vigie-button--secondary {
    background: transparent;
    color: var(--_accent);
  }
  ${scope} .vigie-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  ${scope} .vigie-status {
    margin: 0;
    color: var(--_muted);
  }
  ${scope} .vigie-status:empty {
    display: none;
  }
  ${scope} .vigie-spinner {
    flex: none;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-top-color: transparent;
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    ${scope} .vigie-spinner {
      animation: vigie-spin 0.8s linear infinite;
    }
  }
  @keyframes vigie-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .vigie-form .vigie-error-summary,
  .vigie-form .vigie-failure {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0.85rem 1rem;
    border: 2px solid var(--_danger-border);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
    overflow-wrap: anywhere;
  }
  .vigie-form .vigie-error-summary :is(p, ul),
  .vigie-form .vigie-failure p {
    margin: 0;
  }
  .vigie-form .vigie-error-summary ul {
    padding-inline-start: 1.25rem;
  }
  /* Inline, so a link that wraps keeps its bullet on its first line; the line height gives the target. */
  .vigie-form .vigie-error-summary li {
    padding-block: 0.2rem;
    line-height: 1.5;
  }
  .vigie-form .vigie-error-summary a {
    display: inline;
    color: inherit;
    font-weight: 600;
    text-decoration: underline;
  }
  .vigie-form .vigie-failure .vigie-button {
    justify-self: start;
  }
  .vigie-form .vigie-title {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-weight: 700;
  }
`;
