/**
 * RS-ALARMS — the mock's side of the live alarms: a numbered log of what happened to the alarms of a
 * store (raised, updated, cancelled, closed), which the stream replays after a `Last-Event-ID` and
 * follows; and the store methods that make things happen (raise an alarm, dispatch a patrol, close,
 * cancel), for the routes, the demo and tests.
 *
 * `remote:alarm-burst` raises a new alarm every {@link ALARM_BURST_INTERVAL_MS} from the first
 * alarm read (snapshot or stream) on (and closes the oldest burst alarms beyond {@link ALARM_BURST_MAX_OPEN}).
 */
import { cancelRefusal, type Alarm, type AlarmKind, type AlarmStreamEventName, type CancelRefusal } from '@vigie/core/remote-services';
import type { RemoteStore } from '../store.js';

/** `remote:alarm-burst`: a new alarm this often. */
export const ALARM_BURST_INTERVAL_MS = 4_000;
/** `remote:alarm-burst`: beyond this many open alarms, the oldest burst alarm is closed. */
export const ALARM_BURST_MAX_OPEN = 25;
/** How many events the log keeps for resuming clients (older ones: the client's snapshot covers them). */
export const ALARM_LOG_SIZE = 500;

export interface AlarmLogEntry {
  readonly seq: number;
  readonly event: AlarmStreamEventName;
  /** The JSON of the event's `data:`. */
  readonly data: string;
  /** The site it concerns (the stream of one site sends only its events). */
  readonly siteId: string;
}

interface FeedState {
  seq: number;
  log: AlarmLogEntry[];
  listeners: Set<(entry: AlarmLogEntry) => void>;
  burst?: ReturnType<typeof setInterval>;
  burstCount: number;
}

// Sequence numbers go on across stores (a scenario switch never reuses an id a client holds).
let lastSeq = 0;

const feed = (store: RemoteStore): FeedState =>
  store.part<FeedState>('alarms', () => ({ seq: lastSeq, log: [], listeners: new Set(), burstCount: 0 }));

/** The sequence number of the last event (the snapshot's cursor). */
export const alarmCursor = (store: RemoteStore): number => feed(store).seq;

function record(store: RemoteStore, event: AlarmStreamEventName, siteId: string, data: unknown): AlarmLogEntry {
  const f = feed(store);
  f.seq = Math.max(f.seq, lastSeq) + 1;
  lastSeq = f.seq;
  const entry = { seq: f.seq, event, data: JSON.stringify(data), siteId };
  f.log.push(entry);
  if (f.log.length > ALARM_LOG_SIZE) f.log.splice(0, f.log.length - ALARM_LOG_SIZE);
  for (const l of [...f.listeners]) l(entry);
  return entry;
}

/**
 * Follows the log: first what came after `lastEventId` (when given), then each new event, for one
 * site or all. Returns the unsubscribe.
 */
export function followAlarms(
  store: RemoteStore,
  options: { siteId?: string; lastEventId?: string | null },
  write: (entry: AlarmLogEntry) => void,
): () => void {
  const f = feed(store);
  startBurst(store);
  const mine = (e: AlarmLogEntry) => options.siteId === undefined || e.siteId === options.siteId;
  const after = Number(options.lastEventId);
  if (options.lastEventId && Number.isInteger(after)) for (const e of f.log) if (e.seq > after && mine(e)) write(e);
  const listener = (e: AlarmLogEntry) => mine(e) && write(e);
  f.listeners.add(listener);
  return () => f.listeners.delete(listener);
}

/** How many streams follow the store now (tests). */
export const alarmListeners = (store: RemoteStore): number => feed(store).listeners.size;

const PRIORITY_OF: Readonly<Record<AlarmKind, 1 | 2 | 3>> = {
  fire: 1,
  panic: 1,
  medical: 1,
  intrusion: 2,
  tamper: 2,
  technical: 3,
  power: 3,
};
const ZONES = [
  'Zone 1 — Accueil',
  'Zone 2 — Bureaux',
  'Zone 3 — Quai de chargement',
  'Zone 4 — Réserve',
  'Zone 5 — Parking',
  'Zone 6 — Local technique',
];
const BURST_KINDS: readonly AlarmKind[] = ['intrusion', 'technical', 'intrusion', 'power', 'tamper', 'fire', 'intrusion', 'technical'];

