/**
 * VA-LOGIN — the server's lockout rule (seed 002, « Compte bloqué »): 3 consecutive failures for
 * one identifier lock it for 120 minutes, whether or not an account has that identifier.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  EMPTY_LOCKOUT,
  LOCK_AFTER_FAILURES,
  LOCK_DURATION_MINUTES,
  LOCK_DURATION_MS,
  clearLockout,
  decideLogin,
  isLocked,
  lockedUntil,
  lockoutEntry,
  pruneLockout,
  recordFailure,
  recordSuccess,
  type LockoutState,
  type LoginDecision,
} from './lockout.js';
import { normalizeIdentifier } from './identifier.js';

const T0 = Date.parse('2026-03-10T09:00:00+01:00');
const MIN = 60_000;
const ID = '123456789012';

/** Runs attempts (valid or not) on one identifier at the given times; returns every decision. */
function attempts(list: readonly { valid: boolean; at: number; id?: string }[], from: LockoutState = EMPTY_LOCKOUT) {
  let state = from;
  const decisions: LoginDecision[] = [];
  for (const a of list) {
    const r = decideLogin(state, a.id ?? ID, a.valid, a.at);
    state = r.state;
    decisions.push(r.decision);
  }
  return { state, decisions };
}

describe('VA-LOGIN lockout (server rule)', () => {
  test('VA-LOGIN constants: 3 failures, 120 minutes', () => {
    assert.equal(LOCK_AFTER_FAILURES, 3);
    assert.equal(LOCK_DURATION_MINUTES, 120);
    assert.equal(LOCK_DURATION_MS, 7_200_000);
  });

  test('VA-LOGIN 2 failures → not locked (refused, refused)', () => {
    const { state, decisions } = attempts([
      { valid: false, at: T0 },
      { valid: false, at: T0 + MIN },
    ]);
    assert.deepEqual(decisions, [{ kind: 'refused' }, { kind: 'refused' }]);
    assert.equal(isLocked(state, ID, T0 + MIN), false);
    assert.equal(lockoutEntry(state, ID, T0 + MIN).failures, 2);
  });

  test('VA-LOGIN the 3rd consecutive failure → locked until now + 120 min, and it says so at once', () => {
    const at = T0 + 2 * MIN;
    const { state, decisions } = attempts([
      { valid: false, at: T0 },
      { valid: false, at: T0 + MIN },
      { valid: false, at },
    ]);
    assert.deepEqual(decisions[2], { kind: 'locked', lockedUntil: at + 120 * MIN });
    assert.equal(lockedUntil(state, ID, at), at + 120 * MIN);
  });

  test('VA-LOGIN while locked, even the right password is refused as locked, and the lock is not extended', () => {
    const lockAt = T0 + 2 * MIN;
    const until = lockAt + 120 * MIN;
    const { decisions, state } = attempts([
      { valid: false, at: T0 },
      { valid: false, at: T0 + MIN },
      { valid: false, at: lockAt },
      { valid: true, at: lockAt + MIN },
      { valid: false, at: lockAt + 60 * MIN },
      { valid: true, at: until - 1 },
    ]);
    assert.deepEqual(decisions.slice(3), [
      { kind: 'locked', lockedUntil: until },
      { kind: 'locked', lockedUntil: until },
      { kind: 'locked', lockedUntil: until },
    ]);
    assert.equal(lockedUntil(state, ID, until - 1), until);
  });

  test('VA-LOGIN at lockedUntil − 1 ms still locked; at lockedUntil unlocked (boundary)', () => {
    const { state } = attempts([0, 1, 2].map((i) => ({ valid: false, at: T0 + i })));
    const until = T0 + 2 + 120 * MIN;
    assert.equal(isLocked(state, ID, until - 1), true);
    assert.equal(isLocked(state, ID, until), false);
    assert.equal(isLocked(state, ID, until + 1), false);
    assert.deepEqual(decideLogin(state, ID, true, until - 1).decision, { kind: 'locked', lockedUntil: until });
    assert.deepEqual(decideLogin(state, ID, true, until).decision, { kind: 'accepted' });
  });

  test('VA-LOGIN after the lock the count starts again: one failure does not re-lock, three do', () => {
    const { state } = attempts([0, 1, 2].map((i) => ({ valid: false, at: T0 + i })));
    const after = T0 + 2 + 120 * MIN;
    const again = attempts(
      [
        { valid: false, at: after },
        { valid: false, at: after + 1 },
      ],
      state,
    );
    assert.deepEqual(again.decisions, [{ kind: 'refused' }, { kind: 'refused' }]);
    assert.deepEqual(decideLogin(again.state, ID, false, after + 2).decision, { kind: 'locked', lockedUntil: after + 2 + 120 * MIN });
  });

  test('VA-LOGIN a success resets the count: fail, fail, success, fail, fail → never locked', () => {
    const { decisions } = attempts([false, false, true, false, false].map((valid, i) => ({ valid, at: T0 + i * MIN })));
    assert.deepEqual(
      decisions.map((d) => d.kind),
      ['refused', 'refused', 'accepted', 'refused', 'refused'],
    );
  });

  test('VA-LOGIN failures are counted per normalised identifier: "1234 5678 9012" and "123456789012" are one; e-mails ignore case', () => {
    const { decisions } = attempts([
      { valid: false, at: T0, id: '1234 5678 9012' },
      { valid: false, at: T0 + 1, id: ' 123456789012' },
      { valid: false, at: T0 + 2, id: '123456789012' },
    ]);
    assert.equal(decisions[2]!.kind, 'locked');
    const mails = attempts([
      { valid: false, at: T0, id: 'Paul.Dupont@example.fr' },
      { valid: false, at: T0 + 1, id: 'paul.dupont@EXAMPLE.fr' },
      { valid: false, at: T0 + 2, id: ' paul.dupont@example.fr ' },
    ]);
    assert.equal(mails.decisions[2]!.kind, 'locked');
  });

  test('VA-LOGIN another identifier is not affected by a lock', () => {
    const { state } = attempts([0, 1, 2].map((i) => ({ valid: false, at: T0 + i })));
    assert.equal(isLocked(state, ID, T0 + 3), true);
    assert.deepEqual(decideLogin(state, 'paul.dupont@example.fr', true, T0 + 3).decision, { kind: 'accepted' });
    assert.deepEqual(decideLogin(state, '999999999999', false, T0 + 3).decision, { kind: 'refused' });
  });

  test('VA-LOGIN recordFailure / recordSuccess / clearLockout / pruneLockout', () => {
    let s = recordFailure(recordFailure(EMPTY_LOCKOUT, ID, T0), ID, T0);
    assert.equal(lockoutEntry(s, ID, T0).failures, 2);
    s = recordSuccess(s, ID, T0);
    assert.equal(lockoutEntry(s, ID, T0).failures, 0);
    s = recordFailure(recordFailure(recordFailure(s, ID, T0), ID, T0), ID, T0);
    assert.equal(isLocked(recordSuccess(s, ID, T0 + 1), ID, T0 + 1), true, 'a success never lifts a lock');
    assert.equal(isLocked(clearLockout(s, ID), ID, T0 + 1), false, 'clearLockout does (after a password reset)');
    assert.equal(pruneLockout(s, T0 + 1).size, 1);
    assert.equal(pruneLockout(s, T0 + LOCK_DURATION_MS).size, 0);
    assert.equal(clearLockout(EMPTY_LOCKOUT, ID), EMPTY_LOCKOUT);
  });

  test('VA-LOGIN the state is never mutated', () => {
    const s = recordFailure(EMPTY_LOCKOUT, ID, T0);
    const copy = new Map(s);
    decideLogin(s, ID, false, T0 + 1);
    decideLogin(s, ID, true, T0 + 1);
    assert.deepEqual(s, copy);
    assert.equal(EMPTY_LOCKOUT.size, 0);
  });
});

