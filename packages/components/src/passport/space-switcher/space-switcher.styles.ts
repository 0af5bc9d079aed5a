/**
 * PP-SPACES — light-DOM styles of `<space-switcher>` (adopted next to `formStyles` and the shared
 * `panelStyles` panel and messages). Every rule sits under `.vigie-spaces`; colours are the `--_*`
 * tokens of `lightBase`, so the dark theme and a host's `--vigie-*` values apply.
 */
import { css } from 'lit';

export const styles = css`
  .vigie-spaces {
    --_max-width: var(--space-switcher-max-width, 40rem);
  }
  .vigie-spaces :is(.vigie-spaces-state, .vigie-spaces-done-title, .vigie-spaces-notice)[tabindex='-1']:focus {
    outline: none;
  }
  .vigie-spaces .vigie-spaces-current {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: baseline;
  }
  .vigie-spaces .vigie-spaces-current-label {
    color: var(--_muted);
    font-weight: 400;
  }

  /* The « onglet déroulant »: a menu button and its list, over the content below. */
  .vigie-spaces .vigie-spaces-switch {
    display: grid;
    gap: 0.35rem;
    justify-items: start;
  }
  .vigie-spaces .vigie-menu {
    position: relative;
    max-width: 100%;
  }
  .vigie-spaces .vigie-menu-button {
    display: inline-flex;
    align-items: center;
    gap: 0.6rem;
    min-height: var(--_target);
    max-width: 100%;
    margin: 0;
    padding: 0.5rem 0.85rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .vigie-spaces .vigie-menu-button:hover {
    border-color: var(--_accent);
  }
  .vigie-spaces .vigie-menu-button[aria-expanded='true'] .vigie-icon {
    transform: rotate(180deg);
  }
  .vigie-spaces .vigie-menu-button[aria-disabled='true'] {
    cursor: progress;
  }
  .vigie-spaces .vigie-menu-button-text {
    min-width: 0;
  }
  .vigie-spaces .vigie-menu-list {
    position: absolute;
    z-index: 10;
    inset-inline-start: 0;
    top: calc(100% + 0.25rem);
    min-width: max(100%, 14rem);
    max-width: min(22rem, calc(100vw - 2rem));
    margin: 0;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
    list-style: none;
  }
  .vigie-spaces .vigie-menu-list[hidden] {
    display: none;
  }
  .vigie-spaces .vigie-menu-item {
    display: grid;
    grid-template-columns: 1.25rem 1fr;
    gap: 0.5rem;
    align-items: center;
    min-height: var(--_target);
    padding: 0.4rem 0.6rem;
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .vigie-spaces .vigie-menu-item:hover {
    background: var(--_surface-2);
  }
  .vigie-spaces .vigie-menu-item:focus-visible,
  .vigie-spaces .vigie-menu-item:focus {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    background: var(--_surface-2);
  }
  .vigie-spaces .vigie-menu-item[aria-checked='true'] {
    color: var(--_accent);
    font-weight: 600;
  }
  .vigie-spaces .vigie-menu-mark {
    display: inline-flex;
  }

  /* The linked spaces and the login that opens them. */
  .vigie-spaces .vigie-spaces-linked {
    display: grid;
    gap: 0.4rem;
    padding: 0.85rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .vigie-spaces .vigie-spaces-linked-title {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .vigie-spaces .vigie-spaces-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1.25rem;
    padding: 0;
    list-style: none;
  }
  .vigie-spaces .vigie-spaces-list li {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
  }
  .vigie-spaces .vigie-spaces-list .vigie-icon {
    color: var(--_success-fg);
  }
  .vigie-spaces .vigie-spaces-login {
    overflow-wrap: anywhere;
  }

  /* « Lier ce compte entreprise à mon compte utilisateur »: the seed's explanation, then the action. */
  .vigie-spaces .vigie-spaces-card,
  .vigie-spaces .vigie-spaces-done {
    display: grid;
    gap: 0.85rem;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .vigie-spaces :is(.vigie-spaces-card-title, .vigie-spaces-done-title) {
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .vigie-spaces .vigie-spaces-terms {
    display: grid;
    gap: 0.6rem;
  }
  .vigie-spaces .vigie-spaces-terms > div {
    padding-inline-start: 0.85rem;
    border-inline-start: 3px solid var(--_accent);
  }
  .vigie-spaces .vigie-spaces-terms dt {
    font-weight: 700;
  }
  .vigie-spaces .vigie-spaces-terms dd {
    margin: 0;
  }
  .vigie-spaces :is(.vigie-spaces-notes, .vigie-spaces-accounts) {
    display: grid;
    gap: 0.5rem;
  }
  .vigie-spaces .vigie-spaces-notes {
    padding: 0;
    list-style: none;
    color: var(--_muted);
  }
  .vigie-spaces :is(.vigie-spaces-notes li, .vigie-spaces-trainer) {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .vigie-spaces :is(.vigie-spaces-notes, .vigie-spaces-trainer) .vigie-icon {
    margin-block-start: 0.1em;
    color: var(--_accent);
  }
  .vigie-spaces .vigie-spaces-section {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
  }
  .vigie-spaces .vigie-spaces-section > .vigie-button[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .vigie-spaces .vigie-spaces-panel {
    justify-self: stretch;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .vigie-spaces .vigie-spaces-panel[hidden] {
    display: none;
  }

  /* « DISTINGUER MES ESPACES »: the two logins, numbered as in the seed. */
  .vigie-spaces .vigie-spaces-done {
    border-inline-start: 4px solid var(--_success-fg);
  }
  .vigie-spaces .vigie-spaces-accounts {
    padding-inline-start: 1.5rem;
  }
  /* Numbered as in the seed (1. the company account, 2. the worker account). */
  .vigie-spaces .vigie-spaces-accounts li {
    display: list-item;
    padding-inline-start: 0.25rem;
  }
  .vigie-spaces .vigie-spaces-accounts li > p + p {
    margin-top: 0.15rem;
  }
  .vigie-spaces .vigie-spaces-accounts li::marker {
    font-weight: 700;
  }
  .vigie-spaces .vigie-spaces-account {
    font-weight: 700;
  }
  .vigie-spaces .vigie-spaces-handover {
    font-weight: 600;
  }
  .vigie-spaces a.vigie-spaces-company-link {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .vigie-spaces .vigie-panel-link.vigie-spaces-company-link {
    display: inline;
    min-height: 0;
    font-weight: 600;
  }

  @container (max-width: 24rem) {
    .vigie-spaces :is(.vigie-spaces-card, .vigie-spaces-done, .vigie-spaces-panel) {
      padding: 1rem 0.85rem;
    }
  }
  @media (forced-colors: active) {
    .vigie-spaces .vigie-menu-item[aria-checked='true'] {
      forced-color-adjust: none;
      color: Highlight;
    }
  }
`;
