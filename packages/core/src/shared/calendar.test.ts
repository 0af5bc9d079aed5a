import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PARIS, addDays, calendarDateOf, daysBetween, formatDateFr, isCalendarDate, startOfDay } from './calendar.js';
import { fixedClock, parseInstant, systemClock } from './clock.js';
import { run, type Machine } from './machine.js';

const DAY = 86_400_000;

/** A calendar date generator over 1990..2100 (valid dates only). */
const calendarDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar: isCalendarDate', () => {
  test('accepts real dates, including 29 February of a leap year', () => {
    for (const d of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '2026-03-29', '2026-10-25']) {
      assert.equal(isCalendarDate(d), true, d);
    }
  });

  test('rejects 2026-02-30 and other impossible dates', () => {
    for (const d of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00', '2026-01-32']) {
      assert.equal(isCalendarDate(d), false, d);
    }
  });

  test('rejects strings that are not exactly YYYY-MM-DD', () => {
    for (const d of [
      '',
      '2026-1-01',
      '2026-01-1',
      '26-01-01',
      '2026/01/01',
      '01/01/2026',
      '2026-01-01T00:00:00Z',
      ' 2026-01-01',
      '2026-01-01 ',
    ]) {
      assert.equal(isCalendarDate(d), false, JSON.stringify(d));
    }
  });
});

describe('calendar: addDays and daysBetween', () => {
  test('across the spring daylight-saving change (2026-03-29, Paris)', () => {
    assert.equal(addDays('2026-03-28', 1), '2026-03-29');
    assert.equal(addDays('2026-03-29', 1), '2026-03-30');
    assert.equal(addDays('2026-03-28', 2), '2026-03-30');
    assert.equal(addDays('2026-03-30', -2), '2026-03-28');
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-03-14', '2026-03-29'), 15);
  });

  test('across the autumn daylight-saving change (2026-10-25, Paris)', () => {
    assert.equal(addDays('2026-10-24', 1), '2026-10-25');
    assert.equal(addDays('2026-10-25', 1), '2026-10-26');
    assert.equal(addDays('2026-09-25', 30), '2026-10-25');
    assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
    assert.equal(daysBetween('2026-10-25', '2026-11-24'), 30);
  });

  test('across month ends, year ends and leap days', () => {
    assert.equal(addDays('2026-01-31', 1), '2026-02-01');
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2024-02-29', 1), '2024-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2027-01-01', -1), '2026-12-31');
    assert.equal(addDays('2026-12-15', 30), '2027-01-14');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addDays('2026-05-17', 0), '2026-05-17');
    assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
    assert.equal(daysBetween('2027-01-01', '2026-12-31'), -1);
    assert.equal(daysBetween('2026-01-01', '2027-01-01'), 365);
    assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
    assert.equal(daysBetween('2026-02-01', '2026-03-01'), 28);
  });

  test('addDays throws a RangeError on a malformed date', () => {
    assert.throws(() => addDays('29/03/2026', 1), RangeError);
    assert.throws(() => daysBetween('2026-03-29', 'tomorrow'), RangeError);
  });

  test('property: daysBetween(d, addDays(d, n)) = n and addDays is invertible', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        const e = addDays(d, n);
        assert.equal(isCalendarDate(e), true);
        assert.equal(daysBetween(d, e), n);
        assert.equal(addDays(e, -n), d);
      }),
    );
  });

  test('property: daysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, calendarDate, (a, b, c) => {
        assert.equal(daysBetween(a, b) + daysBetween(b, a), 0);
        assert.equal(daysBetween(a, b) + daysBetween(b, c), daysBetween(a, c));
        assert.equal(Math.sign(daysBetween(a, b)), a < b ? 1 : a > b ? -1 : 0);
      }),
    );
  });
});

describe('calendar: calendarDateOf (Europe/Paris)', () => {
  test('reads the Paris calendar date of an instant, not the UTC one', () => {
    // 23:30 UTC on 2026-01-15 is 00:30 on 2026-01-16 in Paris (UTC+1).
    assert.equal(calendarDateOf(Date.parse('2026-01-15T23:30:00Z')), '2026-01-16');
    assert.equal(calendarDateOf(Date.parse('2026-01-15T22:59:59Z')), '2026-01-15');
    // Summer time (UTC+2): 22:30 UTC is already the next day in Paris.
    assert.equal(calendarDateOf(Date.parse('2026-07-01T22:30:00Z')), '2026-07-02');
    assert.equal(calendarDateOf(Date.parse('2026-07-01T21:59:59Z')), '2026-07-01');
    assert.equal(calendarDateOf(Date.parse('2026-07-01T22:30:00Z'), 'UTC'), '2026-07-01');
  });

  test('around the spring change: 00:30 and 23:30 Paris time on 2026-03-28/29/30', () => {
    assert.equal(calendarDateOf(Date.parse('2026-03-28T00:30:00+01:00')), '2026-03-28');
    assert.equal(calendarDateOf(Date.parse('2026-03-28T23:30:00+01:00')), '2026-03-28');
    assert.equal(calendarDateOf(Date.parse('2026-03-29T00:30:00+01:00')), '2026-03-29');
    assert.equal(calendarDateOf(Date.parse('2026-03-29T23:30:00+02:00')), '2026-03-29');
    assert.equal(calendarDateOf(Date.parse('2026-03-30T00:30:00+02:00')), '2026-03-30');
  });

  test('around the autumn change: 00:30 and 23:30 Paris time on 2026-10-24/25/26', () => {
    assert.equal(calendarDateOf(Date.parse('2026-10-24T23:30:00+02:00')), '2026-10-24');
    assert.equal(calendarDateOf(Date.parse('2026-10-25T00:30:00+02:00')), '2026-10-25');
    assert.equal(calendarDateOf(Date.parse('2026-10-25T23:30:00+01:00')), '2026-10-25');
    assert.equal(calendarDateOf(Date.parse('2026-10-26T00:30:00+01:00')), '2026-10-26');
  });
});

