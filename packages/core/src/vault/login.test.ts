/**
 * VA-LOGIN — the login machine of <vault-login>: the server is the authority (lock, failures,
 * second factor, temporary password); the machine shows what it says.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ApiError } from '../api/errors.js';
import { failureFromResponse } from '../api/problem.js';
import { run } from '../shared/machine.js';
import {
  LOGIN_STATUSES,
  isLoginCodeExpired,
  lockRemainingMinutes,
  lockRemainingMs,
  loginEventFromCodeSent,
  loginEventFromError,
  loginEventFromResponse,
  loginMachine,
  loginRefusal,
  loginResendWaitSeconds,
  nextLoginDeadline,
  type LoginEvent,
  type LoginState,
} from './login.js';
import type { VaultSession } from './schemas.js';

const T0 = Date.parse('2026-03-10T09:00:00+01:00');
const MIN = 60_000;
const ctx = (now = T0) => ({ now });
const step = (s: LoginState, e: LoginEvent, now = T0) => loginMachine.transition(s, e, ctx(now));
const runAt = (events: LoginEvent[], now = T0, from?: LoginState) => run(loginMachine, events, ctx(now), from);

const SESSION: VaultSession = { token: 'vs_abc', expiresAt: '2026-03-10T09:30:00+01:00', user: { firstName: 'Paul', lastName: 'Dupont' } };
const submit = (identifier = '1234 5678 9012'): LoginEvent => ({ type: 'submit', identifier });
const locked = (lockedUntil = T0 + 120 * MIN): LoginEvent => ({ type: 'server-locked', lockedUntil });
const asked2fa: LoginEvent = {
  type: 'server-asked-second-factor',
  challenge: 'ch-1',
  channel: 'sms',
  destination: '06 •• •• •• 32',
  expiresAt: T0 + 10 * MIN,
  resendAt: T0 + MIN,
};

const apiError = (status: number, body: unknown) => new ApiError(failureFromResponse(status, body), 'POST vault/login');

describe('VA-LOGIN login machine', () => {
  test('VA-LOGIN starts idle; submit → submitting the password, identifier normalised', () => {
    const s0 = loginMachine.initial(ctx());
    assert.deepEqual(s0, { status: 'idle' });
    const s1 = step(s0, submit(' 1234 5678 9012 '));
    assert.equal(s1.status, 'submitting');
    assert.ok(s1.status === 'submitting');
    assert.equal(s1.step, 'password');
    assert.equal(s1.identifier, '123456789012');
  });

  test('VA-LOGIN a second submit while submitting is ignored: the machine says "already submitting"', () => {
    const s1 = runAt([submit()]);
    assert.equal(loginRefusal(s1, submit(), ctx()), 'already-submitting');
    assert.equal(step(s1, submit()), s1, 'the very same state');
    assert.equal(loginRefusal(s1, { type: 'code-submitted' }, ctx()), 'already-submitting');
  });

  test('VA-LOGIN a wrong password → failed, generic: no count, the identifier kept', () => {
    const s = runAt([submit(), { type: 'server-refused' }]);
    assert.deepEqual(s, { status: 'failed', reason: 'invalid-credentials', identifier: '123456789012' });
    assert.equal('failures' in s || 'count' in s || 'attempts' in s, false);
    assert.equal(runAt([{ type: 'server-refused' }], T0, s).status, 'failed', 'a stray answer changes nothing');
    assert.equal(step(s, submit()).status, 'submitting', 'and one may try again');
  });

  test('VA-LOGIN the 3rd failure (the server answers 423) → locked until T from the server, never decided by the client', () => {
    const s = runAt([submit(), { type: 'server-refused' }, submit(), { type: 'server-refused' }, submit(), { type: 'server-refused' }]);
    assert.equal(s.status, 'failed', 'three 401s are three generic failures: the client counts nothing');
    const l = runAt([submit(), locked(T0 + 120 * MIN)], T0, s);
    assert.deepEqual(l, { status: 'locked', identifier: '123456789012', lockedUntil: T0 + 120 * MIN });
  });

  test('VA-LOGIN while locked: the same identifier is refused ("locked"), another identifier may be tried', () => {
    const l = runAt([submit(), locked()]);
    assert.equal(loginRefusal(l, submit('123456789012'), ctx(T0 + MIN)), 'locked');
    assert.equal(step(l, submit('123456789012'), T0 + MIN), l);
    const other = step(l, submit('paul.dupont@example.fr'), T0 + MIN);
    assert.equal(other.status, 'submitting');
  });

  test('VA-LOGIN lock boundary: at lockedUntil − 1 ms still locked, lock-expired refused; at lockedUntil → idle', () => {
    const until = T0 + 120 * MIN;
    const l = runAt([submit(), locked(until)]);
    assert.equal(loginRefusal(l, { type: 'lock-expired' }, ctx(until - 1)), 'not-expected');
    assert.equal(step(l, { type: 'lock-expired' }, until - 1), l);
    assert.equal(loginRefusal(l, submit('123456789012'), ctx(until - 1)), 'locked');
    assert.deepEqual(step(l, { type: 'lock-expired' }, until), { status: 'idle' });
    assert.equal(loginRefusal(l, submit('123456789012'), ctx(until)), undefined, 'the same identifier may be tried at T');
  });

  test('VA-LOGIN the remaining time is derived from the state and now: 120 min → 120, 60 001 ms → 2, 60 000 ms → 1, 1 ms → 1, 0 → 0', () => {
    const until = T0 + 120 * MIN;
    const l = runAt([submit(), locked(until)]);
    assert.equal(lockRemainingMinutes(l, T0), 120);
    assert.equal(lockRemainingMinutes(l, T0 + 1), 120);
    assert.equal(lockRemainingMinutes(l, until - 60_001), 2);
    assert.equal(lockRemainingMinutes(l, until - 60_000), 1);
    assert.equal(lockRemainingMinutes(l, until - 1), 1);
    assert.equal(lockRemainingMinutes(l, until), 0);
    assert.equal(lockRemainingMs(l, until - 5), 5);
    assert.equal(lockRemainingMinutes({ status: 'idle' }, T0), 0);
  });

  test('VA-LOGIN nextLoginDeadline: the next minute change of the countdown, then the end of the lock', () => {
    const until = T0 + 120 * MIN;
    const l = runAt([submit(), locked(until)]);
    assert.equal(nextLoginDeadline(l, T0), T0 + MIN, 'from 120 to 119 minutes');
    assert.equal(nextLoginDeadline(l, T0 + 30_000), T0 + MIN);
    assert.equal(nextLoginDeadline(l, until - 30_000), until);
    assert.equal(nextLoginDeadline(l, until + 5), until, 'over: due at once');
    assert.equal(nextLoginDeadline({ status: 'idle' }, T0), undefined);
  });

  test('VA-LOGIN two-factor: password right → second-factor (channel, masked destination, expiry, resend) → code → signed-in', () => {
    const s2 = runAt([submit(), asked2fa]);
    assert.ok(s2.status === 'second-factor');
    assert.equal(s2.channel, 'sms');
    assert.equal(s2.destination, '06 •• •• •• 32');
    assert.equal(s2.expiresAt, T0 + 10 * MIN);
    assert.equal(s2.resent, false);
    assert.equal(loginRefusal(s2, submit(), ctx()), 'not-expected', 'reset first to change identifier');
    const s3 = step(s2, { type: 'code-submitted' });
    assert.ok(s3.status === 'submitting' && s3.step === 'code');
    const done = step(s3, { type: 'server-succeeded', session: SESSION });
    assert.deepEqual(done, { status: 'signed-in', identifier: '123456789012', session: SESSION });
  });

  test('VA-LOGIN two-factor: a wrong code keeps the step with attemptsLeft; the end of the challenge → failed, sign in again', () => {
    const s2 = runAt([submit(), asked2fa, { type: 'code-submitted' }, { type: 'server-refused-code', attemptsLeft: 4 }]);
    assert.ok(s2.status === 'second-factor');
    assert.equal(s2.error, 'invalid-code');
    assert.equal(s2.attemptsLeft, 4);
    assert.equal(s2.challenge, 'ch-1');
    const gone = runAt([{ type: 'code-submitted' }, { type: 'server-expired-challenge' }], T0, s2);
    assert.deepEqual(gone, { status: 'failed', reason: 'challenge-expired', identifier: '123456789012' });
  });

  test('VA-LOGIN two-factor: resend refused before resendAt (cooldown), allowed from resendAt; new deadlines; code expiry derived', () => {
    const s2 = runAt([submit(), asked2fa]);
    assert.equal(loginResendWaitSeconds(s2, T0), 60);
    assert.equal(loginRefusal(s2, { type: 'resend-requested' }, ctx(T0 + MIN - 1)), 'resend-cooldown');
    assert.equal(loginResendWaitSeconds(s2, T0 + MIN - 1), 1);
    const r = step(s2, { type: 'resend-requested' }, T0 + MIN);
    assert.ok(r.status === 'submitting' && r.step === 'resend');
    const s3 = step(r, { type: 'server-resent-code', expiresAt: T0 + 11 * MIN, resendAt: T0 + 2 * MIN }, T0 + MIN);
    assert.ok(s3.status === 'second-factor');
    assert.equal(s3.resent, true);
    assert.equal(s3.expiresAt, T0 + 11 * MIN);
    assert.equal(isLoginCodeExpired(s3, T0 + 11 * MIN - 1), false);
    assert.equal(isLoginCodeExpired(s3, T0 + 11 * MIN), true);
    assert.equal(nextLoginDeadline(s3, T0 + MIN), T0 + MIN + 1000, 'the resend countdown ticks every second');
    assert.equal(nextLoginDeadline(s3, T0 + 2 * MIN), T0 + 11 * MIN);
    const early = runAt([{ type: 'resend-requested' }, { type: 'server-refused-resend', resendAt: T0 + 3 * MIN }], T0 + 2 * MIN, s3);
    assert.ok(early.status === 'second-factor');
    assert.equal(early.error, 'resend-too-early');
    assert.equal(early.resendAt, T0 + 3 * MIN);
  });

  test('VA-LOSTID temporary password: must-change-password → new password → signed-in; a rejected one stays', () => {
    const m = runAt([submit(), { type: 'server-asked-password-change', challenge: 'ch-2', expiresAt: T0 + 15 * MIN }]);
    assert.deepEqual(m, { status: 'must-change-password', identifier: '123456789012', challenge: 'ch-2', expiresAt: T0 + 15 * MIN });
    const rejected = runAt([{ type: 'new-password-submitted' }, { type: 'server-refused-password' }], T0, m);
    assert.ok(rejected.status === 'must-change-password');
    assert.equal(rejected.error, 'password-rejected');
    const done = runAt([{ type: 'new-password-submitted' }, { type: 'server-succeeded', session: SESSION }], T0, rejected);
    assert.equal(done.status, 'signed-in');
  });

  test('VA-LOGIN second factor then temporary password: code → must-change-password', () => {
    const s = runAt([
      submit(),
      asked2fa,
      { type: 'code-submitted' },
      { type: 'server-asked-password-change', challenge: 'ch-3', expiresAt: T0 + 15 * MIN },
    ]);
    assert.equal(s.status, 'must-change-password');
  });

  test('X-STATES a network failure or a 500 goes back with "unavailable" and keeps the step (identifier, challenge)', () => {
    const f = runAt([submit(), { type: 'server-failed', failure: 'network' }]);
    assert.deepEqual(f, { status: 'failed', reason: 'unavailable', identifier: '123456789012', failure: 'network' });
    const s2 = runAt([submit(), asked2fa, { type: 'code-submitted' }, { type: 'server-failed', failure: 'http' }]);
    assert.ok(s2.status === 'second-factor');
    assert.equal(s2.error, 'unavailable');
    assert.equal(s2.challenge, 'ch-1');
  });

  test('VA-LOGIN a late answer after reset is ignored: it never signs in', () => {
    const s = runAt([submit(), { type: 'reset' }, { type: 'server-succeeded', session: SESSION }]);
    assert.deepEqual(s, { status: 'idle' });
  });

  test('VA-LOGIN signed-in: session-expired → failed (sign in again); reset signs out', () => {
    const s = runAt([submit(), { type: 'server-succeeded', session: SESSION }]);
    assert.equal(nextLoginDeadline(s, T0), Date.parse(SESSION.expiresAt));
    assert.deepEqual(step(s, { type: 'session-expired' }), { status: 'failed', reason: 'session-expired', identifier: '123456789012' });
    assert.deepEqual(step(s, { type: 'reset' }), { status: 'idle' });
    assert.equal(loginRefusal(s, submit(), ctx()), 'not-expected');
  });

  test('VA-LOGIN an answer that does not fit the step is an unexpected answer, never a stuck "submitting"', () => {
    const r = runAt([submit(), asked2fa, { type: 'resend-requested' }, { type: 'server-succeeded', session: SESSION }], T0 + MIN);
    assert.equal(r.status, 'second-factor');
    const p = runAt([submit(), { type: 'server-refused-code', attemptsLeft: 1 }]);
    assert.equal(p.status, 'failed');
    const n = runAt([submit(), { type: 'server-locked', lockedUntil: Number.NaN }]);
    assert.equal(n.status, 'failed', 'a lock without an end is not shown as a lock');
  });
});

describe('VA-LOGIN from the API to events', () => {
  test('VA-LOGIN responses → events (instants parsed)', () => {
    assert.deepEqual(loginEventFromResponse({ kind: 'signed-in', session: SESSION }), { type: 'server-succeeded', session: SESSION });
    assert.deepEqual(
      loginEventFromResponse({
        kind: 'second-factor',
        challenge: 'c',
        channel: 'email',
        destination: 'p•••@example.fr',
        expiresAt: '2026-03-10T08:10:00Z',
        resendAt: '2026-03-10T08:01:00Z',
      }),
      {
        type: 'server-asked-second-factor',
        challenge: 'c',
        channel: 'email',
        destination: 'p•••@example.fr',
        expiresAt: Date.parse('2026-03-10T08:10:00Z'),
        resendAt: Date.parse('2026-03-10T08:01:00Z'),
      },
    );
    assert.deepEqual(loginEventFromResponse({ kind: 'must-change-password', challenge: 'c', expiresAt: '2026-03-10T08:15:00Z' }), {
      type: 'server-asked-password-change',
      challenge: 'c',
      expiresAt: Date.parse('2026-03-10T08:15:00Z'),
    });
    assert.equal(
      loginEventFromCodeSent({ channel: 'sms', destination: 'x', expiresAt: '2026-03-10T08:10:00Z', resendAt: '2026-03-10T08:01:00Z' })
        .type,
      'server-resent-code',
    );
  });

  test('VA-LOGIN errors → events: 401 invalid-credentials, 423 with lockedUntil, invalid code, resend too early, policy, challenge over, others', () => {
    const now = T0;
    assert.deepEqual(loginEventFromError(apiError(401, { type: '/problems/invalid-credentials', title: 'x', status: 401 }), now), {
      type: 'server-refused',
    });
    assert.deepEqual(loginEventFromError(apiError(401, undefined), now), { type: 'server-refused' });
    assert.deepEqual(
      loginEventFromError(apiError(423, { type: '/problems/locked', title: 'x', status: 423, lockedUntil: '2026-03-10T10:00:00Z' }), now),
      {
        type: 'server-locked',
        lockedUntil: Date.parse('2026-03-10T10:00:00Z'),
      },
    );
    assert.deepEqual(
      loginEventFromError(apiError(423, undefined), now),
      { type: 'server-locked', lockedUntil: now + 120 * MIN },
      'a 423 without its end: the rule’s 120 minutes',
    );
    assert.deepEqual(
      loginEventFromError(apiError(422, { type: '/problems/invalid-code', title: 'x', status: 422, attemptsLeft: 2 }), now),
      { type: 'server-refused-code', attemptsLeft: 2 },
    );
    assert.deepEqual(
      loginEventFromError(
        apiError(429, { type: 'https://api.example/problems/resend-too-early', title: 'x', status: 429, resendAt: '2026-03-10T08:01:00Z' }),
        now,
      ),
      {
        type: 'server-refused-resend',
        resendAt: Date.parse('2026-03-10T08:01:00Z'),
      },
    );
    assert.deepEqual(
      loginEventFromError(apiError(422, { type: '/problems/password-policy', title: 'x', status: 422, issues: ['too-short'] }), now),
      { type: 'server-refused-password' },
    );
    assert.deepEqual(loginEventFromError(apiError(410, { type: '/problems/challenge-expired', title: 'x', status: 410 }), now), {
      type: 'server-expired-challenge',
    });
    assert.deepEqual(loginEventFromError(apiError(500, { title: 'boom' }), now), { type: 'server-failed', failure: 'http' });
    assert.deepEqual(loginEventFromError(new ApiError({ kind: 'network', message: 'x' }, 'POST vault/login'), now), {
      type: 'server-failed',
      failure: 'network',
    });
    assert.deepEqual(loginEventFromError(new TypeError('bug'), now), { type: 'server-failed', failure: 'unknown' });
  });
});

// ── properties ───────────────────────────────────────────────────────────────

const person = fc.oneof(
  fc
    .constantFrom('123456789012', '1234 5678 9012', 'paul.dupont@example.fr', 'inconnu')
    .map((identifier): LoginEvent => ({ type: 'submit', identifier })),
  fc.constant<LoginEvent>({ type: 'code-submitted' }),
  fc.constant<LoginEvent>({ type: 'resend-requested' }),
  fc.constant<LoginEvent>({ type: 'new-password-submitted' }),
  fc.constant<LoginEvent>({ type: 'reset' }),
  fc.constant<LoginEvent>({ type: 'lock-expired' }),
  fc.constant<LoginEvent>({ type: 'session-expired' }),
);
const at = fc.integer({ min: 0, max: 200 * MIN }).map((d) => T0 + d);
const server = fc.oneof(
  fc.constant<LoginEvent>({ type: 'server-refused' }),
  fc.integer({ min: 0, max: 5 }).map((attemptsLeft): LoginEvent => ({ type: 'server-refused-code', attemptsLeft })),
  at.map((resendAt): LoginEvent => ({ type: 'server-refused-resend', resendAt })),
  fc.constant<LoginEvent>({ type: 'server-refused-password' }),
  fc.constant<LoginEvent>({ type: 'server-expired-challenge' }),
  fc.oneof(at, fc.constant(Number.NaN)).map((lockedUntil): LoginEvent => ({ type: 'server-locked', lockedUntil })),
  fc
    .constantFrom('network', 'timeout', 'http', 'contract', 'aborted', 'unknown' as const)
    .map((failure): LoginEvent => ({ type: 'server-failed', failure })),
  fc.tuple(at, at).map(([expiresAt, resendAt]): LoginEvent => ({ ...asked2fa, expiresAt, resendAt })),
  at.map((expiresAt): LoginEvent => ({ type: 'server-asked-password-change', challenge: 'ch', expiresAt })),
  fc.tuple(at, at).map(([expiresAt, resendAt]): LoginEvent => ({ type: 'server-resent-code', expiresAt, resendAt })),
);
const success = fc.constant<LoginEvent>({ type: 'server-succeeded', session: SESSION });
/** Events with the time they happen at (time only moves forward). */
const timeline = (events: fc.Arbitrary<LoginEvent>) => fc.array(fc.tuple(events, fc.integer({ min: 0, max: 40 * MIN })), { maxLength: 40 });

