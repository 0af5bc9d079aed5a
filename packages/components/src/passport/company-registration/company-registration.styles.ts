/**
 * X-THEME — the light-DOM sheet of `<company-registration>` (PP-REGISTER), adopted next to
 * `formStyles` and the shared `panelStyles` (panel, heading, messages, live password count). Every
 * selector carries the `vigie-` prefix (or the tag) and sits under the widget's root class; colours
 * are the `--_*` tokens of `lightBase`, so the dark theme and a host's `--vigie-*` values apply.
 */
import { css } from 'lit';

export const styles = css`
  company-registration {
    display: block;
  }
  /* The host's anti-robot element, until the widget has moved it into its form (never shown loose). */
  company-registration > :is([slot='captcha'], [data-vigie-captcha]) {
    display: none;
  }
  .vigie-registration {
    --_max-width: var(--company-registration-max-width, 48rem);
  }
  .vigie-registration .vigie-registration__body[hidden] {
    display: none !important;
  }
  /* The SIRET (or VAT number) and the link that switches between them, close together. */
  .vigie-registration .vigie-registration__identifier {
    display: grid;
    gap: 0.15rem;
    justify-items: start;
    min-width: 0;
  }
  .vigie-registration .vigie-registration__identifier > .vigie-field {
    justify-self: stretch;
  }
  .vigie-registration .vigie-registration__identifier .vigie-input {
    max-width: 20rem;
    font-variant-numeric: tabular-nums;
  }
  /* Two fields side by side where there is room (names, e-mails, passwords); one column otherwise. */
  .vigie-registration .vigie-registration__pair {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  /* The password's live length, right under it. */
  .vigie-registration .vigie-registration__count {
    margin-block-start: -0.65rem;
  }
  /*
   * Side by side, the two fields share their rows (a subgrid): label, hint, error, input, show/hide,
   * the live length. A label that wraps, a hint or an error in one of them leaves both inputs level.
   */
  @container (min-width: 34rem) {
    .vigie-registration .vigie-registration__pair {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      grid-template-rows: repeat(6, auto);
      row-gap: 0;
    }
    .vigie-registration .vigie-registration__pair > .vigie-field {
      grid-row: 1 / span 5;
      grid-template-rows: subgrid;
      row-gap: 0;
      align-content: start;
    }
    .vigie-registration .vigie-registration__pair > .vigie-field > .vigie-label {
      grid-row: 1;
      align-self: end;
      margin-block-end: 0.35rem;
    }
    .vigie-registration .vigie-registration__pair > .vigie-field > .vigie-hint {
      grid-row: 2;
      margin-block-end: 0.35rem;
    }
    .vigie-registration .vigie-registration__pair > .vigie-field > .vigie-field-error {
      grid-row: 3;
      align-self: end;
      margin-block-end: 0.35rem;
    }
    .vigie-registration .vigie-registration__pair > .vigie-field > .vigie-input {
      grid-row: 4;
    }
    .vigie-registration .vigie-registration__pair > .vigie-field > .vigie-toggle {
      grid-row: 5;
      margin-block-start: 0.35rem;
    }
    .vigie-registration .vigie-registration__pair > .vigie-registration__count {
      grid-row: 6;
      grid-column: 1;
      margin-block-start: 0.35rem;
    }
  }
  .vigie-registration .vigie-registration__cleared {
    margin: 0;
  }
  /* The anti-robot step: a group named like a field; the host's element goes in its place. */
  .vigie-registration .vigie-registration__captcha:focus {
    outline: none;
  }
  .vigie-registration .vigie-registration__captcha:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .vigie-registration .vigie-registration__captcha-place {
    min-width: 0;
    max-width: 100%;
    overflow-x: auto;
  }
  .vigie-registration .vigie-registration__captcha-place:empty {
    display: none;
  }
  .vigie-registration .vigie-registration__checking:empty {
    display: none;
  }
`;
