/** SR-ANOMALY — the anomalies' routes in the mock: list, details, providers, ONE request fanned out. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { AnomalyDetails, AnomalyListResponse, AnomalyRequestResult, ProviderDirectory, SR_PROBLEM_TYPES } from '@vigie/core';
import { createHandlers, type HandlerOptions } from '../../handlers.js';
import { anomaliesPart } from './routes.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');

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
  return { mock, call };
}

const REQ = 'safety-register/anomalies/ano-001/requests';
const quote = (over: Record<string, unknown> = {}) => ({
  kind: 'quote',
  providerIds: ['prv-dekra', 'prv-apave', 'prv-socotec'],
  contactIds: ['ctc-apave-1', 'usr-claire'],
  message: 'Merci de chiffrer.',
  wishedDate: '2026-12-20',
  ...over,
});

describe('SR-ANOMALY mock routes', () => {
  it('GET safety-register/anomalies: about 30 anomalies of Résidence Les Tilleuls, with who created each', async () => {
    const { call } = mockApi();
    const r = await call('GET', 'safety-register/anomalies');
    assert.equal(r.status, 200);
    const { anomalies } = AnomalyListResponse.parse(await r.json());
    assert.ok(anomalies.length >= 25 && anomalies.length <= 35);
    const kinds = new Set(anomalies.map((a) => a.createdBy.kind));
    assert.deepEqual([...kinds].sort(), ['commission', 'provider', 'user']);
    assert.ok(anomalies.some((a) => a.createdBy.name === 'Commission de sécurité du 12/05/2026'));
    assert.deepEqual(new Set(anomalies.map((a) => a.location.building)), new Set(['Bâtiment A', 'Bâtiment B', 'Parking', 'Chaufferie']));
  });

  it('register:empty has none; register:restricted answers 403 access-restricted', async () => {
    const empty = await mockApi({ scenario: 'register:empty' }).call('GET', 'safety-register/anomalies');
    assert.deepEqual(AnomalyListResponse.parse(await empty.json()).anomalies, []);
    for (const path of ['safety-register/anomalies', 'safety-register/anomalies/ano-001', 'safety-register/providers']) {
      const r = await mockApi({ scenario: 'register:restricted' }).call('GET', path);
      assert.equal(r.status, 403, path);
      assert.equal(((await r.json()) as { type: string }).type, SR_PROBLEM_TYPES.accessRestricted);
    }
  });

  it('GET …/:id: description, location, source, history; 404 for an unknown one', async () => {
    const { call } = mockApi();
    const a = AnomalyDetails.parse(await (await call('GET', 'safety-register/anomalies/ano-002')).json());
    assert.equal(a.source.kind, 'commission');
    assert.equal(a.requests.length, 1);
    assert.equal((await call('GET', 'safety-register/anomalies/nope')).status, 404);
  });

  it('GET safety-register/providers: 8 companies with their contacts and the account’s own', async () => {
    const { call } = mockApi();
    const d = ProviderDirectory.parse(await (await call('GET', 'safety-register/providers')).json());
    assert.equal(d.providers.length, 8);
    assert.ok(d.providers.some((p) => p.name === 'Dekra Industrial'));
    assert.ok(d.accountContacts.some((c) => c.name === 'Claire Martin'));
  });

  it('POST …/requests: a quote from three providers at once is ONE call the server fans out into three', async () => {
    const { call, mock } = mockApi();
    const r = await call('POST', REQ, quote(), { 'Idempotency-Key': 'k1' });
    assert.equal(r.status, 201);
    const result = AnomalyRequestResult.parse(await r.json());
    assert.equal(result.requests.length, 3);
    assert.equal(result.state, 'in-progress');
    const apave = result.requests.find((x) => x.providerId === 'prv-apave')!;
    assert.deepEqual(
      apave.contacts.map((c) => c.id),
      ['ctc-apave-1', 'usr-claire'],
    );
    const dekra = result.requests.find((x) => x.providerId === 'prv-dekra')!;
    assert.deepEqual(
      dekra.contacts.map((c) => c.id),
      ['usr-claire'],
    );
    const details = AnomalyDetails.parse(await (await call('GET', 'safety-register/anomalies/ano-001')).json());
    assert.equal(details.requests.length, 3);
    assert.equal(anomaliesPart(mock.register).sent.length, 3);
  });

  it('POST …/requests: the same Idempotency-Key twice sends once', async () => {
    const { call, mock } = mockApi();
    const a = AnomalyRequestResult.parse(await (await call('POST', REQ, quote(), { 'Idempotency-Key': 'same' })).json());
    const b = AnomalyRequestResult.parse(await (await call('POST', REQ, quote(), { 'Idempotency-Key': 'same' })).json());
    assert.equal(a.batchId, b.batchId);
    assert.equal(anomaliesPart(mock.register).sent.length, 3);
  });

  it('POST …/requests: 422 without a provider, for another provider’s contact, for an unknown provider', async () => {
    const { call } = mockApi();
    const issues = async (body: unknown) => {
      const r = await call('POST', REQ, body);
      assert.equal(r.status, 422);
      const p = (await r.json()) as { type: string; errors: { field: string; issue: string }[] };
      assert.equal(p.type, SR_PROBLEM_TYPES.validation);
      return p.errors;
    };
    assert.deepEqual(await issues(quote({ providerIds: [], contactIds: [] })), [{ field: 'providerIds', issue: 'provider-required' }]);
    assert.deepEqual(await issues(quote({ providerIds: ['prv-dekra'], contactIds: ['ctc-apave-1'] })), [
      { field: 'contactIds', issue: 'unknown-contact' },
    ]);
    assert.ok((await issues(quote({ providerIds: ['prv-x'] }))).some((e) => e.issue === 'unknown-provider'));
  });

  it('SR-ANOMALY POST …/requests wished date: the day before today is refused, today and the day after are accepted', async () => {
    const { call } = mockApi();
    const r = await call('POST', REQ, quote({ wishedDate: '2026-12-06' }));
    assert.equal(r.status, 422);
    assert.deepEqual(((await r.json()) as { errors: unknown }).errors, [{ field: 'wishedDate', issue: 'date-past' }]);
    assert.equal((await call('POST', REQ, quote({ wishedDate: '2026-12-07' }))).status, 201);
    assert.equal((await call('POST', REQ, quote({ wishedDate: '2026-12-08' }))).status, 201);
  });

  it('POST …/requests: 409 on a closed anomaly; 403 forbidden without batiment:demander', async () => {
    const { call, mock } = mockApi();
    const closed = anomaliesPart(mock.register).anomalies.find((a) => a.state === 'closed')!;
    assert.equal((await call('POST', `safety-register/anomalies/${closed.id}/requests`, quote())).status, 409);
    const me = mock.register.currentUser();
    me.rights = me.rights.filter((r) => r !== 'batiment:demander');
    const r = await call('POST', REQ, quote());
    assert.equal(r.status, 403);
    assert.equal(((await r.json()) as { type: string }).type, SR_PROBLEM_TYPES.forbidden);
  });
});
