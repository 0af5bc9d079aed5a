/**
 * X-THEME — the light-DOM panel sheet every light-DOM widget shares (vault, passport…), adopted
 * next to `formStyles`: the panel (heading, intro, live result), messages, facts, the live
 * password count, actions and links outside the forms. Every selector carries the `vigie-` prefix
 * and sits under the widget's `.vigie-scope` root, so the page's CSS and ours do not collide (see
 * forms.styles.ts); colours are the `--_*` tokens of `lightBase`, so the dark theme and a host's
 * `--vigie-*` values apply as everywhere else.
 *
 * The classes (`vigie-panel`, `vigie-panel-*`) are service-neutral: vault, passport and remote-services
 * widgets share them, and document them as styling hooks (`@cssclass` in custom-elements.json).
 */
import { css } from 'lit';
import { panelBaseStyles } from './panel-base.styles.js';

// The core (panel, messages, count, actions, links) is a sheet of its own for widgets that need no
// more (panel-base.styles.ts); this sheet's text is that core's, then the rest.
export const panelStyles = css`
  ${panelBaseStyles}

  .vigie-panel :is(.vigie-panel-intro, .vigie-panel-note) {
    overflow-wrap: anywhere;
  }

  .vigie-panel .vigie-panel-note {
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* A live region of results: always in the page, empty (and invisible) until a result comes. */
  .vigie-panel .vigie-panel-result:empty {
    display: none;
  }

  /* Facts to read (a profile, what only HR can change): term above its value, side by side where there is room. */
  .vigie-scope .vigie-panel-facts {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 1rem 1.25rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }

  .vigie-scope .vigie-panel-facts > div {
    display: grid;
    gap: 0.1rem;
    min-width: 0;
  }

  .vigie-scope .vigie-panel-facts dt {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }

  .vigie-scope .vigie-panel-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @container (min-width: 32rem) {
    .vigie-scope .vigie-panel-facts > div {
      grid-template-columns: 12rem minmax(0, 1fr);
      gap: 1rem;
      align-items: baseline;
    }
  }

  /* « Recevoir un nouveau code » while its cooldown runs: focusable (it says how long), plainly not available yet. */
  .vigie-scope .vigie-button.vigie-panel-resend[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_muted);
    color: var(--_muted);
    cursor: not-allowed;
    opacity: 1;
  }

  /* A help to open next to a field (« Où trouver mon identifiant ? »): a native <details>, its summary reads as a link. */
  .vigie-scope details.vigie-panel-help {
    margin: 0;
  }

  .vigie-scope details.vigie-panel-help > summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .vigie-scope details.vigie-panel-help > p {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  /* A disclosure section (base/forms/disclosure.ts): a bordered toggle, filled while open, and its panel. */
  .vigie-scope .vigie-disclosure {
    display: grid;
    gap: 0.75rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
  }

  .vigie-scope .vigie-disclosure-toggle {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    gap: 0.5rem;
    min-height: var(--_target);
    max-width: 100%;
    margin: 0;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  .vigie-scope .vigie-disclosure-toggle[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .vigie-scope .vigie-disclosure-panel {
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .vigie-scope .vigie-disclosure-panel[hidden] {
    display: none;
  }

  @container (max-width: 24rem) {
    .vigie-scope .vigie-disclosure-panel {
      padding: 1rem 0.85rem;
    }
  }
`;
