/**
 * PP-ROSTER — the state the roster shows today (`roster-status.ts`) and the index's state filter and
 * counts (`roster-index.ts`): boundary days around the expiry date and the « Expire bientôt »
 * threshold, and fast-check properties against a naive filter.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../shared/calendar.js';
import { EMPLOYEE_STATES, type EmployeeState } from './blocking.js';
import { PROFILE_IDS } from './profile.js';
import {
  appendRosterRows,
  buildRosterIndex,
  deleteRosterRow,
  rosterRowAt,
  rosterRowsWithStatus,
  rosterStatusCounts,
  setRosterLabels,
  setRosterToday,
  updateRosterRow,
  viewRoster,
  viewRosterStart,
  ROSTER_SORT_COLUMNS,
  ROSTER_SORT_DIRECTIONS,
  type RosterLabels,
  type RosterRow,
  type RosterSort,
} from './roster-index.js';
import { EXPIRY_WARNING_DAYS, ROSTER_STATUSES, expiryWarningEnd, rosterStatus, type RosterStatus } from './roster-status.js';

const TODAY = '2026-03-10';
const active = (expiresOn: string | null) => ({ state: 'active' as const, expiresOn });

describe('PP-ROSTER the state shown today (« Expiré », « Expire bientôt »)', () => {
  test('PP-ROSTER the threshold is a named constant: 30 days', () => {
    assert.equal(EXPIRY_WARNING_DAYS, 30);
    assert.equal(expiryWarningEnd(TODAY), '2026-04-09');
  });

  test('PP-ROSTER expiry date: the day before today is « Expiré »; today and the day after are « Expire bientôt » (the expiry date is the last valid day)', () => {
    assert.equal(rosterStatus(active(addDays(TODAY, -1)), TODAY), 'expired');
    assert.equal(rosterStatus(active(TODAY), TODAY), 'expiring');
    assert.equal(rosterStatus(active(addDays(TODAY, 1)), TODAY), 'expiring');
  });

  test('PP-ROSTER threshold: 29 and 30 days ahead are « Expire bientôt », 31 days ahead is « Actif »', () => {
    assert.equal(rosterStatus(active(addDays(TODAY, EXPIRY_WARNING_DAYS - 1)), TODAY), 'expiring');
    assert.equal(rosterStatus(active(addDays(TODAY, EXPIRY_WARNING_DAYS)), TODAY), 'expiring');
    assert.equal(rosterStatus(active(addDays(TODAY, EXPIRY_WARNING_DAYS + 1)), TODAY), 'active');
  });

  test('PP-ROSTER the rows of the seed: expired in 2023 and 2025 are « Expiré », not « Actif »', () => {
    assert.equal(rosterStatus(active('2023-08-25'), TODAY), 'expired');
    assert.equal(rosterStatus(active('2025-12-31'), TODAY), 'expired');
    assert.equal(rosterStatus(active('2027-03-31'), TODAY), 'active');
    assert.equal(rosterStatus(active(null), TODAY), 'active');
  });

  test('PP-BLOCK a blocked account stays « Bloqué » whatever its expiry; an account not started stays « — »', () => {
    for (const expiresOn of [null, '2023-08-25', TODAY, '2030-01-01']) {
      assert.equal(rosterStatus({ state: 'blocked', expiresOn }, TODAY), 'blocked');
      assert.equal(rosterStatus({ state: null, expiresOn }, TODAY), 'not-started');
    }
  });

  test('PP-ROSTER as days pass, a row only moves forward: active → expiring → expired (property)', () => {
    const rank: Record<RosterStatus, number> = { active: 0, expiring: 1, expired: 2, blocked: -1, 'not-started': -1 };
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (expiry, a, b) => {
          const expiresOn = addDays(TODAY, expiry);
          const [early, late] = a <= b ? [a, b] : [b, a];
          const before = rosterStatus(active(expiresOn), addDays(TODAY, early));
          const after = rosterStatus(active(expiresOn), addDays(TODAY, late));
          assert.ok(rank[before] <= rank[after], `${expiresOn}: ${before} then ${after}`);
        },
      ),
    );
  });
});

// ── The index's state filter and counts ─────────────────────────────────────────────────────

const STATE_LABELS: Record<EmployeeState | 'expired' | 'expiring', string> = {
  active: 'Actif',
  blocked: 'Bloqué',
  expired: 'Expiré',
  expiring: 'Expire bientôt',
};
const FR: RosterLabels = { profile: (p) => `Salarié ${p}`, state: (s) => STATE_LABELS[s], expiry: (s) => STATE_LABELS[s] };
const EN: RosterLabels = {
  profile: (p) => `Employee ${p}`,
  state: (s) => ({ active: 'Active', blocked: 'Blocked' })[s],
  expiry: (s) => ({ expired: 'Expired', expiring: 'Expires soon' })[s],
};

let nextId = 0;
function row(fields: Partial<RosterRow> = {}): RosterRow {
  nextId++;
  return {
    id: `s${String(nextId).padStart(5, '0')}`,
    firstName: 'Léa',
    lastName: 'NOM',
    email: null,
    profile: 'technical',
    passportUrl: null,
    state: 'active',
    expiresOn: null,
    version: 1,
    ...fields,
  };
}

const statusOfPosition = (index: ReturnType<typeof buildRosterIndex>, today: string) => (p: number) =>
  rosterStatus(rosterRowAt(index, p)!, today);

describe('PP-ROSTER the state filter and its counts (roster index)', () => {
  const rows = [
    row({ lastName: 'SEBASTIEN', expiresOn: '2023-08-25' }),
    row({ lastName: 'ANCIEN', expiresOn: '2025-06-30' }),
    row({ lastName: 'BIENTOT', expiresOn: '2026-03-20' }),
    row({ lastName: 'LEFEVRE', expiresOn: '2027-03-31' }),
    row({ lastName: 'WEST', state: 'blocked', expiresOn: '2023-01-01' }),
    row({ lastName: 'PETIT', state: null }),
  ];

  test('PP-ROSTER each state filter keeps its rows, in the sort order; the counts say how many each one has', () => {
    const index = buildRosterIndex(rows, FR, { today: TODAY });
    const names = (status?: RosterStatus, sort?: RosterSort) =>
      Array.from(viewRoster(index, { status, sort }), (p) => rosterRowAt(index, p)!.lastName);
    const byName: RosterSort = { column: 'lastName', direction: 'ascending' };
    assert.deepEqual(names('expired', byName), ['ANCIEN', 'SEBASTIEN']);
    assert.deepEqual(names('expiring', byName), ['BIENTOT']);
    assert.deepEqual(names('active', byName), ['LEFEVRE']);
    assert.deepEqual(names('blocked', byName), ['WEST']);
    assert.deepEqual(names('not-started', byName), ['PETIT']);
    assert.deepEqual(names('expired', { column: 'lastName', direction: 'descending' }), ['SEBASTIEN', 'ANCIEN']);
    assert.equal(index.matches, 2);
    assert.deepEqual(rosterStatusCounts(index), { active: 1, blocked: 1, expired: 2, expiring: 1, 'not-started': 1 });
    assert.deepEqual(
      rosterRowsWithStatus(index, 'expired').map((r) => r.lastName),
      ['SEBASTIEN', 'ANCIEN'],
      'arrival order',
    );
    assert.equal(index.matches, 2, 'listing rows changes no view');
  });

  test('PP-ROSTER the counts follow the search (not the state filter); search finds « expiré » and sorts the state column by what it shows', () => {
    const index = buildRosterIndex(rows, FR, { today: TODAY });
    assert.deepEqual(rosterStatusCounts(index, { query: 'petit' }), { active: 0, blocked: 0, expired: 0, expiring: 0, 'not-started': 1 });
    assert.deepEqual(rosterStatusCounts(index, { query: 'expire' }), { active: 0, blocked: 0, expired: 2, expiring: 1, 'not-started': 0 });
    assert.equal(viewRoster(index, { query: 'actif' }).length, 1, '« Actif » no longer finds the expired rows');
    assert.equal(viewRoster(index, { query: 'bientot' }).length, 1);
    const states = Array.from(viewRoster(index, { sort: { column: 'state', direction: 'ascending' } }), statusOfPosition(index, TODAY));
    assert.deepEqual(states, ['active', 'blocked', 'expired', 'expired', 'expiring', 'not-started']);
    setRosterLabels(index, EN);
    assert.equal(viewRoster(index, { query: 'expired' }).length, 2);
  });

  test('PP-ROSTER the next day: setRosterToday rates the rows again (day before / of / after the expiry)', () => {
    const index = buildRosterIndex([row({ expiresOn: '2026-03-20' })], FR, { today: '2026-03-19' });
    assert.equal(rosterStatusCounts(index).expiring, 1);
    assert.equal(setRosterToday(index, '2026-03-20'), true);
    assert.equal(rosterStatusCounts(index).expiring, 1);
    setRosterToday(index, '2026-03-21');
    assert.deepEqual(rosterStatusCounts(index), { active: 0, blocked: 0, expired: 1, expiring: 0, 'not-started': 0 });
    assert.equal(viewRoster(index, { status: 'expired' }).length, 1);
    assert.equal(setRosterToday(index, '2026-03-21'), false, 'the same day: nothing to do');
  });

  test('PP-ROSTER without today (an older caller), the expiry is not rated: states are the account’s', () => {
    const index = buildRosterIndex(rows, FR);
    assert.deepEqual(rosterStatusCounts(index), { active: 4, blocked: 1, expired: 0, expiring: 0, 'not-started': 1 });
  });

  test('PP-ROSTER 100,000 rows: a state filter and its counts take milliseconds', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      row({
        lastName: `N${i % 997}`,
        state: i % 10 === 0 ? null : i % 50 === 1 ? 'blocked' : 'active',
        expiresOn: addDays('2024-01-01', i % 1500),
      }),
    );
    const index = buildRosterIndex(many, FR, { today: TODAY });
    viewRoster(index, { sort: { column: 'lastName', direction: 'ascending' } });
    // Warm (the first call of each function is compiled), then a change drops every kept result.
    rosterStatusCounts(index);
    viewRoster(index, { status: 'expiring', sort: { column: 'lastName', direction: 'ascending' } });
    updateRosterRow(index, { ...many[5]!, state: 'blocked' });
    const started = performance.now();
    const counts = rosterStatusCounts(index);
    const expired = viewRoster(index, { status: 'expired', sort: { column: 'lastName', direction: 'ascending' } });
    const elapsed = performance.now() - started;
    assert.equal(expired.length, counts.expired);
    assert.equal(
      Object.values(counts).reduce((a, b) => a + b),
      100_000,
    );
    // A few ms on an idle machine; the bound leaves room for a loaded one (a re-sort with a collator takes seconds).
    assert.ok(elapsed < 250, `${elapsed.toFixed(1)} ms`);
  });

  const dayArb = fc.integer({ min: -60, max: 60 }).map((d) => addDays(TODAY, d));
  const rowArb = fc.record({
    firstName: fc.constantFrom('Léa', 'Hélène', 'Zoé'),
    lastName: fc.constantFrom('PETIT', 'DURAND', 'EXPIRE'),
    profile: fc.constantFrom(...PROFILE_IDS),
    state: fc.option(fc.constantFrom(...EMPLOYEE_STATES), { nil: null }),
    expiresOn: fc.option(dayArb, { nil: null }),
  });
  const statusArb = fc.option(fc.constantFrom(...ROSTER_STATUSES), { nil: undefined });
  const sortArb = fc.option(
    fc.record({ column: fc.constantFrom(...ROSTER_SORT_COLUMNS), direction: fc.constantFrom(...ROSTER_SORT_DIRECTIONS) }),
    { nil: undefined },
  );
  const queryArb = fc.constantFrom('', 'l', 'le', 'lea', 'exp', 'expire', 'bloq', 'actif', 'petit', 'zo');

  test('PP-ROSTER property: a filtered view is the unfiltered view keeping that state, typed letter by letter, through changes and a new day', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 30 }),
        fc.array(fc.tuple(queryArb, sortArb, statusArb), { minLength: 1, maxLength: 6 }),
        dayArb,
        fc.nat(),
        (fields, steps, nextDay, cut) => {
          const rows = fields.map((f) => row(f));
          const index = buildRosterIndex(rows.slice(0, cut % (rows.length + 1)), FR, { today: TODAY });
          appendRosterRows(index, rows.slice(cut % (rows.length + 1)));
          let today = TODAY;
          steps.forEach(([query, sort, status], i) => {
            if (i === 2) {
              today = nextDay;
              setRosterToday(index, today);
            }
            if (i === 3 && rows.length > 0) {
              const target = rows[cut % rows.length]!;
              if (rosterRowAt(index, viewRoster(index)[0] ?? -1) && updateRosterRow(index, { ...target, state: 'blocked' }))
                rows[cut % rows.length] = { ...target, state: 'blocked' };
            }
            if (i === 4 && rows.length > 1) {
              deleteRosterRow(index, rows[0]!.id);
              rows.shift();
            }
            const all = Array.from(viewRoster(index, { query, sort }));
            const expected = all.filter((p) => status === undefined || rosterStatus(rosterRowAt(index, p)!, today) === status);
            const start = viewRosterStart(index, { query, sort, status }, 3);
            assert.deepEqual(Array.from(start.positions.subarray(0, Math.min(3, expected.length))), expected.slice(0, 3));
            assert.deepEqual(Array.from(viewRoster(index, { query, sort, status })), expected);
            const counts = rosterStatusCounts(index, { query });
            for (const s of ROSTER_STATUSES)
              assert.equal(counts[s], all.filter((p) => rosterStatus(rosterRowAt(index, p)!, today) === s).length, s);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
