import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createFlowRunner, replay, type Flow } from './flow.js';

// A tiny save flow: edit → save (call) → saved / failed, with a focus, an emit and an announce.
type S = { status: 'editing' | 'saving' | 'saved' | 'failed'; value: number; expiresAt?: number };
type E =
  | { type: 'edit'; value: number }
  | { type: 'save' }
  | { type: 'ok' }
  | { type: 'ko' }
  | { type: 'expired' }
  | { type: 'exit' }
  | { type: 'stay' };
type R = { op: 'save'; value: number };

const flow: Flow<S, E, R> = {
  init: () => ({ state: { status: 'editing', value: 0 }, effects: [{ type: 'focus', target: 'value' }] }),
  transition: (s, e, ctx) => {
    switch (e.type) {
      case 'edit':
        return { state: { ...s, value: e.value }, effects: [] };
      case 'save':
        return { state: { ...s, status: 'saving' }, effects: [{ type: 'call', request: { op: 'save', value: s.value }, key: 'save' }] };
      case 'ok':
        return {
          state: { ...s, status: 'saved', expiresAt: ctx.now + 1000 },
          effects: [
            { type: 'announce', message: { key: 'common.close' }, tone: 'success' },
            { type: 'emit', name: 'value-saved', detail: { value: s.value } },
          ],
        };
      case 'ko':
        return { state: { ...s, status: 'failed' }, effects: [] };
      case 'expired':
        return { state: { status: 'editing', value: s.value }, effects: [] };
      case 'exit':
        return {
          state: s,
          effects: [
            { type: 'emit', name: 'exit-requested', cancelable: true, ifNotCanceled: { type: 'expired' }, ifCanceled: { type: 'stay' } },
          ],
        };
      case 'stay':
        return { state: s, effects: [] };
    }
  },
  deadline: (s) => (s.expiresAt === undefined ? undefined : { at: s.expiresAt, event: { type: 'expired' } }),
};

test('a whole flow runs in Node, effects included', async () => {
  const log: string[] = [];
  const runner = createFlowRunner(flow, {
    context: () => ({ now: 0 }),
    run: async (r): Promise<E> => (r.value > 0 ? { type: 'ok' } : { type: 'ko' }),
    host: {
      focus: (t) => log.push(`focus ${t}`),
      emit: (n, d) => (log.push(`emit ${n} ${JSON.stringify(d ?? null)}`), true),
      announce: (m, tone) => log.push(`announce ${m.key} ${tone}`),
    },
  });
  runner.send({ type: 'edit', value: 3 });
  runner.send({ type: 'save' });
  assert.equal(runner.state.status, 'saving');
  await runner.settled();
  assert.equal(runner.state.status, 'saved');
  assert.deepEqual(log, ['focus value', 'announce common.close success', 'emit value-saved {"value":3}']);
  assert.deepEqual(flow.deadline!(runner.state), { at: 1000, event: { type: 'expired' } });
});

test('a cancelable event feeds back what the host chose', () => {
  for (const canceled of [false, true]) {
    const runner = createFlowRunner(flow, {
      context: () => ({ now: 0 }),
      run: async (): Promise<E> => ({ type: 'ok' }),
      host: { emit: () => !canceled },
    });
    runner.send({ type: 'edit', value: 2 });
    runner.send({ type: 'save' });
    runner.send({ type: 'exit' });
    // ifNotCanceled → expired → editing; ifCanceled → stay → saving
    assert.equal(runner.state.status, canceled ? 'saving' : 'editing');
  }
});

test('a newer call with the same key drops the older answer; dispose drops every answer', async () => {
  const answers: ((e: E) => void)[] = [];
  const runner = createFlowRunner(flow, { context: () => ({ now: 0 }), run: () => new Promise<E>((r) => answers.push(r)) });
  runner.send({ type: 'save' });
  runner.send({ type: 'save' });
  answers[0]!({ type: 'ko' });
  answers[1]!({ type: 'ok' });
  await runner.settled();
  assert.equal(runner.state.status, 'saved');
  runner.send({ type: 'save' });
  runner.dispose();
  answers[2]!({ type: 'ko' });
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(runner.state.status, 'saving');
});

test('replay returns the last state and every effect without running them', () => {
  const { state, effects } = replay(flow, [{ type: 'edit', value: 1 }, { type: 'save' }], { now: 0 });
  assert.equal(state.status, 'saving');
  assert.deepEqual(
    effects.map((e) => e.type),
    ['focus', 'call'],
  );
});

test('tick sends the deadline event once its instant has come, never before (a test mode ending on its own)', async () => {
  let now = 0;
  const runner = createFlowRunner(flow, { context: () => ({ now }), run: async (): Promise<E> => ({ type: 'ok' }) });
  runner.send({ type: 'edit', value: 1 });
  runner.send({ type: 'save' });
  await runner.settled();
  assert.equal(runner.state.expiresAt, 1000);
  now = 999; // before
  assert.equal(runner.tick(), 0);
  assert.equal(runner.state.status, 'saved');
  now = 1000; // at
  assert.equal(runner.tick(), 1);
  assert.equal(runner.state.status, 'editing');
  now = 5000; // after: nothing left to send
  assert.equal(runner.tick(), 0);
});

