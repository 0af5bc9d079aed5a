import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ApiFailure } from '../api/errors.js';
import { ApiError } from '../api/errors.js';
import { createFlowRunner, replay } from '../shared/flow.js';
import { RESEND_COOLDOWN_MS } from './one-time-code.js';
import {
  activationDeadline,
  activationFlow,
  activationKept,
  runActivationRequest,
  type ActivationApi,
  type ActivationEvent,
  type ActivationFlowRequest,
  type ActivationInvitation,
  type ActivationState,
  type ActivationWizard,
} from './activation-flow.js';
import type { VigieClient } from '../api/client.js';

// VA-ACTIVATE: the activation flow (issue 11 #1), effects included.

const T0 = Date.parse('2026-03-10T11:00:00.000Z');
const PERSON = { firstName: 'Claire', lastName: 'Martin', email: 'claire.martin@exemple.fr' };
const INVITATION: ActivationInvitation = {
  status: 'valid',
  expiresAt: '2026-03-20T11:00:00.000Z',
  person: PERSON,
  smsCodeDestination: '06 •• •• •• 01',
};
const NO_SMS: ActivationInvitation = { status: 'valid', expiresAt: '2026-03-20T11:00:00.000Z', person: PERSON };
const SESSION = { token: 'ses-1', expiresAt: '2026-03-10T12:00:00.000Z', user: { firstName: 'Claire', lastName: 'Martin' } };
const SENT = {
  channel: 'sms' as const,
  destination: '06 •• •• •• 01',
  expiresAt: '2026-03-10T11:10:00.000Z',
  resendAt: '2026-03-10T11:01:00.000Z',
};
const problem = (status: number, slug: string, extra: Record<string, unknown> = {}): ApiFailure => ({
  kind: 'http',
  status,
  problem: { type: `/problems/${slug}`, status, title: slug, ...extra },
});
const ctx = (now = T0) => ({ now });

const walk = (invitation = INVITATION): ActivationEvent[] => [
  { type: 'start', token: 'tok' },
  { type: 'checked', status: invitation },
  { type: 'password-chosen', password: 'Une phrase de passe' },
  { type: 'person-confirmed', person: PERSON },
  { type: 'terms-accepted' },
];

test('VA-ACTIVATE: check, then password → person → terms → code, the heading focused at each step; the code is sent on arrival', () => {
  const { state, effects } = replay(activationFlow, walk(), ctx());
  assert.equal(state.phase, 'wizard');
  const w = state as ActivationWizard;
  assert.equal(w.step, 'code');
  assert.equal(w.codeSending, true);
  assert.deepEqual(
    effects.filter((e) => e.type === 'call').map((e) => (e as { request: ActivationFlowRequest }).request.op),
    ['status', 'send-code'],
  );
  assert.equal(effects.filter((e) => e.type === 'focus' && e.target === 'heading').length, 3);
});

test('VA-ACTIVATE: without an SMS code, the terms activate (3 steps); success emits the event (never the session), focuses « done », forgets the password', () => {
  const r = replay(activationFlow, walk(NO_SMS), ctx());
  const call = r.effects.at(-1);
  assert.deepEqual(call, {
    type: 'call',
    key: 'activate',
    request: { op: 'activate', token: 'tok', password: 'Une phrase de passe', person: PERSON },
  });
  const done = activationFlow.transition(r.state, { type: 'activated', signedIn: { kind: 'signed-in', session: SESSION } }, ctx());
  assert.deepEqual(done.state, { phase: 'done', person: PERSON });
  assert.deepEqual(
    done.effects.map((e) => (e.type === 'emit' ? e.name : e.type)),
    ['vault-activated', 'focus'],
  );
  assert.equal(JSON.stringify(done.state).includes('Une phrase'), false);
  assert.equal(JSON.stringify(done.effects).includes('ses-1'), false, 'the session token is in no event');
});

test('VA-ACTIVATE: the link’s states: expired, used, unknown (a problem), a 500 with a retry that checks again', () => {
  const start = activationFlow.transition({ phase: 'no-token' }, { type: 'start', token: 'tok' }, ctx()).state;
  assert.equal(
    activationFlow.transition(start, { type: 'checked', status: { status: 'expired', expiredAt: '2026-03-01T00:00:00Z' } }, ctx()).state
      .phase,
    'expired',
  );
  assert.equal(activationFlow.transition(start, { type: 'checked', status: { status: 'used' } }, ctx()).state.phase, 'used');
  assert.equal(
    activationFlow.transition(start, { type: 'check-failed', failure: problem(404, 'token-unknown') }, ctx()).state.phase,
    'unknown',
  );
  const failed = activationFlow.transition(start, { type: 'check-failed', failure: problem(500, 'oops') }, ctx()).state;
  assert.equal(failed.phase, 'error');
  const again = activationFlow.transition(failed, { type: 'retry' }, ctx());
  assert.equal(again.state.phase, 'checking');
  assert.equal(again.effects[0]?.type, 'call');
});

