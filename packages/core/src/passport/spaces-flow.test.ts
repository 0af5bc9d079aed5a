import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ApiFailure } from '../api/errors.js';
import { createFlowRunner, replay, type FlowEffect } from '../shared/flow.js';
import type { SpacesStatus } from './schemas.js';
import {
  dissociationFailureInForm,
  spacesRefusalOf,
  switcherFlow,
  type SwitcherEvent,
  type SwitcherRequest,
  type SwitcherState,
} from './spaces-flow.js';
import { SPACE_KINDS } from './spaces.js';

const ctx = { now: Date.parse('2026-03-10T12:00:00+01:00') };
const SEPARATE: SpacesStatus = { linked: false, spaces: ['company'], active: 'company', canLink: true };
const LINKED: SpacesStatus = { linked: true, spaces: ['company', 'user', 'trainer'], active: 'company', canLink: false };
const LOGIN = 'contact@btp-durand.fr';
const refusal = (reason: string): ApiFailure => ({
  kind: 'conflict',
  status: 409,
  problem: { type: '/problems/spaces-refused', status: 409, reason },
});
const server500: ApiFailure = { kind: 'http', status: 500, problem: { type: '/problems/internal-error', status: 500 } };
const ready = (status: SpacesStatus = SEPARATE) =>
  replay(switcherFlow, [{ type: 'load' }, { type: 'loaded', status, companyLogin: LOGIN }], ctx).state;
const run = (events: SwitcherEvent[], from?: SwitcherState) => replay(switcherFlow, events, ctx, from);
const kinds = (effects: readonly FlowEffect<SwitcherRequest, SwitcherEvent>[]) =>
  effects.map((e) =>
    e.type === 'emit'
      ? `emit ${e.name}`
      : e.type === 'announce'
        ? `announce ${e.message.key}`
        : e.type === 'focus'
          ? `focus ${e.target}`
          : `call ${e.request.op}`,
  );

