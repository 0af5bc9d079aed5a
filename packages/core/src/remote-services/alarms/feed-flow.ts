/**
 * RS-ALARMS — the live feed of active alarms, a pure {@link Flow}: how the list stays current over
 * the stream, with a snapshot on every (re)connection and polling when streaming fails.
 *
 * - Start: read a snapshot and open the stream at once (both calls in parallel: the events that
 *   arrive first are merged by sequence number, see `live-list.ts`).
 * - The stream drops: reconnect after a back-off ({@link streamRetryDelay}, equal jitter from
 *   `ctx.random`), resuming with `Last-Event-ID`, and read a snapshot again once it is open.
 * - After {@link STREAM_FAILURES_BEFORE_POLLING} failures in a row, or at once when the stream cannot
 *   work (404/405/406, a body that is not an event stream, a client that cannot stream), poll the
 *   snapshot every {@link ALARM_POLL_INTERVAL_MS} and try the stream again every
 *   {@link STREAM_RETRY_WHILE_POLLING_MS} (never when the client cannot stream).
 * - The tab becomes visible again (`visible`): reconnect and read a snapshot (timers and sockets of a
 *   hidden tab are not to be trusted).
 * - New alarms (after the first load) fire `alarm-raised` each, so a host can notify, and are said
 *   in a polite live region: at most one message per {@link ANNOUNCE_WINDOW_MS}; a burst is summed
 *   up (« 3 nouvelles alarmes ») instead of read one by one.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, FlowEffect, FlowMessage, Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import type { Alarm } from '../schemas.js';
import {
  alarmsOfSite,
  applyAlarmEvent,
  applySnapshot,
  beginResync,
  emptyLiveAlarms,
  newAlarms,
  upsertAlarm,
  type LiveAlarms,
} from './live-list.js';
import type { AlarmSnapshot, AlarmStreamEvent } from './schemas.js';

/** RS-ALARMS: the first wait before reconnecting a dropped stream. */
export const STREAM_RETRY_BASE_MS = 1_000;
/** RS-ALARMS: the longest wait between two reconnections (the back-off doubles up to it). */
export const STREAM_RETRY_MAX_MS = 30_000;
/** RS-ALARMS: failures in a row after which the feed polls instead. */
export const STREAM_FAILURES_BEFORE_POLLING = 3;
/** RS-ALARMS: how often the snapshot is read while polling. */
export const ALARM_POLL_INTERVAL_MS = 15_000;
/** RS-ALARMS: how often the stream is tried again while polling. */
export const STREAM_RETRY_WHILE_POLLING_MS = 60_000;
/** RS-ALARMS: at most one « new alarm » message per window (a burst is summed up). */
export const ANNOUNCE_WINDOW_MS = 10_000;

export interface AlarmFeedContext extends MachineContext {
  /** A random number in [0, 1) for the back-off's jitter (so clients do not reconnect in step). */
  readonly random: number;
}

/**
 * The wait before the `attempt`-th reconnection (1-based): an exponential back-off from
 * {@link STREAM_RETRY_BASE_MS}, capped at {@link STREAM_RETRY_MAX_MS}, of which the second half is
 * random (« equal jitter »: never zero, never in step with other clients).
 */
