/**
 * RS-ALARMS — the live list of active alarms as pure functions: a snapshot and the stream's events
 * merged by alarm id, newest first, each alarm once, without the cancelled or closed ones.
 *
 * Ordering: every stream event has a sequence number; the snapshot says up to which one it is
 * up to date (`cursor`). An event at or below the list's cursor is already in it (a replay after a
 * reconnection, or one the snapshot holds) and changes nothing. While a snapshot is awaited
 * ({@link beginResync}), events are applied at once (nothing waits for the snapshot to show a new
 * alarm) and kept; when the snapshot comes, it replaces the list and the kept events newer than
 * its cursor are applied on top. So whatever order the snapshot and the events arrive in, the list
 * ends as the server's.
 */
import type { Alarm } from '../schemas.js';
import type { AlarmStreamEvent } from './schemas.js';

export interface LiveAlarms {
  /** The open alarms, newest first (by `raisedAt`, then id), each once. */
  readonly alarms: readonly Alarm[];
  /** The sequence number of the last event the list includes (undefined before any). */
  readonly cursor: number | undefined;
  /** True while a snapshot is awaited: events are kept in `pending` to replay on it. */
  readonly resyncing: boolean;
  readonly pending: readonly AlarmStreamEvent[];
}

export const emptyLiveAlarms: LiveAlarms = { alarms: [], cursor: undefined, resyncing: true, pending: [] };

/** Newest first; equal instants by id, so the order never depends on arrival. */
export function compareAlarms(a: Alarm, b: Alarm): number {
  const d = Date.parse(b.raisedAt) - Date.parse(a.raisedAt);
  return d !== 0 ? d : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whether an alarm belongs in the active list. */
export const isOpenAlarm = (a: Alarm): boolean => a.cancelledAt === null;

/** The list with `alarm` put in (replacing the one with its id) or taken out when no longer open. */
export function upsertAlarm(alarms: readonly Alarm[], alarm: Alarm): readonly Alarm[] {
  const rest = alarms.filter((a) => a.id !== alarm.id);
  if (!isOpenAlarm(alarm)) return rest.length === alarms.length ? alarms : rest;
  // Insert at its place (the list is sorted): most new alarms go first.
  const at = rest.findIndex((a) => compareAlarms(alarm, a) < 0);
  return at < 0 ? [...rest, alarm] : [...rest.slice(0, at), alarm, ...rest.slice(at)];
}

export function removeAlarm(alarms: readonly Alarm[], alarmId: string): readonly Alarm[] {
  return alarms.some((a) => a.id === alarmId) ? alarms.filter((a) => a.id !== alarmId) : alarms;
}

function applyTo(alarms: readonly Alarm[], event: AlarmStreamEvent): readonly Alarm[] {
  return event.type === 'alarm-closed' ? removeAlarm(alarms, event.alarmId) : upsertAlarm(alarms, event.alarm);
}

/** One stream event into the list (ignored when the list already includes it). */
export function applyAlarmEvent(live: LiveAlarms, event: AlarmStreamEvent): LiveAlarms {
  if (live.cursor !== undefined && event.seq <= live.cursor) return live;
  return {
    alarms: applyTo(live.alarms, event),
    cursor: event.seq,
    resyncing: live.resyncing,
    pending: live.resyncing ? [...live.pending, event] : live.pending,
  };
}

/** A snapshot is on its way: keep the events from now on to apply them over it. */
export function beginResync(live: LiveAlarms): LiveAlarms {
  return { ...live, resyncing: true, pending: [] };
}

/** The snapshot replaces the list; the events kept since {@link beginResync} that it lacks go on top. */
export function applySnapshot(
  live: LiveAlarms,
  snapshot: { readonly items: readonly Alarm[]; readonly cursor: string | number },
): LiveAlarms {
  const cursor = Number(snapshot.cursor);
  const seen = new Set<string>();
  let alarms: readonly Alarm[] = snapshot.items
    .filter((a) => isOpenAlarm(a) && !seen.has(a.id) && (seen.add(a.id), true))
    .sort(compareAlarms);
  let last = cursor;
  for (const e of live.pending) {
    if (e.seq <= cursor) continue;
    alarms = applyTo(alarms, e);
    last = Math.max(last, e.seq);
  }
  // The snapshot's cursor is the server's word: a server that started afresh counts from lower.
  return { alarms, cursor: last, resyncing: false, pending: [] };
}

/** The alarms of one site (or all). */
export function alarmsOfSite(alarms: readonly Alarm[], siteId: string | undefined): readonly Alarm[] {
  return siteId === undefined ? alarms : alarms.filter((a) => a.siteId === siteId);
}

/** The alarms of `next` that `previous` did not hold (what a resync discovered). */
export function newAlarms(previous: readonly Alarm[], next: readonly Alarm[]): Alarm[] {
  const before = new Set(previous.map((a) => a.id));
  return next.filter((a) => !before.has(a.id));
}
