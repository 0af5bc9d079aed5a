/**
 * VA-PROFILE — light-DOM styles of `<vault-profile>` (adopted once into the page or the enclosing
 * shadow root). Every rule sits under `.vigie-profile`, so nothing leaks into the host page nor
 * into another vault widget; colours come from the shared `--_*` tokens of `lightBase`.
 */
import { css } from 'lit';

export const styles = css`
  .vigie-profile {
    display: grid;
    gap: 1rem;
    max-width: 40rem;
    container-type: inline-size;
  }
  .vigie-profile :is(h2, p, dl, dd, ul) {
    margin: 0;
  }
  .vigie-profile .vigie-profile-title {
    font-size: 1.375rem;
    line-height: 1.25;
    font-weight: 700;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  /* Who: name, identifier (last 4 digits), e-mail, employer. */
  .vigie-profile .vigie-profile-facts {
    display: grid;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .vigie-profile .vigie-profile-facts > div {
    display: grid;
    gap: 0.1rem;
    min-width: 0;
  }
  @container (min-width: 32rem) {
    .vigie-profile .vigie-profile-facts > div {
      grid-template-columns: 12rem 1fr;
      gap: 1rem;
      align-items: baseline;
    }
  }
  .vigie-profile .vigie-profile-facts dt {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .vigie-profile .vigie-profile-facts dd {
    overflow-wrap: anywhere;
  }
  .vigie-profile .vigie-profile-identifier {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  .vigie-profile .vigie-profile-notes {
    display: grid;
    gap: 0.35rem;
    padding-inline-start: 1.25rem;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .vigie-profile .vigie-profile-support {
    display: grid;
    gap: 0.25rem;
    margin-top: 0.25rem;
    color: var(--_text);
  }
  .vigie-profile .vigie-profile-support a,
  .vigie-profile .vigie-profile-facts a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  /* Notices: signed out, expired, failures, confirmations. Never colour alone: an icon and a text. */
  .vigie-profile .vigie-profile-notice {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    overflow-wrap: anywhere;
  }
  .vigie-profile .vigie-profile-notice > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    min-width: 0;
  }
  .vigie-profile .vigie-profile-notice--danger {
    border: 2px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .vigie-profile .vigie-profile-notice--success {
    border: 2px solid var(--_success-fg);
    background: var(--_surface);
  }
  .vigie-profile .vigie-profile-notice--success > .vigie-icon {
    color: var(--_success-fg);
  }
  .vigie-profile .vigie-profile-notice--info > .vigie-icon {
    color: var(--_accent);
  }
  .vigie-profile .vigie-profile-notice-title {
    font-weight: 700;
  }
  .vigie-profile .vigie-profile-status:empty {
    display: none;
  }

  .vigie-profile .vigie-profile-loading {
    display: grid;
    gap: 0.75rem;
    color: var(--_muted);
  }
  .vigie-profile .vigie-profile-loading p {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .vigie-profile .vigie-profile-spinner {
    flex: none;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-top-color: transparent;
    border-radius: 50%;
  }
  .vigie-profile .vigie-profile-skeleton {
    display: grid;
    gap: 0.6rem;
    padding: 1rem 1.25rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .vigie-profile .vigie-profile-skeleton span {
    height: 0.9rem;
    border-radius: 4px;
    background: var(--_border);
  }
  .vigie-profile .vigie-profile-skeleton span:nth-child(2) {
    width: 70%;
  }
  .vigie-profile .vigie-profile-skeleton span:nth-child(3) {
    width: 85%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .vigie-profile .vigie-profile-spinner {
      animation: vigie-spin 0.8s linear infinite;
    }
  }

  /* « Changer d’adresse e-mail », « Changer de mot de passe »: disclosure buttons and their forms. */
  .vigie-profile .vigie-profile-section {
    display: grid;
    gap: 0.75rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
  }
  .vigie-profile .vigie-profile-toggle {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    gap: 0.5rem;
    min-height: var(--_target);
    max-width: 100%;
    margin: 0;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .vigie-profile .vigie-profile-toggle[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .vigie-profile .vigie-profile-panel {
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .vigie-profile .vigie-profile-panel[hidden] {
    display: none;
  }
  @container (max-width: 24rem) {
    .vigie-profile .vigie-profile-panel {
      padding: 1rem 0.85rem;
    }
  }
  .vigie-profile .vigie-profile-buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .vigie-profile .vigie-profile-new-password {
    display: grid;
    gap: 0.35rem;
  }
  .vigie-profile .vigie-profile-count {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .vigie-profile .vigie-profile-count.is-ok {
    color: var(--_success-fg);
    font-weight: 600;
  }
  .vigie-profile .vigie-profile-count.is-long {
    color: var(--_danger-fg);
    font-weight: 600;
  }

  /* « Se connecter », « Réessayer »: buttons (or links that look like them) outside the forms. */
  .vigie-profile .vigie-profile-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .vigie-profile .vigie-profile-action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
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
  .vigie-profile .vigie-profile-action--secondary {
    background: transparent;
    color: var(--_accent);
  }
  .vigie-profile .vigie-profile-notice--danger .vigie-profile-action--secondary {
    border-color: currentColor;
    color: inherit;
  }
`;
