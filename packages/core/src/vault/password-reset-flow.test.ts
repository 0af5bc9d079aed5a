import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ApiError, type ApiFailure } from '../api/errors.js';
import type { VigieClient } from '../api/client.js';
import { createFlowRunner, replay } from '../shared/flow.js';
import {
  PASSWORD_RESET_STEPS,
  passwordResetFlow,
  runPasswordResetRequest,
  type PasswordResetApi,
  type PasswordResetEvent,
  type PasswordResetFlowRequest,
  type PasswordResetState,
} from './password-reset-flow.js';

// VA-RESET: « Mot de passe oublié » as a flow (issue 11 #1), effects included.

const ctx = { now: Date.parse('2026-03-10T11:00:00Z') };
const problem = (status: number, slug: string, extra: Record<string, unknown> = {}): ApiFailure => ({
  kind: 'http',
  status,
  problem: { type: `/problems/${slug}`, status, title: slug, ...extra },
});
const network: ApiFailure = { kind: 'network', message: 'offline' };
const calls = (effects: readonly { type: string }[]) =>
  effects.filter((e) => e.type === 'call').map((e) => (e as unknown as { request: PasswordResetFlowRequest }).request);

test('VA-RESET: the request gives the same confirmation whatever the server refused (never says whether an account exists)', () => {
  for (const failure of [problem(404, 'not-found'), problem(400, 'validation'), problem(401, 'x'), problem(403, 'x')]) {
    const r = replay(
      passwordResetFlow,
      [
        { type: 'request', identifier: '123456789012', email: 'a@b.fr' },
        { type: 'request-failed', failure },
      ],
      ctx,
    );
    assert.equal(r.state.step, 'sent', `${failure.kind} ${'status' in failure ? failure.status : ''}`);
    assert.deepEqual(
      r.effects.filter((e) => e.type === 'emit').map((e) => (e as { name: string }).name),
      ['vault-reset-requested'],
    );
  }
  const ok = replay(passwordResetFlow, [{ type: 'request', identifier: '123456789012', email: 'a@b.fr' }, { type: 'requested' }], ctx);
  assert.equal(ok.state.step, 'sent');
});

test('VA-RESET: a failure to reach the service (network, 5xx, 408, 429) stays on the request: the form offers a retry', () => {
  for (const failure of [network, problem(500, 'x'), problem(503, 'x'), problem(408, 'x'), problem(429, 'x')]) {
    const r = replay(
      passwordResetFlow,
      [
        { type: 'request', identifier: '1', email: 'a@b.fr' },
        { type: 'request-failed', failure },
      ],
      ctx,
    );
    assert.deepEqual(r.state, { step: 'request' });
  }
});

test('VA-RESET: the link: valid → new password; expired, used, unknown (404, any refusal); a 500 offers a retry that checks again', () => {
  const link = (e: PasswordResetEvent) => replay(passwordResetFlow, [{ type: 'link', token: 'tok' }, e], ctx).state;
  assert.deepEqual(link({ type: 'checked', status: 'valid' }), { step: 'new-password', token: 'tok' });
  assert.deepEqual(link({ type: 'checked', status: 'expired' }), { step: 'expired' });
  assert.deepEqual(link({ type: 'checked', status: 'used' }), { step: 'used' });
  assert.deepEqual(link({ type: 'check-failed', failure: problem(410, 'token-expired') }), { step: 'expired' });
  assert.deepEqual(link({ type: 'check-failed', failure: problem(404, 'token-unknown') }), { step: 'unknown' });
  assert.deepEqual(link({ type: 'check-failed', failure: problem(403, 'forbidden') }), { step: 'unknown' });
  const failed = link({ type: 'check-failed', failure: problem(500, 'x') });
  assert.equal(failed.step, 'check-failed');
  const again = passwordResetFlow.transition(failed, { type: 'retry-check' }, ctx);
  assert.deepEqual(calls(again.effects), [{ op: 'status', token: 'tok' }]);
  assert.ok(again.effects.some((e) => e.type === 'focus'));
});

