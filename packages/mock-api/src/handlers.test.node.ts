import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { Invoice, InvoiceListResponse, parseInstant, ProblemDetails } from '@vigie/core';
import { createHandlers, DEFAULT_SLOW_MS, SCENARIO_HEADER, type HandlerOptions } from './handlers.js';
import { EmployeePage } from '@vigie/core/passport';
import { PASSPORT_DEMO_SESSION_TOKEN } from './passport/store.js';
import { describeScenario, EXPECTED_LEVEL, SCENARIO_NAMES, type InvoiceScenario } from './scenarios.js';

const API = 'http://localhost/api';
const now = () => parseInstant('2026-11-22');

/** The token a host page gives its provider (the mock requires one on private routes by default, X-MOCK). */
const HOST = { Authorization: 'Bearer host-token' };

/** Resolves a request against the handlers in-process, as the browser worker does; with the host's token unless `anonymous`. */
function mockApi(options: HandlerOptions = {}) {
  const mock = createHandlers({ now, ...options });
  const call = async (path: string, init: RequestInit = {}, anonymous = false) => {
    const headers = new Headers(init.headers);
    if (!anonymous && !headers.has('Authorization')) headers.set('Authorization', HOST.Authorization);
    const response = await getResponse(mock.handlers, new Request(`${API}/${path}`, { ...init, headers }));
    assert.ok(response, `no handler for ${init.method ?? 'GET'} ${path}`);
    return { status: response.status, type: response.headers.get('Content-Type'), body: (await response.json()) as unknown };
  };
  return { mock, call };
}

const pay = (key?: string): RequestInit => ({ method: 'POST', headers: key ? { 'Idempotency-Key': key } : {} });

function assertProblem(r: { status: number; type: string | null; body: unknown }, status: number) {
  assert.equal(r.status, status);
  assert.equal(r.type, 'application/problem+json');
  const problem = ProblemDetails.parse(r.body);
  assert.equal(problem.status, status);
  assert.ok(problem.title);
}

