import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFlowRunner, replay, type Flow } from './flow.js';

// A tiny save flow: edit → save (call) → saved / failed, with a focus, an emit and an announce.
type S = { status: 'editing' | 'saving' | 'saved' | 'failed'; value: number; expiresAt?: number };
type E = { type: 'edit'; value: number } | { type: 'save' } | { type: 'ok' } | { type: 'ko' } | { type: 'expired' } | { type: 'exit' } | { type: 'stay' };
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
        return { state: s, effects: [{ type: 'emit', name: 'exit-requested', cancelable: true, ifNotCanceled: { type: 'expired' }, ifCanceled: { type: 'stay' } }] };
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
    const runner = createFlowRunner(flow, { context: () => ({ now: 0 }), run: async (): Promise<E> => ({ type: 'ok' }), host: { emit: () => !canceled } });
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
  assert.deepEqual(effects.map((e) => e.type), ['focus', 'call']);
});
