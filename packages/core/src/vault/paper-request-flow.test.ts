import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ApiError, type ApiFailure } from '../api/errors.js';
import type { VigieClient } from '../api/client.js';
import { createFlowRunner, replay } from '../shared/flow.js';
import {
  paperLocked,
  paperRequestDeadline,
  paperRequestFlow,
  runPaperRequest,
  type PaperRequestApi,
  type PaperRequestEvent,
  type PaperRequestFlowRequest,
  type PaperRequestState,
} from './paper-request-flow.js';
import type { PaperRequestConfirmation, PaperRequestDraft } from './schemas.js';

// VA-PAPER: the paper payslip request as a flow (issue 11 #1), effects included.

const T0 = Date.parse('2026-03-10T11:00:00Z');
const ctx = (now = T0) => ({ now });
const REQUEST = { identifier: '123456789012', password: 'secret-pw', employer: 'Hôtels Azur', dataPolicyAccepted: true as const };
const DRAFT = {
  draftId: 'd1',
  firstName: 'Inès',
  lastName: 'Moreau',
  employer: 'Hôtels Azur',
  expiresAt: '2026-03-10T11:30:00Z',
} as PaperRequestDraft;
const CONFIRMATION = {
  reference: 'PAP-2026-000123',
  requestedAt: '2026-03-10T11:01:00Z',
  identifier: '123456789012',
  firstName: 'Inès',
  lastName: 'Moreau',
} as unknown as PaperRequestConfirmation;
const problem = (status: number, slug: string, extra: Record<string, unknown> = {}): ApiFailure => ({
  kind: 'http',
  status,
  problem: { type: `/problems/${slug}`, status, title: slug, ...extra },
});
const LOCK_END = T0 + 120 * 60_000;
const locked: ApiFailure = {
  kind: 'locked',
  status: 423,
  lockedUntil: new Date(LOCK_END).toISOString(),
  problem: { type: '/problems/locked', status: 423, title: 'Locked' },
};
const calls = (effects: readonly { type: string }[]) =>
  effects.filter((e) => e.type === 'call').map((e) => (e as unknown as { request: PaperRequestFlowRequest }).request);

test('VA-PAPER: form → draft → confirm → done, the step title focused; the reference emitted; the password only in the call', () => {
  const r = replay(
    paperRequestFlow,
    [
      { type: 'submit', request: REQUEST },
      { type: 'drafted', draft: DRAFT },
      { type: 'confirm' },
      { type: 'confirmed', confirmation: CONFIRMATION },
    ],
    ctx(),
  );
  assert.equal(r.state.step, 'done');
  assert.deepEqual(calls(r.effects), [
    { op: 'draft', request: REQUEST },
    { op: 'confirm', draftId: 'd1' },
  ]);
  assert.deepEqual(
    r.effects.filter((e) => e.type !== 'call'),
    [
      { type: 'focus', target: 'step-title' },
      { type: 'focus', target: 'step-title' },
      { type: 'emit', name: 'paper-payslip-requested', detail: 'PAP-2026-000123' },
    ],
  );
  assert.equal(JSON.stringify(r.state).includes('secret-pw'), false);
});

test('VA-PAPER: wrong credentials (the login’s generic refusal) focus the password; a lock focuses its alert; other refusals go to the form', () => {
  const at = (failure: ApiFailure) =>
    paperRequestFlow.transition(
      paperRequestFlow.transition(paperRequestFlow.init(ctx()).state, { type: 'submit', request: REQUEST }, ctx()).state,
      { type: 'draft-failed', failure },
      ctx(),
    );
  const refused = at(problem(401, 'invalid-credentials'));
  assert.deepEqual(refused.state, { step: 'form', busy: false, problem: { kind: 'invalid-credentials' } });
  assert.deepEqual(refused.effects, [{ type: 'focus', target: 'password' }]);
  const lock = at(locked);
  assert.deepEqual(lock.state, { step: 'form', busy: false, problem: { kind: 'locked', lockedUntil: LOCK_END, seenAt: T0 } });
  assert.deepEqual(lock.effects, [{ type: 'focus', target: 'alert' }]);
  const other = at(problem(422, 'validation'));
  assert.equal(other.state.step === 'form' && other.state.failure?.seq, 1);
});

test('VA-PAPER: the lock ends at lockedUntil exactly: on 1 ms before, off at it and after; the deadline ticks each minute then at the end', () => {
  const s: PaperRequestState = { step: 'form', busy: false, problem: { kind: 'locked', lockedUntil: LOCK_END, seenAt: T0 } };
  assert.equal(paperLocked(s.problem, LOCK_END - 1), true);
  assert.equal(paperLocked(s.problem, LOCK_END), false);
  assert.equal(paperLocked(s.problem, LOCK_END + 1), false);
  assert.equal(paperRequestDeadline(s)?.at, T0 + 60_000);
  const tick = (now: number) => paperRequestFlow.transition(s, { type: 'tick' }, ctx(now)).state;
  assert.equal(paperRequestDeadline(tick(LOCK_END - 1))?.at, LOCK_END, 'the ms before: the end next');
  assert.deepEqual(tick(LOCK_END), { step: 'form', busy: false }, 'at the end: the lock is gone');
  assert.deepEqual(tick(LOCK_END + 1), { step: 'form', busy: false });
  assert.equal(paperRequestDeadline(tick(LOCK_END)), undefined);
});

