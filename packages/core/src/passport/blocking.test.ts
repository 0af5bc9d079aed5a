/**
 * PP-BLOCK — more than 3 failures on the same module block the account; the referent is alerted
 * and can unblock.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  BLOCKING_FAILURE,
  EMPTY_BLOCKING,
  MAX_FAILURES_PER_MODULE,
  blockingOf,
  employeeState,
  failuresLeft,
  failuresOf,
  isBlocked,
  recordModuleFailure,
  unblock,
  type BlockingState,
  type FailureOutcome,
} from './blocking.js';
import { UNPG_MODULE_IDS, type UnpgModuleId } from './modules.js';

const T0 = Date.parse('2026-03-10T09:00:00+01:00');
const EMP = 'emp-000001';

/** Failures on the given modules, one minute apart; every outcome. */
function fail(modules: readonly UnpgModuleId[], from: BlockingState = EMPTY_BLOCKING, employeeId = EMP) {
  let state = from;
  const outcomes: FailureOutcome[] = [];
  modules.forEach((moduleId, i) => {
    const r = recordModuleFailure(state, employeeId, moduleId, T0 + i * 60_000);
    state = r.state;
    outcomes.push(r.outcome);
  });
  return { state, outcomes };
}

const times = <const T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe('PP-BLOCK blocking rule', () => {
  test('PP-BLOCK constants: 3 failures allowed per module, the 4th blocks', () => {
    assert.equal(MAX_FAILURES_PER_MODULE, 3);
    assert.equal(BLOCKING_FAILURE, 4);
  });

  test('PP-BLOCK 3 failures on one module → still active (boundary: « plus de trois »)', () => {
    const { state, outcomes } = fail(times(3, 'blasting'));
    assert.deepEqual(outcomes, [
      { blocked: false, failures: 1 },
      { blocked: false, failures: 2 },
      { blocked: false, failures: 3 },
    ]);
    assert.equal(employeeState(state, EMP), 'active');
    assert.equal(failuresLeft(state, EMP, 'blasting'), 0);
  });

  test('PP-BLOCK the 4th failure on the same module blocks and raises the referent’s alert', () => {
    const { state, outcomes } = fail(times(4, 'blasting'));
    const at = T0 + 3 * 60_000;
    assert.deepEqual(outcomes[3], { blocked: true, alert: { employeeId: EMP, moduleId: 'blasting', at } });
    assert.equal(employeeState(state, EMP), 'blocked');
    assert.deepEqual(blockingOf(state, EMP), { employeeId: EMP, moduleId: 'blasting', at });
  });

  test('PP-BLOCK failures on other modules do not add up: 3 + 3 + 3 on three modules → active', () => {
    const { state, outcomes } = fail([...times(3, 'blasting'), ...times(3, 'site-rules'), ...times(3, 'dust-noise')]);
    assert.ok(outcomes.every((o) => !o.blocked));
    assert.equal(isBlocked(state, EMP), false);
    assert.equal(failuresOf(state, EMP, 'site-rules'), 3);
  });

  test('PP-BLOCK counts are per employee: another employee’s failures never block this one', () => {
    const { state } = fail(times(4, 'blasting'), EMPTY_BLOCKING, 'emp-000002');
    assert.equal(isBlocked(state, 'emp-000002'), true);
    assert.equal(isBlocked(state, EMP), false);
    assert.equal(failuresOf(state, EMP, 'blasting'), 0);
  });

  test('PP-BLOCK while blocked, nothing more is counted and no second alert is raised', () => {
    const { state } = fail(times(4, 'blasting'));
    const again = recordModuleFailure(state, EMP, 'site-rules', T0 + 3_600_000);
    assert.deepEqual(again.outcome, { blocked: true, alert: null });
    assert.equal(again.state, state);
  });

  test('PP-BLOCK the referent unblocks: active again, every count back to zero; 3 more failures do not block, a 4th does', () => {
    const { state } = fail([...times(2, 'site-rules'), ...times(4, 'blasting')]);
    const unblocked = unblock(state, EMP);
    assert.equal(employeeState(unblocked, EMP), 'active');
    assert.equal(failuresOf(unblocked, EMP, 'blasting'), 0);
    assert.equal(failuresOf(unblocked, EMP, 'site-rules'), 0);
    const after = fail(times(4, 'blasting'), unblocked);
    assert.deepEqual(
      after.outcomes.map((o) => o.blocked),
      [false, false, false, true],
    );
  });

  test('PP-BLOCK unblocking an active employee changes nothing (safe to repeat)', () => {
    const { state } = fail(times(2, 'blasting'));
    assert.equal(unblock(state, EMP), state);
    assert.equal(unblock(EMPTY_BLOCKING, EMP), EMPTY_BLOCKING);
  });

  test('PP-BLOCK the functions never change the state they are given', () => {
    const { state } = fail(times(3, 'blasting'));
    const frozen = new Map(state);
    recordModuleFailure(state, EMP, 'blasting', T0);
    unblock(state, EMP);
    assert.deepEqual(state, frozen);
  });
});

describe('PP-BLOCK properties', () => {
  const moduleId = fc.constantFrom(...UNPG_MODULE_IDS);

  /** Up to 3 failures on each module, in any order. */
  const spreadFailures = fc.tuple(...UNPG_MODULE_IDS.map(() => fc.integer({ min: 0, max: MAX_FAILURES_PER_MODULE }))).chain((counts) => {
    const failures = UNPG_MODULE_IDS.flatMap((m, i) => times(counts[i]!, m));
    return fc.shuffledSubarray(failures, { minLength: failures.length, maxLength: failures.length });
  });

  test('property: failures spread over modules with at most 3 each never block', () => {
    fc.assert(
      fc.property(spreadFailures, (failures) => {
        const { state, outcomes } = fail(failures);
        assert.ok(outcomes.every((o) => !o.blocked));
        assert.equal(employeeState(state, EMP), 'active');
      }),
    );
  });

  test('property: any failures, then unblock → active, every count at zero', () => {
    fc.assert(
      fc.property(fc.array(moduleId, { maxLength: 30 }), (failures) => {
        const { state } = fail(failures);
        const unblocked = unblock(state, EMP);
        assert.equal(employeeState(unblocked, EMP), 'active');
        if (isBlocked(state, EMP)) for (const m of UNPG_MODULE_IDS) assert.equal(failuresOf(unblocked, EMP, m), 0);
      }),
    );
  });

  test('property: blocked exactly when some module reached its 4th failure, with one alert, on that module', () => {
    fc.assert(
      fc.property(fc.array(moduleId, { maxLength: 30 }), (failures) => {
        const { state, outcomes } = fail(failures);
        const counts = new Map<UnpgModuleId, number>();
        let firstBlocking: UnpgModuleId | undefined;
        for (const m of failures) {
          if (firstBlocking) break;
          counts.set(m, (counts.get(m) ?? 0) + 1);
          if (counts.get(m)! > MAX_FAILURES_PER_MODULE) firstBlocking = m;
        }
        assert.equal(isBlocked(state, EMP), firstBlocking !== undefined);
        const alerts = outcomes.filter((o) => o.blocked && o.alert !== null);
        assert.equal(alerts.length, firstBlocking ? 1 : 0);
        if (firstBlocking) assert.equal(blockingOf(state, EMP)!.moduleId, firstBlocking);
      }),
    );
  });
});
