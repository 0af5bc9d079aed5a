import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  alarmAge,
  cancelRefusal,
  CANCEL_REFUSAL_PROBLEMS,
  CANCELLABLE_PRIORITIES,
  isCancellable,
  nextAgeChange,
  NEVER_CANCELLABLE_PRIORITY,
  refusalOfProblem,
} from './rules.js';
import { alarm } from './test-support.js';

const AT = '2026-12-07T10:05:00.000Z';

describe('RS-ALARMS cancel rule', () => {
  test('RS-ALARMS: priority 1 is never cancellable, 2 and 3 are (boundaries of the priority)', () => {
    assert.equal(NEVER_CANCELLABLE_PRIORITY, 1);
    assert.deepEqual(CANCELLABLE_PRIORITIES, [2, 3]);
    assert.equal(cancelRefusal(alarm({ priority: 1 })), 'priority-1');
    assert.equal(cancelRefusal(alarm({ priority: 2 })), undefined);
    assert.equal(cancelRefusal(alarm({ priority: 3 })), undefined);
  });

  test('RS-ALARMS: before dispatch cancellable, once the patrol is dispatched not', () => {
    assert.equal(isCancellable(alarm({ priority: 2, dispatchedAt: null })), true);
    assert.equal(cancelRefusal(alarm({ priority: 2, dispatchedAt: AT })), 'dispatched');
    assert.equal(cancelRefusal(alarm({ priority: 3, dispatchedAt: AT })), 'dispatched');
  });

  test('RS-ALARMS: an alarm already cancelled is not cancelled twice', () => {
    assert.equal(cancelRefusal(alarm({ priority: 3, cancelledAt: AT })), 'already-cancelled');
  });

  test('RS-ALARMS: priority 1 says it is priority 1 whatever else holds (the reason the user must read)', () => {
    assert.equal(cancelRefusal(alarm({ priority: 1, dispatchedAt: AT, cancelledAt: AT })), 'priority-1');
  });

  test('RS-ALARMS: cancellable exactly when priority ∈ {2,3}, not dispatched, not cancelled (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, fc.boolean(), fc.boolean(), (priority, dispatched, cancelled) => {
        const a = alarm({ priority, dispatchedAt: dispatched ? AT : null, cancelledAt: cancelled ? AT : null });
        assert.equal(isCancellable(a), priority !== 1 && !dispatched && !cancelled);
      }),
    );
  });

  test('each refusal has its problem type, and the type names the refusal back', () => {
    for (const [reason, type] of Object.entries(CANCEL_REFUSAL_PROBLEMS)) {
      assert.equal(refusalOfProblem(type), reason);
      assert.equal(refusalOfProblem(`https://api.example.fr${type}`), reason);
    }
    assert.equal(refusalOfProblem('/problems/validation'), undefined);
    assert.equal(refusalOfProblem(undefined), undefined);
  });
});

describe('RS-ALARMS age « il y a 3 min »', () => {
  const t = Date.parse(AT);
  test('boundaries: 59 s is now, 60 s is 1 min, 59 min, 60 min is 1 h, 24 h is 1 day', () => {
    assert.deepEqual(alarmAge(t, t + 59_999), { unit: 'now' });
    assert.deepEqual(alarmAge(t, t + 60_000), { unit: 'minutes', count: 1 });
    assert.deepEqual(alarmAge(t, t + 3 * 60_000 + 5_000), { unit: 'minutes', count: 3 });
    assert.deepEqual(alarmAge(t, t + 60 * 60_000 - 1), { unit: 'minutes', count: 59 });
    assert.deepEqual(alarmAge(t, t + 60 * 60_000), { unit: 'hours', count: 1 });
    assert.deepEqual(alarmAge(t, t + 24 * 60 * 60_000), { unit: 'days', count: 1 });
    assert.deepEqual(alarmAge(t, t - 5_000), { unit: 'now' });
  });

  test('the age changes exactly at nextAgeChange (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 24 * 60 * 60_000 }), (elapsed) => {
        const next = nextAgeChange(t, t + elapsed);
        assert.ok(next > t + elapsed);
        assert.deepEqual(alarmAge(t, next - 1), alarmAge(t, t + elapsed));
        assert.notDeepEqual(alarmAge(t, next), alarmAge(t, t + elapsed));
      }),
    );
  });
});
