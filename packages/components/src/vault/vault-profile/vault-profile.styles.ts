/**
 * VA-PROFILE — light-DOM styles of `<vault-profile>` (adopted next to `formStyles` and the shared
 * `panelStyles`). Every rule sits under `.vigie-profile`, so nothing leaks into the host page nor
 * into another vault widget; colours come from the shared `--_*` tokens of `lightBase`.
 */
import { css } from 'lit';

export const styles = css`
  .vigie-profile {
    --_max-width: var(--vault-profile-max-width, 40rem);
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
    justify-items: start;
    gap: 0.25rem;
    margin-top: 0.25rem;
    color: var(--_text);
  }
  .vigie-profile .vigie-profile-support a {
    display: inline-flex;
    align-items: center;
    min-height: 2rem;
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  /* Loading: the status line, and the outline of the facts to come. */
  .vigie-profile .vigie-profile-loading {
    display: grid;
    gap: 0.75rem;
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
`;