// ── properties ───────────────────────────────────────────────────────────────

/** A login attempt in a small world: which identifier (a few, some with accounts), which password, how long after the previous one. */
const IDS = ['123456789012', 'paul.dupont@example.fr', '999999999999', 'inconnu@example.fr'];
const ACCOUNTS = new Map([
  ['123456789012', 'Bulletin-2026!'],
  ['paul.dupont@example.fr', 'Bulletin-2026!'],
]);
const attemptArb = fc.record({
  id: fc.constantFrom(...IDS),
  password: fc.constantFrom('Bulletin-2026!', 'bulletin-2026!', 'nope'),
  dt: fc.oneof(fc.integer({ min: 0, max: 5 * MIN }), fc.integer({ min: 0, max: 3 * LOCK_DURATION_MS })),
});

/** The server of the mock, in two lines: credentials are valid only for an existing account and its password. */
function serve(accounts: ReadonlyMap<string, string>, list: readonly { id: string; password: string; dt: number }[]) {
  let state: LockoutState = EMPTY_LOCKOUT;
  let now = T0;
  return list.map((a) => {
    now += a.dt;
    const valid = accounts.get(normalizeIdentifier(a.id)) === a.password;
    const r = decideLogin(state, a.id, valid, now);
    state = r.state;
    return r.decision;
  });
}

