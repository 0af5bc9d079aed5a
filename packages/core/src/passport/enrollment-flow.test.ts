import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ApiFailure } from '../api/errors.js';
import { createFlowRunner, replay, type FlowEffect } from '../shared/flow.js';
import {
  ENROLLMENT_START,
  enrollmentFlow,
  isStaleVersion,
  type EnrollmentFlowEvent,
  type EnrollmentFlowRequest,
  type EnrollmentFlowState,
} from './enrollment-flow.js';
import { toEmployeeCreateRequest, toEmployeeUpdateRequest, type EnrollmentForm } from './enrollment.js';
import type { Employee, EmployeeCreated } from './schemas.js';

const ctx = { now: Date.parse('2026-03-10T12:00:00+01:00') };
const TODAY = '2026-03-10';
const FORM: EnrollmentForm = {
  firstName: 'Zoé',
  lastName: 'Lecœur',
  email: '',
  answers: { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: false },
  hasSnbpePassport: false,
  snbpeIssuedOn: '',
};
const CREATE = toEmployeeCreateRequest(FORM, TODAY);
const UPDATE = toEmployeeUpdateRequest({ ...FORM, firstName: 'Léna' });
const ROW: Employee = {
  id: 'emp-1',
  firstName: 'Zoé',
  lastName: 'Lecœur',
  email: null,
  profile: 'technical',
  passportUrl: null,
  state: null,
  expiresOn: null,
  version: 3,
};
const CREATED: EmployeeCreated = { employee: ROW, validatedModules: [], firstLoginSentTo: 'referent' };
const problem = (status: number, type: string): ApiFailure => ({
  kind: status === 409 || status === 412 ? 'conflict' : 'http',
  status,
  problem: { type: `/problems/${type}`, status },
});
const run = (events: EnrollmentFlowEvent[], from?: EnrollmentFlowState) => replay(enrollmentFlow, events, ctx, from);
const kinds = (effects: readonly FlowEffect<EnrollmentFlowRequest, EnrollmentFlowEvent>[]) =>
  effects.map((e) =>
    e.type === 'emit' ? `emit ${e.name}` : e.type === 'focus' ? `focus ${e.target}` : e.type === 'call' ? `call ${e.request.op}` : e.type,
  );
const editing = () => run([{ type: 'open', mode: 'edit', id: 'emp-1', row: ROW, signedIn: true }]).state;

