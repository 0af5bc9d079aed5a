/**
 * X-THEME — the light-DOM sheet of `<passport-password-reset>` (PP-LOGIN), adopted next to
 * `formStyles` and the shared `panelStyles` (panel, heading, messages, live password count,
 * links): the public width property and the buttons' row. Colours are the `--_*` tokens of
 * `lightBase`, so the dark theme and a host's `--vigie-*` values apply.
 */
import { css } from 'lit';

export const styles = css`
  passport-password-reset {
    display: block;
  }
  .vigie-passport-reset {
    --_max-width: var(--passport-password-reset-max-width, 32rem);
  }
  .vigie-passport-reset .vigie-panel-message p {
    overflow-wrap: anywhere;
  }
`;
