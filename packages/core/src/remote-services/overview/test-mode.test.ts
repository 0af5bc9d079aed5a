import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createFlowRunner, replay } from '../../shared/flow.js';
import {
  clientEnd,
  isTestModeOn,
  remainingMs,
  TEST_MODE_DURATIONS,
  TEST_MODE_WARNING_MS,
  testModeChangeTransition,
  testModeFlow,
  testModeViewFlow,
  testModeViewTransition,
  type TestModeEvent,
  type TestModeRequest,
  type TestModeState,
} from './test-mode.js';

const NOW = Date.parse('2026-03-10T12:00:00+01:00');
const ctx = (now = NOW) => ({ now, siteId: 'site-01' });
const iso = (ms: number) => new Date(ms).toISOString();
const END = NOW + 30 * 60_000;
const on = (): TestModeState => replay(testModeFlow, [{ type: 'loaded', answer: { until: iso(END), serverTime: iso(NOW) } }], ctx()).state;

test('RS-OVERVIEW test mode durations: a named list 30 min, 1 h, 2 h, 4 h', () => {
  assert.deepEqual([...TEST_MODE_DURATIONS], [30, 60, 120, 240]);
});

test('RS-OVERVIEW test mode end: on 1 ms before the end, off at the end and after', () => {
  const s = on();
  assert.equal(isTestModeOn(s, END - 1), true);
  assert.equal(remainingMs(s, END - 1), 1);
  assert.equal(isTestModeOn(s, END), false);
  assert.equal(remainingMs(s, END), 0);
  assert.equal(isTestModeOn(s, END + 1), false);
  assert.equal(remainingMs(s, END + 1), 0);
});

test('RS-OVERVIEW test mode: the end follows the server clock, not a wrong client clock', () => {
  // The client is 5 minutes late: the server says 30 min remain, so 30 min remain on the client's clock too.
  const late = NOW - 5 * 60_000;
  assert.equal(clientEnd({ until: iso(END), serverTime: iso(NOW) }, late), late + 30 * 60_000);
  const s = replay(testModeFlow, [{ type: 'loaded', answer: { until: iso(END), serverTime: iso(NOW) } }], ctx(late)).state;
  assert.equal(remainingMs(s, late), 30 * 60_000);
});

test('RS-OVERVIEW test mode deadline: the warning one minute before, then the end; the expired event at 1 ms before does nothing, at the end turns it off', () => {
  const s = on();
  assert.deepEqual(testModeFlow.deadline!(s), { at: END - TEST_MODE_WARNING_MS, event: { type: 'warn' } });
  const warned = testModeFlow.transition(s, { type: 'warn' }, ctx(END - TEST_MODE_WARNING_MS));
  assert.deepEqual(warned.effects, [{ type: 'announce', message: { key: 'rs.overview.testMode.endsSoon' }, tone: 'status' }]);
  assert.deepEqual(testModeFlow.deadline!(warned.state), { at: END, event: { type: 'expired' } });
  const early = testModeFlow.transition(warned.state, { type: 'expired' }, ctx(END - 1));
  assert.equal(early.state, warned.state);
  const atEnd = testModeFlow.transition(warned.state, { type: 'expired' }, ctx(END));
  assert.equal(atEnd.state.until, null);
  assert.equal(testModeFlow.deadline!(atEnd.state), undefined);
  assert.deepEqual(atEnd.effects, [
    { type: 'emit', name: 'test-mode-changed', detail: { siteId: 'site-01', until: null } },
    { type: 'announce', message: { key: 'rs.overview.testMode.ended' }, tone: 'success' },
    { type: 'call', request: { op: 'read-test-mode', siteId: 'site-01' }, key: 'test-mode' },
  ]);
});

test('RS-OVERVIEW test mode after a hidden tab: a late warning past the end turns the mode off at once', () => {
  const late = testModeFlow.transition(on(), { type: 'warn' }, ctx(END + 10 * 60_000));
  assert.equal(late.state.endsAt, null);
  assert.ok(late.effects.some((e) => e.type === 'emit'));
});

test('RS-OVERVIEW test mode flow with a runner: choose 2 h, start, the server answers the absolute end; stop', async () => {
  const calls: TestModeRequest[] = [];
  const emitted: unknown[] = [];
  const toasts: string[] = [];
  let server: string | null = null;
  const runner = createFlowRunner(testModeFlow, {
    context: () => ctx(),
    run: async (request): Promise<TestModeEvent> => {
      calls.push(request);
      if (request.op === 'start-test-mode') server = iso(NOW + request.minutes * 60_000);
      if (request.op === 'stop-test-mode') server = null;
      const answer = { until: server, serverTime: iso(NOW) };
      return request.op === 'read-test-mode'
        ? { type: 'loaded', answer }
        : request.op === 'start-test-mode'
          ? { type: 'started', answer }
          : { type: 'stopped', answer };
    },
    host: {
      emit: (name, detail) => (emitted.push({ name, detail }), true),
      announce: (m, tone) => toasts.push(`${tone}:${m.key}:${m.params?.time ?? ''}`),
    },
  });
  await runner.settled();
  assert.equal(runner.state.status, 'ready');
  runner.send({ type: 'choose', duration: 120 });
  runner.send({ type: 'start' });
  assert.equal(runner.state.status, 'starting');
  await runner.settled();
  assert.equal(runner.state.until, iso(NOW + 120 * 60_000));
  assert.equal(remainingMs(runner.state, NOW), 120 * 60_000);
  assert.deepEqual(emitted.at(-1), { name: 'test-mode-changed', detail: { siteId: 'site-01', until: iso(NOW + 120 * 60_000) } });
  assert.equal(toasts.at(-1), 'success:rs.overview.testMode.started:14:00');
  runner.send({ type: 'stop' });
  await runner.settled();
  assert.equal(runner.state.until, null);
  assert.deepEqual(emitted.at(-1), { name: 'test-mode-changed', detail: { siteId: 'site-01', until: null } });
  assert.deepEqual(
    calls.map((c) => c.op),
    ['read-test-mode', 'start-test-mode', 'stop-test-mode'],
  );
});

