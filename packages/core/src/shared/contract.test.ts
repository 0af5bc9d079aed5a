/** X-API (issue 11, point 2) — one contract table per service: the document, the calls and the problems all follow it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openApiDocument } from '../openapi.js';
import { VAULT_ROUTES } from '../vault/routes.js';
import { VAULT_PROBLEMS, VAULT_PROBLEM_TYPES } from '../vault/problems.js';
import { PASSPORT_ROUTES } from '../passport/routes.js';
import { PASSPORT_PROBLEMS } from '../passport/problems.js';
import { callRoute, defineProblems, pathOf, type RouteSpec } from './contract.js';
import type { RequestOptions, VigieClient } from '../api/client.js';

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
  });

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
});
