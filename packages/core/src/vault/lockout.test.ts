/**
 * VA-LOGIN, X-SEC — the server's lockout rule (seed 002, « Compte bloqué »): 3 consecutive failures
 * on one account (whichever of its identifiers was typed) lock it for 120 minutes; an identifier no
 * account has is counted on its own, exactly the same way.
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
  lockKey,
  lockoutEntry,
  pruneLockout,
  recordFailure,
  recordSuccess,
  type LockKey,
  type LockoutState,
  type LoginDecision,
} from './lockout.js';
import { normalizeIdentifier } from './identifier.js';

const T0 = Date.parse('2026-03-10T09:00:00+01:00');
const MIN = 60_000;
const ID = '123456789012';
/** The generic rule's tests count under one key: an identifier no account has. */
const KEY = lockKey(ID);

/** Runs attempts (valid or not) under one key at the given times; returns every decision. */
function attempts(list: readonly { valid: boolean; at: number; key?: LockKey }[], from: LockoutState = EMPTY_LOCKOUT) {
  let state = from;
  const decisions: LoginDecision[] = [];
  for (const a of list) {
    const r = decideLogin(state, a.key ?? KEY, a.valid, a.at);
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
    assert.equal(isLocked(state, KEY, T0 + MIN), false);
    assert.equal(lockoutEntry(state, KEY, T0 + MIN).failures, 2);
  });

  test('VA-LOGIN the 3rd consecutive failure → locked until now + 120 min, and it says so at once', () => {
    const at = T0 + 2 * MIN;
    const { state, decisions } = attempts([
      { valid: false, at: T0 },
      { valid: false, at: T0 + MIN },
      { valid: false, at },
    ]);
    assert.deepEqual(decisions[2], { kind: 'locked', lockedUntil: at + 120 * MIN });
    assert.equal(lockedUntil(state, KEY, at), at + 120 * MIN);
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
    assert.equal(lockedUntil(state, KEY, until - 1), until);
  });

  test('VA-LOGIN at lockedUntil − 1 ms still locked; at lockedUntil unlocked (boundary)', () => {
    const { state } = attempts([0, 1, 2].map((i) => ({ valid: false, at: T0 + i })));
    const until = T0 + 2 + 120 * MIN;
    assert.equal(isLocked(state, KEY, until - 1), true);
    assert.equal(isLocked(state, KEY, until), false);
    assert.equal(isLocked(state, KEY, until + 1), false);
    assert.deepEqual(decideLogin(state, KEY, true, until - 1).decision, { kind: 'locked', lockedUntil: until });
    assert.deepEqual(decideLogin(state, KEY, true, until).decision, { kind: 'accepted' });
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
    assert.deepEqual(decideLogin(again.state, KEY, false, after + 2).decision, { kind: 'locked', lockedUntil: after + 2 + 120 * MIN });
  });

  test('VA-LOGIN a success resets the count: fail, fail, success, fail, fail → never locked', () => {
    const { decisions } = attempts([false, false, true, false, false].map((valid, i) => ({ valid, at: T0 + i * MIN })));
    assert.deepEqual(
      decisions.map((d) => d.kind),
      ['refused', 'refused', 'accepted', 'refused', 'refused'],
    );
  });

  test('VA-LOGIN an unknown identifier is counted per normalised identifier: "1234 5678 9012" and "123456789012" are one; e-mails ignore case', () => {
    const { decisions } = attempts([
      { valid: false, at: T0, key: lockKey('1234 5678 9012') },
      { valid: false, at: T0 + 1, key: lockKey(' 123456789012') },
      { valid: false, at: T0 + 2, key: lockKey('123456789012') },
    ]);
    assert.equal(decisions[2]!.kind, 'locked');
    const mails = attempts([
      { valid: false, at: T0, key: lockKey('Inconnu@example.fr') },
      { valid: false, at: T0 + 1, key: lockKey('inconnu@EXAMPLE.fr') },
      { valid: false, at: T0 + 2, key: lockKey(' inconnu@example.fr ') },
    ]);
    assert.equal(mails.decisions[2]!.kind, 'locked');
  });

  test('VA-LOGIN another key (another account, another unknown identifier) is not affected by a lock', () => {
    const { state } = attempts([0, 1, 2].map((i) => ({ valid: false, at: T0 + i })));
    assert.equal(isLocked(state, KEY, T0 + 3), true);
    assert.deepEqual(decideLogin(state, lockKey('234567890123', 'camille-martin'), true, T0 + 3).decision, { kind: 'accepted' });
    assert.deepEqual(decideLogin(state, lockKey('999999999999'), false, T0 + 3).decision, { kind: 'refused' });
  });

  test('VA-LOGIN recordFailure / recordSuccess / clearLockout / pruneLockout', () => {
    let s = recordFailure(recordFailure(EMPTY_LOCKOUT, KEY, T0), KEY, T0);
    assert.equal(lockoutEntry(s, KEY, T0).failures, 2);
    s = recordSuccess(s, KEY, T0);
    assert.equal(lockoutEntry(s, KEY, T0).failures, 0);
    s = recordFailure(recordFailure(recordFailure(s, KEY, T0), KEY, T0), KEY, T0);
    assert.equal(isLocked(recordSuccess(s, KEY, T0 + 1), KEY, T0 + 1), true, 'a success never lifts a lock');
    assert.equal(isLocked(clearLockout(s, KEY), KEY, T0 + 1), false, 'clearLockout does (after a password reset)');
    assert.equal(pruneLockout(s, T0 + 1).size, 1);
    assert.equal(pruneLockout(s, T0 + LOCK_DURATION_MS).size, 0);
    assert.equal(clearLockout(EMPTY_LOCKOUT, KEY), EMPTY_LOCKOUT);
  });

  test('VA-LOGIN the state is never mutated', () => {
    const s = recordFailure(EMPTY_LOCKOUT, KEY, T0);
    const copy = new Map(s);
    decideLogin(s, KEY, false, T0 + 1);
    decideLogin(s, KEY, true, T0 + 1);
    assert.deepEqual(s, copy);
    assert.equal(EMPTY_LOCKOUT.size, 0);
  });
});