test('VA-ACTIVATE (issue 8 #18): a 500 keeps the password (retry sends it again); a 403 drops it; a wrong code keeps it and says so on the code', () => {
  const at = replay(activationFlow, [...walk(NO_SMS)], ctx()).state;
  const s500 = activationFlow.transition(at, { type: 'activation-failed', failure: problem(500, 'oops') }, ctx()).state as ActivationWizard;
  assert.equal(s500.password, 'Une phrase de passe');
  assert.equal(s500.busy, false);
  assert.ok(s500.failure);
  const s403 = activationFlow.transition(at, { type: 'activation-failed', failure: problem(403, 'forbidden') }, ctx())
    .state as ActivationWizard;
  assert.equal(s403.password, undefined);
  // Re-sending the terms with the password dropped: back to the password step, « type it again ».
  const back = activationFlow.transition({ ...s403, failure: undefined } as ActivationWizard, { type: 'terms-accepted' }, ctx())
    .state as ActivationWizard;
  assert.equal(back.step, 'password');
  assert.equal(back.retyping, true);

  const code = replay(
    activationFlow,
    [...walk(), { type: 'code-sent', sent: SENT, again: false }, { type: 'code-entered', code: '000000' }],
    ctx(),
  ).state;
  const wrong = activationFlow.transition(code, { type: 'activation-failed', failure: problem(422, 'invalid-code') }, ctx())
    .state as ActivationWizard;
  assert.equal(wrong.step, 'code');
  assert.equal(wrong.password, 'Une phrase de passe');
  assert.equal(wrong.notice?.reason, 'invalid-code');
  const unavailable = activationFlow.transition(code, { type: 'activation-failed', failure: problem(409, 'email-unavailable') }, ctx());
  assert.equal((unavailable.state as ActivationWizard).step, 'person');
  assert.equal((unavailable.state as ActivationWizard).notice?.reason, 'email-unavailable');
});

test('VA-ACTIVATE: leaving the page drops the password and what was on its way; back, the check is made again or the password asked again', () => {
  const mid = replay(activationFlow, walk(), ctx()).state;
  const kept = activationKept(mid) as ActivationWizard;
  assert.equal(kept.password, undefined);
  assert.equal(kept.codeSending, false);
  const back = activationFlow.transition(kept, { type: 'returned' }, ctx()).state as ActivationWizard;
  assert.equal(back.step, 'password');
  assert.equal(back.person?.lastName, 'Martin', 'the names are kept');
  const cut = activationFlow.transition({ phase: 'checking', token: 'tok' }, { type: 'returned' }, ctx());
  assert.deepEqual(cut.effects, [{ type: 'call', key: 'status', request: { op: 'status', token: 'tok' } }]);
});

// ── the resend cool-down and the code's expiry (deadlines in the state) ─────────────────────

const atCode = (now = T0): ActivationState =>
  replay(
    activationFlow,
    [
      ...walk(),
      {
        type: 'code-sent',
        sent: { ...SENT, resendAt: new Date(now + RESEND_COOLDOWN_MS).toISOString(), expiresAt: new Date(now + 600_000).toISOString() },
        again: false,
      },
    ],
    ctx(now),
  ).state;

test('VA-ACTIVATE: « nouveau code » refused 1 ms before the cool-down’s end, allowed at it and after', () => {
  const s = atCode();
  const resendAt = T0 + RESEND_COOLDOWN_MS;
  for (const [now, allowed] of [
    [resendAt - 1, false],
    [resendAt, true],
    [resendAt + 1, true],
  ] as const) {
    const step = activationFlow.transition(s, { type: 'send-code', again: true }, ctx(now));
    assert.equal(
      step.effects.some((e) => e.type === 'call'),
      allowed,
      `at resendAt${now - resendAt >= 0 ? '+' : ''}${now - resendAt} ms`,
    );
  }
});

