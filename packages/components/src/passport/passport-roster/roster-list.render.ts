/**
 * PP-ROSTER / PP-BLOCK — the parts of `<passport-roster>`'s list around its table: the summary
 * line, the state filters and the referent's alert (their counts from core's index, computed
 * again only when it changed), the paging progress, the notice after an action, and the empty
 * and no-result states.
 */
import { html, nothing } from 'lit';
import {
  calendarDateOf,
  rosterRowsWithStatus,
  rosterStatusCounts,
  type Employee,
  type RosterIndex,
  type RosterStatusCounts,
} from '@vigie/core';
import { checkIcon, closeIcon, infoIcon } from '../../base/icons.js';
import { renderRosterFilters, type RosterFilter } from './roster-filters.js';
import { dateText, nameOf, type RosterTexts, type Translate } from './roster-rows.js';
import { alertShown, renderRosterAlert, renderRosterSummary, type BlockedAlert, type SummaryState } from './roster-summary.js';

/** The live message after an action; its text is read at render (a language switch re-words it). */
export interface Notice {
  readonly text: () => string;
  readonly created?: boolean;
}

/** « Aucun salarié inscrit », with « Inscrire un nouveau salarié » (`enroll`). */
export function renderEmpty(t: Translate, enroll: unknown) {
  return html`<div part="empty" class="state empty">
    ${infoIcon}
    <div>
      <h3>${t('passport.roster.empty.title')}</h3>
      <p>${t('passport.roster.empty.text')}</p>
      ${enroll}
    </div>
  </div>`;
}

/** The notice region (always there, so that what it says is heard), with its message if any. */
export function renderNotice(n: Notice | undefined, closeLabel: string, onClose: () => void) {
  return html`<div part="notice" class="notice" role="status">
    ${
      n
        ? html`<p class="notice-box ${n.created ? 'created' : ''}" tabindex="-1">
          ${checkIcon}<span class="notice-text">${n.text()}</span>
          <button type="button" class="icon-btn" aria-label=${closeLabel} @click=${onClose}>${closeIcon}</button>
        </p>`
        : nothing
    }
  </div>`;
}

/** The paging progress (« 45 000 salariés chargés sur 100 000 »); nothing before the server's count. */
export function renderProgress(id: string, t: Translate, texts: RosterTexts, loaded: number, expected: number) {
  if (expected === 0) return nothing;
  const n = texts.count;
  return html`<div part="progress" class="progress">
    <progress max=${expected} .value=${loaded} aria-labelledby="${id}-progress"></progress>
    <span id="${id}-progress">${t('passport.roster.progress', { loaded: n(loaded), total: n(expected) })}</span>
  </div>`;
}

/** No row for the search or the filter: what was asked, and the ways out. */
export function renderNoResult(v: {
  readonly t: Translate;
  readonly query: string;
  readonly filter: string | undefined;
  readonly clearSearch: () => void;
  readonly showAll: () => void;
}) {
  const { t, query, filter } = v;
  const showAll = filter
    ? html`<button type="button" class="btn secondary" @click=${v.showAll}>${t('passport.roster.filter.showAll')}</button>`
    : nothing;
  if (!query && filter) {
    return html`<div part="empty" class="state empty small">
      ${infoIcon}
      <div>
        <p><strong>${t('passport.roster.filter.none', { filter })}</strong></p>
        ${showAll}
      </div>
    </div>`;
  }
  return html`<div part="empty" class="state empty small">
    ${infoIcon}
    <div>
      <p><strong>${t('passport.roster.noResult', { query })}</strong></p>
      <p>${t('passport.roster.noResult.hint')}</p>
      <button type="button" class="btn secondary" @click=${v.clearSearch}>${t('passport.roster.clearSearch')}</button>
      ${showAll}
    </div>
  </div>`;
}

/** Counts of the whole list, and the blocked rows. */
interface Overview {
  readonly counts: RosterStatusCounts;
  readonly blocked: readonly Employee[];
}

/** The overview of an index, computed again only when its counts changed (core answers the same object while nothing changed). */
const overviews = new WeakMap<RosterIndex<Employee>, Overview>();

function overviewOf(index: RosterIndex<Employee>): Overview {
  const counts = rosterStatusCounts(index);
  let overview = overviews.get(index);
  if (overview?.counts !== counts) overviews.set(index, (overview = { counts, blocked: rosterRowsWithStatus(index, 'blocked') }));
  return overview;
}

export interface StatesView {
  readonly id: string;
  readonly t: Translate;
  readonly texts: RosterTexts;
  readonly query: string;
  readonly filter: RosterFilter;
  readonly alertHidden: ReadonlySet<string> | undefined;
  readonly onFilter: (filter: RosterFilter) => void;
  readonly onShowBlocked: () => void;
  /** The referent hid the alert for these blocked accounts. */
  readonly onHideAlert: (ids: readonly string[]) => void;
}

/**
 * PP-ROSTER / PP-BLOCK: the referent's alert while accounts are blocked (until hidden, and again at
 * a new block), the summary line (the whole list) and the filters (their counts follow the search).
 */
export function renderStates(index: RosterIndex<Employee>, v: StatesView) {
  const { t, texts } = v;
  const { counts, blocked } = overviewOf(index);
  const n = texts.count;
  const plural = new Intl.PluralRules(texts.locale === 'en' ? 'en-GB' : 'fr-FR');
  const part = (state: SummaryState, count: number) =>
    t(`passport.roster.summary.${state}.${plural.select(count) === 'one' ? 'one' : 'other'}`, { count: n(count) });
  const summary = html`${renderRosterSummary({ counts, label: t('passport.roster.summary.label'), part })}
    ${renderRosterFilters({
      id: v.id,
      legend: t('passport.roster.filter.legend'),
      selected: v.filter,
      counts: rosterStatusCounts(index, { query: v.query }),
      label: (filter) => t(`passport.roster.filter.${filter}`),
      count: n,
      onChange: v.onFilter,
    })}`;

  const ids = blocked.map((e) => e.id);
  let alert: BlockedAlert | undefined;
  if (alertShown(ids, v.alertHidden)) {
    const only = blocked.length === 1 ? blocked[0]! : undefined;
    const block = only?.block;
    alert = {
      count: blocked.length,
      only:
        only && block
          ? {
              name: nameOf(only),
              module: t(`passport.module.${block.moduleId}`),
              date: dateText(texts, calendarDateOf(Date.parse(block.at))),
            }
          : undefined,
    };
  }
  const form = plural.select(blocked.length) === 'one' ? 'one' : 'other';
  const alertView = renderRosterAlert({
    id: v.id,
    alert,
    title: t(`passport.roster.alert.title.${form}`, { count: n(blocked.length) }),
    text: alert?.only ? t('passport.roster.alert.one', alert.only) : t('passport.roster.alert.other'),
    show: t('passport.roster.alert.show'),
    dismiss: t('passport.roster.alert.dismiss'),
    filtered: v.filter === 'blocked',
    onShow: v.onShowBlocked,
    onDismiss: () => v.onHideAlert(ids),
  });
  return { alert: alertView, summary };
}
