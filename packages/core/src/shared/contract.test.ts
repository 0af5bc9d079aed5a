/** X-API (issue 11, point 2) — one contract table per service: the document, the calls and the problems all follow it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openApiDocument } from '../openapi.js';
import { VAULT_ROUTES } from '../vault/routes.js';
import { VAULT_PROBLEMS, VAULT_PROBLEM_TYPES } from '../vault/problems.js';
import { PASSPORT_ROUTES } from '../passport/routes.js';
import { PASSPORT_PROBLEMS } from '../passport/problems.js';
import * as RS from '../remote-services/routes.js';
import { REMOTE_PROBLEMS, REMOTE_PROBLEM_TYPES } from '../remote-services/problems.js';
import { CANCEL_REFUSAL_PROBLEMS } from '../remote-services/alarms/rules.js';
import * as SR from '../safety-register/routes.js';
import { SR_PROBLEMS, SR_PROBLEM_TYPES } from '../safety-register/problems.js';
import { callRoute, defineProblems, pathOf, type RouteSpec } from './contract.js';
import type { RequestOptions, VigieClient } from '../api/client.js';
import { saveCallList } from '../remote-services/call-lists/api.js';
import { acceptRemoteOnboardingTerms, getRemoteOnboarding } from '../remote-services/onboarding/api.js';
import { fetchInvoicePdf, payInvoice } from '../safety-register/api.js';
import { updateProfile } from '../safety-register/profiles/api.js';

type Json = Record<string, unknown>;
type Operation = {
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  responses: Record<string, Json>;
};
const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };

const TABLES = [
  ['vault', VAULT_ROUTES, VAULT_PROBLEMS],
  ['passport', PASSPORT_ROUTES, PASSPORT_PROBLEMS],
  ['remote-services', RS.REMOTE_ROUTES, REMOTE_PROBLEMS],
  ['safety-register', SR.SR_ROUTES, SR_PROBLEMS],
] as const;

/** The parts' tables of a service gathered as one: no operation lost to a name taken twice. */
const PARTS = [
  ['remote-services', RS.REMOTE_ROUTES, Object.entries(RS).filter(([name]) => /^REMOTE_.+_ROUTES$/.test(name))],
  ['safety-register', SR.SR_ROUTES, Object.entries(SR).filter(([name]) => /^SR_.+_ROUTES$/.test(name))],
] as const;

