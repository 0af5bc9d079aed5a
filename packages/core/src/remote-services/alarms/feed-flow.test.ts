import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { replay, type FlowEffect } from '../../shared/flow.js';
import {
  ALARM_POLL_INTERVAL_MS,
  alarmFeedFlow,
  alarmFeedFlowFor,
  ANNOUNCE_WINDOW_MS,
  feedAlarms,
  STREAM_FAILURES_BEFORE_POLLING,
  STREAM_RETRY_BASE_MS,
  STREAM_RETRY_MAX_MS,
  STREAM_RETRY_WHILE_POLLING_MS,
  streamRetryDelay,
  type AlarmFeedContext,
  type AlarmFeedEvent,
  type AlarmFeedRequest,
  type AlarmFeedState,
} from './feed-flow.js';
import { alarm } from './test-support.js';

const T = Date.parse('2026-12-07T10:30:00Z');
const ctx = (now = T, random = 0.5): AlarmFeedContext => ({ now, random });
const calls = (effects: readonly FlowEffect<AlarmFeedRequest, AlarmFeedEvent>[]) =>
  effects.flatMap((e) => (e.type === 'call' ? [e.request] : []));
const net = { kind: 'network', message: 'cut' } as const;
const loaded = (items = [alarm({ n: 1 })], cursor = '10'): AlarmFeedEvent => ({ type: 'snapshot-loaded', snapshot: { items, cursor } });

/** Runs events, each at its own instant. */
function play(events: (AlarmFeedEvent | [AlarmFeedEvent, number])[], from?: AlarmFeedState) {
  let state = from ?? alarmFeedFlow.init(ctx()).state;
  const effects: FlowEffect<AlarmFeedRequest, AlarmFeedEvent>[] = from ? [] : [...alarmFeedFlow.init(ctx()).effects];
  for (const item of events) {
    const [e, now] = Array.isArray(item) ? item : [item, T];
    const step = alarmFeedFlow.transition(state, e, ctx(now));
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

describe('RS-ALARMS feed: back-off policy', () => {
  test('RS-ALARMS: the wait doubles from the base and stops at the cap; half of it is random', () => {
    assert.equal(streamRetryDelay(1, 0), STREAM_RETRY_BASE_MS / 2);
    assert.equal(streamRetryDelay(1, 1), STREAM_RETRY_BASE_MS);
    assert.equal(streamRetryDelay(2, 1), 2 * STREAM_RETRY_BASE_MS);
    assert.equal(streamRetryDelay(5, 1), 16 * STREAM_RETRY_BASE_MS);
    assert.equal(streamRetryDelay(6, 1), STREAM_RETRY_MAX_MS, 'the 6th would be 32 s: capped at 30 s');
    assert.equal(streamRetryDelay(1000, 1), STREAM_RETRY_MAX_MS);
  });

  test('property: never zero, never above the cap, never below half of the exponential step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, random) => {
        const d = streamRetryDelay(attempt, random);
        const exp = Math.min(STREAM_RETRY_MAX_MS, STREAM_RETRY_BASE_MS * 2 ** (attempt - 1));
        assert.ok(d > 0 && d <= STREAM_RETRY_MAX_MS && d >= exp / 2 && d <= exp);
      }),
    );
  });
});

