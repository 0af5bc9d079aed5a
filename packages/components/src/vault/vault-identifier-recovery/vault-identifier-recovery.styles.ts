/**
 * X-THEME — light-DOM styles of `<vault-identifier-recovery>` (VA-LOSTID): the month list and the
 * consent box, which base/forms does not draw (its panel comes from `vaultPanelStyles`).
 */
import { css } from 'lit';

export const identifierRecoveryStyles = css`
  .vigie-identifier-recovery {
    --_max-width: var(--vault-identifier-recovery-max-width, 40rem);
  }
  /* Two short fields side by side where there is room. */
  .vigie-identifier-recovery .vigie-lostid-pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 1rem;
    align-items: start;
  }
  .vigie-identifier-recovery select.vigie-input {
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
  .vigie-identifier-recovery select.vigie-input[aria-invalid='true'] {
    border: 2px solid var(--_danger-border);
  }
  .vigie-identifier-recovery .vigie-checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6rem;
    align-items: start;
  }
  .vigie-identifier-recovery .vigie-checkbox-input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .vigie-identifier-recovery .vigie-checkbox-input[aria-invalid='true'] {
    outline: 2px solid var(--_danger-border);
    outline-offset: 1px;
  }
  .vigie-identifier-recovery .vigie-checkbox-input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .vigie-identifier-recovery .vigie-checkbox .vigie-label {
    font-weight: 400;
    cursor: pointer;
  }
  .vigie-identifier-recovery .vigie-policy-link {
    margin: 0;
    padding-inline-start: 2.1rem;
  }
  .vigie-identifier-recovery .vigie-policy-link a {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    min-height: 1.5rem;
    color: var(--_accent);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .vigie-identifier-recovery .vigie-policy-link .vigie-icon {
    width: 1em;
    height: 1em;
  }
`;