describe('PP-ENROLL the flow of <employee-enrollment>', () => {
  test('PP-ENROLL creation: one request with an Idempotency-Key, the same key for the same body retried, a new one for another body', () => {
    const first = run([
      { type: 'create', request: CREATE, freshKey: 'k1' },
      { type: 'create', request: CREATE, freshKey: 'k-ignored' },
    ]);
    assert.deepEqual(first.effects, [{ type: 'call', request: { op: 'create', request: CREATE, idempotencyKey: 'k1' } }]);
    const failed = run([{ type: 'refused', op: 'create', failure: { kind: 'network', message: 'offline' } }], first.state).state;
    assert.deepEqual(failed.answer?.inForm, true);
    assert.deepEqual(run([{ type: 'create', request: CREATE, freshKey: 'k2' }], failed).effects, [
      { type: 'call', request: { op: 'create', request: CREATE, idempotencyKey: 'k1' } },
    ]);
    const other = toEmployeeCreateRequest({ ...FORM, firstName: 'Autre' }, TODAY);
    assert.deepEqual(run([{ type: 'create', request: other, freshKey: 'k3' }], failed).effects, [
      { type: 'call', request: { op: 'create', request: other, idempotencyKey: 'k3' } },
    ]);
  });

  test('PP-ENROLL created: employee-enrolled, focus on the confirmation; « Inscrire un autre salarié » back to an empty form', () => {
    const done = run([
      { type: 'create', request: CREATE, freshKey: 'k1' },
      { type: 'created', created: CREATED },
    ]);
    assert.deepEqual(kinds(done.effects), ['call create', 'emit employee-enrolled', 'focus created']);
    assert.deepEqual(done.state.created, CREATED);
    assert.equal(done.state.attempt, undefined);
    const again = run([{ type: 'another' }], done.state);
    assert.deepEqual(kinds(again.effects), ['focus first-name']);
    assert.equal(again.state.created, undefined);
  });

  test('PP-ENROLL edit with the host’s row: no request, the form pre-filled once; without it: loaded (signed in only)', () => {
    const s = editing();
    assert.deepEqual(s.prefill, { seq: 1, row: ROW });
    assert.deepEqual(run([{ type: 'open', mode: 'edit', id: 'emp-1', signedIn: false }]).effects, []);
    const loading = run([{ type: 'open', mode: 'edit', id: 'emp-1', signedIn: true }]);
    assert.deepEqual(loading.effects, [{ type: 'call', request: { op: 'load', id: 'emp-1' }, key: 'load' }]);
    assert.equal(
      run([{ type: 'loaded', row: { ...ROW, id: 'emp-2' } }], loading.state).state.base,
      undefined,
      'a row for another employee is dropped',
    );
    assert.deepEqual(run([{ type: 'loaded', row: ROW }], loading.state).state.base, ROW);
    const missing = run([{ type: 'load-failed', failure: problem(404, 'not-found') }], loading.state).state;
    assert.equal(missing.notFound, true);
  });

  test('PP-ENROLL « Enregistrer » when editing: If-Match with the row’s version; saved → employee-updated and « saved » until the next change', () => {
    const sent = run([{ type: 'update', request: UPDATE }], editing());
    assert.deepEqual(sent.effects, [{ type: 'call', request: { op: 'update', id: 'emp-1', request: UPDATE, version: 3 } }]);
    const saved = run([{ type: 'updated', row: { ...ROW, firstName: 'Léna', version: 4 } }], sent.state);
    assert.deepEqual(kinds(saved.effects), ['emit employee-updated']);
    assert.equal(saved.state.changesSaved, true);
    assert.equal(saved.state.base?.version, 4);
    assert.equal(run([{ type: 'edited' }], saved.state).state.changesSaved, false);
  });

  test('PP-ENROLL a 412: the conflict (focus), the stored version loaded beside the form, then used; the next save sends its version', () => {
    const sent = run([{ type: 'update', request: UPDATE }], editing()).state;
    const stale = run([{ type: 'refused', op: 'update', failure: problem(412, 'version-mismatch') }], sent);
    assert.deepEqual(kinds(stale.effects), ['focus conflict']);
    assert.deepEqual(stale.state.conflict, { phase: 'stale', loading: false });
    assert.equal(stale.state.answer?.inForm, false);
    const loading = run([{ type: 'load-saved' }, { type: 'load-saved' }], stale.state);
    assert.deepEqual(kinds(loading.effects), ['call load-saved']);
    const stored = { ...ROW, lastName: 'LEFEVRE', version: 7 };
    const loaded = run([{ type: 'saved-loaded', row: stored }], loading.state);
    assert.deepEqual(loaded.state.conflict, { phase: 'loaded', saved: stored });
    assert.equal(loaded.state.prefill?.seq, 1, 'what was typed stays');
    assert.deepEqual(run([{ type: 'update', request: UPDATE }], loaded.state).effects, [
      { type: 'call', request: { op: 'update', id: 'emp-1', request: UPDATE, version: 7 } },
    ]);
    const used = run([{ type: 'use-saved' }], loaded.state);
    assert.deepEqual(kinds(used.effects), ['focus first-name']);
    assert.deepEqual(used.state.prefill, { seq: 2, row: stored });
    assert.equal(isStaleVersion(problem(409, 'company-exists')), false);
  });

  test('PP-ENROLL cancel: the row again in the form, employee-edit-cancelled with its id', () => {
    const { state, effects } = run([{ type: 'cancel' }], editing());
    assert.deepEqual(effects, [{ type: 'emit', name: 'employee-edit-cancelled', detail: { employeeId: 'emp-1' } }]);
    assert.equal(state.prefill?.seq, 2);
  });

  test('PP-ENROLL the SNBPE passport (3 years): issued the day after, on, and the day before its 3rd anniversary — only a valid one is sent', () => {
    const snbpe = (issued: string) => ({ ...FORM, hasSnbpePassport: true, snbpeIssuedOn: issued });
    // 11/03/2023: still valid on 10/03/2026 (the day before its anniversary) → sent.
    assert.deepEqual(
      kinds(run([{ type: 'create', request: toEmployeeCreateRequest(snbpe('11/03/2023'), TODAY), freshKey: 'k' }]).effects),
      ['call create'],
    );
    // 10/03/2023: expired on its 3rd anniversary, and 09/03/2023 the day after: never a request.
    for (const issued of ['10/03/2023', '09/03/2023']) assert.throws(() => toEmployeeCreateRequest(snbpe(issued), TODAY), RangeError);
  });

  test('PP-ENROLL the runner loads, saves and emits (effects included)', async () => {
    const emitted: string[] = [];
    const runner = createFlowRunner(enrollmentFlow, {
      context: () => ctx,
      run: async (r): Promise<EnrollmentFlowEvent> =>
        r.op === 'load'
          ? { type: 'loaded', row: ROW }
          : r.op === 'update'
            ? { type: 'updated', row: { ...ROW, version: r.version + 1 } }
            : { type: 'created', created: CREATED },
      host: { emit: (name) => (emitted.push(name), true) },
    });
    runner.send({ type: 'open', mode: 'edit', id: 'emp-1', signedIn: true });
    await runner.settled();
    runner.send({ type: 'update', request: UPDATE });
    await runner.settled();
    assert.deepEqual([runner.state.base?.version, runner.state.changesSaved, emitted], [4, true, ['employee-updated']]);
  });

  test('PP-ENROLL property: one save at a time, answers and rows taken once (their numbers only go up), a save only with a row', () => {
    const event = fc.oneof(
      fc.constant<EnrollmentFlowEvent>({ type: 'open', mode: 'create' }),
      fc.boolean().map((signedIn): EnrollmentFlowEvent => ({ type: 'open', mode: 'edit', id: 'emp-1', signedIn })),
      fc.constant<EnrollmentFlowEvent>({ type: 'loaded', row: ROW }),
      fc.constant<EnrollmentFlowEvent>({ type: 'create', request: CREATE, freshKey: 'k' }),
      fc.constant<EnrollmentFlowEvent>({ type: 'update', request: UPDATE }),
      fc.constant<EnrollmentFlowEvent>({ type: 'created', created: CREATED }),
      fc.constant<EnrollmentFlowEvent>({ type: 'updated', row: ROW }),
      fc
        .constantFrom(problem(412, 'version-mismatch'), problem(404, 'not-found'), problem(500, 'internal-error'))
        .chain((failure) =>
          fc.constantFrom<EnrollmentFlowEvent>({ type: 'refused', op: 'create', failure }, { type: 'refused', op: 'update', failure }),
        ),
      fc.constantFrom<EnrollmentFlowEvent>(
        { type: 'load-saved' },
        { type: 'saved-loaded', row: { ...ROW, version: 9 } },
        { type: 'use-saved' },
        { type: 'cancel' },
        { type: 'edited' },
        { type: 'another' },
      ),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = enrollmentFlow.init(ctx).state;
        for (const e of events) {
          const next = enrollmentFlow.transition(state, e, ctx);
          const saves = next.effects.filter((x) => x.type === 'call' && (x.request.op === 'create' || x.request.op === 'update'));
          assert.ok(saves.length <= 1);
          if (saves.length) assert.equal(state.busy, undefined, 'a save while another runs');
          for (const x of saves) if (x.type === 'call' && x.request.op === 'update') assert.equal(x.request.version, state.base?.version);
          assert.ok((next.state.answer?.seq ?? 0) >= (state.answer?.seq ?? 0));
          assert.ok((next.state.prefill?.seq ?? 0) >= (state.prefill?.seq ?? 0));
          state = next.state;
        }
      }),
    );
    assert.deepEqual(enrollmentFlow.init(ctx).state, ENROLLMENT_START);
  });
});
