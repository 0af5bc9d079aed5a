/**
 * X-THEME — light-DOM styles of `<vault-password-reset>` (VA-RESET), and the panel both
 * recovery widgets share (`vaultPanelStyles`, also used by `<vault-identifier-recovery>`).
 * Every selector carries the `vigie-` prefix and sits under the widget's root class, so the
 * page's CSS and ours do not collide (see base/forms/forms.styles.ts).
 */
import { css } from 'lit';

/** The panel of a vault self-service widget: heading, intro, result, notices, actions. */
export const vaultPanelStyles = css`
  .vigie-vault-panel {
    display: grid;
    gap: 1rem;
    max-width: var(--_max-width, 40rem);
    margin: 0;
  }
  .vigie-vault-panel .vigie-vault-heading {
    margin: 0;
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* Focus comes to the heading only by script (tabindex=-1) after a step change: not an interactive element, no ring. */
  .vigie-vault-panel .vigie-vault-heading:focus {
    outline: none;
  }
  .vigie-vault-panel .vigie-vault-intro,
  .vigie-vault-panel .vigie-vault-note {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .vigie-vault-panel .vigie-vault-note {
    color: var(--_muted);
    font-size: 0.95em;
  }
  /* The live region of results: always in the page, empty (and invisible) until a result comes. */
  .vigie-vault-panel .vigie-vault-result:empty {
    display: none;
  }
  .vigie-vault-panel .vigie-vault-message {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    margin: 0;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .vigie-vault-panel .vigie-vault-message > .vigie-icon {
    margin-block-start: 0.1em;
    color: var(--_accent);
  }
  .vigie-vault-panel .vigie-vault-message--success {
    border-inline-start-color: var(--_success-fg);
  }
  .vigie-vault-panel .vigie-vault-message--success > .vigie-icon {
    color: var(--_success-fg);
  }
  .vigie-vault-panel .vigie-vault-message--warning {
    border-color: var(--_warning-border);
    background: var(--_warning-bg);
    color: var(--_warning-fg);
  }
  .vigie-vault-panel .vigie-vault-message--warning > .vigie-icon {
    color: inherit;
  }
  .vigie-vault-panel .vigie-vault-message--error {
    border: 2px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .vigie-vault-panel .vigie-vault-message--error > .vigie-icon {
    color: inherit;
  }
  .vigie-vault-panel .vigie-vault-message p {
    margin: 0;
  }
  .vigie-vault-panel .vigie-vault-message-body {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .vigie-vault-panel .vigie-vault-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  /* Actions outside a form (the form's own buttons are styled by formStyles). */
  .vigie-vault-panel .vigie-vault-action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    max-width: 100%;
    margin: 0;
    padding: 0.5rem 1.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.3;
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .vigie-vault-panel .vigie-vault-action.vigie-vault-action--secondary {
    background: transparent;
    color: var(--_accent);
  }
  /* A secondary way out (« Retour à la connexion »): a plain link, still a large target. */
  .vigie-vault-panel .vigie-vault-link {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    max-width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .vigie-vault-panel .vigie-vault-action:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .vigie-vault-panel .vigie-vault-loading {
    display: flex;
    gap: 0.6rem;
    align-items: center;
    margin: 0;
    color: var(--_muted);
  }
  .vigie-vault-panel .vigie-vault-loading .vigie-spinner {
    flex: none;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-top-color: transparent;
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .vigie-vault-panel .vigie-vault-loading .vigie-spinner {
      animation: vigie-spin 0.8s linear infinite;
    }
  }
  @keyframes vigie-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (forced-colors: active) {
    .vigie-vault-panel .vigie-vault-message {
      border: 2px solid CanvasText;
    }
  }
`;

/** `<vault-password-reset>`: the public width property and the live password feedback. */
export const passwordResetStyles = css`
  .vigie-password-reset {
    --_max-width: var(--vault-password-reset-max-width, 40rem);
  }
  .vigie-password-reset .vigie-pw-feedback {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .vigie-password-reset .vigie-pw-feedback:empty {
    display: none;
  }
  .vigie-password-reset .vigie-pw-feedback--ok {
    color: var(--_success-fg);
  }
  .vigie-password-reset .vigie-pw-feedback--warning {
    color: var(--_danger-fg);
  }
  /* The feedback belongs to the field above it (under its input and toggle): pulled up into it. */
  .vigie-password-reset .vigie-form > .vigie-pw-feedback {
    margin-block-start: -0.6rem;
  }
  /* …and lines up with it when the field is marked invalid (its inline-start bar and padding). */
  .vigie-password-reset .vigie-field--invalid + .vigie-pw-feedback {
    padding-inline-start: calc(0.75rem + 4px);
  }
`;
