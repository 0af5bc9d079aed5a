/** SR-SIGN — the first screen of `<intervention-signature>`: the page, the choice of signers, the closed state. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--intervention-signature-max-width, 48rem);
  }
  .root {
    background: var(--_surface);
  }
  .subtitle {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    margin: 0.5rem 0 0;
  }
  .choice {
    margin: 1rem 0 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choice legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  /* Seed 001: « le bouton à droite “SIGNER L'INTERVENTION” ». */
  .choice + .actions {
    justify-content: flex-end;
  }
  .closed {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_success-fg);
    border-radius: var(--_radius);
    color: var(--_success-fg);
  }
  .closed p {
    margin: 0.25rem 0 0;
    color: var(--_text);
  }
`;