describe('X-MOCK handlers', () => {
  it('answers each invoice scenario with its level and access', async () => {
    for (const scenario of Object.keys(EXPECTED_LEVEL) as InvoiceScenario[]) {
      const { call } = mockApi({ scenario });
      const list = InvoiceListResponse.parse((await call('safety-register/invoices')).body);
      assert.equal(list.invoices.length === 0, scenario === 'invoices:empty');
      const access = (await call('safety-register/access')).body as { level: string; access: { kind: string } };
      assert.equal(access.level, EXPECTED_LEVEL[scenario]);
      assert.equal(access.access.kind, scenario === 'invoices:suspended' ? 'restricted' : 'full');
    }
  });

  it('requires an Idempotency-Key to pay, then the banner goes away once everything is paid', async () => {
    const { call } = mockApi({ scenario: 'invoices:suspended' });
    const { invoices } = InvoiceListResponse.parse((await call('safety-register/invoices')).body);
    const unpaid = invoices.filter((i) => i.status === 'unpaid');

    assertProblem(await call(`safety-register/invoices/${unpaid[0]!.id}/payment`, pay()), 400);
    assert.equal(((await call('safety-register/access')).body as { level: string }).level, 'suspended', 'nothing paid without a key');

    for (const [n, invoice] of unpaid.entries()) {
      const r = await call(`safety-register/invoices/${invoice.id}/payment`, pay(`pay-${n}`));
      assert.equal(r.status, 200);
      assert.equal(Invoice.parse(r.body).status, 'paid');
    }
    assert.deepEqual((await call('safety-register/access')).body, { level: 'none', access: { kind: 'full' } });

    // A retry with the same key replays the answer; a new key on a paid invoice is a conflict.
    assert.equal((await call(`safety-register/invoices/${unpaid[0]!.id}/payment`, pay('pay-0'))).status, 200);
    assertProblem(await call(`safety-register/invoices/${unpaid[0]!.id}/payment`, pay('new')), 409);
    assertProblem(await call('safety-register/invoices/nope/payment', pay('k')), 404);
  });

  it('answers 500 problems in any:error-500 and contract-breaking 200s in any:malformed', async () => {
    const { mock, call } = mockApi({ scenario: 'any:error-500' });
    assertProblem(await call('safety-register/invoices'), 500);
    assertProblem(await call('safety-register/access'), 500);
    assertProblem(await call('safety-register/invoices/x/payment', pay('k')), 500);
    assert.equal((await call('openapi.json')).status, 200, 'the contract stays readable');

    mock.setScenario('any:malformed');
    const r = await call('safety-register/invoices');
    assert.equal(r.status, 200);
    assert.equal(InvoiceListResponse.safeParse(r.body).success, false);
  });

  it('waits slowMs in any:slow, then answers with the default (overdue) data', async () => {
    const { call } = mockApi({ scenario: 'any:slow', slowMs: 60 });
    const started = performance.now();
    const r = await call('safety-register/access');
    assert.ok(performance.now() - started >= 55);
    assert.equal((r.body as { level: string }).level, 'overdue');
    assert.equal(DEFAULT_SLOW_MS, 2500);
  });

  it('lets one request pick its scenario with X-Vigie-Scenario, and refuses unknown names', async () => {
    const { mock, call } = mockApi({ scenario: 'invoices:none' });
    const r = await call('safety-register/access', { headers: { [SCENARIO_HEADER]: 'invoices:warning' } });
    assert.equal((r.body as { level: string }).level, 'warning');
    assert.equal(mock.scenario, 'invoices:none', 'the current scenario is unchanged');
    assertProblem(await call('safety-register/access', { headers: { [SCENARIO_HEADER]: 'invoices:bogus' } }), 400);
  });

  it('X-MOCK requires a bearer token by default, as a real backend; `requireAuth: false` is the explicit opt-out', async () => {
    const { call } = mockApi();
    const refused = await call('safety-register/invoices', {}, true);
    assertProblem(refused, 401);
    assert.equal((refused.body as { type: string }).type, '/problems/unauthorized');
    assert.equal((await call('safety-register/invoices', { headers: { Authorization: 'Bearer abc' } })).status, 200);
    assertProblem(await mockApi({ requireAuth: true }).call('safety-register/access', {}, true), 401);
    assert.equal((await mockApi({ requireAuth: false }).call('safety-register/invoices', {}, true)).status, 200);
    // The contract stays readable without a token.
    assert.equal((await call('openapi.json', {}, true)).status, 200);
  });

  it('X-MOCK the vault’s documents and profile never answer without the vault session, even with the opt-out', async () => {
    for (const requireAuth of [true, false]) {
      const { call } = mockApi({ requireAuth });
      for (const path of ['vault/documents', 'vault/profile', 'vault/documents/bulletin-2026-10/pdf']) {
        const anonymous = await call(path, {}, true);
        assert.equal(anonymous.status, 401, `${path} without a token (requireAuth: ${requireAuth})`);
        const hostOnly = await call(path);
        assert.equal(hostOnly.status, 401, `${path} with a host token but no vault session`);
        assert.equal((hostOnly.body as { type: string }).type, '/problems/session-required');
      }
    }
  });

  it('switches scenario with fresh data and resets to the first one', async () => {
    const { mock, call } = mockApi({ scenario: 'invoices:warning' });
    const unpaid = mock.store.list().find((i) => i.status === 'unpaid')!;
    await call(`safety-register/invoices/${unpaid.id}/payment`, pay('k'));
    assert.equal(mock.store.level(), 'none');

    mock.setScenario('invoices:suspended');
    assert.equal(mock.store.level(), 'suspended');
    mock.setScenario('invoices:warning');
    assert.equal(mock.store.level(), 'warning', 'choosing a scenario again starts it afresh');

    mock.setScenario('any:error-500');
    mock.reset();
    assert.equal(mock.scenario, 'invoices:warning');
    assert.throws(() => mock.setScenario('nope' as never), TypeError);
    assert.ok(SCENARIO_NAMES.includes(mock.scenario));
  });

  it('serves the OpenAPI document of core', async () => {
    const r = await mockApi().call('openapi.json');
    assert.equal((r.body as { openapi: string }).openapi, '3.1.0');
    assert.ok((r.body as { paths: Record<string, unknown> }).paths['/safety-register/invoices']);
  });

  it('mounts the passport routes (DELETE too) over the passport store of the scenario', async () => {
    const { mock, call } = mockApi({ scenario: 'passport:default' });
    const auth = { Authorization: `Bearer ${PASSPORT_DEMO_SESSION_TOKEN}` };
    const page = EmployeePage.parse((await call('passport/employees?limit=5', { headers: auth })).body);
    assert.equal(page.total, mock.passport.employees().length);
    const removed = await getResponse(
      mock.handlers,
      new Request(`${API}/passport/employees/emp-000001`, { method: 'DELETE', headers: { ...auth, 'If-Match': '"1"' } }),
    );
    assert.equal(removed?.status, 204);
    assert.equal(mock.passport.employee('emp-000001'), undefined);
    assertProblem(await call('passport/company'), 401);
    assertProblem(await call('passport/company', { headers: { ...auth, [SCENARIO_HEADER]: 'any:error-500' } }), 500);
    for (const name of SCENARIO_NAMES.filter((n) => n.startsWith('passport:'))) {
      assert.ok(describeScenario(name, 'fr') && describeScenario(name, 'en'), name);
      mock.setScenario(name);
      assert.equal(mock.passport.scenario, name);
    }
    mock.setScenario('invoices:none');
    assert.equal(mock.passport.scenario, 'passport:default', 'other scenarios answer with passport:default');
  });
});
