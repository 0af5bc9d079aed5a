/**
 * SR-PERMIT — the rules of the fire permits (seed 001 « PERMIS DE FEU »), pure and clock-free:
 *
 * - the levée de doute (the fire watch after hot work): `done` once recorded; otherwise `to-do`
 *   until its deadline (end of works + the watch duration, usually 2 h) INCLUDED, and `not-done`
 *   from the minute after (the deadline passed without a check);
 * - which permits await which signature (the QR code to the mobile app is offered for those only);
 * - search, filters and sort of the list.
 */
import { foldListText, tokenizeListQuery } from '../../shared/list-index.js';
import type { FirePermit, FirePermitState, SignatureLink, Signer } from './schemas.js';

export const WATCH_STATES = ['to-do', 'not-done', 'done'] as const;
/** The levée de doute: grey « à réaliser », red « non réalisée », green « réalisée ». */
export type WatchState = (typeof WATCH_STATES)[number];

/** The usual fire-watch duration after hot work, in minutes. */
export const DEFAULT_WATCH_MINUTES = 120;
const MINUTE = 60_000;

/** The last instant the levée de doute may be recorded: end of works + the watch duration. */
export function watchDeadline(permit: Pick<FirePermit, 'endsAt' | 'watchMinutes'>): number {
  return Date.parse(permit.endsAt) + permit.watchMinutes * MINUTE;
}

/** SR-PERMIT: the levée de doute of a permit at `now`. */
export function watchStateOf(permit: Pick<FirePermit, 'endsAt' | 'watchMinutes' | 'watchDoneAt'>, now: number): WatchState {
  if (permit.watchDoneAt !== null) return 'done';
  return now <= watchDeadline(permit) ? 'to-do' : 'not-done';
}

/** The next instant a levée de doute of the list changes by itself (to re-render without a reload). */
export function nextWatchChange(permits: readonly FirePermit[], now: number): number | undefined {
  let next: number | undefined;
  for (const p of permits) {
    if (p.watchDoneAt !== null) continue;
    const at = watchDeadline(p) + 1;
    if (at > now && (next === undefined || at < next)) next = at;
  }
  return next;
}

/** Whose signature a permit awaits, or undefined (in progress, closed). */
export function awaitedSigner(state: FirePermitState): Signer | undefined {
  return state === 'awaiting-operator' ? 'operator' : state === 'awaiting-provider' ? 'provider' : undefined;
}

/** Whether the permit offers the QR code to sign on the mobile app. */
export const offersSignatureQr = (permit: Pick<FirePermit, 'state'>): boolean => awaitedSigner(permit.state) !== undefined;

/** Whether a signature link no longer works at `now` (it works until `expiresAt`, excluded). */
export function isLinkExpired(link: Pick<SignatureLink, 'expiresAt'>, now: number): boolean {
  return now >= Date.parse(link.expiresAt);
}

// ── the list: search, filters, sort ──

export const PERMIT_STATE_FILTERS = ['all', 'awaiting', 'in-progress', 'closed'] as const;
export type PermitStateFilter = (typeof PERMIT_STATE_FILTERS)[number];
export const WATCH_FILTERS = ['all', ...WATCH_STATES] as const;
export type WatchFilter = (typeof WATCH_FILTERS)[number];
export const PERMIT_SORT_COLUMNS = ['number', 'work', 'company', 'place', 'start', 'end', 'state', 'watch'] as const;
export type PermitSortColumn = (typeof PERMIT_SORT_COLUMNS)[number];

export interface PermitQuery {
  readonly text: string;
  readonly state: PermitStateFilter;
  readonly watch: WatchFilter;
  readonly sort: { readonly column: PermitSortColumn; readonly direction: 'ascending' | 'descending' };
}

export const DEFAULT_PERMIT_QUERY: PermitQuery = {
  text: '',
  state: 'all',
  watch: 'all',
  sort: { column: 'start', direction: 'descending' },
};

/** The states in the order a person works them: what awaits a signature first. */
const STATE_ORDER: Readonly<Record<FirePermitState, number>> = {
  'awaiting-operator': 0,
  'awaiting-provider': 1,
  'in-progress': 2,
  closed: 3,
};
/** The levée de doute in order of urgency: not done, to do, done. */
const WATCH_ORDER: Readonly<Record<WatchState, number>> = { 'not-done': 0, 'to-do': 1, done: 2 };

const collator = /* @__PURE__ */ new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function matchesState(state: FirePermitState, filter: PermitStateFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'awaiting') return awaitedSigner(state) !== undefined;
  return state === filter;
}

/** SR-PERMIT: the permits shown for a query (search on number, work, company and place; accents and case ignored). */
export function queryPermits(permits: readonly FirePermit[], query: PermitQuery, now: number): FirePermit[] {
  const tokens = tokenizeListQuery(query.text);
  const rows = permits.filter((p) => {
    if (!matchesState(p.state, query.state)) return false;
    if (query.watch !== 'all' && watchStateOf(p, now) !== query.watch) return false;
    if (!tokens.length) return true;
    const hay = foldListText(`${p.number} ${p.work} ${p.company} ${p.place}`);
    return tokens.every((t) => hay.includes(t));
  });
  const { column, direction } = query.sort;
  const sign = direction === 'ascending' ? 1 : -1;
  const key = (p: FirePermit): number | string => {
    switch (column) {
      case 'start':
        return Date.parse(p.startsAt);
      case 'end':
        return Date.parse(p.endsAt);
      case 'state':
        return STATE_ORDER[p.state];
      case 'watch':
        return WATCH_ORDER[watchStateOf(p, now)];
      default:
        return p[column];
    }
  };
  return rows
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => {
      const c = typeof a.k === 'number' ? a.k - (b.k as number) : collator.compare(a.k, b.k as string);
      return c !== 0 ? c * sign : a.i - b.i;
    })
    .map((x) => x.p);
}
