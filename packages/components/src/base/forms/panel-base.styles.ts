/**
 * X-THEME — the light-DOM panel sheet's core, which `panelStyles` (panel.styles.ts) starts with: the
 * panel and its heading, the loading line, messages, the live password count, actions, links and
 * the external-link mark. A widget that needs no more (`<remote-onboarding>`) adopts this sheet
 * alone; the others adopt `panelStyles`, whose text is this sheet's and the rest's (facts, helps,
 * disclosures, notes, the resend cooldown). Same conventions as panel.styles.ts.
 */
import { css } from 'lit';

export const panelBaseStyles = css`
  /* The panel of a widget: a column of blocks. Its width is the widget's own property. */
  .vigie-panel {
    display: grid;
    gap: 1rem;
    max-width: var(--_max-width, 40rem);
    margin: 0;
    container-type: inline-size;
  }

  .vigie-panel :is(h2, h3, p, dl, dd, ol, ul) {
    margin: 0;
  }

  .vigie-panel .vigie-panel-heading {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  /* Headings and messages get focus only by script (tabindex=-1) after a step change: they are not controls, no ring. */
  .vigie-scope :is(.vigie-panel-heading, .vigie-panel-message, .vigie-panel-message p)[tabindex='-1']:focus {
    outline: none;
  }

  .vigie-panel .vigie-panel-loading {
    display: flex;
    gap: 0.6rem;
    align-items: center;
    color: var(--_muted);
  }

  /* Messages: the state of a link, a confirmation, a failure. Never colour alone: an icon and a text. */
  .vigie-scope .vigie-panel-message {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    margin: 0;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  .vigie-scope .vigie-panel-message > .vigie-icon {
    margin-block-start: 0.1em;
    color: var(--_accent);
  }

  .vigie-scope .vigie-panel-message p {
    margin: 0;
  }

  .vigie-scope .vigie-panel-message-body {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    min-width: 0;
  }

  .vigie-scope .vigie-panel-message-title {
    font-weight: 700;
  }

  .vigie-scope .vigie-panel-message--success {
    border-inline-start-color: var(--_success-fg);
  }

  .vigie-scope .vigie-panel-message--success > .vigie-icon {
    color: var(--_success-fg);
  }

  .vigie-scope .vigie-panel-message--warning {
    border-color: var(--_warning-border);
    background: var(--_warning-bg);
    color: var(--_warning-fg);
  }

  .vigie-scope .vigie-panel-message--error {
    border: 2px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }

  .vigie-scope :is(.vigie-panel-message--warning, .vigie-panel-message--error) > .vigie-icon {
    color: inherit;
  }

  /* A secondary button (« Réessayer ») on a coloured message or a form's failure takes its colour: no blue on red. */
  .vigie-scope :is(.vigie-panel-message--warning, .vigie-panel-message--error, .vigie-failure) .vigie-button.vigie-button--secondary {
    border-color: currentColor;
    color: inherit;
  }

  /* A new password and its live length (in code points), right under it. */
  .vigie-scope .vigie-panel-new-password {
    display: grid;
    gap: 0.35rem;
    min-width: 0;
  }

  .vigie-scope .vigie-panel-count {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .vigie-scope .vigie-panel-count.is-ok {
    color: var(--_success-fg);
    font-weight: 600;
  }

  .vigie-scope .vigie-panel-count.is-long {
    color: var(--_danger-fg);
    font-weight: 600;
  }

  /* …lined up with the field's text when the field is marked invalid (its inline-start bar and padding). */
  .vigie-scope .vigie-field--invalid + .vigie-panel-count {
    padding-inline-start: calc(0.75rem + 4px);
  }

  /* Actions outside a form (« Se connecter », « Réessayer »): the shared vigie-button; links keep no underline. */
  .vigie-scope .vigie-panel-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  .vigie-scope a.vigie-button {
    text-decoration: none;
  }

  .vigie-scope a.vigie-button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* A link, or a button that reads as one (« Retour à la connexion », « Mot de passe oublié ? »): still a large target. */
  .vigie-scope .vigie-panel-link {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    max-width: 100%;
    margin: 0;
    padding: 0.25rem 0.125rem;
    border: 0;
    border-radius: 2px;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  /* A link to read something first (terms, privacy policy), opened in a new tab: its mark follows its last word, even wrapped. */
  .vigie-scope .vigie-panel-external {
    padding-block: 0.2rem;
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.5;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  .vigie-scope .vigie-panel-external .vigie-icon {
    width: 1em;
    height: 1em;
    margin-inline-start: 0.3rem;
    vertical-align: -0.125em;
  }

  @media (forced-colors: active) {
    .vigie-scope .vigie-panel-message {
      border: 2px solid CanvasText;
    }
  }
`;
