import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../shared/calendar.js';
import {
  horizonIssue,
  MAX_RANGES_PER_DAY,
  minutesOf,
  rangesOverlap,
  scheduleFor,
  scheduleHorizon,
  SCHEDULE_HORIZON_DAYS,
  weekdayOf,
  type ExceptionDraft,
  type TimeRange,
  type WeeklyPlan,
} from './schedule.js';
import { checkException } from './schedule-check.js';

const TODAY = '2026-03-10'; // a Tuesday
const draft = (date: string, ranges: TimeRange[] = [{ start: '08:00', end: '12:00' }], reason = ''): ExceptionDraft => ({
  date,
  ranges,
  reason,
});
const PLAN: WeeklyPlan = [
  [{ start: '08:00', end: '18:00' }],
  [
    { start: '13:30', end: '18:30' },
    { start: '08:00', end: '12:00' },
  ],
  [{ start: '08:00', end: '18:00' }],
  [{ start: '08:00', end: '18:00' }],
  [{ start: '08:00', end: '17:00' }],
  [{ start: '09:00', end: '12:00' }],
  [],
];

test('RS-OVERVIEW horizon: the schedule horizon is 30 days', () => {
  assert.equal(SCHEDULE_HORIZON_DAYS, 30);
  assert.deepEqual(scheduleHorizon(TODAY), { from: TODAY, to: '2026-04-09' });
});

test('RS-OVERVIEW horizon boundaries: yesterday refused, today accepted, day 29 and day 30 accepted, day 31 refused', () => {
  assert.equal(horizonIssue(addDays(TODAY, -1), TODAY), 'past');
  assert.equal(horizonIssue(TODAY, TODAY), undefined);
  assert.equal(horizonIssue(addDays(TODAY, 29), TODAY), undefined);
  assert.equal(horizonIssue(addDays(TODAY, 30), TODAY), undefined);
  assert.equal(horizonIssue(addDays(TODAY, 31), TODAY), 'beyond-horizon');
  assert.deepEqual(checkException(draft(addDays(TODAY, 30)), [], TODAY), []);
  assert.deepEqual(checkException(draft(addDays(TODAY, 31)), [], TODAY), [{ field: 'date', issue: 'beyond-horizon' }]);
  assert.deepEqual(checkException(draft(addDays(TODAY, -1)), [], TODAY), [{ field: 'date', issue: 'past' }]);
});

test('RS-OVERVIEW day-by-day schedule from today to today + 30: 31 days, the weekly plan sorted, an exception replacing its day', () => {
  const { from, to } = scheduleHorizon(TODAY);
  const days = scheduleFor(PLAN, [{ id: 'x1', date: '2026-03-14', ranges: [], reason: 'Inventaire' }], from, to);
  assert.equal(days.length, 31);
  assert.equal(days[0]!.date, TODAY);
  assert.equal(days.at(-1)!.date, '2026-04-09');
  assert.equal(weekdayOf(TODAY), 1);
  assert.deepEqual(
    days[0]!.ranges.map((r) => r.start),
    ['08:00', '13:30'],
  );
  assert.deepEqual(days[4], { date: '2026-03-14', ranges: [], exceptionId: 'x1' });
  assert.deepEqual(days[5]!.ranges, []); // Sunday: closed by the weekly plan
});

test('RS-OVERVIEW time ranges: end after start (one minute before, at, after), 24:00 ends a day, formats', () => {
  const one = (start: string, end: string) => checkException(draft(TODAY, [{ start, end }]), [], TODAY);
  assert.deepEqual(one('08:00', '08:01'), []);
  assert.deepEqual(one('08:00', '08:00'), [{ field: 'ranges.0.end', issue: 'end-before-start' }]);
  assert.deepEqual(one('08:00', '07:59'), [{ field: 'ranges.0.end', issue: 'end-before-start' }]);
  assert.deepEqual(one('18:00', '24:00'), []);
  assert.deepEqual(one('24:00', '24:00'), [{ field: 'ranges.0.start', issue: 'time-format' }]);
  assert.deepEqual(one('8h', '25:00'), [
    { field: 'ranges.0.start', issue: 'time-format' },
    { field: 'ranges.0.end', issue: 'time-format' },
  ]);
  assert.deepEqual(one('', ''), [
    { field: 'ranges.0.start', issue: 'required' },
    { field: 'ranges.0.end', issue: 'required' },
  ]);
  assert.equal(minutesOf('24:00'), 1440);
});

