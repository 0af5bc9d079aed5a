/**
 * PP-ENROLL — light-DOM styles of `<employee-enrollment>` (adopted next to `formStyles` and the
 * shared `panelStyles`: messages, loading line). Every rule
 * sits under `.vigie-enrollment`, so nothing leaks into the host page (or the roster's dialog);
 * colours are the `--_*` tokens of `lightBase`, so the dark theme and a host's `--vigie-*` values
 * apply as everywhere else.
 */
import { css } from 'lit';

export const styles = css`
  .vigie-enrollment {
    display: grid;
    gap: 1rem;
    max-width: var(--employee-enrollment-max-width, 44rem);
    margin: 0;
    container-type: inline-size;
  }
  .vigie-enrollment :is(h2, h3, h4, p, ul, dl, dd) {
    margin: 0;
  }
  .vigie-enrollment :is(.vigie-enrollment-heading, .vigie-enrollment-title) {
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .vigie-enrollment .vigie-enrollment-heading {
    font-size: 1.375rem;
  }
  .vigie-enrollment .vigie-enrollment-title {
    font-size: 1.125rem;
  }
  /* Headings and messages get focus only by script (tabindex=-1): they are not controls, no ring. */
  .vigie-enrollment [tabindex='-1']:focus {
    outline: none;
  }

  /* Prénom and Nom side by side where there is room. */
  .vigie-enrollment .vigie-enrollment-names {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 30rem) {
    .vigie-enrollment .vigie-enrollment-names {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: start;
    }
  }

  /* The questions and the SNBPE passport: sections under a rule. */
  .vigie-enrollment .vigie-enrollment-section {
    display: grid;
    gap: 1rem;
    min-width: 0;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
  }
  .vigie-enrollment .vigie-enrollment-note {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    color: var(--_muted);
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  .vigie-enrollment .vigie-enrollment-snbpe-ok {
    color: var(--_text);
  }
  .vigie-enrollment .vigie-enrollment-snbpe-ok > .vigie-icon {
    color: var(--_success-fg);
  }
  .vigie-enrollment .vigie-enrollment-text {
    overflow-wrap: anywhere;
  }

  /* The awareness profile the answers give, live. */
  .vigie-enrollment .vigie-enrollment-profile {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.5rem;
    align-items: baseline;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    overflow-wrap: anywhere;
  }
  .vigie-enrollment .vigie-enrollment-profile.is-known {
    border-inline-start-color: var(--_accent);
  }
  .vigie-enrollment .vigie-enrollment-profile-pending {
    color: var(--_muted);
  }
  .vigie-enrollment .vigie-enrollment-profile-value {
    font-weight: 700;
  }

  /* « Pas d’adresse e-mail ? », « En savoir plus »: native disclosures. */
  .vigie-enrollment .vigie-enrollment-disclosure > summary {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: var(--_target);
    max-width: 100%;
    padding-block: 0.35rem;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    cursor: pointer;
    list-style: none;
  }
  .vigie-enrollment .vigie-enrollment-disclosure > summary::-webkit-details-marker {
    display: none;
  }
  .vigie-enrollment .vigie-enrollment-disclosure > summary::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .vigie-enrollment .vigie-enrollment-disclosure[open] > summary::before {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .vigie-enrollment .vigie-enrollment-disclosure > summary::before {
      transition: none;
    }
  }
  .vigie-enrollment .vigie-enrollment-disclosure-body {
    display: grid;
    gap: 0.6rem;
    margin-top: 0.25rem;
    padding: 0.75rem 1rem;
    border-inline-start: 3px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .vigie-enrollment .vigie-enrollment-disclosure-body h4 {
    font-size: 1em;
  }
  .vigie-enrollment :is(.vigie-enrollment-disclosure-body, .vigie-panel-message, .vigie-enrollment-section) ul {
    display: grid;
    gap: 0.2rem;
    padding-inline-start: 1.25rem;
  }

  /* Messages: the shared vigie-panel-message (panelStyles); a title here is a heading at text size. */
  .vigie-enrollment .vigie-panel-message-title {
    font-size: 1em;
  }
  .vigie-enrollment .vigie-enrollment-live:empty {
    display: none;
  }

  /* Facts: the new employee, the version saved by someone else. */
  .vigie-enrollment .vigie-enrollment-facts {
    display: grid;
    gap: 0.4rem;
  }
  .vigie-enrollment .vigie-enrollment-facts > div {
    display: grid;
    gap: 0.05rem;
    min-width: 0;
  }
  @container (min-width: 30rem) {
    .vigie-enrollment .vigie-enrollment-facts > div {
      grid-template-columns: 11rem minmax(0, 1fr);
      gap: 1rem;
      align-items: baseline;
    }
  }
  .vigie-enrollment .vigie-enrollment-facts dt {
    font-size: 0.9em;
    font-weight: 600;
    opacity: 0.85;
  }
  .vigie-enrollment .vigie-enrollment-facts dd {
    overflow-wrap: anywhere;
  }

  .vigie-enrollment .vigie-enrollment-created {
    display: grid;
    gap: 1rem;
  }
  .vigie-enrollment .vigie-enrollment-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  @container (max-width: 24rem) {
    .vigie-enrollment .vigie-enrollment-actions > .vigie-button {
      flex: 1 1 100%;
    }
  }
`;