test('RS-OVERVIEW test mode: a failed start says so and stays off; a failed first read is an error with retry', () => {
  const failure = { kind: 'network', message: 'offline' } as const;
  const ready = replay(
    testModeFlow,
    [{ type: 'loaded', answer: { until: null, serverTime: iso(NOW) } }, { type: 'start' }, { type: 'failed', failure }],
    ctx(),
  );
  assert.equal(ready.state.status, 'ready');
  assert.equal(ready.state.until, null);
  assert.deepEqual(ready.effects.at(-1), { type: 'announce', message: { key: 'rs.overview.testMode.startFailed' }, tone: 'error' });
  const broken = replay(testModeFlow, [{ type: 'load-failed', failure }], ctx());
  assert.equal(broken.state.status, 'error');
  assert.equal(testModeFlow.transition(broken.state, { type: 'retry' }, ctx()).state.status, 'loading');
});

const events: fc.Arbitrary<TestModeEvent> = fc.oneof(
  fc.constantFrom<TestModeEvent>(
    { type: 'start' },
    { type: 'stop' },
    { type: 'warn' },
    { type: 'expired' },
    { type: 'retry' },
    { type: 'failed', failure: { kind: 'network', message: 'x' } },
  ),
  fc.constantFrom(...TEST_MODE_DURATIONS).map((duration): TestModeEvent => ({ type: 'choose', duration })),
  fc
    .record({ until: fc.option(fc.integer({ min: -60, max: 300 }).map((m) => iso(NOW + m * 60_000))), serverTime: fc.constant(iso(NOW)) })
    .chain((answer) =>
      fc.constantFrom<TestModeEvent>({ type: 'loaded', answer }, { type: 'started', answer }, { type: 'stopped', answer }),
    ),
);

test('RS-OVERVIEW property: whatever happens, the mode is never on at or after its end, and the deadline is never after the end', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(events, fc.integer({ min: 0, max: 400 * 60_000 })), { maxLength: 30 }), (steps) => {
      let state = testModeFlow.init(ctx()).state;
      let now = NOW;
      for (const [event, dt] of steps) {
        now += dt % 600_000;
        state = testModeFlow.transition(state, event, ctx(now)).state;
        if (state.endsAt !== null) {
          assert.ok(!isTestModeOn(state, state.endsAt));
          assert.ok(testModeFlow.deadline!(state)!.at <= state.endsAt);
        } else assert.equal(testModeFlow.deadline!(state), undefined);
        assert.ok(TEST_MODE_DURATIONS.includes(state.duration));
      }
    }),
  );
});

const CHANGE_EVENTS = new Set<TestModeEvent['type']>(['choose', 'start', 'started', 'stop', 'stopped', 'failed']);

test("RS-OVERVIEW property: the view and the change parts split the events (each takes its own, leaves the other's); the view alone keeps the state on a change event; the view ends the mode by itself (1 ms before: on; at the end: off)", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(events, fc.integer({ min: 0, max: 400 * 60_000 })), { maxLength: 30 }), (steps) => {
      let state = testModeFlow.init(ctx()).state;
      for (const [event, dt] of steps) {
        const c = ctx(NOW + dt);
        const view = testModeViewTransition(state, event, c);
        const change = testModeChangeTransition(state, event, c);
        assert.equal(view === undefined, CHANGE_EVENTS.has(event.type));
        assert.equal(change === undefined, !CHANGE_EVENTS.has(event.type));
        if (CHANGE_EVENTS.has(event.type)) assert.equal(testModeViewFlow.transition(state, event, c).state, state);
        state = testModeFlow.transition(state, event, c).state;
      }
    }),
  );
  const s = on();
  assert.deepEqual(testModeViewFlow.deadline!(s), testModeFlow.deadline!(s));
  const warned = testModeViewFlow.transition(s, { type: 'warn' }, ctx(END - TEST_MODE_WARNING_MS)).state;
  assert.equal(testModeViewFlow.transition(warned, { type: 'expired' }, ctx(END - 1)).state.endsAt, END);
  assert.equal(testModeViewFlow.transition(warned, { type: 'expired' }, ctx(END)).state.endsAt, null);
});