test('RS-OVERVIEW no overlaps: touching ranges pass, overlapping by one minute refused on the later range', () => {
  assert.deepEqual(
    checkException(
      draft(TODAY, [
        { start: '08:00', end: '12:00' },
        { start: '12:00', end: '18:00' },
      ]),
      [],
      TODAY,
    ),
    [],
  );
  assert.deepEqual(
    checkException(
      draft(TODAY, [
        { start: '08:00', end: '12:01' },
        { start: '12:00', end: '18:00' },
      ]),
      [],
      TODAY,
    ),
    [{ field: 'ranges.1.start', issue: 'overlap' }],
  );
  assert.deepEqual(
    checkException(
      draft(TODAY, [
        { start: '14:00', end: '18:00' },
        { start: '08:00', end: '15:00' },
      ]),
      [],
      TODAY,
    ),
    [{ field: 'ranges.1.start', issue: 'overlap' }],
  );
});

test('RS-OVERVIEW one exception per date; no range is closed all day; four ranges at most; reason length', () => {
  assert.deepEqual(checkException(draft('2026-03-12'), [{ id: 'a', date: '2026-03-12' }], TODAY), [{ field: 'date', issue: 'date-taken' }]);
  assert.deepEqual(checkException(draft('2026-03-12', []), [], TODAY), []);
  const five = Array.from({ length: MAX_RANGES_PER_DAY + 1 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` }));
  assert.deepEqual(checkException(draft(TODAY, five), [], TODAY), [{ field: 'ranges', issue: 'too-many-ranges' }]);
  assert.deepEqual(checkException(draft(TODAY, [], 'x'.repeat(120)), [], TODAY), []);
  assert.deepEqual(checkException(draft(TODAY, [], 'x'.repeat(121)), [], TODAY), [{ field: 'reason', issue: 'too-long' }]);
  assert.deepEqual(checkException(draft(''), [], TODAY), [{ field: 'date', issue: 'required' }]);
  assert.deepEqual(checkException(draft('2026-02-30'), [], TODAY), [{ field: 'date', issue: 'date-format' }]);
});

const time = fc
  .integer({ min: 0, max: 24 * 4 })
  .map((q) => (q === 96 ? '24:00' : `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`));
const range = fc.record({ start: time, end: time });

test('RS-OVERVIEW property: an accepted exception is inside the horizon, its ranges end after they start and never overlap', () => {
  fc.assert(
    fc.property(fc.integer({ min: -5, max: 40 }), fc.array(range, { maxLength: 5 }), (offset, ranges) => {
      const date = addDays(TODAY, offset);
      if (checkException(draft(date, ranges), [], TODAY).length > 0) return;
      const d = daysBetween(TODAY, date);
      assert.ok(d >= 0 && d <= SCHEDULE_HORIZON_DAYS);
      for (const r of ranges) assert.ok(minutesOf(r.end) > minutesOf(r.start));
      for (let i = 0; i < ranges.length; i++) for (let j = i + 1; j < ranges.length; j++) assert.ok(!rangesOverlap(ranges[i]!, ranges[j]!));
    }),
  );
});

test('RS-OVERVIEW property: exceptions accepted one after the other never share a date, and every day of the horizon is scheduled once', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -3, max: 35 }), { maxLength: 20 }), (offsets) => {
      const accepted: { id: string; date: string; ranges: TimeRange[]; reason: null }[] = [];
      offsets.forEach((o, i) => {
        const date = addDays(TODAY, o);
        if (checkException(draft(date), accepted, TODAY).length === 0)
          accepted.push({ id: `e${i}`, date, ranges: [{ start: '08:00', end: '12:00' }], reason: null });
      });
      assert.equal(new Set(accepted.map((a) => a.date)).size, accepted.length);
      const { from, to } = scheduleHorizon(TODAY);
      const days = scheduleFor(PLAN, accepted, from, to);
      assert.equal(days.length, SCHEDULE_HORIZON_DAYS + 1);
      assert.equal(days.filter((d) => d.exceptionId !== null).length, accepted.length);
    }),
  );
});
