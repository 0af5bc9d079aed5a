/**
 * PP-ROSTER — one row of `<passport-roster>`'s virtual table: the texts a row reads (resolved once
 * per locale) and its cells, a Lit template rendered into the recycled `<tr>` (the shared virtual
 * table, `base/virtual-table/`, decides which rows are in the DOM).
 */
import { html, nothing, render } from 'lit';
import {
  EMPLOYEE_STATES,
  PROFILE_IDS,
  calendarDateOf,
  rosterStatus,
  safePassportUrl,
  type Employee,
  type EmployeeState,
  type Locale,
  type MessageKey,
  type Params,
  type ProfileId,
  type RosterLabels,
} from '@vigie/core';
import { beginsWithVowelSound, formatDate, formatInteger } from '@vigie/core/i18n';

/** The element's `t`. */
export type Translate = (key: MessageKey, params?: Params) => string;

/** Texts resolved once per locale: the rows read them for every cell. */
export interface RosterTexts {
  readonly locale: Locale;
  readonly profile: Readonly<Record<ProfileId, string>>;
  readonly state: Readonly<Record<EmployeeState | 'expired' | 'expiring', string>>;
  readonly none: string;
  readonly notStarted: string;
  readonly noPassport: string;
  readonly noExpiry: string;
  readonly viewPassport: string;
  readonly viewPassportOf: (name: string) => string;
  readonly blockedOf: (name: string) => string;
  readonly editOf: (name: string) => string;
  readonly deleteOf: (name: string) => string;
  readonly noEmail: string;
  /** Under « Bloqué »: the module and the day (visible), and the same said in full (screen readers). */
  readonly blockedBy: (module: string, date: string) => { readonly text: string; readonly label: string };
  /** A count as the locale writes it (« 100 000 »). */
  readonly count: (n: number) => string;
  /** `YYYY-MM-DD` → as shown, each date formatted once. */
  readonly dates: Map<string, string>;
}

export const nameOf = (e: Employee): string => `${e.firstName} ${e.lastName}`;

/** The texts of the rows for `locale`, through the element's translation. */
export function rosterTexts(locale: Locale, t: Translate): RosterTexts {
  // The sentence around a name, cut once per locale; twice, for a name that starts with a vowel
  // sound and one that does not (« Voir le passeport d’Alexandre », « … de Baptiste »).
  const phrase = (key: MessageKey) => {
    const cut = (first: string) => {
      const [before = '', after = ''] = t(key, { name: `${first}\u0000` }).split('\u0000');
      return [before.slice(0, -first.length), after] as const;
    };
    const [[vowelBefore, vowelAfter], [before, after]] = [cut('a'), cut('b')];
    return (name: string) => (beginsWithVowelSound(name) ? vowelBefore + name + vowelAfter : before + name + after);
  };
  return {
    locale,
    profile: Object.fromEntries(PROFILE_IDS.map((p) => [p, t(`passport.profile.${p}`)])) as Record<ProfileId, string>,
    state: {
      ...(Object.fromEntries(EMPLOYEE_STATES.map((s) => [s, t(`passport.state.${s}`)])) as Record<EmployeeState, string>),
      expired: t('passport.roster.state.expired'),
      expiring: t('passport.roster.state.expiring'),
    },
    none: t('passport.state.none'),
    notStarted: t('passport.state.none.label'),
    noPassport: t('passport.roster.noPassport'),
    noExpiry: t('passport.roster.noExpiry'),
    viewPassport: t('passport.roster.viewPassport'),
    viewPassportOf: phrase('passport.roster.viewPassport.label'),
    blockedOf: phrase('passport.roster.blocked.label'),
    editOf: phrase('passport.roster.edit.label'),
    deleteOf: phrase('passport.roster.delete.label'),
    noEmail: t('passport.roster.noEmail'),
    blockedBy: (module, date) => ({
      text: t('passport.roster.blockedBy', { module, date }),
      label: t('passport.roster.blockedBy.label', { module, date }),
    }),
    count: (n) => formatInteger(locale, n),
    dates: new Map(),
  };
}

/** The labels core's index searches and sorts by. */
export const rosterLabels = (texts: RosterTexts): RosterLabels => ({
  profile: (p) => texts.profile[p],
  state: (s) => texts.state[s],
  expiry: (s) => texts.state[s],
});

/** A day as shown (`YYYY-MM-DD` → « 12/03/2026 »), each formatted once per locale. */
export function dateText(texts: RosterTexts, day: string): string {
  let text = texts.dates.get(day);
  if (text === undefined) texts.dates.set(day, (text = formatDate(texts.locale, day)));
  return text;
}