// ── per account (X-SEC: the lock covers every identifier of the account) ────────────────────

/** Paul Dupont's two identifiers, resolved by the server to his account. */
const NUMBER = '123456789012';
const EMAIL = 'paul.dupont@example.fr';
const PAUL = 'paul-dupont';
const keyOf = (identifier: string) => lockKey(identifier, PAUL);

describe('VA-LOGIN lockout per account', () => {
  test('VA-LOGIN lockKey: both identifiers of an account give one key; an unknown identifier its own; the two never collide', () => {
    assert.equal(keyOf(NUMBER), keyOf(EMAIL));
    assert.equal(keyOf(' 1234 5678 9012 '), keyOf('Paul.Dupont@EXAMPLE.fr'));
    assert.notEqual(lockKey(NUMBER), keyOf(NUMBER));
    assert.notEqual(lockKey(NUMBER), lockKey(EMAIL));
    // An identifier that looks like a key, or an account id that looks like an identifier: still apart.
    assert.notEqual(lockKey('account:paul-dupont'), keyOf(NUMBER));
    assert.notEqual(lockKey(NUMBER, NUMBER), lockKey(NUMBER));
  });

  test('VA-LOGIN 2 failures on the account (number, then e-mail) → not locked; the right password on either signs in', () => {
    const { state, decisions } = attempts([
      { valid: false, at: T0, key: keyOf(NUMBER) },
      { valid: false, at: T0 + MIN, key: keyOf(EMAIL) },
    ]);
    assert.deepEqual(decisions, [{ kind: 'refused' }, { kind: 'refused' }]);
    assert.equal(lockoutEntry(state, keyOf(NUMBER), T0 + MIN).failures, 2);
    assert.deepEqual(decideLogin(state, keyOf(EMAIL), true, T0 + 2 * MIN).decision, { kind: 'accepted' });
    assert.deepEqual(decideLogin(state, keyOf(NUMBER), true, T0 + 2 * MIN).decision, { kind: 'accepted' });
  });

  test('VA-LOGIN 3 failures on the number → the e-mail with the RIGHT password is locked too, until the same instant', () => {
    const at = T0 + 2 * MIN;
    const { state, decisions } = attempts([
      { valid: false, at: T0, key: keyOf(NUMBER) },
      { valid: false, at: T0 + MIN, key: keyOf(NUMBER) },
      { valid: false, at, key: keyOf(NUMBER) },
    ]);
    const until = at + LOCK_DURATION_MS;
    assert.deepEqual(decisions[2], { kind: 'locked', lockedUntil: until });
    assert.deepEqual(decideLogin(state, keyOf(EMAIL), true, at + 1).decision, { kind: 'locked', lockedUntil: until });
    assert.equal(lockedUntil(state, keyOf(EMAIL), at + 1), until);
  });

  test('VA-LOGIN mixed identifiers: number, e-mail, number → the 3rd failure locks the account', () => {
    const { decisions } = attempts([
      { valid: false, at: T0, key: keyOf(NUMBER) },
      { valid: false, at: T0 + 1, key: keyOf(EMAIL) },
      { valid: false, at: T0 + 2, key: keyOf(NUMBER) },
    ]);
    assert.deepEqual(decisions, [{ kind: 'refused' }, { kind: 'refused' }, { kind: 'locked', lockedUntil: T0 + 2 + LOCK_DURATION_MS }]);
  });

  test('VA-LOGIN a 4th attempt (either identifier, right password or not) is refused as locked and does not extend the lock', () => {
    const { state } = attempts([0, 1, 2].map((i) => ({ valid: false, at: T0 + i, key: keyOf(i % 2 ? EMAIL : NUMBER) })));
    const until = T0 + 2 + LOCK_DURATION_MS;
    for (const [key, valid] of [
      [keyOf(EMAIL), false],
      [keyOf(EMAIL), true],
      [keyOf(NUMBER), true],
    ] as const) {
      const r = decideLogin(state, key, valid, T0 + 30 * MIN);
      assert.deepEqual(r.decision, { kind: 'locked', lockedUntil: until });
      assert.equal(r.state, state, 'nothing changes while locked');
    }
  });

  test('VA-LOGIN the account lock ends at exactly +120 min: −1 ms still locked (both identifiers), +0 free (both)', () => {
    const lockAt = T0 + 5 * MIN;
    const { state } = attempts([
      { valid: false, at: T0, key: keyOf(EMAIL) },
      { valid: false, at: T0 + MIN, key: keyOf(NUMBER) },
      { valid: false, at: lockAt, key: keyOf(EMAIL) },
    ]);
    const until = lockAt + 120 * MIN;
    for (const id of [NUMBER, EMAIL]) {
      assert.deepEqual(decideLogin(state, keyOf(id), true, until - 1).decision, { kind: 'locked', lockedUntil: until }, `${id} at −1 ms`);
      assert.deepEqual(decideLogin(state, keyOf(id), true, until).decision, { kind: 'accepted' }, `${id} at +0`);
    }
    // …and after the end the count starts again from zero on the account.
    const again = attempts(
      [
        { valid: false, at: until, key: keyOf(NUMBER) },
        { valid: false, at: until + 1, key: keyOf(EMAIL) },
      ],
      state,
    );
    assert.deepEqual(again.decisions, [{ kind: 'refused' }, { kind: 'refused' }]);
  });

  test('VA-LOGIN an unknown identifier locks after exactly the same attempts as an account: 2 → refused, 3 → locked, 4 → locked (same lockedUntil)', () => {
    const times = [T0, T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN];
    const unknown = attempts(times.map((at) => ({ valid: false, at, key: lockKey('999999999999') })));
    const known = attempts(times.map((at, i) => ({ valid: false, at, key: keyOf(i % 2 ? EMAIL : NUMBER) })));
    assert.deepEqual(unknown.decisions, known.decisions);
    assert.deepEqual(
      unknown.decisions.map((d) => d.kind),
      ['refused', 'refused', 'locked', 'locked'],
    );
  });

  test('VA-LOGIN clearLockout on the account (a password reset) frees both identifiers', () => {
    const { state } = attempts([0, 1, 2].map((i) => ({ valid: false, at: T0 + i, key: keyOf(NUMBER) })));
    const cleared = clearLockout(state, keyOf(EMAIL));
    assert.equal(isLocked(cleared, keyOf(NUMBER), T0 + 3), false);
    assert.equal(isLocked(cleared, keyOf(EMAIL), T0 + 3), false);
  });
});

