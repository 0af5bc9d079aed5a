/**
 * RS-ALARMS — the mock's alarm routes over the real Node server (127.0.0.1, a free port), driven by
 * core's client: the snapshot, the cancel rule (core refuses → RFC 9457 problems), and the live
 * stream read by core's stream client (fetch + eventsource-parser) and by the whole feed flow,
 * including the resume with Last-Event-ID after the connection was cut.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, createClient, createFlowRunner, type VigieClient } from '@vigie/core';
import {
  alarmFeedCalls,
  alarmFeedFlow,
  cancelAlarm,
  feedAlarms,
  getAlarmSnapshot,
  readAlarmStream,
  REMOTE_ALARMS_STREAM_PATH,
  type AlarmStreamEvent,
} from '@vigie/core/remote-services';
import { startMockServer, type MockServer } from '../../server.js';
import { alarmListeners, closeAlarm, dispatchPatrol, raiseAlarm, startBurst, stopBurst } from './feed.js';

let server: MockServer;
let client: VigieClient;
const TOKEN = 'demo-token';

before(async () => {
  server = await startMockServer({ port: 0 });
  client = createClient({ baseUrl: server.apiUrl, getToken: () => TOKEN, retry: { limit: 0 } });
});
after(() => server.close());

const fresh = async () => server.mock.setScenario('remote:default');
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const failureOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ApiError);
    return e.failure;
  }
  assert.fail('expected a failure');
};

describe('RS-ALARMS mock routes', () => {
  test('the snapshot: open alarms newest first, for one site with ?siteId=, and its cursor', async () => {
    await fresh();
    const all = await getAlarmSnapshot(client);
    assert.ok(all.items.length >= 5);
    const times = all.items.map((a) => Date.parse(a.raisedAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    const site = all.items[0]!.siteId;
    const one = await getAlarmSnapshot(client, { siteId: site });
    assert.ok(one.items.every((a) => a.siteId === site));
    const raised = raiseAlarm(server.mock.remote, { siteId: site });
    assert.ok(Number((await getAlarmSnapshot(client)).cursor) > Number(all.cursor));
    assert.equal((await getAlarmSnapshot(client, { siteId: site })).items[0]!.id, raised.id);
    assert.equal((await failureOf(getAlarmSnapshot(client, { siteId: 'nope' }))).kind, 'http');
  });

  test('no bearer token: 401', async () => {
    const anonymous = createClient({ baseUrl: server.apiUrl, retry: { limit: 0 } });
    const f = await failureOf(getAlarmSnapshot(anonymous));
    assert.equal(f.kind === 'http' && f.status, 401);
  });

  test('RS-ALARMS: priority 2 before dispatch is cancelled; priority 1, dispatched and cancelled ones are refused with their problem', async () => {
    await fresh();
    const store = server.mock.remote;
    const p2 = raiseAlarm(store, { kind: 'intrusion' });
    const cancelled = await cancelAlarm(client, p2.id);
    assert.equal(cancelled.id, p2.id);
    assert.ok(cancelled.cancelledAt);
    assert.ok(!(await getAlarmSnapshot(client)).items.some((a) => a.id === p2.id));

    const again = await failureOf(cancelAlarm(client, p2.id));
    assert.equal(again.kind === 'conflict' && again.problem.type, '/problems/alarm-already-cancelled');

    const p1 = raiseAlarm(store, { kind: 'fire' });
    assert.equal(p1.priority, 1);
    const f1 = await failureOf(cancelAlarm(client, p1.id));
    assert.equal(f1.kind === 'conflict' && f1.status, 409);
    assert.equal(f1.kind === 'conflict' && f1.problem.type, '/problems/alarm-priority-1');

    const p3 = raiseAlarm(store, { kind: 'technical' });
    dispatchPatrol(store, p3.id);
    const f3 = await failureOf(cancelAlarm(client, p3.id));
    assert.equal(f3.kind === 'conflict' && f3.problem.type, '/problems/alarm-dispatched');

    const gone = raiseAlarm(store);
    closeAlarm(store, gone.id);
    const f4 = await failureOf(cancelAlarm(client, gone.id));
    assert.equal(f4.kind === 'http' && f4.status, 404);
  });

  test('the same Idempotency-Key replays the first answer', async () => {
    await fresh();
    const a = raiseAlarm(server.mock.remote, { kind: 'power' });
    const first = await cancelAlarm(client, a.id, { idempotencyKey: 'k-1' });
    const second = await cancelAlarm(client, a.id, { idempotencyKey: 'k-1' });
    assert.deepEqual(second, first);
  });

  test('the stream wants Accept: text/event-stream (406 otherwise) and a token', async () => {
    const r = await fetch(`${server.apiUrl}/${REMOTE_ALARMS_STREAM_PATH}`, {
      headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' },
    });
    assert.equal(r.status, 406);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    const anonymous = await fetch(`${server.apiUrl}/${REMOTE_ALARMS_STREAM_PATH}`, { headers: { Accept: 'text/event-stream' } });
    assert.equal(anonymous.status, 401);
    await anonymous.body?.cancel();
  });

  test('RS-ALARMS: the stream (fetch + eventsource-parser) delivers raised, updated, cancelled and closed events with increasing ids, and stops following when closed', async () => {
    await fresh();
    const store = server.mock.remote;
    const events: AlarmStreamEvent[] = [];
    const abort = new AbortController();
    let opened = false;
    const reading = readAlarmStream(client, { signal: abort.signal, onOpen: () => (opened = true), onEvent: (e) => events.push(e) });
    await until(() => opened && alarmListeners(store) === 1);
    const a = raiseAlarm(store, { kind: 'intrusion' });
    dispatchPatrol(store, a.id);
    const b = raiseAlarm(store, { kind: 'technical' });
    await cancelAlarm(client, b.id);
    closeAlarm(store, a.id);
    await until(() => events.length === 5);
    assert.deepEqual(
      events.map((e) => e.type),
      ['alarm-raised', 'alarm-updated', 'alarm-raised', 'alarm-cancelled', 'alarm-closed'],
    );
    assert.ok(events.every((e, i) => i === 0 || e.seq > events[i - 1]!.seq));
    abort.abort();
    await reading;
    await until(() => alarmListeners(store) === 0);
  });

  test('RS-ALARMS: Last-Event-ID replays what came after it; a site’s stream carries only that site', async () => {
    await fresh();
    const store = server.mock.remote;
    const a = raiseAlarm(store, { siteId: 'site-01' });
    const b = raiseAlarm(store, { siteId: 'site-02' });
    const c = raiseAlarm(store, { siteId: 'site-01' });
    const { cursor } = await getAlarmSnapshot(client);
    const seen: AlarmStreamEvent[] = [];
    const abort = new AbortController();
    const reading = readAlarmStream(client, {
      signal: abort.signal,
      lastEventId: String(Number(cursor) - 3),
      siteId: 'site-01',
      onEvent: (e) => seen.push(e),
    });
    await until(() => seen.length === 2);
    assert.deepEqual(
      seen.map((e) => (e.type === 'alarm-closed' ? e.alarmId : e.alarm.id)),
      [a.id, c.id],
    );
    assert.ok(!seen.some((e) => e.type !== 'alarm-closed' && e.alarm.id === b.id));
    abort.abort();
    await reading;
  });

  test('RS-ALARMS: the feed flow over the real server: live list, a new alarm on top, then resume after the connection is cut', async () => {
    await fresh();
    const store = server.mock.remote;
    const emitted: string[] = [];
    const r = createFlowRunner(alarmFeedFlow, {
      context: () => ({ now: Date.now(), random: 0 }),
      run: alarmFeedCalls(client, (e) => r.send(e)),
      host: { emit: (name, detail) => (emitted.push(`${name} ${(detail as { alarm: { id: string } }).alarm.id}`), true) },
    });
    await until(() => r.state.load === 'ready' && r.state.link === 'live');
    const before = feedAlarms(r.state).length;
    const a = raiseAlarm(store, { kind: 'tamper' });
    await until(() => feedAlarms(r.state)[0]?.id === a.id);
    assert.equal(feedAlarms(r.state).length, before + 1);
    assert.deepEqual(emitted, [`alarm-raised ${a.id}`]);

    // A new store (a scenario switch) orphans the stream; the tab « becomes visible »: reconnect at once.
    const cursorBefore = r.state.live.cursor;
    server.mock.setScenario('remote:default');
    r.send({ type: 'visible' });
    await until(() => r.state.link === 'live' && !r.state.snapshotting);
    assert.ok(r.state.live.cursor !== undefined && cursorBefore !== undefined);
    const b = raiseAlarm(server.mock.remote, { kind: 'intrusion' });
    await until(() => feedAlarms(r.state)[0]?.id === b.id);
    r.dispose();
  });

  test('remote:alarm-burst raises alarms by itself once someone watches', async (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] });
    server.mock.setScenario('remote:alarm-burst');
    const store = server.mock.remote;
    const before = store.openAlarms().length;
    startBurst(store);
    t.mock.timers.tick(4_000 * 3);
    assert.equal(store.openAlarms().length, before + 3);
    stopBurst(store);
    server.mock.setScenario('remote:default');
  });
});