/** What a row needs to paint itself. */
export interface RowContext {
  readonly texts: RosterTexts;
  /** Today (Paris), as the rows are rated. */
  readonly day: string;
  readonly t: Translate;
  /** The row to mark as new (just enrolled). */
  readonly fresh: number | undefined;
  /** The element rendering the rows (Lit's `host` for the templates). */
  readonly host: object;
}

/** Paints one row: its cells are a Lit template rendered into the recycled `<tr>`. */
export function paintRosterRow(tr: HTMLTableRowElement, row: Employee | undefined, position: number, index: number, x: RowContext): void {
  tr.setAttribute('aria-rowindex', String(index + 2));
  tr.dataset.p = String(position);
  tr.classList.toggle('fresh', position === x.fresh);
  tr.classList.toggle('has-email', !!row?.email);
  render(row ? cells(row, x) : nothing, tr, { host: x.host });
}

/** « — » for an empty cell, with what it means for screen readers. */
function none(x: RosterTexts, meaning: string) {
  return html`<span aria-hidden="true" class="none">${x.none}</span><span class="sr-only">${meaning}</span>`;
}

/** The cells of one row (icons inline: no nested template, fewest nodes). */
function cells(row: Employee, c: RowContext) {
  const x = c.texts;
  const name = nameOf(row);
  const url = safePassportUrl(row.passportUrl);
  // PP-ROSTER: a button, not a link: the passport opens over the list (or the host shows it), the page is never left.
  const passport = url
    ? html`<button type="button" class="link" data-action="passport" aria-haspopup="dialog" aria-label=${x.viewPassportOf(name)}>${x.viewPassport}</button>`
    : none(x, x.noPassport);
  const state = stateCell(row, name, c);
  // One line per cell, joined by line continuations: no white-space node between the cells.
  // Text cells hold their lines in `.cell`: cut with an ellipsis, shown whole on hover or while the row has the focus.
  return html`<td role="cell" class="text name"><span class="cell"><span class="line">${row.firstName}</span></span></td>\
<td role="cell" class="text name"><span class="cell"><span class="line">${row.lastName}</span>${row.email ? html`<span class="line email">${row.email}</span>` : nothing}</span></td>\
<td role="cell" class="text"><span class="cell"><span class="clamp">${x.profile[row.profile]}</span></span></td>\
<td role="cell" class="labelled">${passport}</td>\
<td role="cell" class="labelled status-cell ${row.state === 'blocked' ? 'text' : ''}">${state}</td>\
<td role="cell" class="text labelled">${row.expiresOn ? dateText(x, row.expiresOn) : none(x, x.noExpiry)}</td>\
<td role="cell"><span class="row-actions">\
<button type="button" class="icon-btn" data-action="edit" aria-haspopup="dialog" aria-label=${x.editOf(name)}><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 20h9"/><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"/></svg></button>\
<button type="button" class="icon-btn danger" data-action="delete" aria-haspopup="dialog" aria-label=${x.deleteOf(name)}><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 6h18"/><path d="M8 6V4h8v2"/><path d="M6 6l1 14h10l1-14M10 11v6M14 11v6"/></svg></button>\
</span></td>`;
}

/**
 * PP-ROSTER / PP-BLOCK: the state shown today, an icon AND its text (« Actif », « Expire bientôt »,
 * « Expiré »); « Bloqué » is the unblock button, with the module and the day of the block under it.
 */
function stateCell(row: Employee, name: string, c: RowContext) {
  const x = c.texts;
  const status = rosterStatus(row, c.day);
  if (status === 'not-started') return none(x, x.notStarted);
  // Icons inline, one template per state (as the row's other icons): paths only, no nested template.
  if (status === 'active')
    return html`<span class="status" data-state="active"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M20 6 9 17l-5-5"/></svg>${x.state.active}</span>`;
  if (status === 'expired')
    return html`<span class="status" data-state="expired"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="M12 8v4M12 16h.01"/></svg>${x.state.expired}</span>`;
  if (status === 'expiring')
    return html`<span class="status" data-state="expiring"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/></svg>${x.state.expiring}</span>`;
  const button = html`<button type="button" class="blocked" data-action="unblock" aria-haspopup="dialog" aria-label=${x.blockedOf(name)}><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3" y="11" width="18" height="11" rx="2"/><path d="M7 11V7a5 5 0 0 1 10 0v4"/></svg>${x.state.blocked}</button>`;
  const block = row.block;
  if (!block) return button;
  const by = x.blockedBy(c.t(`passport.module.${block.moduleId}`), dateText(x, calendarDateOf(Date.parse(block.at))));
  return html`<span class="cell">${button}<span class="line block-info" aria-hidden="true">${by.text}</span><span class="sr-only">${by.label}</span></span>`;
}
