import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getResponse } from 'msw';
import {
  createClient,
  INVOICES_PATH,
  Invoice,
  InvoiceListResponse,
  isApiError,
  listInvoices,
  parseInstant,
  ProblemDetails,
} from '@vigie/core';
import { createHandlers, SCENARIO_HEADER } from './handlers.js';
import {
  createEmployee,
  deleteEmployee,
  employeePages,
  getCompany,
  passportLogin,
  passportLogout,
  passportProblemOf,
} from '@vigie/core/passport';
import { PASSPORT_DEMO_LOGIN } from './passport/store.js';
import { startMockServer, type MockServer } from './server.js';

const now = () => parseInstant('2026-11-22');
/** The token a host page gives its provider: the mock requires one on private routes by default (X-MOCK). */
const HOST = { Authorization: 'Bearer host-token' };

describe('X-MOCK HTTP server', () => {
  let server: MockServer;
  before(async () => {
    server = await startMockServer({ port: 0, now, slowMs: 50 });
  });
  after(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.apiUrl}/${path}`, { headers: { ...HOST, ...headers } });

  it('listens on 127.0.0.1 and answers GET invoices with the contract', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await get(INVOICES_PATH);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const { invoices } = InvoiceListResponse.parse(await response.json());
    assert.ok(invoices.some((i) => i.status === 'unpaid'));
  });

  it('serves openapi.json', async () => {
    const response = await get('openapi.json');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(((await response.json()) as { openapi: string }).openapi, '3.1.0');
  });

  it('answers 500 application/problem+json in any:error-500', async () => {
    const response = await get(INVOICES_PATH, { [SCENARIO_HEADER]: 'any:error-500' });
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(ProblemDetails.parse(await response.json()).status, 500);
  });

  it('answers a CORS preflight for the headers the client sends', async () => {
    const response = await fetch(`${server.apiUrl}/${INVOICES_PATH}/x/payment`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://partner.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['authorization', 'if-match', 'idempotency-key', 'x-vigie-scenario', 'content-type']) assert.ok(allowed.includes(h), h);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
  });

  it('answers unknown routes with a 404 problem', async () => {
    const response = await get('nowhere');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });

  it('switches scenario at run time with POST /__scenario', async () => {
    const post = (body: unknown) =>
      fetch(`${server.url}/__scenario`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
    assert.equal((await post({ scenario: 'invoices:warning' })).status, 200);
    assert.equal(server.mock.scenario, 'invoices:warning');
    const access = (await (await get('safety-register/access')).json()) as { level: string };
    assert.equal(access.level, 'warning');
    const refused = await post({ scenario: 'nope' });
    assert.equal(refused.status, 400);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
    server.mock.reset();
  });

  it('answers exactly like the in-process handlers (status, content type, body)', async () => {
    const twin = createHandlers({ now, slowMs: 50 });
    const cases: [string, RequestInit][] = [
      [INVOICES_PATH, { headers: HOST }],
      [INVOICES_PATH, {}],
      ['safety-register/access', { headers: HOST }],
      ['openapi.json', {}],
      [INVOICES_PATH, { headers: { ...HOST, [SCENARIO_HEADER]: 'any:error-500' } }],
      [INVOICES_PATH, { headers: { ...HOST, [SCENARIO_HEADER]: 'any:malformed' } }],
      [INVOICES_PATH, { headers: { ...HOST, [SCENARIO_HEADER]: 'invoices:suspended' } }],
      ['safety-register/access', { headers: { ...HOST, [SCENARIO_HEADER]: 'any:slow' } }],
      [`${INVOICES_PATH}/fa-2026-0140/payment`, { method: 'POST', headers: HOST }],
      [`${INVOICES_PATH}/missing/payment`, { method: 'POST', headers: { ...HOST, 'Idempotency-Key': 'k' } }],
    ];
    for (const [path, init] of cases) {
      const label = `${init.method ?? 'GET'} ${path} ${JSON.stringify(init.headers ?? {})}`;
      const local = (await getResponse(twin.handlers, new Request(`http://localhost/api/${path}`, init)))!;
      const remote = await fetch(`${server.apiUrl}/${path}`, init);
      assert.equal(remote.status, local.status, label);
      assert.equal(remote.headers.get('content-type'), local.headers.get('content-type'), label);
      const [r, l] = [(await remote.json()) as Record<string, unknown>, (await local.json()) as Record<string, unknown>];
      // `instance` carries the request path, which is the same; everything else must match too.
      assert.deepEqual(r, l, label);
    }
  });

  describe('with the core client', () => {
    const client = (headers: Record<string, string> = {}) =>
      createClient({ baseUrl: server.apiUrl, getToken: () => 'demo-token', retry: { limit: 0 }, timeout: 5_000, headers });

    it('lists invoices and pays one, agreeing with the contract', async () => {
      const c = client({ [SCENARIO_HEADER]: 'invoices:warning' });
      const invoices = await listInvoices(c);
      const unpaid = invoices.find((i) => i.status === 'unpaid')!;
      const paid = await c.post(`${INVOICES_PATH}/${unpaid.id}/payment`, undefined, Invoice, { idempotencyKey: 'client-1' });
      assert.equal(paid.status, 'paid');
      const access = (await (await get('safety-register/access', { [SCENARIO_HEADER]: 'invoices:warning' })).json()) as { level: string };
      assert.equal(access.level, 'none');
    });

    it('turns any:malformed into a contract failure', async () => {
      await assert.rejects(listInvoices(client({ [SCENARIO_HEADER]: 'any:malformed' })), (e: unknown) => {
        assert.ok(isApiError(e));
        assert.equal(e.failure.kind, 'contract');
        return true;
      });
    });

    it('turns any:error-500 into an http failure with the problem', async () => {
      await assert.rejects(listInvoices(client({ [SCENARIO_HEADER]: 'any:error-500' })), (e: unknown) => {
        assert.ok(isApiError(e));
        assert.equal(e.failure.kind, 'http');
        assert.ok(e.failure.kind === 'http' && e.failure.status === 500 && e.failure.problem.title === 'Internal Server Error');
        return true;
      });
    });

    it('gets a 400 problem for a payment without Idempotency-Key', async () => {
      await assert.rejects(client().post(`${INVOICES_PATH}/fa-2026-0140/payment`, undefined, Invoice), (e: unknown) => {
        assert.ok(isApiError(e) && e.failure.kind === 'http' && e.failure.status === 400);
        return true;
      });
    });
  });
});

