import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { filterLog, LOG_GROUPS, LOG_KINDS, logGroupOf, type LogEntry } from './site-log.js';

const entry = (id: string, at: string, kind: LogEntry['kind']): LogEntry => ({ id, at, kind, actor: null, systemName: null, detail: null });
const LOG = [
  entry('a', '2026-03-09T22:59:59Z', 'armed'), // 09/03 23:59:59 Paris
  entry('b', '2026-03-09T23:00:00Z', 'alarm'), // 10/03 00:00 Paris
  entry('c', '2026-03-10T11:00:00Z', 'test-mode-on'),
  entry('d', '2026-03-08T08:00:00Z', 'schedule-changed'),
];

test('RS-OVERVIEW site log: newest first, filtered by kind group', () => {
  assert.deepEqual(
    filterLog(LOG, {}).map((e) => e.id),
    ['c', 'b', 'a', 'd'],
  );
  assert.deepEqual(
    filterLog(LOG, { groups: ['alarm', 'schedule'] }).map((e) => e.id),
    ['b', 'd'],
  );
  assert.deepEqual(filterLog(LOG, { groups: [] }).length, 4);
});

test('RS-OVERVIEW site log date range: days in Paris, bounds included (23:59:59 the day before out, 00:00 in)', () => {
  assert.deepEqual(
    filterLog(LOG, { from: '2026-03-10' }).map((e) => e.id),
    ['c', 'b'],
  );
  assert.deepEqual(
    filterLog(LOG, { to: '2026-03-09' }).map((e) => e.id),
    ['a', 'd'],
  );
  assert.deepEqual(filterLog(LOG, { from: '2026-03-10', to: '2026-03-09' }), []);
});

test('RS-OVERVIEW property: a filtered log is a sorted subset that keeps exactly the entries of the chosen groups', () => {
  const arb = fc.array(
    fc.record({
      id: fc.uuid(),
      at: fc.integer({ min: 1.77e12, max: 1.78e12 }).map((ms) => new Date(ms).toISOString()),
      kind: fc.constantFrom(...LOG_KINDS),
      actor: fc.constant(null),
      systemName: fc.constant(null),
      detail: fc.constant(null),
    }),
  );
  fc.assert(
    fc.property(arb, fc.subarray([...LOG_GROUPS]), (entries, groups) => {
      const out = filterLog(entries, { groups });
      for (let i = 1; i < out.length; i++) assert.ok(Date.parse(out[i - 1]!.at) >= Date.parse(out[i]!.at));
      const expected = groups.length === 0 ? entries.length : entries.filter((e) => groups.includes(logGroupOf(e.kind))).length;
      assert.equal(out.length, expected);
    }),
  );
});