// ── properties ───────────────────────────────────────────────────────────────

/** A login attempt in a small world: which identifier (a few, two of them one account's), which password, how long after the previous one. */
const IDS = ['123456789012', 'paul.dupont@example.fr', '999999999999', 'inconnu@example.fr'];
interface WorldAccount {
  readonly id: string;
  readonly identifiers: readonly string[];
  readonly password: string;
}
const PAUL_ACCOUNT: WorldAccount = {
  id: 'paul-dupont',
  identifiers: ['123456789012', 'paul.dupont@example.fr'],
  password: 'Bulletin-2026!',
};
const attemptArb = fc.record({
  id: fc.constantFrom(...IDS),
  password: fc.constantFrom('Bulletin-2026!', 'bulletin-2026!', 'nope'),
  dt: fc.oneof(fc.integer({ min: 0, max: 5 * MIN }), fc.integer({ min: 0, max: 3 * LOCK_DURATION_MS })),
});

/**
 * The server of the mock, in a few lines: the typed identifier is resolved to an account (the key
 * is the account's when it is one); credentials are valid only for that account's password.
 */
function serve(accounts: readonly WorldAccount[], list: readonly { id: string; password: string; dt: number }[]) {
  let state: LockoutState = EMPTY_LOCKOUT;
  let now = T0;
  return list.map((a) => {
    now += a.dt;
    const account = accounts.find((x) => x.identifiers.includes(normalizeIdentifier(a.id)));
    const r = decideLogin(state, lockKey(a.id, account?.id), account?.password === a.password, now);
    state = r.state;
    return r.decision;
  });
}