function play(list: readonly [LoginEvent, number][], each: (before: LoginState, e: LoginEvent, after: LoginState, now: number) => void) {
  let s = loginMachine.initial(ctx());
  let now = T0;
  for (const [e, dt] of list) {
    now += dt;
    const next = loginMachine.transition(s, e, ctx(now));
    each(s, e, next, now);
    s = next;
  }
  return s;
}

describe('VA-LOGIN login machine properties', () => {
  test('VA-LOGIN property: no sequence of events reaches signed-in without a server-succeeded event', () => {
    fc.assert(
      fc.property(timeline(fc.oneof(person, server)), (list) => {
        play(list, (before, e, after) => {
          if (after.status === 'signed-in' && before.status !== 'signed-in') assert.equal(e.type, 'server-succeeded');
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('VA-LOGIN property: signed-in is reached only from submitting, on server-succeeded (and always then, except during a resend)', () => {
    fc.assert(
      fc.property(timeline(fc.oneof({ weight: 4, arbitrary: fc.oneof(person, server) }, { weight: 1, arbitrary: success })), (list) => {
        play(list, (before, e, after) => {
          if (e.type !== 'server-succeeded') return;
          if (before.status !== 'submitting') assert.equal(after, before, 'a stray success changes nothing');
          else assert.equal(after.status === 'signed-in', before.step !== 'resend');
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('VA-LOGIN property: every locked state has a lockedUntil (a finite instant), and comes from the server', () => {
    fc.assert(
      fc.property(timeline(fc.oneof(person, server, success)), (list) => {
        play(list, (before, e, after) => {
          assert.ok(LOGIN_STATUSES.includes(after.status));
          if (after.status === 'locked') {
            assert.ok(Number.isFinite(after.lockedUntil));
            if (before.status !== 'locked') assert.equal(e.type, 'server-locked', 'the client never decides a lock');
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('VA-LOGIN property: a submit while submitting is always ignored with "already-submitting"', () => {
    fc.assert(
      fc.property(timeline(fc.oneof(person, server, success)), fc.constantFrom('123456789012', 'autre@example.fr'), (list, identifier) => {
        play(list, (_b, _e, after, now) => {
          if (after.status !== 'submitting') return;
          const e: LoginEvent = { type: 'submit', identifier };
          assert.equal(loginRefusal(after, e, ctx(now)), 'already-submitting');
          assert.equal(loginMachine.transition(after, e, ctx(now)), after);
        });
      }),
      { numRuns: 500 },
    );
  });

  test('VA-LOGIN property: no state or event of the machine ever holds a password or a code', () => {
    fc.assert(
      fc.property(timeline(fc.oneof(person, server, success)), (list) => {
        play(list, (_b, e, after) => {
          for (const value of [e, after])
            assert.doesNotMatch(JSON.stringify(value), /"(password|newPassword|currentPassword|code)":|Bulletin-2026/);
        });
      }),
      { numRuns: 300 },
    );
  });
});