test('VA-ACTIVATE: the deadline ticks each second of the cool-down, then at the code’s expiry, then none', () => {
  const s = atCode();
  assert.equal(activationDeadline(s)?.at, T0 + 1000);
  const resendAt = T0 + RESEND_COOLDOWN_MS;
  const expiresAt = T0 + 600_000;
  const tick = (from: ActivationState, now: number) => activationFlow.transition(from, { type: 'tick' }, ctx(now)).state;
  assert.equal(activationDeadline(tick(s, resendAt - 1))?.at, resendAt, 'the ms before: the last second');
  assert.equal(activationDeadline(tick(s, resendAt))?.at, expiresAt, 'at the end of the cool-down: the expiry next');
  assert.equal(activationDeadline(tick(s, expiresAt - 1))?.at, expiresAt);
  assert.equal(activationDeadline(tick(s, expiresAt)), undefined, 'at the expiry: nothing more');
  assert.equal(activationDeadline(tick(s, expiresAt + 1)), undefined);
});

test('VA-ACTIVATE: a 429 on the first sending: the code field anyway, with the server’s resendAt (or now + 60 s)', () => {
  const s = replay(activationFlow, walk(), ctx()).state;
  const withAt = activationFlow.transition(
    s,
    { type: 'code-failed', failure: problem(429, 'resend-too-early', { resendAt: '2026-03-10T11:00:40.000Z' }) },
    ctx(),
  ).state as ActivationWizard;
  assert.equal(withAt.code?.resendAt, T0 + 40_000);
  assert.equal(withAt.codeStatus, 'vault.code.error.tooEarly');
  const without = activationFlow.transition(s, { type: 'code-failed', failure: problem(429, 'resend-too-early') }, ctx())
    .state as ActivationWizard;
  assert.equal(without.code?.resendAt, T0 + RESEND_COOLDOWN_MS);
});

// ── the runner over a fake server: effects included ───────────────────────────────────────

function fakeApi(o: { failActivate?: ApiFailure } = {}) {
  const calls: string[] = [];
  const api: ActivationApi = {
    async getVaultActivationStatus(_c, token) {
      calls.push(`status ${token}`);
      return INVITATION;
    },
    async sendVaultActivationCode() {
      calls.push('code');
      return SENT;
    },
    async activateVault(_c, r) {
      calls.push(`activate ${r.smsCode ?? ''}`);
      if (o.failActivate) throw new ApiError(o.failActivate, 'POST vault/activation');
      return { kind: 'signed-in', session: SESSION };
    },
  };
  return { api, calls };
}

test('VA-ACTIVATE: the whole flow through the runner: calls made, answers fed back, events emitted, focus moved', async () => {
  const { api, calls } = fakeApi();
  const emitted: string[] = [];
  const focused: string[] = [];
  const runner = createFlowRunner(activationFlow, {
    context: () => ctx(),
    run: (r, signal) => runActivationRequest(api, {} as VigieClient, r, signal),
    host: { emit: (name) => (emitted.push(name), true), focus: (t) => void focused.push(t) },
  });
  for (const e of walk().slice(0, 1)) runner.send(e);
  await runner.settled();
  for (const e of walk().slice(2)) runner.send(e);
  await runner.settled();
  runner.send({ type: 'code-entered', code: '123456' });
  await runner.settled();
  assert.deepEqual(calls, ['status tok', 'code', 'activate 123456']);
  assert.deepEqual(emitted, ['vault-activated']);
  assert.deepEqual(focused, ['heading', 'heading', 'heading', 'done']);
  assert.equal(runner.state.phase, 'done');
});

test('VA-ACTIVATE: a failed activation through the runner comes back as its event (never an exception)', async () => {
  const { api } = fakeApi({ failActivate: problem(500, 'oops') });
  const runner = createFlowRunner(activationFlow, {
    context: () => ctx(),
    run: (r, signal) => runActivationRequest(api, {} as VigieClient, r, signal),
  });
  runner.send({ type: 'start', token: 'tok' });
  await runner.settled();
  for (const e of walk(NO_SMS).slice(2)) runner.send(e);
  // The fake status says SMS: the runner's invitation has a code step; activate from it.
  runner.send({ type: 'code-entered', code: '123456' });
  await runner.settled();
  const s = runner.state as ActivationWizard;
  assert.equal(s.busy, false);
  assert.equal(s.failure?.kind, 'http');
  assert.equal(s.password, 'Une phrase de passe');
});

// ── properties ────────────────────────────────────────────────────────────────────────────

