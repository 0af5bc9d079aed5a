/**
 * VA-PAPER — light-DOM styles of `<paper-payslip-request>` (adopted into the widget's root node;
 * every selector carries the `vigie-paper` prefix), and its print stylesheet.
 */
import { css } from 'lit';

export const paperStyles = css`
  paper-payslip-request {
    display: block;
  }
  .vigie-paper {
    display: grid;
    gap: 1rem;
    max-width: 40rem;
  }
  .vigie-paper :is(h2, h3, p) {
    margin: 0;
  }
  .vigie-paper .vigie-paper__title {
    font-size: 1.35rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .vigie-paper .vigie-paper__intro {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .vigie-paper .vigie-paper__forgot {
    margin-top: -0.5rem;
  }
  .vigie-paper a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .vigie-paper .vigie-paper__forgot a {
    display: inline-flex;
    align-items: center;
    min-height: 2rem;
  }
  .vigie-paper .vigie-paper__policy {
    display: grid;
    gap: 0.4rem;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  .vigie-paper .vigie-paper__policy-title {
    font-size: 1rem;
  }
  /* The credentials refused, the lock, a failed confirmation: shared vigie-panel-message--error; links take its colour. */
  .vigie-paper .vigie-paper__alert a {
    color: inherit;
    font-weight: 600;
  }
  .vigie-paper :is(.vigie-paper__confirm, .vigie-paper__done) {
    display: grid;
    gap: 0.85rem;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .vigie-paper .vigie-paper__step-title {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 1.15rem;
  }
  .vigie-paper .vigie-paper__done .vigie-paper__step-title .vigie-icon {
    width: 1.6rem;
    height: 1.6rem;
    color: var(--_success-fg);
  }
  .vigie-paper .vigie-paper__reference {
    padding: 0.6rem 0.85rem;
    border-inline-start: 4px solid var(--_success-fg);
    background: var(--_surface-2);
    font-size: 1.05rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  /* The reference is quoted whole: never cut at its hyphens. */
  .vigie-paper .vigie-paper__reference-code {
    white-space: nowrap;
  }
  .vigie-paper .vigie-paper__support {
    color: var(--_muted);
  }
  /* Headings that receive focus on a step change: they are not controls. */
  .vigie-paper .vigie-paper__step-title:focus {
    outline: none;
  }
  .vigie-paper .vigie-paper__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  /*
   * Print: while the confirmation is shown, only the widget's confirmation prints (everything
   * that neither contains it nor is inside it is left out), black on white, without buttons.
   */
  @media print {
    body:has(.vigie-paper-printable) :not(:has(.vigie-paper-printable)):not(.vigie-paper-printable):not(.vigie-paper-printable *) {
      display: none !important;
    }
    html:has(.vigie-paper-printable),
    body:has(.vigie-paper-printable),
    body:has(.vigie-paper-printable) :has(.vigie-paper-printable) {
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      outline: 0 !important;
      background: #fff !important;
      box-shadow: none !important;
      color: #000 !important;
    }
    .vigie-paper-printable,
    .vigie-paper-printable * {
      color: #000 !important;
      background: #fff !important;
      border-color: #000 !important;
      box-shadow: none !important;
      text-shadow: none !important;
    }
    .vigie-paper-printable {
      max-width: none;
      font-size: 12pt;
    }
    .vigie-paper-printable .vigie-paper__done {
      padding: 0;
      border: 0;
    }
    .vigie-paper-printable .vigie-paper__reference {
      border: 1px solid #000;
    }
    .vigie-paper-printable a {
      text-decoration: none;
    }
    .vigie-paper-printable .vigie-paper__actions {
      display: none !important;
    }
  }
`;
