import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Alarm } from '../schemas.js';
import {
  applyAlarmEvent,
  applySnapshot,
  beginResync,
  compareAlarms,
  emptyLiveAlarms,
  newAlarms,
  upsertAlarm,
  type LiveAlarms,
} from './live-list.js';
import type { AlarmStreamEvent } from './schemas.js';
import { alarm } from './test-support.js';

const AT = '2026-12-07T11:00:00.000Z';

/** A server's history: operations on a few alarms, numbered 1, 2, 3… as the stream numbers them. */
type Op = { kind: 'raise' | 'dispatch' | 'cancel' | 'close'; n: number; minute: number };
const op = fc.record({
  kind: fc.constantFrom('raise', 'raise', 'dispatch', 'cancel', 'close') as fc.Arbitrary<Op['kind']>,
  n: fc.integer({ min: 1, max: 6 }),
  minute: fc.integer({ min: 0, max: 5 }),
});

function history(ops: Op[]): { events: AlarmStreamEvent[]; states: Map<string, Alarm>[] } {
  const server = new Map<string, Alarm>();
  const events: AlarmStreamEvent[] = [];
  const states: Map<string, Alarm>[] = [new Map()];
  for (const o of ops) {
    const id = `alm-${o.n}`;
    const cur = server.get(id);
    let e: AlarmStreamEvent | undefined;
    const seq = events.length + 1;
    if (o.kind === 'raise' && !cur) {
      // Several alarms may share an instant: the order must still be stable.
      const a = alarm({ n: o.n, raisedAt: new Date(Date.parse(AT) + o.minute * 60_000).toISOString() });
      server.set(id, a);
      e = { seq, type: 'alarm-raised', alarm: a };
    } else if (o.kind === 'dispatch' && cur) {
      const a = { ...cur, dispatchedAt: AT };
      server.set(id, a);
      e = { seq, type: 'alarm-updated', alarm: a };
    } else if (o.kind === 'cancel' && cur) {
      server.delete(id);
      e = { seq, type: 'alarm-cancelled', alarm: { ...cur, cancelledAt: AT } };
    } else if (o.kind === 'close' && cur) {
      server.delete(id);
      e = { seq, type: 'alarm-closed', alarmId: id, siteId: cur.siteId };
    }
    if (e) {
      events.push(e);
      states.push(new Map(server));
    }
  }
  return { events, states };
}

const expected = (server: Map<string, Alarm>) => [...server.values()].sort(compareAlarms);
const snapshotAt = (states: Map<string, Alarm>[], j: number) => ({ items: [...states[j]!.values()].reverse(), cursor: String(j) });

function invariants(live: LiveAlarms) {
  const ids = live.alarms.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'each alarm once');
  assert.ok(
    live.alarms.every((a) => a.cancelledAt === null),
    'no cancelled alarm',
  );
  for (let i = 1; i < live.alarms.length; i++) assert.ok(compareAlarms(live.alarms[i - 1]!, live.alarms[i]!) <= 0, 'newest first');
}

