/**
 * VA-LOGIN — the light-DOM sheet of `<vault-login>` (adopted next to `formStyles`). Every class
 * carries the `vigie-login` prefix; colours are the private `--_*` tokens of `lightBase`, so the
 * dark theme and a host's `--vigie-*` values apply as everywhere else.
 */
import { css } from 'lit';

export const styles = css`
  vault-login {
    display: block;
  }
  .vigie-login {
    display: grid;
    gap: 1rem;
    max-width: var(--vault-login-max-width, 32rem);
  }
  .vigie-login .vigie-login__title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .vigie-login .vigie-login__text {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .vigie-login ul.vigie-login__links,
  .vigie-login ul.vigie-login__contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .vigie-login ul.vigie-login__contact {
    flex-direction: column;
  }
  .vigie-login ul.vigie-login__contact li {
    display: grid;
    justify-items: start;
    overflow-wrap: anywhere;
  }
  .vigie-login .vigie-login__hours {
    color: var(--_muted);
  }
  .vigie-login .vigie-login__identifier {
    display: grid;
    gap: 0.35rem;
    min-width: 0;
  }
  .vigie-login .vigie-login__format {
    margin: 0;
    color: var(--_warning-fg);
  }
  .vigie-login .vigie-login__locked {
    display: grid;
    gap: 0.75rem;
  }
  .vigie-login .vigie-login__lock .vigie-login__until {
    font-weight: 600;
  }
  /* The ways out of a lock (seed 002, « Compte bloqué », steps 5 and 6). */
  .vigie-login .vigie-login__help,
  .vigie-login .vigie-login__support {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .vigie-login .vigie-login__help {
    gap: 0.85rem;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    overflow-wrap: anywhere;
  }
  .vigie-login .vigie-login__help p {
    margin: 0;
  }
  .vigie-login .vigie-login__help .vigie-login__help-title {
    font-weight: 700;
  }
  /* The procedures named in the sentence are its links: inline (WCAG 2.5.8 exempts links in a sentence), with room to tap. */
  .vigie-login .vigie-login__ways {
    line-height: 1.75;
  }
  .vigie-login .vigie-panel-link.vigie-panel-link--inline {
    display: inline;
    min-height: 0;
    padding: 0.2rem 0;
    font-weight: 600;
    overflow-wrap: normal;
  }
  .vigie-login .vigie-login__notice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0;
    font-weight: 600;
  }
  .vigie-login .vigie-login__notice .vigie-icon,
  .vigie-login .vigie-login__welcome .vigie-icon {
    color: var(--_success-fg);
  }
  .vigie-login .vigie-login__welcome {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .vigie-login .vigie-login__secondary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
`;
