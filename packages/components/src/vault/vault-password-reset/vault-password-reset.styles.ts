/**
 * X-THEME — light-DOM styles of `<vault-password-reset>` (VA-RESET), adopted next to `formStyles`
 * and the shared `panelStyles` (which draw everything else): the public width property, and the
 * mismatch note, present (empty) until the two entries differ.
 */
import { css } from 'lit';

export const passwordResetStyles = css`
  .vigie-password-reset {
    --_max-width: var(--vault-password-reset-max-width, 40rem);
  }
  .vigie-password-reset .vigie-panel-count:empty {
    display: none;
  }
`;
