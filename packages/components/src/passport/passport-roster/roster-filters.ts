/**
 * PP-ROSTER / PP-BLOCK — the state filters of `<passport-roster>` and the state icons.
 *
 * A group of native radio buttons (« Filtrer par état »: Tous, Actifs, Bloqués, Expirés, Expirent
 * bientôt, Non commencés), each with its count in its name (« Bloqués 2 »): arrow keys move
 * between them, the group is announced as one, and the counts are core's
 * (`rosterStatusCounts`, following the search). Every state the rows show carries an icon AND its
 * text, never a colour alone.
 */
import { html, svg } from 'lit';
import { ROSTER_STATUSES, type RosterStatus, type RosterStatusCounts } from '@vigie/core';
import { checkIcon, clockIcon, errorIcon, icon, lockIcon } from '../../base/icons.js';

/** A filter: a state, or every row. */
export type RosterFilter = RosterStatus | 'all';
/** The filters, in their order on screen. */
export const ROSTER_FILTERS: readonly RosterFilter[] = ['all', ...ROSTER_STATUSES];

export const isRosterFilter = (value: unknown): value is RosterFilter => (ROSTER_FILTERS as readonly unknown[]).includes(value);

const dashIcon = icon(svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h8"/>`);
const listIcon = icon(
  svg`<path d="M8 6h13"/><path d="M8 12h13"/><path d="M8 18h13"/><path d="M3 6h.01"/><path d="M3 12h.01"/><path d="M3 18h.01"/>`,
);

/** The icon of each state (decorative: its text is always beside it). */
export const STATUS_ICONS: Readonly<Record<RosterFilter, ReturnType<typeof html>>> = {
  all: listIcon,
  active: checkIcon,
  blocked: lockIcon,
  expired: errorIcon,
  expiring: clockIcon,
  'not-started': dashIcon,
};

export interface RosterFiltersView {
  /** A prefix unique to the widget (the radios' group name). */
  readonly id: string;
  readonly legend: string;
  readonly selected: RosterFilter;
  /** Rows per state (matching the search). */
  readonly counts: RosterStatusCounts;
  readonly label: (filter: RosterFilter) => string;
  /** A count as the locale writes it. */
  readonly count: (n: number) => string;
  readonly onChange: (filter: RosterFilter) => void;
}

/** The group of filters (a `<fieldset>` of radios styled as chips). */
export function renderRosterFilters(v: RosterFiltersView) {
  const total = ROSTER_STATUSES.reduce((sum, status) => sum + v.counts[status], 0);
  return html`<fieldset part="filters" class="filters">
    <legend class="filters-legend">${v.legend}</legend>
    <div class="filter-list">
      ${ROSTER_FILTERS.map((filter) => {
        const n = filter === 'all' ? total : v.counts[filter];
        return html`<label class="filter ${n === 0 ? 'zero' : ''}" data-state=${filter}>
          <input type="radio" name="${v.id}-filter" value=${filter} .checked=${v.selected === filter} @change=${() => v.onChange(filter)} />
          ${STATUS_ICONS[filter]}<span class="filter-label">${v.label(filter)}</span>
          <span class="filter-count">${v.count(n)}</span>
        </label>`;
      })}
    </div>
  </fieldset>`;
}