describe('VA-LOGIN lockout properties', () => {
  test('VA-LOGIN property: an identifier typed alone behaves the same whether an account has it (wrong passwords) or not', () => {
    fc.assert(
      fc.property(fc.array(attemptArb, { maxLength: 30 }), fc.constantFrom(...PAUL_ACCOUNT.identifiers), (list, probed) => {
        // World A: Paul's account exists; `probed` (one of its identifiers) only ever gets wrong passwords,
        // and its other identifier is not typed. World B: no account has `probed`. Nothing observable may differ.
        const other = PAUL_ACCOUNT.identifiers.find((i) => i !== probed)!;
        const wrong = list.filter((a) => a.id !== other).map((a) => (a.id === probed ? { ...a, password: 'nope' } : a));
        assert.deepEqual(serve([PAUL_ACCOUNT], wrong), serve([], wrong));
      }),
      { numRuns: 500 },
    );
  });

  test('VA-LOGIN property: an account typed by both its identifiers behaves exactly as one unknown identifier typed each time', () => {
    fc.assert(
      fc.property(fc.array(attemptArb, { maxLength: 30 }), (list) => {
        // Every wrong attempt on Paul's number or e-mail, mixed at will, against the same attempts all on one unknown identifier.
        const mixed = list.map((a) => (PAUL_ACCOUNT.identifiers.includes(a.id) ? { ...a, password: 'nope' } : a));
        const single = mixed.map((a) => (PAUL_ACCOUNT.identifiers.includes(a.id) ? { ...a, id: '111111111111' } : a));
        assert.deepEqual(serve([PAUL_ACCOUNT], mixed), serve([], single));
      }),
      { numRuns: 500 },
    );
  });

  test('VA-LOGIN property: whenever one identifier of an account is locked, so is the other, until the same instant', () => {
    fc.assert(
      fc.property(fc.array(attemptArb, { maxLength: 30 }), fc.integer({ min: 0, max: 3 * LOCK_DURATION_MS }), (list, dt) => {
        let state: LockoutState = EMPTY_LOCKOUT;
        let now = T0;
        for (const a of list) {
          now += a.dt;
          const account = [PAUL_ACCOUNT].find((x) => x.identifiers.includes(normalizeIdentifier(a.id)));
          state = decideLogin(state, lockKey(a.id, account?.id), account?.password === a.password, now).state;
        }
        now += dt;
        const [n, e] = PAUL_ACCOUNT.identifiers.map((i) => lockedUntil(state, lockKey(i, PAUL_ACCOUNT.id), now));
        assert.equal(n, e);
      }),
      { numRuns: 300 },
    );
  });

  test('VA-LOGIN property: no sequence locks before the 3rd consecutive failure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ valid: fc.boolean(), dt: fc.integer({ min: 0, max: 3 * LOCK_DURATION_MS }) }), { maxLength: 40 }),
        (list) => {
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
            const { state: next, decision } = decideLogin(state, KEY, a.valid, now);
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
        },
      ),
      { numRuns: 500 },
    );
  });

  test('VA-LOGIN property: a success (when not locked) always resets the count to zero', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ valid: fc.boolean(), dt: fc.integer({ min: 0, max: 30 * MIN }) }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 30 * MIN }),
        (list, dt) => {
          let state: LockoutState = EMPTY_LOCKOUT;
          let now = T0;
          for (const a of list) {
            now += a.dt;
            state = decideLogin(state, KEY, a.valid, now).state;
          }
          now += dt;
          const r = decideLogin(state, KEY, true, now);
          if (r.decision.kind === 'accepted') {
            assert.equal(lockoutEntry(r.state, KEY, now).failures, 0);
            // …so two more failures still do not lock.
            const s2 = recordFailure(recordFailure(r.state, KEY, now), KEY, now);
            assert.equal(isLocked(s2, KEY, now), false);
          } else assert.equal(r.decision.kind, 'locked');
        },
      ),
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
          const account = [PAUL_ACCOUNT].find((x) => x.identifiers.includes(normalizeIdentifier(a.id)));
          const key = lockKey(a.id, account?.id);
          const before = lockedUntil(state, key, now);
          const r = decideLogin(state, key, account?.password === a.password, now);
          if (r.decision.kind === 'locked') assert.equal(r.decision.lockedUntil, before ?? now + LOCK_DURATION_MS);
          state = r.state;
        }
      }),
    );
  });
});
