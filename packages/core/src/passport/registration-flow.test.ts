import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ApiFailure } from '../api/errors.js';
import { createFlowRunner, replay, type FlowEffect } from '../shared/flow.js';
import { PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import {
  REGISTRATION_START,
  registrationFlow,
  registrationRefusalFields,
  type RegistrationFlowEvent,
  type RegistrationFlowRequest,
  type RegistrationFlowState,
} from './registration-flow.js';
import { toRegistrationRequest, type RegistrationForm } from './registration.js';

const ctx = { now: Date.parse('2026-03-10T12:00:00+01:00') };
const FORM: RegistrationForm = {
  identification: 'siret',
  siret: '732 829 320 00074',
  vat: '',
  companyName: 'Carrières Dupont',
  regions: ['84', '11'],
  referentLastName: 'Dupont',
  referentFirstName: 'Baptiste',
  email: 'baptiste@carrieres.fr',
  emailConfirmation: 'baptiste@carrieres.fr',
  password: 'une phrase de passe',
  passwordConfirmation: 'une phrase de passe',
  antiRobotToken: 'TOKEN-FROM-THE-HOST',
};
const REQUEST = toRegistrationRequest(FORM);
const problem = (status: number, type: string, extra: Record<string, unknown> = {}): ApiFailure => ({
  kind: status === 409 ? 'conflict' : 'http',
  status,
  problem: { type: `/problems/${type}`, status, ...extra },
});
const run = (events: RegistrationFlowEvent[], from?: RegistrationFlowState) => replay(registrationFlow, events, ctx, from);
const kinds = (effects: readonly FlowEffect<RegistrationFlowRequest, RegistrationFlowEvent>[]) =>
  effects.map((e) =>
    e.type === 'emit' ? `emit ${e.name}` : e.type === 'focus' ? `focus ${e.target}` : e.type === 'call' ? `call ${e.request.op}` : e.type,
  );
const sending = () => run([{ type: 'submit', request: REQUEST }]).state;

describe('PP-REGISTER the flow of <company-registration>', () => {
  test('PP-REGISTER starts on the empty form (SIRET asked), sends nothing by itself', () => {
    assert.deepEqual(registrationFlow.init(ctx), { state: REGISTRATION_START, effects: [] });
  });

  test('PP-REGISTER « Vous n’avez pas de numéro SIRET ? » and back: what was typed in each is kept, focus on the field', () => {
    const vat = run([{ type: 'switch-identification', typed: '732 829 320' }]);
    assert.deepEqual([vat.state.identification, vat.state.otherIdentifier], ['vat', '732 829 320']);
    assert.deepEqual(kinds(vat.effects), ['focus identifier']);
    const back = run([{ type: 'switch-identification', typed: 'FR 04 519 384 622' }], vat.state);
    assert.deepEqual([back.state.identification, back.state.otherIdentifier], ['siret', 'FR 04 519 384 622']);
  });

  test('PP-REGISTER a submit sends one request; another one while it runs sends nothing; a request of the other kind is not sent', () => {
    const { state, effects } = run([
      { type: 'submit', request: REQUEST },
      { type: 'submit', request: REQUEST },
    ]);
    assert.equal(state.phase, 'sending');
    assert.deepEqual(effects, [{ type: 'call', request: { op: 'register', request: REQUEST } }]);
    const vat = run([{ type: 'switch-identification', typed: '' }]).state;
    assert.deepEqual(run([{ type: 'submit', request: REQUEST }], vat).effects, []);
  });

  test('PP-REGISTER an anti-robot check under way: busy; the submit once it is done is sent', () => {
    const checking = run([{ type: 'captcha-checking' }]).state;
    assert.equal(checking.phase, 'checking');
    assert.deepEqual(run([{ type: 'switch-identification', typed: 'x' }], checking).effects, [], 'no switch while checking');
    assert.equal(run([{ type: 'captcha-checked' }], checking).state.phase, 'editing');
    assert.deepEqual(kinds(run([{ type: 'submit', request: REQUEST }], checking).effects), ['call register']);
  });

  test('PP-REGISTER registered: the token is spent, then company-registered (name, login), focus on the title; no secret in the state', () => {
    const { state, effects } = run([{ type: 'registered', companyName: 'Carrières Dupont', email: 'baptiste@carrieres.fr' }], sending());
    assert.deepEqual(kinds(effects), ['emit captcha-token-used', 'emit company-registered', 'focus title']);
    assert.deepEqual(state.registered, { companyName: 'Carrières Dupont', email: 'baptiste@carrieres.fr' });
    assert.deepEqual(state.answer, { seq: 1 });
    for (const secret of [FORM.password, FORM.antiRobotToken!]) assert.ok(!JSON.stringify(state).includes(secret));
    assert.deepEqual(run([{ type: 'reset' }], state).state, { ...REGISTRATION_START, answer: { seq: 1 } });
  });

  test('PP-REGISTER refusals on their fields (SIRET or VAT taken, token refused, a 422), the passwords cleared; a 500 is the form’s, with a retry', () => {
    const taken = run([{ type: 'refused', failure: problem(409, 'company-exists') }], sending());
    assert.deepEqual(kinds(taken.effects), ['emit captcha-token-used']);
    assert.deepEqual(taken.state.answer?.fields, { identifier: 'passport.registration.error.siretTaken' });
    assert.equal(taken.state.passwordsCleared, true);
    assert.equal(taken.state.phase, 'editing');
    assert.equal(run([{ type: 'password-typed' }], taken.state).state.passwordsCleared, false);
    assert.deepEqual(registrationRefusalFields(problem(409, 'company-exists'), 'vat'), {
      identifier: 'passport.registration.error.vatTaken',
    });
    assert.deepEqual(registrationRefusalFields(problem(400, 'robot-check-failed'), 'siret'), {
      antiRobotToken: 'passport.registration.captcha.refused',
    });
    const v = problem(422, 'validation', {
      errors: [
        { field: 'identification.siret', issue: 'siret-checksum' },
        { field: 'regions[1]', issue: 'something-new' },
        { field: 'referent.email', issue: 'invalid-email' },
      ],
    });
    assert.deepEqual(registrationRefusalFields(v, 'siret'), {
      identifier: 'passport.field.siret-checksum',
      regions: 'passport.registration.error.invalid',
      email: 'passport.field.invalid-email',
    });
    const failed = run([{ type: 'refused', failure: problem(500, 'internal-error') }], sending()).state;
    assert.equal(failed.answer?.fields, undefined);
    assert.equal(failed.passwordsCleared, false);
  });

  test(`PP-REGISTER the password limit (${PASSWORD_MIN_LENGTH} code points): one less is never sent, the limit and one more are`, () => {
    const withPassword = (n: number): RegistrationForm => ({ ...FORM, password: 'é'.repeat(n), passwordConfirmation: 'é'.repeat(n) });
    assert.throws(() => toRegistrationRequest(withPassword(PASSWORD_MIN_LENGTH - 1)), RangeError);
    for (const n of [PASSWORD_MIN_LENGTH, PASSWORD_MIN_LENGTH + 1]) {
      assert.deepEqual(kinds(run([{ type: 'submit', request: toRegistrationRequest(withPassword(n)) }]).effects), ['call register']);
    }
  });

  test('PP-REGISTER the runner sends, spends the token and announces the registration (effects included)', async () => {
    const emitted: string[] = [];
    const sent: RegistrationFlowRequest[] = [];
    const runner = createFlowRunner(registrationFlow, {
      context: () => ctx,
      run: async (r): Promise<RegistrationFlowEvent> => (
        sent.push(r),
        { type: 'registered', companyName: r.request.companyName, email: r.request.referent.email }
      ),
      host: { emit: (name) => (emitted.push(name), true) },
    });
    runner.send({ type: 'submit', request: REQUEST });
    await runner.settled();
    assert.deepEqual([sent.length, emitted, runner.state.phase], [1, ['captcha-token-used', 'company-registered'], 'registered']);
  });

  test('PP-REGISTER property: one request at a time, every answer spends the token once, and no secret ever in the state', () => {
    const event = fc.oneof(
      fc.string({ maxLength: 5 }).map((typed): RegistrationFlowEvent => ({ type: 'switch-identification', typed })),
      fc.constant<RegistrationFlowEvent>({ type: 'captcha-checking' }),
      fc.constant<RegistrationFlowEvent>({ type: 'captcha-checked' }),
      fc.constant<RegistrationFlowEvent>({ type: 'submit', request: REQUEST }),
      fc.constant<RegistrationFlowEvent>({ type: 'registered', companyName: 'C', email: 'a@b.fr' }),
      fc
        .constantFrom(problem(409, 'company-exists'), problem(500, 'internal-error'))
        .map((failure): RegistrationFlowEvent => ({ type: 'refused', failure })),
      fc.constant<RegistrationFlowEvent>({ type: 'password-typed' }),
      fc.constant<RegistrationFlowEvent>({ type: 'reset' }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = registrationFlow.init(ctx).state;
        let inFlight = 0;
        for (const e of events) {
          const next = registrationFlow.transition(state, e, ctx);
          const calls = next.effects.filter((x) => x.type === 'call').length;
          const spent = next.effects.filter((x) => x.type === 'emit' && x.name === 'captcha-token-used').length;
          inFlight = e.type === 'reset' ? 0 : inFlight + calls - spent;
          assert.ok(inFlight === 0 || inFlight === 1, 'one request at a time, each spent once');
          assert.equal(inFlight === 1, next.state.phase === 'sending');
          state = next.state;
          assert.ok(!JSON.stringify(state).includes(FORM.antiRobotToken!) && !JSON.stringify(state).includes(FORM.password));
        }
      }),
    );
  });
});
