import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../shared/calendar.js';
import { createFlowRunner, replay } from '../../shared/flow.js';
import { SCHEDULE_HORIZON_DAYS, type ScheduleException, type WeeklyPlan } from './schedule.js';
import { checkException } from './schedule-check.js';
import {
  fieldTarget,
  scheduleEditTransition,
  scheduleFlow,
  scheduleViewFlow,
  type ScheduleEvent,
  type ScheduleRequest,
} from './schedule-flow.js';

const NOW = Date.parse('2026-03-10T12:00:00+01:00');
const TODAY = '2026-03-10';
const ctx = (now = NOW) => ({ now, siteId: 'site-01' });
const PLAN: WeeklyPlan = Array.from({ length: 7 }, (_, i) => (i < 5 ? [{ start: '08:00', end: '18:00' }] : []));
const loaded: ScheduleEvent = { type: 'loaded', answer: { plan: PLAN, exceptions: [] } };

test('RS-OVERVIEW schedule flow: loads today … today + 30 and offers exactly those 31 days; day 31 cannot be selected', () => {
  const first = scheduleFlow.init(ctx());
  assert.deepEqual(first.effects, [
    { type: 'call', request: { op: 'read-schedule', siteId: 'site-01', from: TODAY, to: '2026-04-09' }, key: 'schedule' },
  ]);
  const { state } = replay(scheduleFlow, [loaded], ctx());
  assert.equal(state.days.length, SCHEDULE_HORIZON_DAYS + 1);
  assert.equal(replay(scheduleFlow, [{ type: 'select', date: addDays(TODAY, 30) }], ctx(), state).state.selected, addDays(TODAY, 30));
  assert.equal(replay(scheduleFlow, [{ type: 'select', date: addDays(TODAY, 31) }], ctx(), state).state.selected, TODAY);
  assert.equal(replay(scheduleFlow, [{ type: 'select', date: addDays(TODAY, -1) }], ctx(), state).state.selected, TODAY);
});

test('RS-OVERVIEW schedule flow: a refused draft is not sent, the first wrong field gets the focus, what was typed stays', () => {
  const r = replay(
    scheduleFlow,
    [
      loaded,
      { type: 'add' },
      { type: 'change-range', index: 0, part: 'end', value: '07:00' },
      { type: 'change', field: 'reason', value: 'Inventaire' },
      { type: 'submit' },
    ],
    ctx(),
  );
  assert.deepEqual(r.state.form!.errors, [{ field: 'ranges.0.end', issue: 'end-before-start' }]);
  assert.deepEqual(r.state.form!.draft, { date: TODAY, ranges: [{ start: '08:00', end: '07:00' }], reason: 'Inventaire' });
  assert.deepEqual(r.effects.at(-1), { type: 'focus', target: fieldTarget('ranges.0.end') });
  assert.ok(!r.effects.some((e) => e.type === 'call' && e.request.op !== 'read-schedule'));
});

test('RS-OVERVIEW schedule flow with a runner: add, the server refuses once (input kept, error toast), then saves (toast, schedule-changed, day updated); edit; remove', async () => {
  const exceptions: ScheduleException[] = [];
  const toasts: string[] = [];
  const emitted: unknown[] = [];
  let refuseNext = true;
  const runner = createFlowRunner(scheduleFlow, {
    context: () => ctx(),
    run: async (req: ScheduleRequest): Promise<ScheduleEvent> => {
      switch (req.op) {
        case 'read-schedule':
          return { type: 'loaded', answer: { plan: PLAN, exceptions } };
        case 'create-exception':
        case 'update-exception': {
          if (refuseNext) {
            refuseNext = false;
            return { type: 'save-failed', failure: { kind: 'network', message: 'offline' } };
          }
          const e = { id: req.op === 'update-exception' ? req.id : `x${exceptions.length + 1}`, ...req.body };
          exceptions.splice(0, exceptions.length, ...exceptions.filter((x) => x.id !== e.id), e);
          return { type: 'saved', exception: e };
        }
        case 'delete-exception':
          exceptions.splice(
            exceptions.findIndex((x) => x.id === req.id),
            1,
          );
          return { type: 'removed', id: req.id };
      }
    },
    host: { announce: (m, tone) => toasts.push(`${tone}:${m.key}`), emit: (name, detail) => (emitted.push({ name, detail }), true) },
  });
  await runner.settled();
  runner.send({ type: 'select', date: '2026-03-14' });
  runner.send({ type: 'add' });
  runner.send({ type: 'change-range', index: 0, part: 'start', value: '09:00' });
  runner.send({ type: 'change-range', index: 0, part: 'end', value: '12:00' });
  runner.send({ type: 'submit' });
  await runner.settled();
  assert.equal(toasts.at(-1), 'error:rs.overview.schedule.saveFailed');
  assert.deepEqual(runner.state.form!.draft.ranges, [{ start: '09:00', end: '12:00' }]);
  runner.send({ type: 'submit' });
  await runner.settled();
  assert.equal(runner.state.form, null);
  assert.equal(toasts.at(-1), 'success:rs.overview.schedule.saved');
  assert.deepEqual(emitted.at(-1), { name: 'schedule-changed', detail: { siteId: 'site-01', date: '2026-03-14' } });
  const day = runner.state.days.find((d) => d.date === '2026-03-14')!;
  assert.deepEqual(day.ranges, [{ start: '09:00', end: '12:00' }]);
  runner.send({ type: 'edit', id: day.exceptionId! });
  runner.send({ type: 'remove-range', index: 0 });
  runner.send({ type: 'submit' });
  await runner.settled();
  assert.deepEqual(runner.state.days.find((d) => d.date === '2026-03-14')!.ranges, []);
  runner.send({ type: 'remove', id: day.exceptionId! });
  await runner.settled();
  assert.equal(runner.state.exceptions.length, 0);
  assert.equal(toasts.at(-1), 'success:rs.overview.schedule.removed');
});