describe('VA-LOGIN lockout properties', () => {
  test('VA-LOGIN property: the lock decision is the same for an unknown identifier and for an existing one with a wrong password', () => {
    fc.assert(
      fc.property(fc.array(attemptArb, { maxLength: 30 }), (list) => {
        // World A: 123456789012 exists and every attempt on it uses a wrong password.
        // World B: 123456789012 does not exist at all. Nothing observable may differ.
        const wrong = list.map((a) => (a.id === '123456789012' ? { ...a, password: 'nope' } : a));
        const withoutIt = new Map([...ACCOUNTS].filter(([id]) => id !== '123456789012'));
        assert.deepEqual(serve(ACCOUNTS, wrong), serve(withoutIt, wrong));
      }),
      { numRuns: 500 },
    );
  });

  test('VA-LOGIN property: no sequence locks before the 3rd consecutive failure', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ valid: fc.boolean(), dt: fc.integer({ min: 0, max: 3 * LOCK_DURATION_MS }) }), { maxLength: 40 }), (list) => {
        let state: LockoutState = EMPTY_LOCKOUT;
        let now = T0;
        let run = 0; // consecutive failures since the last success or the end of the last lock (the model)
        let until: number | undefined;
        for (const a of list) {
          now += a.dt;
          if (until !== undefined && now >= until) {
            until = undefined;
            run = 0;
          }
          const { state: next, decision } = decideLogin(state, ID, a.valid, now);
          state = next;
          if (until !== undefined) {
            assert.deepEqual(decision, { kind: 'locked', lockedUntil: until });
            continue;
          }
          if (a.valid) {
            assert.equal(decision.kind, 'accepted');
            run = 0;
          } else {
            run++;
            if (run < LOCK_AFTER_FAILURES) assert.equal(decision.kind, 'refused', `locked after ${run} failure(s)`);
            else {
              assert.deepEqual(decision, { kind: 'locked', lockedUntil: now + LOCK_DURATION_MS });
              until = now + LOCK_DURATION_MS;
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test('VA-LOGIN property: a success (when not locked) always resets the count to zero', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ valid: fc.boolean(), dt: fc.integer({ min: 0, max: 30 * MIN }) }), { maxLength: 20 }), fc.integer({ min: 0, max: 30 * MIN }), (list, dt) => {
        let state: LockoutState = EMPTY_LOCKOUT;
        let now = T0;
        for (const a of list) {
          now += a.dt;
          state = decideLogin(state, ID, a.valid, now).state;
        }
        now += dt;
        const r = decideLogin(state, ID, true, now);
        if (r.decision.kind === 'accepted') {
          assert.equal(lockoutEntry(r.state, ID, now).failures, 0);
          // …so two more failures still do not lock.
          const s2 = recordFailure(recordFailure(r.state, ID, now), ID, now);
          assert.equal(isLocked(s2, ID, now), false);
        } else assert.equal(r.decision.kind, 'locked');
      }),
      { numRuns: 500 },
    );
  });

  test('VA-LOGIN property: every lock lasts exactly 120 minutes from the failure that set it', () => {
    fc.assert(
      fc.property(fc.array(attemptArb, { maxLength: 30 }), (list) => {
        let state: LockoutState = EMPTY_LOCKOUT;
        let now = T0;
        for (const a of list) {
          now += a.dt;
          const before = lockedUntil(state, a.id, now);
          const r = decideLogin(state, a.id, ACCOUNTS.get(normalizeIdentifier(a.id)) === a.password, now);
          if (r.decision.kind === 'locked') assert.equal(r.decision.lockedUntil, before ?? now + LOCK_DURATION_MS);
          state = r.state;
        }
      }),
    );
  });
});