export function streamRetryDelay(attempt: number, random: number): number {
  const exp = Math.min(STREAM_RETRY_MAX_MS, STREAM_RETRY_BASE_MS * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(exp / 2 + Math.min(Math.max(random, 0), 1) * (exp / 2));
}

/** How the list is kept current, for the status line. */
export type AlarmFeedLink = 'connecting' | 'live' | 'reconnecting' | 'polling';

export interface AlarmFeedState {
  /** Only this site's alarms (the stream and snapshot are asked for it), or every site's. */
  readonly siteId: string | undefined;
  readonly live: LiveAlarms;
  /** The first load: the list is shown from `ready` on; `failed` shows the error with « Réessayer ». */
  readonly load: 'loading' | 'ready' | 'failed';
  readonly failure: ApiFailure | undefined;
  readonly link: AlarmFeedLink;
  /** Stream failures in a row. */
  readonly failures: number;
  /** The stream can never work here (the client cannot stream): polling only. */
  readonly streamless: boolean;
  readonly streaming: boolean;
  readonly snapshotting: boolean;
  /** Read a snapshot when the stream opens (it dropped, so events may be missing). */
  readonly resyncOnOpen: boolean;
  readonly retryAt: number | undefined;
  readonly pollAt: number | undefined;
  /** New alarms not said yet, and when the last message was said. */
  readonly unannounced: readonly Alarm[];
  readonly announcedAt: number | undefined;
}

export type AlarmFeedEvent =
  | { readonly type: 'stream-opened' }
  | { readonly type: 'stream-event'; readonly event: AlarmStreamEvent }
  /** The server ended the stream (cleanly). */
  | { readonly type: 'stream-ended' }
  /** `permanent`: streaming cannot work here (poll); `unsupported`: the client cannot stream at all. */
  | { readonly type: 'stream-failed'; readonly failure: ApiFailure; readonly permanent: boolean; readonly unsupported?: boolean }
  | { readonly type: 'snapshot-loaded'; readonly snapshot: AlarmSnapshot }
  | { readonly type: 'snapshot-failed'; readonly failure: ApiFailure }
  | { readonly type: 'retry-due' }
  | { readonly type: 'poll-due' }
  | { readonly type: 'announce-due' }
  /** The person pressed « Réessayer ». */
  | { readonly type: 'retry' }
  /** The tab became visible again. */
  | { readonly type: 'visible' }
  /** This client changed an alarm (the cancel's answer): shown before the stream says it. */
  | { readonly type: 'alarm-changed'; readonly alarm: Alarm };

export type AlarmFeedRequest =
  | { readonly op: 'alarm-snapshot'; readonly siteId: string | undefined }
  | { readonly op: 'alarm-stream'; readonly siteId: string | undefined; readonly lastEventId: string | undefined };

type FeedStep = Step<AlarmFeedState, AlarmFeedRequest, AlarmFeedEvent>;
type FeedEffect = FlowEffect<AlarmFeedRequest, AlarmFeedEvent>;

const snapshotCall = (s: AlarmFeedState): FeedEffect => ({
  type: 'call',
  key: 'snapshot',
  request: { op: 'alarm-snapshot', siteId: s.siteId },
});
const streamCall = (s: AlarmFeedState): FeedEffect => ({
  type: 'call',
  key: 'stream',
  request: { op: 'alarm-stream', siteId: s.siteId, lastEventId: s.live.cursor === undefined ? undefined : String(s.live.cursor) },
});

/** The feed's first state (before its effects run). */
export function initialAlarmFeed(siteId?: string): AlarmFeedState {
  return {
    siteId,
    live: emptyLiveAlarms,
    load: 'loading',
    failure: undefined,
    link: 'connecting',
    failures: 0,
    streamless: false,
    streaming: true,
    snapshotting: true,
    resyncOnOpen: false,
    retryAt: undefined,
    pollAt: undefined,
    unannounced: [],
    announcedAt: undefined,
  };
}

/** The alarms to show, newest first (only the site's when the feed has one). */
export const feedAlarms = (s: AlarmFeedState): readonly Alarm[] => alarmsOfSite(s.live.alarms, s.siteId);

/** Fires `alarm-raised` for each new alarm and says them (now, or summed up at the window's end). */
function notify(s: AlarmFeedState, fresh: readonly Alarm[], now: number): FeedStep {
  const mine = fresh.filter((a) => s.siteId === undefined || a.siteId === s.siteId);
  if (mine.length === 0) return { state: s, effects: [] };
  const effects: FeedEffect[] = mine.map((alarm) => ({ type: 'emit', name: 'alarm-raised', detail: { alarm } }));
  const next = { ...s, unannounced: [...s.unannounced, ...mine] };
  if (s.announcedAt !== undefined && now - s.announcedAt < ANNOUNCE_WINDOW_MS) return { state: next, effects };
  return say(next, now, effects);
}

function say(s: AlarmFeedState, now: number, effects: FeedEffect[] = []): FeedStep {
  const list = s.unannounced;
  if (list.length === 0) return { state: s, effects };
  const one = list[0]!;
  const message: FlowMessage =
    list.length === 1
      ? { key: 'rs.alarms.new-one' as const, params: { priority: one.priority, kind: one.kind, site: one.siteName, zone: one.zone } }
      : { key: 'rs.alarms.new-many' as const, params: { count: list.length, top: Math.min(...list.map((a) => a.priority)) } };
  return { state: { ...s, unannounced: [], announcedAt: now }, effects: [...effects, { type: 'announce', tone: 'status', message }] };
}

/** A stream that dropped or could not open: reconnect after a back-off, or poll. */
function streamLost(
  s: AlarmFeedState,
  e: { failure?: ApiFailure; permanent: boolean; unsupported?: boolean },
  ctx: AlarmFeedContext,
): FeedStep {
  // A stream that was live starts counting afresh: one drop is not a pattern.
  const failures = s.link === 'live' ? 1 : s.failures + 1;
  const streamless = s.streamless || !!e.unsupported;
  const base = { ...s, streaming: false, resyncOnOpen: true, failures, streamless };
  if (e.permanent || streamless || failures >= STREAM_FAILURES_BEFORE_POLLING) {
    const polling: AlarmFeedState = {
      ...base,
      link: 'polling',
      retryAt: streamless ? undefined : ctx.now + STREAM_RETRY_WHILE_POLLING_MS,
      pollAt: undefined,
    };
    // Poll now, unless a snapshot is already on its way (its answer schedules the next poll).
    if (s.snapshotting) return { state: polling, effects: [] };
    return { state: { ...polling, snapshotting: true, live: beginResync(polling.live) }, effects: [snapshotCall(polling)] };
  }
  return { state: { ...base, link: 'reconnecting', retryAt: ctx.now + streamRetryDelay(failures, ctx.random) }, effects: [] };
}

export const alarmFeedFlow: Flow<AlarmFeedState, AlarmFeedEvent, AlarmFeedRequest, AlarmFeedContext> = {
  init: () => {
    const s = initialAlarmFeed();
    return { state: s, effects: [snapshotCall(s), streamCall(s)] };
  },
  transition(s, e, ctx): FeedStep {
    switch (e.type) {
      case 'stream-opened': {
        const open: AlarmFeedState = { ...s, link: 'live', failures: 0, retryAt: undefined, pollAt: undefined, streaming: true };
        if (!s.resyncOnOpen || s.snapshotting) return { state: { ...open, resyncOnOpen: false }, effects: [] };
        return { state: { ...open, resyncOnOpen: false, snapshotting: true, live: beginResync(s.live) }, effects: [snapshotCall(s)] };
      }
      case 'stream-event': {
        const before = s.live.alarms;
        const live = applyAlarmEvent(s.live, e.event);
        const next = { ...s, live };
        if (s.load !== 'ready' || e.event.type !== 'alarm-raised' || live === s.live) return { state: next, effects: [] };
        return notify(next, newAlarms(before, live.alarms), ctx.now);
      }
      case 'stream-ended':
        return streamLost(s, { permanent: false }, ctx);
      case 'stream-failed':
        return streamLost(s, e, ctx);
      case 'retry-due': {
        if (s.retryAt === undefined || s.streaming) return { state: s, effects: [] };
        const next = { ...s, retryAt: undefined, streaming: true };
        return { state: next, effects: [streamCall(next)] };
      }
      case 'poll-due': {
        if (s.pollAt === undefined || s.snapshotting) return { state: { ...s, pollAt: undefined }, effects: [] };
        return { state: { ...s, pollAt: undefined, snapshotting: true, live: beginResync(s.live) }, effects: [snapshotCall(s)] };
      }
      case 'snapshot-loaded': {
        const before = s.live.alarms;
        const live = applySnapshot(s.live, e.snapshot);
        const next: AlarmFeedState = {
          ...s,
          live,
          load: 'ready',
          failure: undefined,
          snapshotting: false,
          pollAt: s.link === 'polling' ? ctx.now + ALARM_POLL_INTERVAL_MS : undefined,
        };
        if (s.load !== 'ready') return { state: next, effects: [] };
        return notify(next, newAlarms(before, live.alarms), ctx.now);
      }
      case 'snapshot-failed': {
        const next: AlarmFeedState = { ...s, snapshotting: false, live: { ...s.live, resyncing: false, pending: [] } };
        if (s.load !== 'ready') return { state: { ...next, load: 'failed', failure: e.failure, resyncOnOpen: true }, effects: [] };
        // The list stays; the next poll (or the next connection) reads it again.
        return {
          state: {
            ...next,
            resyncOnOpen: s.link !== 'polling',
            pollAt: s.link === 'polling' ? ctx.now + ALARM_POLL_INTERVAL_MS : undefined,
          },
          effects: [],
        };
      }
      case 'announce-due':
        return say(s, ctx.now);
      case 'retry': {
        const next: AlarmFeedState = {
          ...s,
          load: s.load === 'ready' ? 'ready' : 'loading',
          failure: undefined,
          link: s.streamless ? 'polling' : 'connecting',
          failures: 0,
          retryAt: undefined,
          pollAt: undefined,
          snapshotting: true,
          streaming: !s.streamless,
          resyncOnOpen: false,
          live: beginResync(s.live),
        };
        return { state: next, effects: s.streamless ? [snapshotCall(next)] : [snapshotCall(next), streamCall(next)] };
      }
      case 'visible': {
        // Sockets and timers of a hidden tab are not to be trusted: reconnect and read it all again.
        const next: AlarmFeedState = {
          ...s,
          retryAt: undefined,
          pollAt: undefined,
          snapshotting: true,
          streaming: !s.streamless,
          resyncOnOpen: false,
          live: beginResync(s.live),
        };
        return { state: next, effects: s.streamless ? [snapshotCall(next)] : [snapshotCall(next), streamCall(next)] };
      }
      case 'alarm-changed':
        return { state: { ...s, live: { ...s.live, alarms: upsertAlarm(s.live.alarms, e.alarm) } }, effects: [] };
    }
  },
  deadline(s) {
    const windowEnd = s.unannounced.length && s.announcedAt !== undefined ? s.announcedAt + ANNOUNCE_WINDOW_MS : undefined;
    const due: { at: number; event: AlarmFeedEvent }[] = [];
    if (windowEnd !== undefined) due.push({ at: windowEnd, event: { type: 'announce-due' } });
    if (s.retryAt !== undefined) due.push({ at: s.retryAt, event: { type: 'retry-due' } });
    if (s.pollAt !== undefined) due.push({ at: s.pollAt, event: { type: 'poll-due' } });
    return due.sort((a, b) => a.at - b.at)[0];
  },
};

/** The feed for one site (or every site): the same flow, started with the site. */
export function alarmFeedFlowFor(siteId: string | undefined): Flow<AlarmFeedState, AlarmFeedEvent, AlarmFeedRequest, AlarmFeedContext> {
  return {
    ...alarmFeedFlow,
    init: () => {
      const s = initialAlarmFeed(siteId);
      return { state: s, effects: [snapshotCall(s), streamCall(s)] };
    },
  };
}