describe('RS-ALARMS feed flow', () => {
  test('start: a snapshot and the stream at once; loading until the snapshot', () => {
    const { state, effects } = play([]);
    assert.deepEqual(calls(effects), [
      { op: 'alarm-snapshot', siteId: undefined },
      { op: 'alarm-stream', siteId: undefined, lastEventId: undefined },
    ]);
    assert.equal(state.load, 'loading');
    const { state: ready } = play([{ type: 'stream-opened' }, loaded()]);
    assert.equal(ready.load, 'ready');
    assert.equal(ready.link, 'live');
    assert.deepEqual(
      feedAlarms(ready).map((a) => a.id),
      ['alm-1'],
    );
  });

  test('a site’s feed asks for that site only', () => {
    const { effects } = replay(alarmFeedFlowFor('site-07'), [], ctx());
    assert.deepEqual(calls(effects), [
      { op: 'alarm-snapshot', siteId: 'site-07' },
      { op: 'alarm-stream', siteId: 'site-07', lastEventId: undefined },
    ]);
  });

  test('RS-ALARMS: a dropped stream reconnects after the back-off with Last-Event-ID, then reads a full snapshot', () => {
    const { state, effects } = play([
      { type: 'stream-opened' },
      loaded(),
      { type: 'stream-event', event: { seq: 11, type: 'alarm-raised', alarm: alarm({ n: 2 }) } },
      { type: 'stream-failed', failure: net, permanent: false },
    ]);
    assert.equal(state.link, 'reconnecting');
    assert.equal(state.retryAt, T + streamRetryDelay(1, 0.5));
    assert.deepEqual(alarmFeedFlow.deadline!(state), { at: state.retryAt, event: { type: 'retry-due' } });
    const after = play([[{ type: 'retry-due' }, state.retryAt!], { type: 'stream-opened' }], state);
    assert.deepEqual(calls(after.effects), [
      { op: 'alarm-stream', siteId: undefined, lastEventId: '11' },
      { op: 'alarm-snapshot', siteId: undefined },
    ]);
    assert.equal(after.state.link, 'live');
    assert.equal(after.state.live.resyncing, true);
    assert.equal(effects.length > 0, true);
  });

  test(`RS-ALARMS: after ${STREAM_FAILURES_BEFORE_POLLING} failures in a row the feed polls the snapshot, and tries the stream again now and then`, () => {
    let s = play([loaded()]).state;
    const fail = (state: AlarmFeedState) => play([{ type: 'stream-failed', failure: net, permanent: false }], state);
    for (let i = 1; i < STREAM_FAILURES_BEFORE_POLLING; i++) {
      s = fail(s).state;
      assert.equal(s.link, 'reconnecting', `failure ${i}`);
      s = play([[{ type: 'retry-due' }, s.retryAt!]], s).state;
    }
    const polled = fail(s);
    assert.equal(polled.state.link, 'polling');
    assert.deepEqual(calls(polled.effects), [{ op: 'alarm-snapshot', siteId: undefined }]);
    assert.equal(polled.state.retryAt, T + STREAM_RETRY_WHILE_POLLING_MS);
    const next = play([loaded()], polled.state).state;
    assert.equal(next.pollAt, T + ALARM_POLL_INTERVAL_MS);
    assert.deepEqual(alarmFeedFlow.deadline!(next), { at: T + ALARM_POLL_INTERVAL_MS, event: { type: 'poll-due' } });
    const poll = play([[{ type: 'poll-due' }, T + ALARM_POLL_INTERVAL_MS]], next);
    assert.deepEqual(calls(poll.effects), [{ op: 'alarm-snapshot', siteId: undefined }]);
  });

  test('a stream that cannot work (404, not an event stream) polls at once; a client that cannot stream never tries again', () => {
    const p = play([loaded(), { type: 'stream-failed', failure: { kind: 'http', status: 404, problem: {} }, permanent: true }]).state;
    assert.equal(p.link, 'polling');
    assert.equal(p.retryAt, T + STREAM_RETRY_WHILE_POLLING_MS);
    const u = play([loaded(), { type: 'stream-failed', failure: net, permanent: true, unsupported: true }]).state;
    assert.equal(u.retryAt, undefined);
    assert.deepEqual(calls(play([{ type: 'visible' }], u).effects), [{ op: 'alarm-snapshot', siteId: undefined }]);
  });

  test('RS-ALARMS: the tab visible again: reconnect (Last-Event-ID) and read a snapshot', () => {
    const s = play([{ type: 'stream-opened' }, loaded(undefined, '42')]).state;
    const { effects } = play([{ type: 'visible' }], s);
    assert.deepEqual(calls(effects), [
      { op: 'alarm-snapshot', siteId: undefined },
      { op: 'alarm-stream', siteId: undefined, lastEventId: '42' },
    ]);
  });

  test('a first snapshot that fails is the error state; « Réessayer » starts over', () => {
    const failed = play([{ type: 'snapshot-failed', failure: net }]).state;
    assert.equal(failed.load, 'failed');
    const again = play([{ type: 'retry' }], failed);
    assert.equal(again.state.load, 'loading');
    assert.deepEqual(
      calls(again.effects).map((c) => c.op),
      ['alarm-snapshot', 'alarm-stream'],
    );
  });

  test('RS-ALARMS: a new alarm fires `alarm-raised` and is said politely; the initial list is not announced', () => {
    const first = play([{ type: 'stream-opened' }, loaded()]);
    assert.ok(!first.effects.some((e) => e.type === 'emit' || e.type === 'announce'));
    const a = alarm({ n: 2, priority: 1, kind: 'fire' });
    const { effects } = play([{ type: 'stream-event', event: { seq: 11, type: 'alarm-raised', alarm: a } }], first.state);
    assert.deepEqual(effects, [
      { type: 'emit', name: 'alarm-raised', detail: { alarm: a } },
      {
        type: 'announce',
        tone: 'status',
        message: { key: 'rs.alarms.new-one', params: { priority: 1, kind: 'fire', site: a.siteName, zone: a.zone } },
      },
    ]);
  });

  test('RS-ALARMS: a burst is summed up: one message per window, then « 3 nouvelles alarmes »', () => {
    let s = play([{ type: 'stream-opened' }, loaded()]).state;
    const raised = (n: number, at: number) =>
      play(
        [[{ type: 'stream-event', event: { seq: 10 + n, type: 'alarm-raised', alarm: alarm({ n, priority: n === 3 ? 1 : 2 }) } }, at]],
        s,
      );
    let r = raised(2, T);
    assert.equal(r.effects.filter((e) => e.type === 'announce').length, 1);
    s = r.state;
    for (const n of [3, 4, 5]) {
      r = raised(n, T + n * 1000);
      assert.equal(r.effects.filter((e) => e.type === 'emit').length, 1, 'each one still fires alarm-raised');
      assert.equal(r.effects.filter((e) => e.type === 'announce').length, 0, 'but is not read out');
      s = r.state;
    }
    assert.deepEqual(alarmFeedFlow.deadline!(s), { at: T + ANNOUNCE_WINDOW_MS, event: { type: 'announce-due' } });
    const due = play([[{ type: 'announce-due' }, T + ANNOUNCE_WINDOW_MS]], s);
    assert.deepEqual(due.effects, [
      { type: 'announce', tone: 'status', message: { key: 'rs.alarms.new-many', params: { count: 3, top: 1 } } },
    ]);
    assert.equal(alarmFeedFlow.deadline!(due.state), undefined);
  });

  test('a resync that discovers an alarm missed while disconnected fires `alarm-raised` for it', () => {
    const s = play([
      { type: 'stream-opened' },
      loaded([alarm({ n: 1 })], '10'),
      { type: 'stream-failed', failure: net, permanent: false },
    ]).state;
    const { effects } = play([{ type: 'stream-opened' }, loaded([alarm({ n: 1 }), alarm({ n: 5 })], '14')], s);
    assert.deepEqual(
      effects.filter((e) => e.type === 'emit').map((e) => e.type === 'emit' && (e.detail as { alarm: { id: string } }).alarm.id),
      ['alm-5'],
    );
  });

  test('the cancel’s answer removes the alarm at once', () => {
    const s = play([loaded([alarm({ n: 1 }), alarm({ n: 2 })])]).state;
    const after = play([{ type: 'alarm-changed', alarm: { ...alarm({ n: 2 }), cancelledAt: '2026-12-07T10:31:00Z' } }], s).state;
    assert.deepEqual(
      feedAlarms(after).map((a) => a.id),
      ['alm-1'],
    );
  });

  const event: fc.Arbitrary<[AlarmFeedEvent, number]> = fc.tuple(
    fc.oneof(
      fc.constant<AlarmFeedEvent>({ type: 'stream-opened' }),
      fc.constant<AlarmFeedEvent>({ type: 'stream-ended' }),
      fc.boolean().map<AlarmFeedEvent>((permanent) => ({ type: 'stream-failed', failure: net, permanent })),
      fc
        .integer({ min: 1, max: 30 })
        .map<AlarmFeedEvent>((n) => ({ type: 'stream-event', event: { seq: n, type: 'alarm-raised', alarm: alarm({ n }) } })),
      fc.integer({ min: 0, max: 30 }).map<AlarmFeedEvent>((c) => loaded([alarm({ n: c % 4 })], String(c))),
      fc.constant<AlarmFeedEvent>({ type: 'snapshot-failed', failure: net }),
      fc.constant<AlarmFeedEvent>({ type: 'retry-due' }),
      fc.constant<AlarmFeedEvent>({ type: 'poll-due' }),
      fc.constant<AlarmFeedEvent>({ type: 'announce-due' }),
      fc.constant<AlarmFeedEvent>({ type: 'visible' }),
      fc.constant<AlarmFeedEvent>({ type: 'retry' }),
    ),
    fc.integer({ min: 0, max: 2_000 }),
  );

  test('property: the link is polling exactly when streaming failed too often or cannot work; waits stay within the policy', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let now = T;
        let step = alarmFeedFlow.init(ctx(now));
        for (const [e, dt] of events) {
          now += dt;
          const before = step.state;
          step = alarmFeedFlow.transition(step.state, e, ctx(now, 0.3));
          const s = step.state;
          if (s.link === 'reconnecting') assert.ok(s.failures >= 1 && s.failures < STREAM_FAILURES_BEFORE_POLLING);
          if (s.link === 'polling')
            assert.ok(
              s.failures >= STREAM_FAILURES_BEFORE_POLLING || s.streamless || e.type === 'stream-failed' || before.link === 'polling',
            );
          if (s.link === 'live') assert.equal(s.failures, 0);
          // A wait set by this step stays within the policy.
          if (s.retryAt !== undefined && s.retryAt !== before.retryAt) {
            assert.ok(s.retryAt > now && s.retryAt - now <= (s.link === 'polling' ? STREAM_RETRY_WHILE_POLLING_MS : STREAM_RETRY_MAX_MS));
          }
          if (s.pollAt !== undefined && s.pollAt !== before.pollAt) assert.equal(s.pollAt - now, ALARM_POLL_INTERVAL_MS);
          // Never two snapshot calls or two stream calls from one transition.
          const c = calls(step.effects);
          assert.ok(c.filter((x) => x.op === 'alarm-snapshot').length <= 1 && c.filter((x) => x.op === 'alarm-stream').length <= 1);
        }
      }),
    );
  });

  test('property: at most one « new alarm » message per window, however alarms arrive', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_000 }), { maxLength: 40 }), (gaps) => {
        let now = T;
        let s = play([{ type: 'stream-opened' }, loaded([], '0')]).state;
        const said: number[] = [];
        gaps.forEach((gap, i) => {
          now += gap;
          const due = alarmFeedFlow.deadline!(s);
          if (due && due.at <= now) {
            const st = alarmFeedFlow.transition(s, due.event, ctx(due.at));
            if (st.effects.some((e) => e.type === 'announce')) said.push(due.at);
            s = st.state;
          }
          const st = alarmFeedFlow.transition(
            s,
            { type: 'stream-event', event: { seq: i + 1, type: 'alarm-raised', alarm: alarm({ n: i + 1 }) } },
            ctx(now),
          );
          if (st.effects.some((e) => e.type === 'announce')) said.push(now);
          s = st.state;
        });
        for (let i = 1; i < said.length; i++) assert.ok(said[i]! - said[i - 1]! >= ANNOUNCE_WINDOW_MS);
      }),
    );
  });
});