describe('calendar: the computed Europe/Paris rule agrees with Intl', () => {
  const intlDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  const intlTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const from = Date.UTC(1996, 0, 1);
  const to = Date.UTC(2037, 11, 31);

  test('calendarDateOf matches Intl for any instant 1996–2037', () => {
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (t) => calendarDateOf(t) === intlDate.format(t)),
      { numRuns: 5000 },
    );
  });

  test('calendarDateOf matches Intl a minute either side of every clock change 1996–2037', () => {
    for (let year = 1996; year <= 2037; year++) {
      for (const month of [2, 9]) {
        const last = Date.UTC(year, month + 1, 0);
        const change = last - new Date(last).getUTCDay() * 86_400_000 + 3_600_000;
        for (const t of [change - 60_000, change, change + 60_000, change - 3_600_000 * 3, change + 3_600_000 * 22]) {
          assert.equal(calendarDateOf(t), intlDate.format(t), new Date(t).toISOString());
        }
      }
    }
  });

  test('startOfDay is local midnight (00:00 in Paris, and the day before one minute earlier) for any date 1996–2037', () => {
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (t) => {
        const day = intlDate.format(t);
        const start = startOfDay(day);
        return intlTime.format(start) === '00:00' && intlDate.format(start) === day && intlDate.format(start - 60_000) !== day;
      }),
      { numRuns: 3000 },
    );
  });

  test('another time zone still goes through Intl (America/New_York)', () => {
    assert.equal(calendarDateOf(Date.UTC(2026, 2, 10, 3, 0), 'America/New_York'), '2026-03-09');
    assert.equal(new Date(startOfDay('2026-03-08', 'America/New_York')).toISOString(), '2026-03-08T05:00:00.000Z');
    assert.equal(new Date(startOfDay('2026-03-09', 'America/New_York')).toISOString(), '2026-03-09T04:00:00.000Z');
  });
});

