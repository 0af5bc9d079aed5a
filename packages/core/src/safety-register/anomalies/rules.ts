/**
 * SR-ANOMALY — the pure rules of the building's anomalies: the list's search, filters and sort; a
 * request's recipients (dedupe, validity) and the server's fan-out (one request per provider); the
 * wished date (JJ/MM/AAAA, not in the past). No zod, no I/O: the list's first screen imports these.
 */
import { daysBetween, isCalendarDate, type CalendarDate } from '../../shared/calendar.js';
import { foldListText, listSortKey, tokenizeListQuery } from '../../shared/list-index.js';
import { ANOMALY_CRITICALITIES, ANOMALY_STATES, type AnomalyAuthorKind, type AnomalyCriticality, type AnomalyState } from './model.js';
import type { AnomalySummary } from './schemas.js';

// ── the list ─────────────────────────────────────────────────────────────────────────────────

export const ANOMALY_COLUMNS = ['reference', 'title', 'location', 'criticality', 'state', 'createdOn', 'createdBy'] as const;
export type AnomalyColumn = (typeof ANOMALY_COLUMNS)[number];

export interface AnomalyFilters {
  /** Free text: reference, title, location, author (accents, case and apostrophes ignored). */
  readonly query: string;
  readonly state: AnomalyState | 'all';
  readonly criticality: AnomalyCriticality | 'all';
  /** An author's name (« Anomalie créée par »), or a kind of author, or `all`. */
  readonly createdBy: string | 'all';
}

export const NO_ANOMALY_FILTER: AnomalyFilters = { query: '', state: 'all', criticality: 'all', createdBy: 'all' };

export interface AnomalySort {
  readonly column: AnomalyColumn;
  readonly direction: 'ascending' | 'descending';
}

/** Newest first: what the list shows before the user sorts. */
export const DEFAULT_ANOMALY_SORT: AnomalySort = { column: 'createdOn', direction: 'descending' };

/** The `createdBy` filter value of a kind of author (`kind:commission`), beside authors' names. */
export const authorKindFilter = (kind: AnomalyAuthorKind) => `kind:${kind}`;

const texts = (a: AnomalySummary) =>
  foldListText(`${a.reference} ${a.title} ${a.location.building} ${a.location.place} ${a.createdBy.name} ${a.createdBy.company ?? ''}`);

/** Whether an anomaly passes the filters. */
export function matchesAnomaly(a: AnomalySummary, f: AnomalyFilters, tokens = tokenizeListQuery(f.query)): boolean {
  if (f.state !== 'all' && a.state !== f.state) return false;
  if (f.criticality !== 'all' && a.criticality !== f.criticality) return false;
  if (f.createdBy !== 'all' && f.createdBy !== a.createdBy.name && f.createdBy !== authorKindFilter(a.createdBy.kind)) return false;
  if (tokens.length === 0) return true;
  const text = texts(a);
  return tokens.every((t) => text.includes(t));
}

/** The sort key of a column: collation keys for texts, ranks for the fixed scales. */
function keyOf(a: AnomalySummary, column: AnomalyColumn): string | number {
  switch (column) {
    case 'reference':
      return listSortKey(a.reference);
    case 'title':
      return listSortKey(a.title);
    case 'location':
      return listSortKey(`${a.location.building} ${a.location.place}`);
    case 'criticality':
      return ANOMALY_CRITICALITIES.indexOf(a.criticality);
    case 'state':
      return ANOMALY_STATES.indexOf(a.state);
    case 'createdOn':
      return a.createdOn;
    case 'createdBy':
      return listSortKey(a.createdBy.name);
  }
}

/**
 * The anomalies that pass the filters, sorted by a column; ties keep the newest first, then the
 * reference, so the order is total and stable. Descending reverses the column only.
 */
export function visibleAnomalies(
  all: readonly AnomalySummary[],
  filters: AnomalyFilters,
  sort: AnomalySort = DEFAULT_ANOMALY_SORT,
): AnomalySummary[] {
  const tokens = tokenizeListQuery(filters.query);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return all
    .filter((a) => matchesAnomaly(a, filters, tokens))
    .map((a) => ({ a, k: keyOf(a, sort.column) }))
    .sort((x, y) => {
      if (x.k !== y.k) return (x.k < y.k ? -1 : 1) * sign;
      if (x.a.createdOn !== y.a.createdOn) return x.a.createdOn < y.a.createdOn ? 1 : -1;
      return x.a.reference < y.a.reference ? -1 : x.a.reference > y.a.reference ? 1 : 0;
    })
    .map((x) => x.a);
}

/** The distinct authors of the list, sorted (the « Anomalie créée par » filter's options). */
export function anomalyAuthors(all: readonly AnomalySummary[]): string[] {
  return [...new Set(all.map((a) => a.createdBy.name))].sort((x, y) =>
    listSortKey(x) < listSortKey(y) ? -1 : listSortKey(x) > listSortKey(y) ? 1 : 0,
  );
}

// ── a request's recipients ────────────────────────────────────────────────────────────────────