describe('RS-ALARMS live list', () => {
  test('a new alarm goes first; an update replaces; a cancellation and a closing remove', () => {
    const a1 = alarm({ n: 1 });
    const a2 = alarm({ n: 2 });
    let live = applySnapshot(emptyLiveAlarms, { items: [a1], cursor: '4' });
    live = applyAlarmEvent(live, { seq: 5, type: 'alarm-raised', alarm: a2 });
    assert.deepEqual(
      live.alarms.map((a) => a.id),
      ['alm-2', 'alm-1'],
    );
    live = applyAlarmEvent(live, { seq: 6, type: 'alarm-updated', alarm: { ...a1, dispatchedAt: AT } });
    assert.equal(live.alarms[1]!.dispatchedAt, AT);
    live = applyAlarmEvent(live, { seq: 7, type: 'alarm-cancelled', alarm: { ...a2, cancelledAt: AT } });
    live = applyAlarmEvent(live, { seq: 8, type: 'alarm-closed', alarmId: 'alm-1', siteId: 'site-01' });
    assert.deepEqual(live.alarms, []);
    assert.equal(live.cursor, 8);
  });

  test('an event the list already includes (a replay after Last-Event-ID, or one the snapshot holds) changes nothing', () => {
    const a1 = alarm({ n: 1 });
    const live = applySnapshot(emptyLiveAlarms, { items: [a1], cursor: '5' });
    assert.equal(applyAlarmEvent(live, { seq: 5, type: 'alarm-closed', alarmId: 'alm-1', siteId: 'site-01' }), live);
    assert.equal(applyAlarmEvent(live, { seq: 4, type: 'alarm-raised', alarm: alarm({ n: 9 }) }), live);
  });

  test('events during a resync show at once, and the snapshot keeps those it lacks', () => {
    const a1 = alarm({ n: 1 });
    const a2 = alarm({ n: 2 });
    let live = beginResync(applySnapshot(emptyLiveAlarms, { items: [], cursor: '1' }));
    live = applyAlarmEvent(live, { seq: 2, type: 'alarm-raised', alarm: a1 });
    live = applyAlarmEvent(live, { seq: 3, type: 'alarm-raised', alarm: a2 });
    assert.deepEqual(
      live.alarms.map((a) => a.id),
      ['alm-2', 'alm-1'],
    );
    // The snapshot was read between the two events.
    live = applySnapshot(live, { items: [a1], cursor: '2' });
    assert.deepEqual(
      live.alarms.map((a) => a.id),
      ['alm-2', 'alm-1'],
    );
    assert.equal(live.cursor, 3);
    assert.equal(live.resyncing, false);
  });

  test('a server that starts afresh (lower cursor) is believed', () => {
    const live = applySnapshot(emptyLiveAlarms, { items: [], cursor: '900' });
    const fresh = applySnapshot(beginResync(live), { items: [], cursor: '2' });
    assert.equal(fresh.cursor, 2);
    assert.equal(applyAlarmEvent(fresh, { seq: 3, type: 'alarm-raised', alarm: alarm() }).alarms.length, 1);
  });

  test('upsert keeps the order and newAlarms finds what a resync discovered', () => {
    const list = [alarm({ n: 3 }), alarm({ n: 1 })];
    assert.deepEqual(
      upsertAlarm(list, alarm({ n: 2 })).map((a) => a.id),
      ['alm-3', 'alm-2', 'alm-1'],
    );
    assert.deepEqual(
      newAlarms(list, [alarm({ n: 4 }), ...list]).map((a) => a.id),
      ['alm-4'],
    );
  });

  test('property: the events in order, each delivered any number of times, give the server’s list', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 40 }), (ops, times) => {
        const { events, states } = history(ops);
        let live = applySnapshot(emptyLiveAlarms, { items: [], cursor: '0' });
        events.forEach((e, i) => {
          for (let k = 0; k < (times[i] ?? 1); k++) live = applyAlarmEvent(live, e);
          invariants(live);
        });
        assert.deepEqual(live.alarms, expected(states.at(-1)!));
      }),
    );
  });

  test('property: a snapshot and a resumed stream, in any interleaving and with any overlap, end as the server', () => {
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (ops, known, snap, resume, arrive) => {
          const { events, states } = history(ops);
          const n = events.length;
          // The client knew the list up to `known`, then reconnected: the stream replays from `resume`
          // (≤ known + 1: Last-Event-ID, or earlier when a proxy replays more), a snapshot read at
          // `snap` (≥ known) arrives after `arrive` of those events.
          const k = known % (n + 1);
          let live = applySnapshot(emptyLiveAlarms, snapshotAt(states, k));
          live = beginResync(live);
          const from = resume % (k + 2);
          const stream = events.slice(Math.max(0, from - 1));
          const j = k + (snap % (n - k + 1));
          const cut = arrive % (stream.length + 1);
          for (const e of stream.slice(0, cut)) live = applyAlarmEvent(live, e);
          live = applySnapshot(live, snapshotAt(states, j));
          invariants(live);
          for (const e of stream.slice(cut)) live = applyAlarmEvent(live, e);
          invariants(live);
          assert.deepEqual(live.alarms, expected(states.at(-1)!));
        },
      ),
    );
  });
});