describe('calendar: startOfDay', () => {
  test('Paris on the spring change day: 2026-03-29 starts at 2026-03-28T23:00Z', () => {
    assert.equal(new Date(startOfDay('2026-03-29', PARIS)).toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(new Date(startOfDay('2026-03-29')).toISOString(), '2026-03-28T23:00:00.000Z');
  });

  test('Paris on the day after the spring change: 2026-03-30 starts at 2026-03-29T22:00Z', () => {
    assert.equal(new Date(startOfDay('2026-03-30')).toISOString(), '2026-03-29T22:00:00.000Z');
  });

  test('Paris on the autumn change day: 2026-10-25 starts at 2026-10-24T22:00Z', () => {
    assert.equal(new Date(startOfDay('2026-10-25', PARIS)).toISOString(), '2026-10-24T22:00:00.000Z');
  });

  test('Paris on the day after the autumn change: 2026-10-26 starts at 2026-10-25T23:00Z', () => {
    assert.equal(new Date(startOfDay('2026-10-26')).toISOString(), '2026-10-25T23:00:00.000Z');
  });

  test('winter, summer and UTC', () => {
    assert.equal(new Date(startOfDay('2026-01-15')).toISOString(), '2026-01-14T23:00:00.000Z');
    assert.equal(new Date(startOfDay('2026-07-01')).toISOString(), '2026-06-30T22:00:00.000Z');
    assert.equal(new Date(startOfDay('2026-07-01', 'UTC')).toISOString(), '2026-07-01T00:00:00.000Z');
    assert.equal(new Date(startOfDay('2027-01-01')).toISOString(), '2026-12-31T23:00:00.000Z');
  });

  test('other zones: New York (DST on 2026-03-08) and Tokyo', () => {
    assert.equal(new Date(startOfDay('2026-03-08', 'America/New_York')).toISOString(), '2026-03-08T05:00:00.000Z');
    assert.equal(new Date(startOfDay('2026-03-09', 'America/New_York')).toISOString(), '2026-03-09T04:00:00.000Z');
    assert.equal(new Date(startOfDay('2026-03-29', 'Asia/Tokyo')).toISOString(), '2026-03-28T15:00:00.000Z');
  });

  test('property (Paris): startOfDay(d) is in d, and one millisecond earlier is the day before', () => {
    fc.assert(
      fc.property(calendarDate, (d) => {
        const s = startOfDay(d);
        assert.equal(calendarDateOf(s), d);
        assert.equal(calendarDateOf(s - 1), addDays(d, -1));
        // A Paris day lasts 23, 24 or 25 hours.
        const len = startOfDay(addDays(d, 1)) - s;
        assert.ok([23, 24, 25].includes(len / 3_600_000), `${d} lasts ${len / 3_600_000} h`);
      }),
    );
  });
});

describe('calendar: formatDateFr', () => {
  test('gives JJ/MM/AAAA', () => {
    assert.equal(formatDateFr('2026-03-09'), '09/03/2026');
    assert.equal(formatDateFr('2026-12-31'), '31/12/2026');
  });
});

describe('clock: fixedClock and parseInstant', () => {
  test('a date means midday in Paris that day (winter)', () => {
    const clock = fixedClock('2026-01-15');
    assert.equal(new Date(clock.now()).toISOString(), '2026-01-15T11:00:00.000Z');
    assert.equal(calendarDateOf(clock.now()), '2026-01-15');
  });

  test('a date keeps its calendar date on DST change days and in summer', () => {
    for (const d of ['2026-03-29', '2026-10-25', '2026-07-14', '2026-12-31', '2026-01-01']) {
      const now = fixedClock(d).now();
      assert.equal(calendarDateOf(now), d, d);
      assert.equal(calendarDateOf(now, 'UTC'), d, `${d} (UTC)`);
      assert.equal(calendarDateOf(now, 'Europe/London'), d, `${d} (London)`);
      assert.equal(calendarDateOf(now, 'Europe/Helsinki'), d, `${d} (Helsinki)`);
    }
  });

  test('a date-time is taken as is', () => {
    assert.equal(fixedClock('2026-03-29T00:30:00+01:00').now(), Date.parse('2026-03-28T23:30:00Z'));
    assert.equal(fixedClock('2026-10-25T23:30:00Z').now(), Date.parse('2026-10-25T23:30:00Z'));
    assert.equal(calendarDateOf(fixedClock('2026-10-25T23:30:00Z').now()), '2026-10-26');
  });

  test('the clock is stopped: now() never moves', async () => {
    const clock = fixedClock('2026-05-01T08:00:00Z');
    const a = clock.now();
    await new Promise((r) => setTimeout(r, 5));
    assert.equal(clock.now(), a);
  });

  test('parseInstant throws a RangeError on garbage', () => {
    assert.throws(() => parseInstant('not a date'), RangeError);
    assert.throws(() => fixedClock(''), RangeError);
    assert.throws(() => parseInstant('2026-02-32'), RangeError);
  });

  test('fixedClock throws a RangeError on an impossible date (2026-02-30), never rolls it over to March', () => {
    // The doc of parseInstant: "`YYYY-MM-DD` … or an ISO date-time; throws a RangeError otherwise".
    assert.throws(() => fixedClock('2026-02-30'), RangeError);
    assert.throws(() => parseInstant('2026-04-31'), RangeError);
  });

  test('parseInstant throws a RangeError on an impossible date-time (2026-02-30T12:00:00Z)', () => {
    assert.throws(() => parseInstant('2026-02-30T12:00:00Z'), RangeError);
  });

  test('systemClock reads the real time', () => {
    const before = Date.now();
    const now = systemClock.now();
    assert.ok(now >= before && now <= Date.now());
  });
});

describe('machine: run', () => {
  type S = { readonly n: number; readonly at: number };
  type E = { readonly type: 'add'; readonly by: number } | { readonly type: 'reset' };
  const counter: Machine<S, E> = {
    initial: (ctx) => ({ n: 0, at: ctx.now }),
    transition: (s, e, ctx) => (e.type === 'add' ? { n: s.n + e.by, at: ctx.now } : { n: 0, at: ctx.now }),
  };

  test('runs every event from the initial state', () => {
    assert.deepEqual(
      run(
        counter,
        [
          { type: 'add', by: 2 },
          { type: 'add', by: 3 },
        ],
        { now: 7 },
      ),
      { n: 5, at: 7 },
    );
  });

  test('starts from a given state and leaves it untouched', () => {
    const from = Object.freeze({ n: 10, at: 1 });
    assert.deepEqual(run(counter, [{ type: 'add', by: 1 }, { type: 'reset' }, { type: 'add', by: 4 }], { now: 2 }, from), { n: 4, at: 2 });
    assert.deepEqual(from, { n: 10, at: 1 });
  });

  test('no events → the initial state', () => {
    assert.deepEqual(run(counter, [], { now: DAY }), { n: 0, at: DAY });
  });
});