test('VA-RESET: the new password: success forgets the token and emits vault-password-changed; refusals are placed', () => {
  const at: PasswordResetState = { step: 'new-password', token: 'tok' };
  const sending = passwordResetFlow.transition(at, { type: 'reset', password: 'Une phrase de passe' }, ctx);
  assert.deepEqual(calls(sending.effects), [{ op: 'reset', token: 'tok', password: 'Une phrase de passe' }]);
  assert.equal(JSON.stringify(sending.state).includes('Une phrase'), false, 'the password is only in the call');
  const done = passwordResetFlow.transition(sending.state, { type: 'reset-done' }, ctx);
  assert.deepEqual(done.state, { step: 'done' });
  assert.deepEqual(
    done.effects.map((e) => e.type),
    ['focus', 'emit'],
  );
  const refused = (failure: ApiFailure) => passwordResetFlow.transition(sending.state, { type: 'reset-failed', failure }, ctx).state;
  assert.equal(refused(problem(422, 'password-policy')).notice?.reason, 'password-policy');
  assert.equal(refused(problem(400, 'x')).notice?.reason, 'rejected');
  assert.deepEqual(refused(problem(410, 'token-used')), { step: 'used' });
  assert.deepEqual(refused(problem(404, 'x')), { step: 'unknown' });
  assert.deepEqual(refused(problem(500, 'x')), at, 'the service could not answer: the form’s notice, the token kept');
  assert.deepEqual(passwordResetFlow.transition({ step: 'used' }, { type: 'start-over' }, ctx).state, { step: 'request' });
});

test('VA-RESET: through the runner with a fake api: calls made, answers fed back, events emitted', async () => {
  const seen: string[] = [];
  const api: PasswordResetApi = {
    async requestVaultPasswordReset(_c, identifier, _e, opts) {
      seen.push(`request ${identifier} ${opts?.idempotencyKey}`);
      return { status: 'accepted' };
    },
    async getVaultResetLinkStatus(_c, token) {
      seen.push(`status ${token}`);
      return { status: 'valid', expiresAt: '2026-03-11T11:00:00Z' };
    },
    async resetVaultPassword(_c, token) {
      seen.push(`reset ${token}`);
      throw new ApiError(problem(422, 'password-policy'), 'POST vault/password-reset');
    },
  };
  const emitted: string[] = [];
  const runner = createFlowRunner(passwordResetFlow, {
    context: () => ctx,
    run: (r, signal) => runPasswordResetRequest(api, {} as VigieClient, r, signal, 'key-1'),
    host: { emit: (name) => (emitted.push(name), true) },
  });
  runner.send({ type: 'request', identifier: '123456789012', email: 'a@b.fr' });
  await runner.settled();
  assert.equal(runner.state.step, 'sent');
  runner.send({ type: 'link', token: 'tok' });
  await runner.settled();
  runner.send({ type: 'reset', password: 'Une phrase de passe' });
  await runner.settled();
  assert.equal(runner.state.notice?.reason, 'password-policy');
  assert.deepEqual(seen, ['request 123456789012 key-1', 'status tok', 'reset tok']);
  assert.deepEqual(emitted, ['vault-reset-requested']);
});

const anyEvent: fc.Arbitrary<PasswordResetEvent> = fc.oneof(
  fc.constant<PasswordResetEvent>({ type: 'link', token: 'tok' }),
  fc.constant<PasswordResetEvent>({ type: 'start-over' }),
  fc.constant<PasswordResetEvent>({ type: 'retry-check' }),
  fc.constantFrom('valid', 'expired', 'used').map((status): PasswordResetEvent => ({ type: 'checked', status: status as 'valid' })),
  fc
    .constantFrom(network, problem(500, 'x'), problem(404, 'token-unknown'), problem(422, 'password-policy'), problem(400, 'x'))
    .chain((failure) =>
      fc.constantFrom<PasswordResetEvent>(
        { type: 'check-failed', failure },
        { type: 'request-failed', failure },
        { type: 'reset-failed', failure },
      ),
    ),
  fc.constant<PasswordResetEvent>({ type: 'request', identifier: '1', email: 'a@b.fr' }),
  fc.constant<PasswordResetEvent>({ type: 'requested' }),
  fc.constant<PasswordResetEvent>({ type: 'reset', password: 'Une phrase de passe' }),
  fc.constant<PasswordResetEvent>({ type: 'reset-done' }),
);

test('VA-RESET property: never two requests in flight; the step is always one of the steps; a token only where a link is being used; never the password in the state', () => {
  fc.assert(
    fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
      let state = passwordResetFlow.init(ctx).state;
      let inFlight = 0;
      for (const e of events) {
        const step = passwordResetFlow.transition(state, e, ctx);
        const made = calls(step.effects).filter((r) => r.op !== 'status').length;
        if (state.busy && !step.state.busy) inFlight = 0;
        inFlight += made;
        assert.ok(inFlight <= 1, 'two requests in flight');
        assert.equal(Boolean(step.state.busy), inFlight === 1);
        state = step.state;
        assert.ok((PASSWORD_RESET_STEPS as readonly string[]).includes(state.step));
        if (state.token !== undefined) assert.ok(['checking', 'check-failed', 'new-password'].includes(state.step));
        assert.equal(JSON.stringify(state).includes('Une phrase'), false);
      }
    }),
    { numRuns: 300 },
  );
});
