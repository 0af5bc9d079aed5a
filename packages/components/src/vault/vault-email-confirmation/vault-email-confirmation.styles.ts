/**
 * X-THEME — light-DOM styles of `<vault-email-confirmation>` (VA-PROFILE), adopted next to
 * `formStyles` and the shared `panelStyles` (which draw the panel, the heading and the messages):
 * the public width property, and the new address, which may be long and must wrap.
 */
import { css } from 'lit';

export const emailConfirmationStyles = css`
  .vigie-email-confirmation {
    --_max-width: var(--vault-email-confirmation-max-width, 40rem);
  }
  .vigie-email-confirmation .vigie-email-confirmation-address {
    overflow-wrap: anywhere;
  }
  .vigie-email-confirmation .vigie-email-confirmation-support {
    display: block;
    margin-block-start: 0.5rem;
  }
`;
