/** SR-SIGN — the interventions and their signature in the mock API (Node): the demo data, signing, closing, the proof, the refusals. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import {
  Intervention,
  InterventionListResponse,
  SR_PROBLEM_TYPES,
  addDays,
  canonicalJson,
  calendarDateOf,
  groupInterventions,
  sha256Hex,
  signedContent,
} from '@vigie/core';
import { createHandlers, type HandlerOptions } from '../../handlers.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');
const TODAY = calendarDateOf(NOW);

function mockApi(options: HandlerOptions = {}) {
  const mock = createHandlers({ now: () => NOW, scenario: 'register:default', ...options });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const h = new Headers({ Authorization: 'Bearer host-token', ...headers });
    if (body !== undefined) h.set('Content-Type', 'application/json');
    const response = await getResponse(
      mock.handlers,
      new Request(`http://localhost/api/${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) }),
    );
    assert.ok(response, `no handler for ${method} ${path}`);
    return response;
  };
  let n = 0;
  const signAs = (id: string, body: Record<string, unknown>, key = `k${++n}`) =>
    call('POST', `safety-register/interventions/${id}/signatures`, body, { 'Idempotency-Key': key });
  return { mock, call, signAs };
}

const typed = (role: string, signers: string[], name = 'Claire Martin') => ({ role, signers, method: 'typed', name, consent: true });
const drawn = (role: string, signers: string[], name = 'Claire Martin') => ({
  role,
  signers,
  method: 'drawn',
  name,
  consent: true,
  strokes: [
    [
      [10, 10],
      [40, 30],
      [80, 12],
    ],
  ],
});

describe('SR-SIGN interventions (mock)', () => {
  it('GET: the shared demo table (ids, types, states, due dates, reports), grouped to sign / late / closed', async () => {
    const { call } = mockApi();
    const r = await call('GET', 'safety-register/interventions');
    assert.equal(r.status, 200);
    const { interventions } = InterventionListResponse.parse(await r.json());
    const byId = Object.fromEntries(interventions.map((i) => [i.id, i]));
    assert.equal(byId['int-102']!.dueDate, addDays(TODAY, -10));
    assert.equal(byId['int-103']!.dueDate, TODAY);
    assert.equal(byId['int-206']!.report?.format, 'image');
    assert.equal(byId['int-205']!.type, 'travaux');
    assert.equal(byId['int-207']!.report, null);
    const g = groupInterventions(interventions, TODAY);
    assert.deepEqual(
      g['to-sign'].map((i) => i.id),
      ['int-103', 'int-101', 'int-105'],
    );
    assert.deepEqual(
      g.late.map((i) => i.id),
      ['int-102', 'int-104'],
    );
    assert.equal(g.closed.length, 7);
    for (const i of g.closed) assert.ok(i.signatures.every((s) => /^[0-9a-f]{64}$/.test(s.hash)));
  });

  it('register:empty has none; register:restricted answers 403 access-restricted', async () => {
    const empty = await mockApi({ scenario: 'register:empty' }).call('GET', 'safety-register/interventions');
    assert.deepEqual(await empty.json(), { interventions: [] });
    const restricted = await mockApi({ scenario: 'register:restricted' }).call('GET', 'safety-register/interventions');
    assert.equal(restricted.status, 403);
    assert.equal(((await restricted.json()) as { type: string }).type, SR_PROBLEM_TYPES.accessRestricted);
  });

  it('SR-SIGN signs by drawing then by typing; closes at the last chosen signer; records who, when and the SHA-256 of what was signed', async () => {
    const { call, signAs, mock } = mockApi();
    const before = Intervention.parse(await (await call('GET', 'safety-register/interventions/int-101')).json());
    const first = await signAs('int-101', drawn('operator', ['operator', 'contact']));
    assert.equal(first.status, 200);
    const one = Intervention.parse(await first.json());
    assert.equal(one.status, 'to-sign');
    assert.deepEqual(one.signers, ['operator', 'contact']);
    const sig = one.signatures[0]!;
    assert.equal(sig.signedBy.userId, 'usr-claire');
    assert.equal(sig.signedAt, new Date(NOW).toISOString());
    assert.equal(
      sig.hash,
      await sha256Hex(canonicalJson(signedContent(before, { role: 'operator', name: 'Claire Martin', userId: 'usr-claire' }, 'drawn'))),
    );
    assert.equal(one.version, before.version + 1);
    const last = await signAs('int-101', typed('contact', ['operator', 'contact'], '  Karim Benali '));
    const closed = Intervention.parse(await last.json());
    assert.equal(closed.status, 'closed');
    assert.equal(closed.closedAt, new Date(NOW).toISOString());
    assert.equal(closed.signatures[1]!.name, 'Karim Benali');
    assert.ok(
      mock.register
        .part<{ drawings: Map<string, unknown> }>('interventions', () => ({ drawings: new Map() }))
        .drawings.has('int-101/operator'),
    );
  });

  it('SR-SIGN 409 state-conflict: the same role twice, a closed one, a changed signer set', async () => {
    const { signAs } = mockApi();
    await signAs('int-101', typed('operator', ['operator', 'contact']));
    const twice = await signAs('int-101', typed('operator', ['operator', 'contact']));
    assert.equal(twice.status, 409);
    assert.deepEqual(await twice.json().then((b: { type: string; reason: string }) => [b.type, b.reason]), [
      SR_PROBLEM_TYPES.conflict,
      'already-signed',
    ]);
    const changed = await signAs('int-101', typed('contact', ['contact']));
    assert.equal(((await changed.json()) as { reason: string }).reason, 'choice-changed');
    const closed = await signAs('int-201', typed('provider', ['provider']));
    assert.equal(((await closed.json()) as { reason: string }).reason, 'closed');
  });

  it('SR-SIGN 422 validation: no consent, an empty drawing, no name, the operator and the provider together, no contact to sign', async () => {
    const { signAs } = mockApi();
    const noConsent = await signAs('int-102', { ...typed('operator', ['operator']), consent: false });
    assert.equal(noConsent.status, 422);
    assert.deepEqual(((await noConsent.json()) as { errors: unknown }).errors, [{ field: 'consent', issue: 'consent-required' }]);
    const empty = await signAs('int-102', { ...drawn('operator', ['operator']), strokes: [[]] });
    assert.deepEqual(((await empty.json()) as { errors: unknown }).errors, [{ field: 'strokes', issue: 'drawing-empty' }]);
    const blank = await signAs('int-102', typed('operator', ['operator'], '   '));
    assert.deepEqual(((await blank.json()) as { errors: unknown }).errors, [{ field: 'name', issue: 'required' }]);
    const both = await signAs('int-102', typed('operator', ['operator', 'provider']));
    assert.equal(both.status, 409);
    assert.equal(((await both.json()) as { reason: string }).reason, 'invalid-choice');
    const noContact = await signAs('int-102', typed('contact', ['contact']));
    assert.equal(((await noContact.json()) as { reason: string }).reason, 'invalid-choice');
  });

  it('SR-SIGN Idempotency-Key: required; the same key replays the first answer (signed once)', async () => {
    const { call, signAs } = mockApi();
    const none = await call('POST', 'safety-register/interventions/int-105/signatures', typed('provider', ['provider']));
    assert.equal(none.status, 400);
    const a = await signAs('int-105', typed('provider', ['provider'], 'François Lambert'), 'same');
    const b = await signAs('int-105', typed('provider', ['provider'], 'François Lambert'), 'same');
    assert.equal(b.status, 200);
    assert.deepEqual(await b.json(), await a.json());
  });

  it('SR-SIGN 403 forbidden without interventions:signer; 404 for an unknown intervention', async () => {
    const { mock, signAs, call } = mockApi();
    const me = mock.register.currentUser();
    me.rights = me.rights.filter((r) => r !== 'interventions:signer');
    const r = await signAs('int-101', typed('operator', ['operator']));
    assert.equal(r.status, 403);
    assert.equal(((await r.json()) as { type: string }).type, SR_PROBLEM_TYPES.forbidden);
    assert.equal((await call('GET', 'safety-register/interventions/int-999')).status, 404);
  });
});