describe('X-API contract tables', () => {
  test('X-API defineProblems: the slug and the type URI derive from the name', () => {
    const p = defineProblems({ invalidCurrentPassword: { status: 422, title: 'Wrong current password' } });
    assert.deepEqual(p.invalidCurrentPassword, {
      status: 422,
      title: 'Wrong current password',
      name: 'invalidCurrentPassword',
      slug: 'invalid-current-password',
      type: '/problems/invalid-current-password',
    });
    assert.equal(VAULT_PROBLEM_TYPES.invalidCredentials, '/problems/invalid-credentials');
    assert.equal(REMOTE_PROBLEMS.alarmPriority1.type, '/problems/alarm-priority-1', 'a number starts a word');
    assert.equal(REMOTE_PROBLEMS.idPinInvalidCurrentPin.slug, 'id-pin-invalid-current-pin');
  });

  test('X-API the problem lists of Remote Services and the safety register keep their URIs', () => {
    for (const type of Object.values(CANCEL_REFUSAL_PROBLEMS)) assert.ok((REMOTE_PROBLEM_TYPES as readonly string[]).includes(type), type);
    assert.equal(SR_PROBLEM_TYPES.conflict, '/problems/state-conflict');
    assert.equal(SR_PROBLEM_TYPES.invoiceNotFound, '/problems/invoice-not-found');
    assert.equal(SR_PROBLEM_TYPES.idempotencyKeyRequired, '/problems/idempotency-key-required');
  });

  for (const [service, table, parts] of PARTS) {
    test(`X-API ${service}: its parts' tables gathered as one, every operation once (no method and path twice)`, () => {
      assert.ok(parts.length >= 7, `${parts.length} parts`);
      const count = parts.reduce((n, [, part]) => n + Object.keys(part as object).length, 0);
      assert.equal(Object.keys(table).length, count);
      const operations = Object.values<RouteSpec>(table).map((r) => `${r.method} ${r.path}`);
      assert.equal(new Set(operations).size, operations.length);
    });
  }

  for (const [service, routes, problems] of TABLES) {
    test(`X-API ${service}: every row of the table is in the document, as the row says (method, body, success status, problems, auth, key, If-Match)`, () => {
      for (const [name, route] of Object.entries<RouteSpec>(routes)) {
        const op = doc.paths[`/${route.path}`]?.[route.method];
        assert.ok(op, `${name}: ${route.method} /${route.path}`);
        assert.equal(!!op.requestBody, !!route.body, `${name} body`);
        assert.ok(op.responses[String(route.status ?? 200)], `${name} success`);
        for (const p of route.problems)
          assert.ok(op.responses[String((problems as Record<string, { status: number }>)[p]!.status)], `${name} ${p}`);
        assert.equal(route.auth === 'public', JSON.stringify(op.security) === '[]', `${name} security`);
        const params = (op.parameters ?? []).map((p) => p.name);
        assert.equal(params.includes('Idempotency-Key'), route.idempotency === 'keyed', `${name} Idempotency-Key`);
        assert.equal(params.includes('If-Match'), !!route.ifMatch, `${name} If-Match`);
      }
    });
  }

  test('X-API callRoute sends what the row says: path parameters encoded, no token on a public route, a fresh key on a keyed one, If-Match', async () => {
    const seen: { method: string; path: string; body?: unknown; opts?: RequestOptions }[] = [];
    const client = {
      baseUrl: 'https://api.example.fr/',
      get: async (path: string, _s: unknown, opts?: RequestOptions) => (seen.push({ method: 'get', path, opts }), undefined),
      post: async (path: string, body: unknown, _s: unknown, opts?: RequestOptions) => (
        seen.push({ method: 'post', path, body, opts }),
        undefined
      ),
      put: async (path: string, body: unknown, _s: unknown, opts?: RequestOptions) => (
        seen.push({ method: 'put', path, body, opts }),
        undefined
      ),
      delete: async (path: string, _s: unknown, opts?: RequestOptions) => (seen.push({ method: 'delete', path, opts }), undefined),
    } as unknown as VigieClient;
    await callRoute(client, VAULT_ROUTES.login, { body: { identifier: '123456789012', password: 'x' }, auth: { bearer: 'ignored' } });
    await callRoute(client, VAULT_ROUTES.archive, { params: { id: 'a/b' }, auth: { bearer: 't' } });
    await callRoute(client, PASSPORT_ROUTES.deleteEmployee, { params: { id: 'emp-1' }, ifMatch: '"3"' });
    assert.deepEqual(seen[0]!.opts, { auth: 'none' }, 'a public credential check: no token, no key');
    assert.equal(seen[1]!.path, 'vault/documents/a%2Fb/archive');
    assert.deepEqual(seen[1]!.opts!.auth, { bearer: 't' });
    assert.match(seen[1]!.opts!.idempotencyKey!, /\S{8,}/);
    assert.deepEqual(
      [seen[2]!.method, seen[2]!.path, seen[2]!.opts!.ifMatch, seen[2]!.opts!.auth],
      ['delete', 'passport/employees/emp-1', '"3"', 'provider'],
    );
    assert.throws(() => pathOf(VAULT_ROUTES.move), /no value for \{id\}/);
  });
  test('X-API Remote Services and the safety register call as their rows say (If-Match, session, public, key, PDF)', async () => {
    const seen: { method: string; path: string; body?: unknown; opts?: RequestOptions }[] = [];
    const record =
      (method: string, withBody: boolean) =>
      async (...args: unknown[]) => {
        seen.push({
          method,
          path: args[0] as string,
          body: withBody ? args[1] : undefined,
          opts: args[withBody ? 3 : 2] as RequestOptions,
        });
        return undefined;
      };
    const client = {
      baseUrl: 'https://api.example.fr/',
      get: record('get', false),
      delete: record('delete', false),
      post: record('post', true),
      put: record('put', true),
    } as unknown as VigieClient;
    await saveCallList(client, 's/1', 'l1', 3, { contactIds: ['c1'] });
    await acceptRemoteOnboardingTerms(client, 'onb-session', 'mysecuritas');
    await getRemoteOnboarding(client, 'inv-token');
    await payInvoice(client, 'inv-1', 'key-1');
    await fetchInvoicePdf(client, { id: 'inv-1', pdfUrl: 'https://cdn.example.fr/inv-1.pdf' });
    await updateProfile(client, 'p1', { name: 'Gardiens', rights: [] } as never, 7);
    const [save, terms, status, pay, pdf, profile] = seen;
    assert.deepEqual(
      [save!.method, save!.path, save!.opts!.ifMatch, save!.opts!.auth],
      ['put', 'remote/sites/s%2F1/call-lists/l1', '"3"', 'provider'],
    );
    assert.deepEqual(terms!.opts!.auth, { bearer: 'onb-session' }, 'an onboarding step sends its session');
    assert.match(terms!.opts!.idempotencyKey!, /\S{8,}/);
    assert.deepEqual(
      [status!.path, status!.body, status!.opts],
      ['remote/onboarding/invitation', { token: 'inv-token' }, { auth: 'none' }],
    );
    assert.deepEqual([pay!.path, pay!.body, pay!.opts!.idempotencyKey], ['safety-register/invoices/inv-1/payment', undefined, 'key-1']);
    assert.deepEqual([pdf!.path, pdf!.opts!.headers], ['https://cdn.example.fr/inv-1.pdf', { Accept: 'application/pdf' }]);
    assert.deepEqual([profile!.method, profile!.path, profile!.opts!.ifMatch], ['put', 'safety-register/profiles/p1', '"7"']);
  });
});