describe('PP-SPACES the flow of <space-switcher>', () => {
  test('PP-SPACES starts idle (no session, no request); load → loaded shows the spaces', () => {
    assert.deepEqual(switcherFlow.init(ctx), { state: { phase: 'idle', dissociating: false }, effects: [] });
    const { state, effects } = run([{ type: 'load' }, { type: 'load' }, { type: 'loaded', status: SEPARATE, companyLogin: LOGIN }]);
    assert.deepEqual(kinds(effects), ['call load']);
    assert.equal(state.phase, 'ready');
    assert.equal(state.companyLogin, LOGIN);
  });

  test('PP-SPACES a failed load says why; load again retries', () => {
    const { state, effects } = run([{ type: 'load' }, { type: 'load-failed', failure: server500 }, { type: 'load' }]);
    assert.equal(state.phase, 'loading');
    assert.deepEqual(kinds(effects), ['call load', 'call load']);
  });

  test('PP-SPACES « Lier mes espaces »: one request at a time, then a notice with focus and spaces-linked', () => {
    const { state, effects } = run([{ type: 'link' }, { type: 'link' }, { type: 'answered', op: 'link', status: LINKED }], ready());
    assert.deepEqual(kinds(effects), ['call link', 'emit spaces-linked', 'focus notice']);
    assert.deepEqual(state.notice, { kind: 'linked' });
    assert.equal(state.busy, undefined);
    assert.deepEqual(effects[1], { type: 'emit', name: 'spaces-linked', detail: { spaces: LINKED.spaces, active: 'company' } });
  });

  test('PP-SPACES switching: the current space sends nothing; another one moves, with space-switched (space, previous)', () => {
    const linked = ready(LINKED);
    assert.equal(run([{ type: 'switch', space: 'company' }], linked).effects.length, 0);
    const { state, effects } = run(
      [
        { type: 'switch', space: 'user' },
        { type: 'answered', op: 'switch', status: { ...LINKED, active: 'user' } },
      ],
      linked,
    );
    assert.deepEqual(kinds(effects), ['call switch', 'emit space-switched']);
    assert.deepEqual((effects[1] as { detail: unknown }).detail, { space: 'user', previous: 'company' });
    assert.deepEqual(state.notice, { kind: 'switched', space: 'user' });
  });

  test('PP-SPACES a refusal shows its reason; a failure offers « Réessayer », which sends the same intent again', () => {
    const refused = run([{ type: 'link' }, { type: 'refused', op: 'link', failure: refusal('not-referent') }], ready()).state;
    assert.deepEqual(refused.problem, { kind: 'refused', reason: 'not-referent' });
    assert.equal(run([{ type: 'retry' }], refused).effects.length, 0, 'a refusal is not retried');
    const failed = run(
      [
        { type: 'switch', space: 'trainer' },
        { type: 'refused', op: 'switch', failure: server500 },
      ],
      ready(LINKED),
    ).state;
    assert.equal(failed.problem?.kind, 'failed');
    const again = run([{ type: 'retry' }], failed);
    assert.deepEqual(again.effects, [{ type: 'call', request: { op: 'switch', space: 'trainer' } }]);
    assert.equal(again.state.problem, undefined);
  });

  test('PP-SPACES dissociation: open (focus on the login), send once, then « DISTINGUER MES ESPACES » with focus, Ok back to the spaces', () => {
    const open = run([{ type: 'open-dissociation' }], ready(LINKED));
    assert.deepEqual(kinds(open.effects), ['focus dissociate']);
    const sent = run(
      [
        { type: 'dissociate', userLogin: 'b.martin@example.fr', password: 'Mon-Compte-Perso-2026' },
        { type: 'dissociate', userLogin: 'x@y.fr', password: 'x' },
      ],
      open.state,
    );
    assert.deepEqual(sent.effects, [
      { type: 'call', request: { op: 'dissociate', userLogin: 'b.martin@example.fr', password: 'Mon-Compte-Perso-2026' } },
    ]);
    assert.ok(!JSON.stringify(sent.state).includes('Mon-Compte-Perso-2026'), 'the password never is in the state');
    const done = run([{ type: 'answered', op: 'dissociate', status: SEPARATE }], sent.state);
    assert.deepEqual(kinds(done.effects), ['emit spaces-dissociated', 'focus done-title']);
    assert.deepEqual(done.state.dissociated, { userLogin: 'b.martin@example.fr', companyLogin: LOGIN });
    assert.equal(done.state.dissociating, false);
    assert.deepEqual(done.state.answer, { seq: 1 });
    const back = run([{ type: 'acknowledge' }], done.state);
    assert.deepEqual(kinds(back.effects), ['focus state']);
    assert.equal(back.state.dissociated, undefined);
  });

  test('PP-SPACES a dissociation refused: a field reason stays the form’s, another reason is the widget’s problem', () => {
    const sending = run([{ type: 'open-dissociation' }, { type: 'dissociate', userLogin: 'a@b.fr', password: 'p' }], ready(LINKED)).state;
    const same = run([{ type: 'refused', op: 'dissociate', failure: refusal('same-email') }], sending).state;
    assert.equal(same.problem, undefined);
    assert.equal(same.dissociating, true);
    assert.deepEqual(same.answer, { seq: 1, failure: refusal('same-email') });
    const other = run([{ type: 'refused', op: 'dissociate', failure: refusal('not-linked') }], sending).state;
    assert.deepEqual(other.problem, { kind: 'refused', reason: 'not-linked' });
    assert.equal(dissociationFailureInForm(refusal('same-email')), true);
    assert.equal(dissociationFailureInForm(refusal('not-linked')), false);
    assert.equal(dissociationFailureInForm(server500), true);
    assert.equal(spacesRefusalOf(refusal('unknown-reason')), undefined);
  });

  test('PP-SPACES close: back to the button; reset (another session) forgets everything, a first session keeps the open form', () => {
    const open = run([{ type: 'open-dissociation' }], ready(LINKED)).state;
    assert.deepEqual(kinds(run([{ type: 'close-dissociation' }], open).effects), ['focus dissociate-open']);
    assert.deepEqual(run([{ type: 'reset' }], open).state, { phase: 'idle', dissociating: false });
    assert.deepEqual(run([{ type: 'reset', keepDissociating: true }], open).state, { phase: 'idle', dissociating: true });
  });

  test('PP-SPACES the runner runs the calls and feeds their answers back (effects included)', async () => {
    const emitted: string[] = [];
    const focused: string[] = [];
    const runner = createFlowRunner(switcherFlow, {
      context: () => ctx,
      run: async (r): Promise<SwitcherEvent> =>
        r.op === 'load'
          ? { type: 'loaded', status: SEPARATE, companyLogin: LOGIN }
          : r.op === 'link'
            ? { type: 'answered', op: 'link', status: LINKED }
            : { type: 'refused', op: r.op, failure: server500 },
      host: { emit: (name) => (emitted.push(name), true), focus: (t) => void focused.push(t) },
    });
    runner.send({ type: 'load' });
    await runner.settled();
    runner.send({ type: 'link' });
    assert.equal(runner.state.busy, 'link');
    await runner.settled();
    assert.deepEqual([runner.state.status?.linked, emitted, focused], [true, ['spaces-linked'], ['notice']]);
  });

  test('PP-SPACES a reload asked while a request runs is ignored (found by the property: the request was left busy while loading)', () => {
    const linking = run([{ type: 'link' }], ready(LINKED)).state;
    const reload = run([{ type: 'load' }], linking);
    assert.deepEqual(reload.effects, []);
    assert.equal(reload.state, linking);
    const done = run([{ type: 'answered', op: 'link', status: LINKED }], linking).state;
    assert.deepEqual(kinds(run([{ type: 'load' }], done).effects), ['call load']);
  });

  test('PP-SPACES property: one request at a time, nothing sent before the spaces are loaded, and no password in the state', () => {
    const event = fc.oneof(
      fc.constant<SwitcherEvent>({ type: 'load' }),
      fc.constant<SwitcherEvent>({ type: 'loaded', status: LINKED, companyLogin: LOGIN }),
      fc.constant<SwitcherEvent>({ type: 'load-failed', failure: server500 }),
      fc.constant<SwitcherEvent>({ type: 'link' }),
      fc.constantFrom(...SPACE_KINDS).map((space): SwitcherEvent => ({ type: 'switch', space })),
      fc.constant<SwitcherEvent>({ type: 'retry' }),
      fc.constant<SwitcherEvent>({ type: 'open-dissociation' }),
      fc.constant<SwitcherEvent>({ type: 'close-dissociation' }),
      fc.constant<SwitcherEvent>({ type: 'dissociate', userLogin: 'a@b.fr', password: 'SECRET-PASSWORD' }),
      fc.constant<SwitcherEvent>({ type: 'acknowledge' }),
      fc
        .constantFrom('link', 'switch', 'dissociate')
        .map((op): SwitcherEvent => ({ type: 'answered', op: op as 'link', status: SEPARATE })),
      fc
        .constantFrom('link', 'switch', 'dissociate')
        .map((op): SwitcherEvent => ({ type: 'refused', op: op as 'link', failure: server500 })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = switcherFlow.init(ctx).state;
        for (const e of events) {
          const next = switcherFlow.transition(state, e, ctx);
          const calls = next.effects.filter((x) => x.type === 'call' && x.request.op !== 'load');
          assert.ok(calls.length <= 1);
          if (calls.length) {
            assert.equal(state.busy, undefined, 'a request while another runs');
            assert.equal(state.phase, 'ready', 'a request before the spaces are loaded');
          }
          state = next.state;
          assert.ok(!JSON.stringify(state).includes('SECRET-PASSWORD'));
          if (state.busy) assert.equal(state.phase, 'ready');
        }
      }),
    );
  });
});
