import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createFlowRunner, replay } from '../../shared/flow.js';
import type { ApiFailure } from '../../api/errors.js';
import { alarmCancelFlow, ALARMS_HEADING_TARGET, cancelButtonTarget, CONFIRM_KEEP_TARGET, type AlarmCancelEvent } from './cancel-flow.js';
import { alarm } from './test-support.js';

const ctx = { now: Date.parse('2026-12-07T10:10:00Z') };
const AT = '2026-12-07T10:09:00.000Z';
const p2 = alarm({ n: 2, priority: 2 });

const problem = (type: string, status = 409): ApiFailure => ({ kind: 'conflict', status, problem: { type, status, title: 'Refused' } });

describe('RS-ALARMS cancel flow', () => {
  test('RS-ALARMS: priority 2, confirmed: one call, then a success toast, `alarm-cancelled` and the focus on the list', async () => {
    const log: string[] = [];
    const calls: string[] = [];
    const runner = createFlowRunner(alarmCancelFlow, {
      context: () => ctx,
      run: async (r): Promise<AlarmCancelEvent> => (calls.push(r.alarmId), { type: 'cancelled', alarm: { ...p2, cancelledAt: AT } }),
      host: {
        focus: (t) => log.push(`focus ${t}`),
        emit: (n, d) => (log.push(`emit ${n} ${JSON.stringify(d)}`), true),
        announce: (m, tone) => log.push(`${tone} ${m.key}`),
      },
    });
    runner.send({ type: 'ask', alarm: p2 });
    assert.equal(runner.state.step, 'confirming');
    assert.deepEqual(calls, [], 'nothing is sent before the confirmation');
    runner.send({ type: 'confirm' });
    runner.send({ type: 'confirm' });
    await runner.settled();
    assert.deepEqual(calls, ['alm-2'], 'one call, even pressed twice');
    assert.equal(runner.state.step, 'idle');
    assert.deepEqual(log, [
      `focus ${CONFIRM_KEEP_TARGET}`,
      'success rs.alarms.cancelled',
      'emit alarm-cancelled {"alarmId":"alm-2","siteId":"site-01"}',
      `focus ${ALARMS_HEADING_TARGET}`,
    ]);
  });

  test('RS-ALARMS: priority 1, a dispatched alarm, a cancelled one: refused in core with their reason, nothing sent', () => {
    for (const [a, key] of [
      [alarm({ priority: 1, kind: 'fire' }), 'rs.alarms.refused.priority-1'],
      [alarm({ priority: 3, dispatchedAt: AT }), 'rs.alarms.refused.dispatched'],
      [alarm({ priority: 2, cancelledAt: AT }), 'rs.alarms.refused.already-cancelled'],
    ] as const) {
      const { state, effects } = replay(alarmCancelFlow, [{ type: 'ask', alarm: a }, { type: 'confirm' }], ctx);
      assert.equal(state.step, 'idle');
      assert.ok(!effects.some((e) => e.type === 'call'));
      const said = effects.find((e) => e.type === 'announce');
      assert.equal(said?.type === 'announce' && said.message.key, key);
      assert.equal(said?.type === 'announce' && said.tone, 'error');
    }
  });

  test('dismissing the confirmation sends nothing and gives the focus back to the row’s button', () => {
    const { state, effects } = replay(alarmCancelFlow, [{ type: 'ask', alarm: p2 }, { type: 'dismiss' }], ctx);
    assert.equal(state.step, 'idle');
    assert.deepEqual(effects.at(-1), { type: 'focus', target: cancelButtonTarget('alm-2') });
  });

  test('RS-ALARMS: the server’s refusal (patrol dispatched meanwhile) is said with its reason', () => {
    const { state, effects } = replay(
      alarmCancelFlow,
      [{ type: 'ask', alarm: p2 }, { type: 'confirm' }, { type: 'cancel-failed', failure: problem('/problems/alarm-dispatched') }],
      ctx,
    );
    assert.equal(state.step, 'idle');
    const said = effects.filter((e) => e.type === 'announce');
    assert.equal(said.length, 1);
    assert.equal(said[0]!.type === 'announce' && said[0]!.message.key, 'rs.alarms.refused.dispatched');
  });

  test('a failure (network) is an error toast and the focus back on the row’s button to try again', () => {
    const { effects } = replay(
      alarmCancelFlow,
      [{ type: 'ask', alarm: p2 }, { type: 'confirm' }, { type: 'cancel-failed', failure: { kind: 'network', message: 'down' } }],
      ctx,
    );
    assert.deepEqual(effects.slice(-2), [
      {
        type: 'announce',
        tone: 'error',
        message: { key: 'rs.alarms.cancel-failed', params: { site: p2.siteName, zone: p2.zone, priority: 2 } },
      },
      { type: 'focus', target: cancelButtonTarget('alm-2') },
    ]);
  });

  test('a 404 (closed meanwhile) says the alarm is no longer active', () => {
    const { effects } = replay(
      alarmCancelFlow,
      [
        { type: 'ask', alarm: p2 },
        { type: 'confirm' },
        { type: 'cancel-failed', failure: { kind: 'http', status: 404, problem: { status: 404 } } },
      ],
      ctx,
    );
    assert.ok(effects.some((e) => e.type === 'announce' && e.message.key === 'rs.alarms.refused.not-found'));
  });

  test('RS-ALARMS: the patrol dispatched while the confirmation is open closes it and says why', () => {
    const { state, effects } = replay(
      alarmCancelFlow,
      [{ type: 'ask', alarm: p2 }, { type: 'alarm-changed', alarm: { ...p2, dispatchedAt: AT } }, { type: 'confirm' }],
      ctx,
    );
    assert.equal(state.step, 'idle');
    assert.ok(!effects.some((e) => e.type === 'call'));
    assert.ok(effects.some((e) => e.type === 'announce' && e.message.key === 'rs.alarms.refused.dispatched'));
  });

  test('property: a call is made only for a cancellable alarm that was confirmed, and at most one runs at a time', () => {
    const anAlarm = fc
      .record({ priority: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, dispatched: fc.boolean(), cancelled: fc.boolean() })
      .map((r) => alarm({ priority: r.priority, dispatchedAt: r.dispatched ? AT : null, cancelledAt: r.cancelled ? AT : null }));
    const event: fc.Arbitrary<AlarmCancelEvent> = fc.oneof(
      anAlarm.map((a) => ({ type: 'ask' as const, alarm: a })),
      fc.constant({ type: 'dismiss' as const }),
      fc.constant({ type: 'confirm' as const }),
      anAlarm.map((a) => ({ type: 'cancelled' as const, alarm: { ...a, cancelledAt: AT } })),
      fc.constant({ type: 'cancel-failed' as const, failure: { kind: 'network' as const, message: 'x' } }),
      fc.option(anAlarm, { nil: undefined }).map((a) => ({ type: 'alarm-changed' as const, alarm: a })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let state = alarmCancelFlow.init(ctx).state;
        let running = false;
        for (const e of events) {
          const before = state;
          const step = alarmCancelFlow.transition(state, e, ctx);
          state = step.state;
          const calls = step.effects.filter((x) => x.type === 'call');
          if (calls.length) {
            assert.equal(e.type, 'confirm');
            assert.equal(before.step, 'confirming');
            assert.ok(
              before.step === 'confirming' &&
                before.alarm.priority !== 1 &&
                before.alarm.dispatchedAt === null &&
                before.alarm.cancelledAt === null,
            );
            assert.equal(running, false);
            running = true;
          }
          if (before.step === 'cancelling' && state.step !== 'cancelling') running = false;
          if (state.step !== 'idle') assert.notEqual(state.alarm.priority, 1, 'a priority 1 never reaches the confirmation');
        }
      }),
    );
  });
});
