import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ApiError, type ApiFailure } from '../api/errors.js';
import type { VigieClient } from '../api/client.js';
import { createFlowRunner, replay } from '../shared/flow.js';
import {
  PASSPORT_RESET_STEPS,
  passportResetFlow,
  runPassportResetRequest,
  type PassportResetApi,
  type PassportResetEvent,
  type PassportResetRequest,
  type PassportResetState,
} from './password-reset-flow.js';

// PP-LOGIN (forgotten password): the reset-link page as a flow (issue 11 #1), effects included.

const ctx = { now: 0 };
const problem = (status: number, slug: string): ApiFailure => ({
  kind: 'http',
  status,
  problem: { type: `/problems/${slug}`, status, title: slug },
});
const calls = (effects: readonly { type: string }[]) =>
  effects.filter((e) => e.type === 'call').map((e) => (e as unknown as { request: PassportResetRequest }).request);
const LINK: PassportResetEvent = { type: 'link', token: 'tok', key: 'k1' };

test('PP-LOGIN reset: no link; a link is checked; valid → the form; expired, used, unknown (problems, any 404/410); a 500 retries', () => {
  assert.deepEqual(passportResetFlow.init(ctx).state, { step: 'no-link' });
  const at = (e: PassportResetEvent) => replay(passportResetFlow, [LINK, e], ctx).state;
  assert.deepEqual(at({ type: 'checked' }), { step: 'form', token: 'tok', key: 'k1' });
  assert.deepEqual(at({ type: 'check-failed', failure: problem(410, 'link-expired') }), { step: 'expired' });
  assert.deepEqual(at({ type: 'check-failed', failure: problem(410, 'link-used') }), { step: 'used' });
  assert.deepEqual(at({ type: 'check-failed', failure: problem(404, 'anything') }), { step: 'unknown' });
  const failed = at({ type: 'check-failed', failure: problem(500, 'x') });
  assert.equal(failed.step, 'check-failed');
  assert.deepEqual(calls(passportResetFlow.transition(failed, { type: 'retry-check' }, ctx).effects), [{ op: 'status', token: 'tok' }]);
});

test('PP-LOGIN reset: the new password with the link’s one key; success forgets the link; refusals placed; a 500 keeps the link', () => {
  const form: PassportResetState = { step: 'form', token: 'tok', key: 'k1' };
  const sending = passportResetFlow.transition(form, { type: 'reset', password: 'Une phrase de passe' }, ctx);
  assert.deepEqual(calls(sending.effects), [{ op: 'reset', token: 'tok', key: 'k1', password: 'Une phrase de passe' }]);
  assert.equal(JSON.stringify(sending.state).includes('Une phrase'), false);
  assert.deepEqual(
    passportResetFlow.transition(sending.state, { type: 'reset', password: 'again' }, ctx).effects,
    [],
    'never two in flight',
  );
  const done = passportResetFlow.transition(sending.state, { type: 'reset-done' }, ctx);
  assert.deepEqual(done.state, { step: 'done' });
  assert.deepEqual(done.effects, [
    { type: 'focus', target: 'heading' },
    { type: 'emit', name: 'passport-password-reset' },
  ]);
  const refused = (f: ApiFailure) => passportResetFlow.transition(sending.state, { type: 'reset-failed', failure: f }, ctx).state;
  assert.deepEqual(refused(problem(410, 'link-used')), { step: 'used' });
  assert.equal(refused(problem(422, 'validation')).notice?.seq, 1);
  assert.deepEqual(refused(problem(500, 'x')), form);
});

test('PP-LOGIN reset: through the runner with a fake api', async () => {
  const seen: string[] = [];
  const api: PassportResetApi = {
    async getPassportResetLinkStatus(_c, token) {
      seen.push(`status ${token}`);
      return { status: 'valid' };
    },
    async resetPassportPassword(_c, token, _p, opts) {
      seen.push(`reset ${token} ${opts?.idempotencyKey}`);
      if (seen.length === 2) throw new ApiError({ kind: 'network', message: 'offline' }, 'POST');
    },
  };
  const emitted: string[] = [];
  const runner = createFlowRunner(passportResetFlow, {
    context: () => ctx,
    run: (r, s) => runPassportResetRequest(api, {} as VigieClient, r, s),
    host: { emit: (n) => (emitted.push(n), true) },
  });
  runner.send(LINK);
  await runner.settled();
  runner.send({ type: 'reset', password: 'Une phrase de passe' });
  await runner.settled();
  assert.equal(runner.state.step, 'form', 'a lost answer keeps the form');
  runner.send({ type: 'reset', password: 'Une phrase de passe' });
  await runner.settled();
  assert.equal(runner.state.step, 'done');
  assert.deepEqual(seen, ['status tok', 'reset tok k1', 'reset tok k1'], 'the retry replays the same key');
  assert.deepEqual(emitted, ['passport-password-reset']);
});

test('PP-LOGIN reset property: never two resets in flight, a valid step always, the token only while the link is in use, never the password', () => {
  const anyEvent = fc.oneof(
    fc.constant(LINK),
    fc.constant<PassportResetEvent>({ type: 'retry-check' }),
    fc.constant<PassportResetEvent>({ type: 'checked' }),
    fc
      .constantFrom(problem(500, 'x'), problem(410, 'link-expired'), problem(422, 'validation'), problem(404, 'x'))
      .chain((failure) => fc.constantFrom<PassportResetEvent>({ type: 'check-failed', failure }, { type: 'reset-failed', failure })),
    fc.constant<PassportResetEvent>({ type: 'reset', password: 'Une phrase de passe' }),
    fc.constant<PassportResetEvent>({ type: 'reset-done' }),
  );
  fc.assert(
    fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
      let s = passportResetFlow.init(ctx).state;
      for (const e of events) {
        const step = passportResetFlow.transition(s, e, ctx);
        if (s.busy) assert.equal(calls(step.effects).filter((r) => r.op === 'reset').length, 0, 'a second reset in flight');
        s = step.state;
        assert.ok((PASSPORT_RESET_STEPS as readonly string[]).includes(s.step));
        if (s.token !== undefined) assert.ok(['checking', 'check-failed', 'form'].includes(s.step));
        if (s.busy) assert.equal(s.step, 'form');
        assert.equal(JSON.stringify(s).includes('Une phrase'), false);
      }
    }),
    { numRuns: 300 },
  );
});
