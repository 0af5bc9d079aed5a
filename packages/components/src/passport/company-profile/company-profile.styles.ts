/**
 * PP-COMPANY — light-DOM styles of `<company-profile>` (adopted next to `formStyles` and the shared
 * `panelStyles` panel and messages). Every rule sits under `.vigie-company`; colours are the `--_*`
 * tokens of `lightBase`, so the dark theme and a host's `--vigie-*` values apply. The dialogs
 * live in the top layer but inherit the tokens from their place in the widget.
 */
import { css } from 'lit';

export const styles = css`
  .vigie-company {
    --_max-width: var(--company-profile-max-width, 48rem);
  }
  /* Headings and messages get focus only by script (tabindex=-1) after a step: they are not controls, no ring. */
  .vigie-company :is(h3, p, div)[tabindex='-1']:focus {
    outline: none;
  }

  /* Two fields side by side where there is room (names, passwords, domains), one under the other otherwise. */
  .vigie-company .vigie-company-pair {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    align-items: start;
  }
  .vigie-company .vigie-input[readonly] {
    border-style: dashed;
    background: var(--_surface-2);
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }

  /* « Lier ce compte entreprise à mon compte utilisateur », under the e-mail it is about. */
  .vigie-company .vigie-company-link {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    margin-top: 0.25rem;
  }
  .vigie-company :is(.vigie-company-note, .vigie-company-tip, .vigie-company-dirty) {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .vigie-company :is(.vigie-company-note, .vigie-company-tip, .vigie-company-dirty) .vigie-icon {
    margin-block-start: 0.1em;
    color: var(--_accent);
  }
  .vigie-company .vigie-company-dirty {
    color: var(--_text);
    font-weight: 600;
  }

  /* The handover: the seed's IMPORTANT, the password question and what the choice means. */
  .vigie-company .vigie-company-live:empty {
    display: none;
  }
  .vigie-company .vigie-company-live {
    display: grid;
    gap: 0.5rem;
  }
  .vigie-company .vigie-company-important p {
    margin: 0;
  }
  .vigie-company .vigie-company-handover {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_warning-border);
    border-radius: var(--_radius);
  }
  .vigie-company .vigie-company-password {
    display: grid;
    gap: 0.5rem;
  }
  /* A long « Confirmation du mot de passe temporaire » wraps: the two inputs stay level. */
  .vigie-company .vigie-company-password .vigie-company-pair {
    align-items: end;
  }
  .vigie-company .vigie-company-password > .vigie-hint {
    margin: 0;
    color: var(--_muted);
  }
  /* The e-mail's own notes (the IMPORTANT, the linked spaces) sit right under it. */
  .vigie-company .vigie-field > .vigie-company-live:not(:empty) {
    margin-top: 0.5rem;
  }

  /* Results and the conflict, right above the buttons (where the person is). */
  .vigie-company .vigie-company-result:empty {
    display: none;
  }
  .vigie-company .vigie-company-changes {
    display: grid;
    gap: 0.35rem;
    margin: 0;
  }
  .vigie-company .vigie-company-changes > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.5rem;
  }
  .vigie-company .vigie-company-changes dt {
    font-weight: 600;
  }
  .vigie-company .vigie-company-changes dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* Loading: the status line, and the outline of the form to come. */
  .vigie-company .vigie-company-loading {
    display: grid;
    gap: 0.75rem;
  }
  .vigie-company .vigie-company-skeleton {
    display: grid;
    gap: 0.9rem;
    padding: 1rem 0;
  }
  .vigie-company .vigie-company-skeleton span {
    height: 2.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
    border: 1px solid var(--_border);
  }
  .vigie-company .vigie-company-skeleton span:nth-child(even) {
    width: 70%;
  }

  /* The e-mail domain of every employee: a shared disclosure (panelStyles) and its steps. */
  .vigie-company :is(.vigie-company-domain-preview, .vigie-company-domain-done) {
    display: grid;
    gap: 0.75rem;
    overflow-wrap: anywhere;
  }
  .vigie-company :is(.vigie-company-domain-preview, .vigie-company-domain-stay) :is(p, ul, h3) {
    margin: 0;
  }
  .vigie-company .vigie-company-domain-title {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .vigie-company .vigie-company-domain-stay ul {
    padding-inline-start: 1.25rem;
  }

  /* Dialogs: the handover's confirmation, the linked spaces. */
  .vigie-company .vigie-company-dialog {
    width: min(40rem, calc(100vw - 1.5rem));
    max-height: calc(100dvh - 1.5rem);
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
    overflow-wrap: anywhere;
  }
  .vigie-company .vigie-company-dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .vigie-company .vigie-company-dialog[open] {
    display: grid;
    gap: 1rem;
  }
  .vigie-company .vigie-company-dialog :is(h3, p, dl) {
    margin: 0;
  }
  .vigie-company .vigie-company-dialog-title {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .vigie-company .vigie-company-summary {
    display: grid;
    gap: 0.5rem;
    padding: 0.85rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .vigie-company .vigie-company-summary > div {
    display: grid;
    gap: 0.1rem;
  }
  .vigie-company .vigie-company-summary dt {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .vigie-company .vigie-company-summary dd {
    margin: 0;
    font-weight: 600;
  }
  .vigie-company .vigie-company-dialog-bar {
    display: flex;
    justify-content: flex-end;
  }
  .vigie-company .vigie-company-spaces {
    width: min(44rem, calc(100vw - 1.5rem));
  }

  @container (max-width: 24rem) {
    .vigie-company .vigie-company-handover {
      padding: 1rem 0.85rem;
    }
  }
`;