const eventArb: fc.Arbitrary<ScheduleEvent> = fc.oneof(
  fc.integer({ min: -3, max: 34 }).map((d): ScheduleEvent => ({ type: 'select', date: addDays(TODAY, d) })),
  fc.integer({ min: -3, max: 34 }).map((d): ScheduleEvent => ({ type: 'change', field: 'date', value: addDays(TODAY, d) })),
  fc
    .record({
      index: fc.nat(3),
      part: fc.constantFrom('start' as const, 'end' as const),
      value: fc.constantFrom('07:00', '08:00', '12:00', '12:30', '18:00', '24:00', '9h'),
    })
    .map((r): ScheduleEvent => ({ type: 'change-range', ...r })),
  fc.constantFrom<ScheduleEvent>(
    { type: 'add' },
    { type: 'submit' },
    { type: 'add-range' },
    { type: 'remove-range', index: 0 },
    { type: 'cancel' },
  ),
);

test('RS-OVERVIEW property: whatever a person does, every save the flow sends passes core’s rules (never beyond day 30, never overlapping)', () => {
  fc.assert(
    fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
      let state = replay(scheduleFlow, [loaded], ctx()).state;
      for (const e of events) {
        const step = scheduleFlow.transition(state, e, ctx());
        for (const eff of step.effects) {
          if (eff.type === 'call' && eff.request.op === 'create-exception') {
            const body = eff.request.body;
            assert.deepEqual(checkException({ ...body, reason: body.reason ?? '' }, state.exceptions, TODAY), []);
            const d = daysBetween(TODAY, body.date);
            assert.ok(d >= 0 && d <= SCHEDULE_HORIZON_DAYS);
          }
        }
        state = step.state;
        // A save in flight is answered (accepted) before going on.
        if (state.form?.saving)
          state = scheduleFlow.transition(
            state,
            { type: 'saved', exception: { id: `x${state.exceptions.length}`, ...state.form.draft, reason: null } },
            ctx(),
          ).state;
        assert.equal(new Set(state.exceptions.map((x) => x.date)).size, state.exceptions.length);
      }
    }),
  );
});

test('RS-OVERVIEW schedule view (shown before the editor loads): today … today + 30, day 30 can be chosen, day 31 and yesterday cannot; an edit event changes nothing', () => {
  assert.deepEqual(scheduleViewFlow.init(ctx()), scheduleFlow.init(ctx()));
  const { state } = replay(scheduleViewFlow, [loaded], ctx());
  assert.equal(state.days.length, SCHEDULE_HORIZON_DAYS + 1);
  assert.equal(state.days.at(-1)!.date, addDays(TODAY, 30));
  assert.equal(scheduleViewFlow.transition(state, { type: 'select', date: addDays(TODAY, 30) }, ctx()).state.selected, addDays(TODAY, 30));
  assert.equal(scheduleViewFlow.transition(state, { type: 'select', date: addDays(TODAY, 31) }, ctx()).state.selected, TODAY);
  assert.equal(scheduleViewFlow.transition(state, { type: 'select', date: addDays(TODAY, -1) }, ctx()).state.selected, TODAY);
  for (const e of [{ type: 'add' }, { type: 'submit' }, { type: 'remove', id: 'x' }] as const)
    assert.deepEqual(scheduleViewFlow.transition(state, e, ctx()), { state, effects: [] });
});

test('RS-OVERVIEW property: the view and the editor loaded later make the whole flow (same states and effects for any events)', () => {
  // What <site-schedule> runs: the view's transition, else the editor's.
  const split = (s: Parameters<typeof scheduleFlow.transition>[0], e: ScheduleEvent) =>
    ['retry', 'loaded', 'load-failed', 'select'].includes(e.type)
      ? scheduleViewFlow.transition(s, e, ctx())
      : scheduleEditTransition(s, e, ctx());
  fc.assert(
    fc.property(fc.array(eventArb, { maxLength: 30 }), (events) => {
      let a = replay(scheduleFlow, [loaded], ctx()).state;
      let b = replay(scheduleViewFlow, [loaded], ctx()).state;
      for (const e of events) {
        const x = scheduleFlow.transition(a, e, ctx());
        const y = split(b, e);
        assert.deepEqual(y, x);
        a = x.state;
        b = y.state;
      }
    }),
  );
});
