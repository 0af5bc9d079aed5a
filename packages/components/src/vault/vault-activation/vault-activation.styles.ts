/**
 * VA-ACTIVATE — light-DOM styles of `<vault-activation>` (adopted once into the page or the
 * enclosing shadow root). Every rule sits under `.vigie-activation`, so nothing leaks into the
 * host page nor into another vault widget; colours come from the shared `--_*` tokens of
 * `lightBase` (themselves the public `--vigie-*` properties).
 */
import { css } from 'lit';

export const styles = css`
  .vigie-activation {
    display: grid;
    gap: 1rem;
    max-width: 40rem;
    container-type: inline-size;
  }
  .vigie-activation :is(h2, h3, p, dl, dd, ol) {
    margin: 0;
  }
  .vigie-activation .vigie-activation-title {
    font-size: 1.375rem;
    line-height: 1.25;
    font-weight: 700;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .vigie-activation .vigie-activation-expiry,
  .vigie-activation .vigie-activation-hint {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .vigie-activation .vigie-activation-hint.is-expired {
    color: var(--_danger-fg);
    font-weight: 600;
  }

  /* The steps, as a bar (the heading says « Étape n sur N » to everyone). */
  .vigie-activation .vigie-activation-progress {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: 0.4rem;
    padding: 0;
    list-style: none;
  }
  .vigie-activation .vigie-activation-progress li {
    display: grid;
    gap: 0.35rem;
    align-content: start;
    color: var(--_muted);
    font-size: 0.8rem;
    line-height: 1.25;
  }
  .vigie-activation .vigie-activation-progress li::before {
    content: '';
    height: 0.375rem;
    border-radius: 999px;
    background: var(--_border);
  }
  .vigie-activation .vigie-activation-progress li:is(.is-done, .is-current)::before {
    background: var(--_accent);
  }
  .vigie-activation .vigie-activation-progress li.is-current {
    color: var(--_text);
    font-weight: 600;
  }
  .vigie-activation .vigie-activation-progress span {
    display: none;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @container (min-width: 34rem) {
    .vigie-activation .vigie-activation-progress span {
      display: block;
    }
  }

  .vigie-activation .vigie-activation-step {
    display: grid;
    gap: 1rem;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @container (max-width: 24rem) {
    .vigie-activation .vigie-activation-step {
      padding: 1rem 0.85rem;
    }
  }
  .vigie-activation .vigie-activation-step-title {
    display: grid;
    gap: 0.15rem;
    font-size: 1.125rem;
    line-height: 1.3;
    font-weight: 700;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .vigie-activation .vigie-activation-step-title:focus-visible {
    outline-offset: 4px;
  }
  .vigie-activation .vigie-activation-step-count {
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: 600;
  }

  /* Notices: the link's state, failures, the success. Never colour alone: an icon and a text. */
  .vigie-activation .vigie-activation-notice {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    overflow-wrap: anywhere;
  }
  .vigie-activation .vigie-activation-notice > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    min-width: 0;
  }
  .vigie-activation .vigie-activation-notice--danger {
    border: 2px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .vigie-activation .vigie-activation-notice--success {
    border: 2px solid var(--_success-fg);
  }
  .vigie-activation .vigie-activation-notice--success > .vigie-icon {
    color: var(--_success-fg);
  }
  .vigie-activation .vigie-activation-notice--info > .vigie-icon {
    color: var(--_accent);
  }
  .vigie-activation .vigie-activation-notice-title,
  .vigie-activation .vigie-activation-notice--success p {
    font-weight: 700;
  }
  .vigie-activation .vigie-activation-notice p:focus {
    outline: none;
  }
  .vigie-activation .vigie-activation-notice p:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .vigie-activation .vigie-activation-loading {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    color: var(--_muted);
  }
  .vigie-activation .vigie-activation-spinner {
    flex: none;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-top-color: transparent;
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .vigie-activation .vigie-activation-spinner {
      animation: vigie-spin 0.8s linear infinite;
    }
  }

  /* Buttons and links that look like buttons (outside the forms: « Se connecter », « Réessayer »). */
  .vigie-activation .vigie-activation-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .vigie-activation .vigie-activation-action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
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
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .vigie-activation .vigie-activation-action--secondary {
    background: transparent;
    color: var(--_accent);
  }
  .vigie-activation .vigie-activation-notice--danger .vigie-activation-action--secondary {
    border-color: currentColor;
    color: inherit;
  }
  .vigie-activation .vigie-activation-buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .vigie-activation .vigie-activation-back {
    justify-content: flex-start;
    text-align: start;
  }

  /* The new password: its live length, in code points. */
  .vigie-activation .vigie-activation-new-password {
    display: grid;
    gap: 0.35rem;
  }
  .vigie-activation .vigie-activation-count {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .vigie-activation .vigie-activation-count.is-ok {
    color: var(--_success-fg);
    font-weight: 600;
  }
  .vigie-activation .vigie-activation-count.is-long {
    color: var(--_danger-fg);
    font-weight: 600;
  }

  /* The information to confirm that only HR can change. */
  .vigie-activation .vigie-activation-facts {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .vigie-activation .vigie-activation-facts dt {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .vigie-activation .vigie-activation-facts dd {
    overflow-wrap: anywhere;
  }

  /* The terms: a link to read them, a real checkbox with a large target. */
  .vigie-activation .vigie-activation-terms-link a {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  .vigie-activation .vigie-activation-terms-link .vigie-icon {
    width: 1em;
    height: 1em;
  }

  /* The SMS code. */
  .vigie-activation .vigie-activation-resend {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  /* Waiting for the cooldown: focusable (it says how long), but plainly not available yet. */
  .vigie-activation .vigie-activation-resend .vigie-button[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_muted);
    color: var(--_muted);
    cursor: not-allowed;
    opacity: 1;
  }
  .vigie-activation .vigie-activation-status {
    color: var(--_muted);
  }
  .vigie-activation .vigie-activation-status:empty {
    display: none;
  }
`;
