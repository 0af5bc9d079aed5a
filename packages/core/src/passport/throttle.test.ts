/**
 * PP-LOGIN — the login's brute-force control (issue 8, point 3): after 5 failures in a row for one
 * e-mail, known or unknown alike, a wait that grows (30 s, 1 min, 2 min… capped at 15 min).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  EMPTY_THROTTLE,
  THROTTLE_FIRST_WAIT_MS,
  THROTTLE_FORGET_AFTER_MS,
  THROTTLE_FREE_FAILURES,
  THROTTLE_MAX_WAIT_MS,
  THROTTLE_WAIT_FACTOR,
  clearThrottle,
  decideThrottledLogin,
  pruneThrottle,
  retryAfterSeconds,
  throttleEntry,
  throttleWaitMs,
  throttledUntil,
  type ThrottleDecision,
  type ThrottleState,
} from './throttle.js';

const T0 = Date.parse('2026-03-10T09:00:00+01:00');
const SEC = 1000;
const MIN = 60_000;
const EMAIL = 'baptiste.martin@granulats-dupont.fr';

/** Attempts on one e-mail (or each its own) at the given times; every decision. */
function attempts(list: readonly { valid: boolean; at: number; email?: string }[], from: ThrottleState = EMPTY_THROTTLE) {
  let state = from;
  const decisions: ThrottleDecision[] = [];
  for (const a of list) {
    const r = decideThrottledLogin(state, a.email ?? EMAIL, a.valid, a.at);
    state = r.state;
    decisions.push(r.decision);
  }
  return { state, decisions };
}

/** `n` wrong attempts, one second apart from `from`. */
const wrong = (n: number, from = T0, email = EMAIL) => Array.from({ length: n }, (_, i) => ({ valid: false, at: from + i * SEC, email }));