const anyEvent: fc.Arbitrary<ActivationEvent> = fc.oneof(
  fc.constant<ActivationEvent>({ type: 'start', token: 'tok' }),
  fc.constant<ActivationEvent>({ type: 'retry' }),
  fc.constant<ActivationEvent>({ type: 'returned' }),
  fc.constantFrom<ActivationInvitation>(INVITATION, NO_SMS).map((status): ActivationEvent => ({ type: 'checked', status })),
  fc.constant<ActivationEvent>({ type: 'check-failed', failure: problem(500, 'oops') }),
  fc.constant<ActivationEvent>({ type: 'password-chosen', password: 'Une phrase de passe' }),
  fc.constant<ActivationEvent>({ type: 'person-confirmed', person: PERSON }),
  fc.constant<ActivationEvent>({ type: 'terms-accepted' }),
  fc.constant<ActivationEvent>({ type: 'code-entered', code: '123456' }),
  fc.constantFrom('password', 'person', 'terms', 'code').map((step): ActivationEvent => ({ type: 'back', step: step as 'password' })),
  fc.boolean().map((again): ActivationEvent => ({ type: 'send-code', again })),
  fc.constant<ActivationEvent>({ type: 'code-sent', sent: SENT, again: true }),
  fc
    .constantFrom(problem(500, 'oops'), problem(429, 'resend-too-early'), problem(410, 'token-expired'))
    .map((failure): ActivationEvent => ({ type: 'code-failed', failure })),
  fc.constant<ActivationEvent>({ type: 'activated', signedIn: { kind: 'signed-in', session: SESSION } }),
  fc
    .constantFrom(
      problem(500, 'oops'),
      problem(403, 'forbidden'),
      problem(422, 'invalid-code'),
      problem(409, 'email-unavailable'),
      problem(422, 'password-policy'),
    )
    .map((failure): ActivationEvent => ({ type: 'activation-failed', failure })),
  fc.constant<ActivationEvent>({ type: 'dismiss' }),
  fc.constant<ActivationEvent>({ type: 'tick' }),
);

test('VA-ACTIVATE property: never two activations (nor two code sendings) in flight; the state stays valid; a tick never moves the deadline back', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(anyEvent, fc.nat(5_000)), { maxLength: 40 }), (events) => {
      let now = T0;
      let state: ActivationState = activationFlow.init(ctx()).state;
      let activating = false;
      let sending = false;
      let lastDeadline = -Infinity;
      for (const [event, dt] of events) {
        now += dt;
        const step = activationFlow.transition(state, event, ctx(now));
        const calls = step.effects.filter((e) => e.type === 'call').map((e) => (e as { request: ActivationFlowRequest }).request.op);
        // An answer settles what was in flight.
        if (event.type === 'activated' || event.type === 'activation-failed') activating = false;
        if (event.type === 'code-sent' || event.type === 'code-failed') sending = false;
        if (event.type === 'start' || step.state.phase !== 'wizard') activating = sending = false;
        if (calls.includes('activate')) {
          assert.equal(activating, false, 'a second activation in flight');
          activating = true;
        }
        if (calls.includes('send-code')) {
          assert.equal(sending, false, 'a second code sending in flight');
          sending = true;
        }
        state = step.state;
        if (state.phase === 'wizard') {
          assert.equal(state.busy, activating);
          assert.ok(
            (state.step === 'code') === false || state.invitation.smsCodeDestination !== undefined,
            'the code step only with an SMS',
          );
          if (state.step !== 'password' && state.step !== 'person') assert.ok(state.person, 'terms and code come after the person');
        }
        if (state.phase === 'done') assert.equal(JSON.stringify(state).includes('Une phrase'), false, 'no password after success');
        // Within one code, its deadline only moves forward (a new code may start a new count-down).
        const d = activationDeadline(state);
        if (event.type === 'tick' && d) {
          assert.ok(d.at >= lastDeadline, 'deadlines only move forward');
          lastDeadline = d.at;
        } else lastDeadline = -Infinity;
      }
    }),
    { numRuns: 300 },
  );
});

test('VA-ACTIVATE property: ticking at the deadline always moves it later, or ends it (the controller never spins)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 120_000 }),
      fc.integer({ min: 0, max: 700_000 }),
      fc.array(fc.integer({ min: 0, max: 3_000 }), { maxLength: 30 }),
      (cool, life, lates) => {
        let s: ActivationState = replay(
          activationFlow,
          [
            ...walk(),
            {
              type: 'code-sent',
              sent: { ...SENT, resendAt: new Date(T0 + cool).toISOString(), expiresAt: new Date(T0 + cool + life).toISOString() },
              again: false,
            },
          ],
          ctx(),
        ).state;
        for (const late of lates) {
          const d = activationDeadline(s);
          if (!d) return;
          const next = activationFlow.transition(s, d.event, ctx(d.at + late)).state;
          const after = activationDeadline(next);
          if (after) assert.ok(after.at > d.at, `deadline ${after.at} not after ${d.at}`);
          s = next;
        }
      },
    ),
  );
});
