/**
 * RS-SITES — `<site-list>`'s filter panel: « Emplacement » (a town or the start of a postal code)
 * and « Mode test » (all, on, off). Loaded on demand (issue 9's size budgets): when the user opens
 * « Filtres » (or on intent: the pointer over it, or the focus on it). The filtering itself is
 * core's (`viewSites`), in the list: a host's `location` or `test-mode-filter` filters the first
 * screen without this panel; « Filtres (n) » says how many apply.
 */
import { css, html, svg } from 'lit';
import { live } from 'lit/directives/live.js';
import { SITE_TEST_MODE_FILTERS, remoteSiteFiltersMessages, type MessageKey, type SiteTestModeFilter } from '@vigie/core';
import { icon } from '../../base/icons.js';

export { remoteSiteFiltersMessages };

const pinIcon = icon(svg`<path d="M20 10c0 6-8 12-8 12s-8-6-8-12a8 8 0 0 1 16 0Z"/><circle cx="12" cy="10" r="3"/>`);

/** What the panel shows and where its changes go (the list's properties). */
export interface SiteFiltersView {
  /** The list's id prefix: the panel's fields are `${id}-loc`, `${id}-test`; they control `${id}-table`. */
  readonly id: string;
  /** The list's shadow root: the panel's styles join its own there (a constructed style sheet: no inline style, as a strict CSP wants). */
  readonly root: ShadowRoot;
  readonly location: string;
  readonly testMode: SiteTestModeFilter;
  readonly t: (key: MessageKey) => string;
  readonly onLocation: (location: string) => void;
  readonly onTestMode: (filter: SiteTestModeFilter) => void;
}

/** The panel's fields (`part="location-input"`, `part="test-mode-filter"`); their styles are added to the list's. */
export function siteFilters(v: SiteFiltersView) {
  const { id, t } = v;
  const sheet = styles.styleSheet;
  if (sheet && !v.root.adoptedStyleSheets.includes(sheet)) v.root.adoptedStyleSheets = [...v.root.adoptedStyleSheets, sheet];
  return html`<div class="field location">
      <label for="${id}-loc">${t('rs.sites.location.label')}</label>
      <div class="input-icon">
        ${pinIcon}
        <input
          id="${id}-loc"
          part="location-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${t('rs.sites.location.placeholder')}
          aria-controls="${id}-table"
          .value=${live(v.location)}
          @input=${(e: Event) => v.onLocation((e.target as HTMLInputElement).value)}
        />
      </div>
    </div>
    <fieldset part="test-mode-filter" class="segmented">
      <legend>${t('rs.sites.testMode.legend')}</legend>
      <div class="segments">
        ${SITE_TEST_MODE_FILTERS.map(
          (f) =>
            html`<label class="segment"
              ><input type="radio" name="${id}-test" value=${f} .checked=${live(v.testMode === f)} @change=${() => v.onTestMode(f)} /><span>${t(`rs.sites.testMode.${f}`)}</span></label
            >`,
        )}
      </div>
    </fieldset>`;
}

// The segmented control: radio buttons drawn as one bar of choices, the checked one filled.
const styles = css`
  .location {
    flex: 1 1 11rem;
  }
  .segmented {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .segmented legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .segments {
    display: inline-flex;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .segment {
    position: relative;
    display: inline-flex;
  }
  .segment + .segment {
    border-inline-start: 1px solid var(--_muted);
  }
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segment span {
    display: inline-flex;
    align-items: center;
    min-height: 2.6rem;
    padding: 0.3rem 0.85rem;
    background: var(--_surface);
    white-space: nowrap;
  }
  .segment input:checked + span {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .segment input:focus-visible + span {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  @container (max-width: 48rem) {
    .location {
      flex-basis: 100%;
    }
  }
`;