describe('PP-LOGIN throttling (server rule, point 3)', () => {
  test('PP-LOGIN constants: 5 free failures, 30 s first wait, doubling, capped at 15 min, forgotten after 24 h', () => {
    assert.equal(THROTTLE_FREE_FAILURES, 5);
    assert.equal(THROTTLE_FIRST_WAIT_MS, 30 * SEC);
    assert.equal(THROTTLE_WAIT_FACTOR, 2);
    assert.equal(THROTTLE_MAX_WAIT_MS, 15 * MIN);
    assert.equal(THROTTLE_FORGET_AFTER_MS, 24 * 60 * MIN);
  });

  test('PP-LOGIN 4 failures in a row → still answered 401 (refused), no wait; the right password then signs in', () => {
    const { state, decisions } = attempts(wrong(4));
    assert.deepEqual(decisions, Array(4).fill({ kind: 'refused' }));
    assert.equal(throttledUntil(state, EMAIL, T0 + 4 * SEC), undefined);
    assert.equal(throttleEntry(state, EMAIL, T0 + 4 * SEC)?.failures, 4);
    assert.deepEqual(decideThrottledLogin(state, EMAIL, true, T0 + 4 * SEC).decision, { kind: 'accepted' });
  });

  test('PP-LOGIN the 5th failure in a row → wait 30 s, said at once; the right password during the wait is not accepted', () => {
    const { state, decisions } = attempts(wrong(5));
    const at5 = T0 + 4 * SEC;
    assert.deepEqual(decisions.at(-1), { kind: 'wait', retryAt: at5 + 30 * SEC });
    assert.equal(throttledUntil(state, EMAIL, at5), at5 + 30 * SEC);
    const during = decideThrottledLogin(state, EMAIL, true, at5 + 10 * SEC);
    assert.deepEqual(during.decision, { kind: 'wait', retryAt: at5 + 30 * SEC });
    // Not counted, not lengthened.
    assert.equal(during.state, state);
    assert.equal(retryAfterSeconds(at5 + 30 * SEC, at5 + 10 * SEC), 20);
  });

  test('PP-LOGIN the exact end of a wait: 1 ms before, still waiting (Retry-After 1); at it, the attempt is checked', () => {
    const { state } = attempts(wrong(5));
    const end = T0 + 4 * SEC + 30 * SEC;
    assert.deepEqual(decideThrottledLogin(state, EMAIL, true, end - 1).decision, { kind: 'wait', retryAt: end });
    assert.equal(retryAfterSeconds(end, end - 1), 1);
    assert.equal(throttledUntil(state, EMAIL, end), undefined);
    const ok = decideThrottledLogin(state, EMAIL, true, end);
    assert.deepEqual(ok.decision, { kind: 'accepted' });
    // Success resets: the next failure is the first again.
    assert.equal(throttleEntry(ok.state, EMAIL, end), undefined);
    assert.deepEqual(attempts(wrong(4, end), ok.state).decisions, Array(4).fill({ kind: 'refused' }));
  });

  test('PP-LOGIN the 6th failure (after the first wait) → a wait of 1 min; then 2, 4, 8 min; then capped at 15 min', () => {
    let { state } = attempts(wrong(5));
    let at = T0 + 4 * SEC;
    const waits: number[] = [];
    for (let failures = 6; failures <= 12; failures++) {
      at = throttledUntil(state, EMAIL, at)!;
      const r = decideThrottledLogin(state, EMAIL, false, at);
      assert.equal(r.decision.kind, 'wait');
      waits.push(((r.decision as { retryAt: number }).retryAt - at) / SEC);
      state = r.state;
    }
    assert.deepEqual(waits, [60, 120, 240, 480, 900, 900, 900]);
    assert.deepEqual([0, 1, 4, 5, 6, 9, 10, 1000].map(throttleWaitMs), [0, 0, 0, 30 * SEC, 60 * SEC, 8 * MIN, 15 * MIN, 15 * MIN]);
  });

  test('PP-LOGIN a count is forgotten 24 h after its last failure (the instant before, it still counts)', () => {
    const { state } = attempts(wrong(4));
    const last = T0 + 3 * SEC;
    assert.deepEqual(decideThrottledLogin(state, EMAIL, false, last + THROTTLE_FORGET_AFTER_MS - 1).decision.kind, 'wait');
    assert.deepEqual(decideThrottledLogin(state, EMAIL, false, last + THROTTLE_FORGET_AFTER_MS).decision, { kind: 'refused' });
    assert.equal(pruneThrottle(state, last + THROTTLE_FORGET_AFTER_MS).size, 0);
    assert.equal(pruneThrottle(state, last + THROTTLE_FORGET_AFTER_MS - 1), state);
  });

  test('PP-LOGIN per e-mail (case and spaces aside); another e-mail is not held back; a reset through the link clears it', () => {
    const { state } = attempts([
      ...wrong(3),
      { valid: false, at: T0 + 3 * SEC, email: '  Baptiste.MARTIN@granulats-dupont.fr ' },
      { valid: false, at: T0 + 4 * SEC, email: EMAIL.toUpperCase() },
    ]);
    assert.ok(throttledUntil(state, EMAIL, T0 + 5 * SEC));
    assert.deepEqual(decideThrottledLogin(state, 'claire.durand@granulats-dupont.fr', true, T0 + 5 * SEC).decision, { kind: 'accepted' });
    const cleared = clearThrottle(state, EMAIL);
    assert.equal(throttledUntil(cleared, EMAIL, T0 + 5 * SEC), undefined);
    assert.equal(clearThrottle(cleared, EMAIL), cleared);
  });

  // ── properties ──

  const attempt = fc.record({ valid: fc.boolean(), gap: fc.integer({ min: 0, max: 20 * MIN }), who: fc.constantFrom('a', 'b', 'other') });
  const run = (list: readonly { valid: boolean; gap: number; who: string }[], emails: Record<string, string>) => {
    let at = T0;
    return attempts(list.map((a) => ((at += a.gap), { valid: a.valid, at, email: emails[a.who]! })));
  };

  test('property: known and unknown e-mails get identical decisions (the rule never learns whether an account exists)', () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 40 }), (list) => {
        // The same attempts, with "a" a company's login in one run and an e-mail nobody has in the other.
        const known = run(list, { a: EMAIL, b: 'x@y.fr', other: 'z@y.fr' }).decisions;
        const unknown = run(list, { a: 'personne@nulle-part.fr', b: 'x@y.fr', other: 'z@y.fr' }).decisions;
        assert.deepEqual(unknown, known);
      }),
    );
  });

  test('property: while waiting nothing is accepted; a wait never exceeds the cap; waits only grow until a success', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ valid: fc.boolean(), gap: fc.integer({ min: 0, max: 20 * MIN }) }), { maxLength: 60 }), (list) => {
        let state = EMPTY_THROTTLE;
        let at = T0;
        let lastWait = 0;
        for (const a of list) {
          at += a.gap;
          const waiting = throttledUntil(state, EMAIL, at);
          const r = decideThrottledLogin(state, EMAIL, a.valid, at);
          if (waiting !== undefined) assert.deepEqual(r.decision, { kind: 'wait', retryAt: waiting });
          if (r.decision.kind === 'wait') {
            assert.ok(r.decision.retryAt - at <= THROTTLE_MAX_WAIT_MS);
            if (waiting === undefined) {
              const wait = r.decision.retryAt - at;
              assert.ok(wait >= lastWait || throttleEntry(state, EMAIL, at) === undefined, 'a new wait is not shorter than the last');
              lastWait = wait;
            }
          }
          if (r.decision.kind === 'accepted' || throttleEntry(r.state, EMAIL, at) === undefined) lastWait = 0;
          if (r.decision.kind === 'refused') assert.ok((throttleEntry(r.state, EMAIL, at)?.failures ?? 0) < THROTTLE_FREE_FAILURES);
          state = r.state;
        }
      }),
    );
  });
});