test('VA-PAPER: an expired draft says so (no retry of the same draft); another failure keeps the draft for a retry; cancel and leaving drop it', () => {
  const confirming = replay(
    paperRequestFlow,
    [{ type: 'submit', request: REQUEST }, { type: 'drafted', draft: DRAFT }, { type: 'confirm' }],
    ctx(),
  ).state;
  const expired = paperRequestFlow.transition(confirming, { type: 'confirm-failed', failure: problem(410, 'challenge-expired') }, ctx());
  assert.deepEqual(expired.state, { step: 'confirm', confirming: false, error: { kind: 'expired' } });
  assert.deepEqual(expired.effects, [{ type: 'focus', target: 'confirm-error' }]);
  const failed = paperRequestFlow.transition(confirming, { type: 'confirm-failed', failure: problem(500, 'x') }, ctx()).state;
  assert.equal(failed.step === 'confirm' && failed.draft?.draftId, 'd1');
  assert.deepEqual(calls(paperRequestFlow.transition(failed, { type: 'confirm' }, ctx()).effects), [{ op: 'confirm', draftId: 'd1' }]);
  assert.deepEqual(paperRequestFlow.transition(failed, { type: 'cancel' }, ctx()).state, { step: 'form', busy: false });
  assert.deepEqual(paperRequestFlow.transition(failed, { type: 'left' }, ctx()).state, { step: 'form', busy: false });
});

test('VA-PAPER: through the runner with a fake api (the confirmation’s key passed through)', async () => {
  const seen: string[] = [];
  const api: PaperRequestApi = {
    async draftPaperRequest(_c, r) {
      seen.push(`draft ${r.identifier}`);
      return DRAFT;
    },
    async confirmPaperRequest(_c, id, opts) {
      seen.push(`confirm ${id} ${opts?.idempotencyKey}`);
      if (seen.length === 2) throw new ApiError(problem(503, 'x'), 'POST');
      return CONFIRMATION;
    },
  };
  const emitted: unknown[] = [];
  const runner = createFlowRunner(paperRequestFlow, {
    context: () => ctx(),
    run: (r, s) => runPaperRequest(api, {} as VigieClient, r, s, 'k1'),
    host: { emit: (_n, d) => (emitted.push(d), true) },
  });
  runner.send({ type: 'submit', request: REQUEST });
  await runner.settled();
  runner.send({ type: 'confirm' });
  await runner.settled();
  assert.equal(runner.state.step, 'confirm');
  runner.send({ type: 'confirm' });
  await runner.settled();
  assert.equal(runner.state.step, 'done');
  assert.deepEqual(seen, ['draft 123456789012', 'confirm d1 k1', 'confirm d1 k1']);
  assert.deepEqual(emitted, ['PAP-2026-000123']);
});

test('VA-PAPER property: never two calls in flight; a draft only while confirming it; the lock’s deadline only moves forward', () => {
  const anyEvent: fc.Arbitrary<PaperRequestEvent> = fc.oneof(
    fc.constant<PaperRequestEvent>({ type: 'submit', request: REQUEST }),
    fc.constant<PaperRequestEvent>({ type: 'drafted', draft: DRAFT }),
    fc
      .constantFrom(problem(401, 'invalid-credentials'), locked, problem(500, 'x'))
      .map((failure): PaperRequestEvent => ({ type: 'draft-failed', failure })),
    fc.constant<PaperRequestEvent>({ type: 'cancel' }),
    fc.constant<PaperRequestEvent>({ type: 'confirm' }),
    fc.constant<PaperRequestEvent>({ type: 'confirmed', confirmation: CONFIRMATION }),
    fc
      .constantFrom(problem(410, 'challenge-expired'), problem(500, 'x'))
      .map((failure): PaperRequestEvent => ({ type: 'confirm-failed', failure })),
    fc.constant<PaperRequestEvent>({ type: 'left' }),
    fc.constant<PaperRequestEvent>({ type: 'tick' }),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(anyEvent, fc.nat(10 * 60_000)), { maxLength: 40 }), (events) => {
      let now = T0;
      let s = paperRequestFlow.init(ctx()).state;
      for (const [e, dt] of events) {
        now += dt;
        const before = paperRequestDeadline(s);
        const step = paperRequestFlow.transition(s, e, ctx(now));
        const busy = (s.step === 'form' && s.busy) || (s.step === 'confirm' && s.confirming);
        if (busy) assert.equal(calls(step.effects).length, 0, 'a second call in flight');
        s = step.state;
        assert.ok(!JSON.stringify(s).includes('secret-pw'));
        const after = paperRequestDeadline(s);
        if (e.type === 'tick' && before && after) assert.ok(after.at >= before.at, 'the lock’s deadline moved back');
      }
    }),
    { numRuns: 300 },
  );
});