/** What a recipient rule needs of the directory: each provider's contacts, and the account's own. */
export interface RecipientDirectory {
  readonly providers: readonly { readonly id: string; readonly contacts: readonly { readonly id: string }[] }[];
  readonly accountContacts: readonly { readonly id: string }[];
}

export interface Recipients {
  readonly providerIds: readonly string[];
  readonly contactIds: readonly string[];
}

/** Keeps the first of each id, in order. */
export function dedupe(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The contacts a request may go to: those of the chosen providers, and the account's own. */
export function eligibleContactIds(dir: RecipientDirectory, providerIds: readonly string[]): Set<string> {
  const chosen = new Set(providerIds);
  const ids = new Set(dir.accountContacts.map((c) => c.id));
  for (const p of dir.providers) if (chosen.has(p.id)) for (const c of p.contacts) ids.add(c.id);
  return ids;
}

/**
 * The recipients cleaned up: no duplicate, no unknown provider, and no contact that is neither the
 * account's nor one of a chosen provider's (removing a provider drops its contacts).
 */
export function normalizeRecipients(dir: RecipientDirectory, r: Recipients): Recipients {
  const known = new Set(dir.providers.map((p) => p.id));
  const providerIds = dedupe(r.providerIds).filter((id) => known.has(id));
  const eligible = eligibleContactIds(dir, providerIds);
  return { providerIds, contactIds: dedupe(r.contactIds).filter((id) => eligible.has(id)) };
}

export type RecipientIssue = 'provider-required' | 'unknown-provider' | 'unknown-contact' | 'duplicate';

/** What is wrong with a request's recipients (the server's 422 `errors`), empty when it can be sent. */
export function recipientIssues(dir: RecipientDirectory, r: Recipients): { field: 'providerIds' | 'contactIds'; issue: RecipientIssue }[] {
  const issues: { field: 'providerIds' | 'contactIds'; issue: RecipientIssue }[] = [];
  if (r.providerIds.length === 0) issues.push({ field: 'providerIds', issue: 'provider-required' });
  if (dedupe(r.providerIds).length !== r.providerIds.length) issues.push({ field: 'providerIds', issue: 'duplicate' });
  const known = new Set(dir.providers.map((p) => p.id));
  if (r.providerIds.some((id) => !known.has(id))) issues.push({ field: 'providerIds', issue: 'unknown-provider' });
  if (dedupe(r.contactIds).length !== r.contactIds.length) issues.push({ field: 'contactIds', issue: 'duplicate' });
  const eligible = eligibleContactIds(dir, r.providerIds);
  if (r.contactIds.some((id) => !eligible.has(id))) issues.push({ field: 'contactIds', issue: 'unknown-contact' });
  return issues;
}

/** One request of the fan-out: a provider and the contacts it goes to. */
export interface FannedRequest {
  readonly providerId: string;
  readonly contactIds: readonly string[];
}

/**
 * The server's fan-out of ONE submit: one request per chosen provider (in the order chosen), each
 * with the chosen contacts of that provider and every chosen contact of the account (copied on each).
 * A provider never receives another provider's contacts.
 */
export function fanOutRequest(dir: RecipientDirectory, r: Recipients): FannedRequest[] {
  const clean = normalizeRecipients(dir, r);
  const own = new Set(dir.accountContacts.map((c) => c.id));
  return clean.providerIds.map((providerId) => {
    const theirs = new Set(dir.providers.find((p) => p.id === providerId)!.contacts.map((c) => c.id));
    return { providerId, contactIds: clean.contactIds.filter((id) => own.has(id) || theirs.has(id)) };
  });
}

// ── the wished date ───────────────────────────────────────────────────────────────────────────

/** « 12/05/2026 » → `2026-05-12`; undefined when it is not a real day written JJ/MM/AAAA. */
export function parseDayFr(text: string): CalendarDate | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const day = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(day) ? day : undefined;
}

export type WishedDateIssue = 'date-format' | 'date-past';

/** The wished date: optional; written JJ/MM/AAAA; today or later (the account's today). */
export function wishedDateIssue(text: string, today: CalendarDate): WishedDateIssue | undefined {
  if (text.trim() === '') return undefined;
  const day = parseDayFr(text);
  if (!day) return 'date-format';
  return daysBetween(today, day) < 0 ? 'date-past' : undefined;
}

/** Same rule on the API's ISO day (the server's check). */
export function wishedDayIssue(day: CalendarDate | null, today: CalendarDate): WishedDateIssue | undefined {
  if (day === null) return undefined;
  if (!isCalendarDate(day)) return 'date-format';
  return daysBetween(today, day) < 0 ? 'date-past' : undefined;
}

// ── the comboboxes ────────────────────────────────────────────────────────────────────────────

/** The options whose text contains what is typed (accents, case and apostrophes ignored), in order. */
export function filterOptions<O>(options: readonly O[], query: string, text: (o: O) => string): O[] {
  const q = foldListText(query.trim());
  return q ? options.filter((o) => foldListText(text(o)).includes(q)) : [...options];
}