test('tick catches up every deadline that passed while the tab was hidden, and stops on a flow whose deadline does not move', () => {
  // A countdown with one deadline per step: 3 steps at 10, 20, 30.
  type CS = { left: number; at: number };
  type CE = { type: 'step' };
  const countdown: Flow<CS, CE, never> = {
    init: () => ({ state: { left: 3, at: 10 }, effects: [] }),
    transition: (s) => ({ state: s.left > 1 ? { left: s.left - 1, at: s.at + 10 } : { left: 0, at: Infinity }, effects: [] }),
    deadline: (s) => (s.left > 0 ? { at: s.at, event: { type: 'step' } } : undefined),
  };
  let now = 25;
  const runner = createFlowRunner(countdown, { context: () => ({ now }), run: () => Promise.reject(new Error('no call')) });
  assert.equal(runner.tick(), 2);
  assert.deepEqual(runner.state, { left: 1, at: 30 });
  now = 30;
  assert.equal(runner.tick(), 1);
  assert.equal(runner.state.left, 0);

  // A (buggy) flow whose deadline event keeps the same state: one send, no endless loop.
  const stuck: Flow<{ at: number }, CE, never> = {
    init: () => ({ state: { at: 0 }, effects: [] }),
    transition: (s) => ({ state: s, effects: [] }),
    deadline: (s) => ({ at: s.at, event: { type: 'step' } }),
  };
  assert.equal(createFlowRunner(stuck, { context: () => ({ now: 1 }), run: () => Promise.reject(new Error('no call')) }).tick(), 1);
});

test('a runner that throws instead of answering is reported as a crash, and send() does not throw', async () => {
  const crashes: unknown[] = [];
  const runner = createFlowRunner(flow, {
    context: () => ({ now: 0 }),
    run: () => {
      throw new Error('runner bug');
    },
    host: { crashed: (e) => crashes.push(e) },
  });
  assert.doesNotThrow(() => runner.send({ type: 'save' }));
  await runner.settled();
  assert.equal(crashes.length, 1);
  assert.equal(runner.state.status, 'saving');
});

test('events queued behind a transition that throws are dropped, not replayed later against another state', () => {
  type TS = { seen: string[] };
  type TE = { type: 'boom' } | { type: 'note'; text: string };
  const fragile: Flow<TS, TE, never> = {
    init: () => ({ state: { seen: [] }, effects: [] }),
    transition: (s, e) => {
      if (e.type === 'boom') throw new Error('bug');
      return { state: { seen: [...s.seen, e.text] }, effects: [] };
    },
  };
  // An emit whose listener sends two events synchronously: the first throws.
  const emitting: Flow<TS, TE | { type: 'go' }, never> = {
    ...(fragile as unknown as Flow<TS, TE | { type: 'go' }, never>),
    transition: (s, e) =>
      e.type === 'go' ? { state: s, effects: [{ type: 'emit', name: 'x' }] } : fragile.transition(s, e as TE, { now: 0 }),
  };
  const r2 = createFlowRunner(emitting, {
    context: () => ({ now: 0 }),
    run: () => Promise.reject(new Error('no call')),
    host: {
      emit: () => {
        r2.send({ type: 'boom' });
        r2.send({ type: 'note', text: 'stale' });
        return true;
      },
    },
  });
  assert.throws(() => r2.send({ type: 'go' }), /bug/);
  r2.send({ type: 'note', text: 'fresh' });
  assert.deepEqual(r2.state.seen, ['fresh']);
});

test('property: without calls, the runner ends where replay ends, and runs the same focus/announce/emit effects in order', () => {
  const event = fc.oneof(
    fc.record({ type: fc.constant('edit' as const), value: fc.integer({ min: -5, max: 5 }) }),
    fc.constant({ type: 'ok' as const }),
    fc.constant({ type: 'ko' as const }),
    fc.constant({ type: 'expired' as const }),
    fc.constant({ type: 'stay' as const }),
  );
  fc.assert(
    fc.property(fc.array(event, { maxLength: 30 }), fc.integer({ min: 0, max: 10_000 }), (events, now) => {
      const seen: string[] = [];
      const runner = createFlowRunner(flow, {
        context: () => ({ now }),
        run: () => Promise.reject(new Error('no call expected')),
        host: {
          focus: (t) => seen.push(`focus:${t}`),
          announce: (m) => seen.push(`announce:${m.key}`),
          emit: (n) => (seen.push(`emit:${n}`), true),
        },
      });
      for (const e of events) runner.send(e);
      const replayed = replay(flow, events, { now });
      assert.deepEqual(runner.state, replayed.state);
      assert.deepEqual(
        seen,
        replayed.effects.map((e) =>
          e.type === 'focus'
            ? `focus:${e.target}`
            : e.type === 'announce'
              ? `announce:${e.message.key}`
              : e.type === 'emit'
                ? `emit:${e.name}`
                : e.type,
        ),
      );
    }),
  );
});