describe('X-MOCK HTTP server requires a token by default', () => {
  it('answers 401 without a bearer token and 200 with one, with no option given (as a real backend)', async () => {
    const server = await startMockServer({ port: 0, now });
    try {
      const refused = await fetch(`${server.apiUrl}/${INVOICES_PATH}`);
      assert.equal(refused.status, 401);
      assert.equal(refused.headers.get('content-type'), 'application/problem+json');
      assert.equal(refused.headers.get('www-authenticate'), 'Bearer');
      const client = createClient({ baseUrl: server.apiUrl, getToken: () => 'demo-token', retry: { limit: 0 } });
      assert.ok((await listInvoices(client)).length > 0);
    } finally {
      await server.close();
    }
  });

  it('X-MOCK the vault’s documents are never served without the vault session (no token, a host token, or the opt-out)', async () => {
    for (const requireAuth of [undefined, false]) {
      const server = await startMockServer({ port: 0, now, requireAuth });
      try {
        for (const headers of [{}, HOST]) {
          const r = await fetch(`${server.apiUrl}/vault/documents`, { headers });
          assert.equal(r.status, 401, `requireAuth ${String(requireAuth)}, ${JSON.stringify(headers)}`);
        }
      } finally {
        await server.close();
      }
    }
  });

  it('`npm run mock-server` requires the token by default; --no-require-auth opts out', async () => {
    const { spawn } = await import('node:child_process');
    const run = async (args: string[]) => {
      const child = spawn(
        process.execPath,
        ['--conditions=@vigie/source', '--import', 'tsx', new URL('./server.ts', import.meta.url).pathname, '--port', '0', ...args],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      try {
        for (let i = 0; i < 200 && !/Contract:/.test(out); i++) await new Promise((r) => setTimeout(r, 50));
        return out;
      } finally {
        child.kill();
      }
    };
    assert.match(await run([]), /Auth: +private routes need Authorization: Bearer/);
    assert.match(await run(['--no-require-auth']), /Auth: +OFF \(--no-require-auth\)/);
  });
});

describe('X-MOCK HTTP server: the safety passport', () => {
  it("answers the passport routes over real HTTP with core's calls (login, roster pages, enrol, delete, CORS DELETE)", async () => {
    const server = await startMockServer({ port: 0, now, scenario: 'passport:default' });
    try {
      const client = createClient({ baseUrl: server.apiUrl, retry: { limit: 0 }, timeout: 5_000 });
      const signed = await passportLogin(client, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
      assert.ok(signed.kind === 'signed-in');
      const { session } = signed;
      const ids: string[] = [];
      for await (const page of employeePages(client, { session, limit: 25 })) ids.push(...page.items.map((e) => e.id));
      assert.equal(ids.length, server.mock.passport.employees().length);
      const created = await createEmployee(
        client,
        {
          firstName: 'Zoé',
          lastName: 'NOËL',
          email: null,
          answers: { intervenesTechnically: false, leadsAwarenessSessions: false, checksPassports: false },
          snbpe: null,
        },
        { session },
      );
      assert.equal(created.firstLoginSentTo, 'referent');
      await deleteEmployee(client, created.employee.id, created.employee.version, { session });
      assert.equal(server.mock.passport.employee(created.employee.id), undefined);

      const preflight = await fetch(`${server.apiUrl}/passport/employees/emp-000001`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://partner.example',
          'Access-Control-Request-Method': 'DELETE',
          'Access-Control-Request-Headers': 'authorization, if-match',
        },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /DELETE/);

      const refused = await fetch(`${server.apiUrl}/passport/company`, { headers: HOST });
      assert.equal(refused.status, 401);
      assert.equal(refused.headers.get('content-type'), 'application/problem+json');
      assert.equal(((await refused.json()) as { type: string }).type, '/problems/session-required');
      assert.equal(((await (await fetch(`${server.apiUrl}/passport/company`)).json()) as { type: string }).type, '/problems/unauthorized');
    } finally {
      await server.close();
    }
  });

  it('« Se déconnecter » over real HTTP (point 2): the logout route answers 204 and the old token then gets 401', async () => {
    const server = await startMockServer({ port: 0, now, scenario: 'passport:default' });
    try {
      const client = createClient({ baseUrl: server.apiUrl, retry: { limit: 0 }, timeout: 5_000 });
      const signed = await passportLogin(client, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
      assert.ok(signed.kind === 'signed-in');
      const { session } = signed;
      assert.equal((await getCompany(client, { session })).version, 1);
      const preflight = await fetch(`${server.apiUrl}/passport/session/logout`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://partner.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      assert.equal(preflight.status, 204);
      await passportLogout(client, session);
      const refused = await fetch(`${server.apiUrl}/passport/company`, { headers: { Authorization: `Bearer ${session.token}` } });
      assert.equal(refused.status, 401);
      assert.equal(((await refused.json()) as { type: string }).type, '/problems/session-required');
      await assert.rejects(getCompany(client, { session }), (e) => passportProblemOf(e) === 'sessionRequired');
    } finally {
      await server.close();
    }
  });
});