export interface RaiseAlarmInit {
  readonly siteId?: string;
  readonly kind?: AlarmKind;
  readonly zone?: string;
  readonly priority?: 1 | 2 | 3;
}

/** Raises an alarm on a site (default: the sites in turn, an intrusion): it goes on the stream at once. */
export function raiseAlarm(store: RemoteStore, init: RaiseAlarmInit = {}): Alarm {
  const sites = store.data.sites;
  const n = store.data.alarms.length;
  const site = (init.siteId ? sites.find((s) => s.id === init.siteId) : sites[n % sites.length]) ?? sites[0]!;
  const system = store.systemsOf(site.id)[0];
  const kind = init.kind ?? 'intrusion';
  const alarm: Alarm = {
    id: store.nextId('alm'),
    siteId: site.id,
    siteName: site.name,
    systemId: system?.id ?? `sys-${site.id}`,
    priority: init.priority ?? PRIORITY_OF[kind],
    kind,
    zone: init.zone ?? ZONES[n % ZONES.length]!,
    raisedAt: new Date(store.now()).toISOString(),
    dispatchedAt: null,
    cancelledAt: null,
  };
  store.data.alarms.push(alarm);
  record(store, 'alarm-raised', alarm.siteId, { alarm });
  return alarm;
}

const find = (store: RemoteStore, id: string) => store.data.alarms.findIndex((a) => a.id === id);

/** Securitas sends the mobile patrol (the alarm can no longer be cancelled). */
export function dispatchPatrol(store: RemoteStore, alarmId: string): Alarm | undefined {
  const i = find(store, alarmId);
  const a = store.data.alarms[i];
  if (!a || a.cancelledAt !== null || a.dispatchedAt !== null) return a;
  const next = { ...a, dispatchedAt: new Date(store.now()).toISOString() };
  store.data.alarms[i] = next;
  record(store, 'alarm-updated', next.siteId, { alarm: next });
  return next;
}

/** The operators' centre closes an alarm: it leaves the active list. */
export function closeAlarm(store: RemoteStore, alarmId: string): boolean {
  const i = find(store, alarmId);
  const a = store.data.alarms[i];
  if (!a) return false;
  store.data.alarms.splice(i, 1);
  record(store, 'alarm-closed', a.siteId, { alarmId: a.id, siteId: a.siteId, closedAt: new Date(store.now()).toISOString() });
  return true;
}

export type CancelOutcome =
  | { readonly kind: 'cancelled'; readonly alarm: Alarm }
  | { readonly kind: 'refused'; readonly reason: CancelRefusal }
  | { readonly kind: 'not-found' };

/** RS-ALARMS: cancels an alarm if core allows it (priority 2 or 3, not dispatched, not cancelled). */
export function cancelAlarmIn(store: RemoteStore, alarmId: string): CancelOutcome {
  const i = find(store, alarmId);
  const a = store.data.alarms[i];
  if (!a) return { kind: 'not-found' };
  const reason = cancelRefusal(a);
  if (reason) return { kind: 'refused', reason };
  const next = { ...a, cancelledAt: new Date(store.now()).toISOString() };
  store.data.alarms[i] = next;
  record(store, 'alarm-cancelled', next.siteId, { alarm: next });
  return { kind: 'cancelled', alarm: next };
}

/** `remote:alarm-burst`: starts raising alarms (once per store). */
export function startBurst(store: RemoteStore): void {
  const f = feed(store);
  if (store.scenario !== 'remote:alarm-burst' || f.burst !== undefined) return;
  f.burst = setInterval(() => {
    const kind = BURST_KINDS[f.burstCount++ % BURST_KINDS.length]!;
    raiseAlarm(store, { kind });
    const open = store.openAlarms();
    if (open.length > ALARM_BURST_MAX_OPEN) closeAlarm(store, open.at(-1)!.id);
  }, ALARM_BURST_INTERVAL_MS);
  // Never keeps a Node process (a test, the mock server's shutdown) alive.
  (f.burst as { unref?: () => void }).unref?.();
}

/** Stops `remote:alarm-burst` (tests). */
export function stopBurst(store: RemoteStore): void {
  const f = feed(store);
  if (f.burst !== undefined) clearInterval(f.burst);
  f.burst = undefined;
}
