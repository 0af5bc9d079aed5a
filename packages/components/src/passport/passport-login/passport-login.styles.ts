/**
 * X-THEME — the light-DOM sheet of `<passport-login>` (PP-LOGIN), adopted next to `formStyles` and
 * the shared `panelStyles` (panel, heading, messages, live password count, links). Every selector
 * carries the `vigie-` prefix (or the tag) and sits under the widget's root class; colours are the
 * `--_*` tokens of `lightBase`, so the dark theme and a host's `--vigie-*` values apply.
 */
import { css } from 'lit';

export const styles = css`
  passport-login {
    display: block;
  }
  .vigie-passport-login {
    --_max-width: var(--passport-login-max-width, 32rem);
  }
  .vigie-passport-login ul.vigie-passport-login__links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The submit button and « Annuler » on one line where they fit. */
  .vigie-passport-login .vigie-passport-login__buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .vigie-passport-login .vigie-passport-login__buttons > .vigie-actions {
    flex: 0 1 auto;
  }
  /* « Vous n’avez pas reçu le mail ? » (seed 004, annex). */
  .vigie-passport-login .vigie-passport-login__help {
    display: grid;
    gap: 0.35rem;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    overflow-wrap: anywhere;
  }
  .vigie-passport-login .vigie-passport-login__help-title {
    font-weight: 700;
  }
  /* PP-LOGIN throttling: the wait, counted down (not a live region: the alert above says it once). */
  .vigie-passport-login .vigie-passport-login__wait {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    justify-self: stretch;
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .vigie-passport-login .vigie-passport-login__wait > span {
    flex: 1 1 auto;
  }
  /* Waiting: the button cannot send (an inactive control; the wait above says why). */
  .vigie-passport-login .vigie-button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .vigie-passport-login .vigie-passport-login__wait svg {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
  }
  .vigie-passport-login .vigie-passport-login__who {
    overflow-wrap: anywhere;
  }
`;
