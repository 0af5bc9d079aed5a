/**
 * VA-ACTIVATE — light-DOM styles of `<vault-activation>` (adopted next to `formStyles` and the
 * shared `panelStyles`): the expiry line, the steps bar, the step's frame and heading, the SMS
 * code's resend. Every rule sits under `.vigie-activation`, so nothing leaks into the host page
 * nor into another vault widget; colours come from the shared `--_*` tokens of `lightBase`.
 */
import { css } from 'lit';

export const styles = css`
  .vigie-activation {
    --_max-width: var(--vault-activation-max-width, 40rem);
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
  /* Focus comes to the step's heading by script after a step change: not a control, no ring. */
  .vigie-activation .vigie-activation-step-title:focus {
    outline: none;
  }
  .vigie-activation .vigie-activation-step-count {
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: 600;
  }

  /* The SMS code: « Recevoir un nouveau code », its countdown and what it says. */
  .vigie-activation .vigie-activation-resend {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
`;
