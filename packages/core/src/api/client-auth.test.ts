/**
 * X-API — per-request authentication (`auth`) and binary bodies: a credential check is sent once
 * with no token, a held session is sent as is and never refreshed, a PDF reaches the schema as a Blob.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import { createClient, BINARY_CONTENT_TYPES } from './client.js';
import { ApiError } from './errors.js';

const Ok = z.object({ ok: z.boolean() });

function setup(handler: (n: number, request: Request) => Response) {
  const seen: { auth: string | null; accept: string | null }[] = [];
  const tokens: boolean[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    seen.push({ auth: request.headers.get('authorization'), accept: request.headers.get('accept') });
    return handler(seen.length, request);
  };
  const api = createClient({
    baseUrl: 'https://api.test/v1',
    fetch: fetch as typeof globalThis.fetch,
    getToken: ({ refresh }) => {
      tokens.push(refresh);
      return refresh ? 'fresh' : 'stale';
    },
    retry: { backoffLimitMs: 5 },
  });
  return { api, seen, tokens };
}

const unauthorized = () =>
  new Response(JSON.stringify({ title: 'Unauthorized', status: 401 }), {
    status: 401,
    headers: { 'content-type': 'application/problem+json' },
  });
const ok = () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });

describe('X-API client: per-request auth', () => {
  test("X-API auth 'provider' (default) still refreshes once after a 401 and replays", async () => {
    const { api, seen, tokens } = setup((n) => (n === 1 ? unauthorized() : ok()));
    assert.deepEqual(await api.get('things', Ok), { ok: true });
    assert.deepEqual(tokens, [false, true]);
    assert.deepEqual(
      seen.map((s) => s.auth),
      ['Bearer stale', 'Bearer fresh'],
    );
  });

  test("X-API auth 'none': no Authorization, getToken never called, a 401 is final (sent once)", async () => {
    const { api, seen, tokens } = setup(() => unauthorized());
    await assert.rejects(
      api.post('vault/login', { identifier: 'x', password: 'y' }, Ok, { auth: 'none' }),
      (e: unknown) => e instanceof ApiError && e.failure.kind === 'http' && e.failure.status === 401,
    );
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.auth, null);
    assert.deepEqual(tokens, []);
  });

  test('X-API auth { bearer }: that token, never refreshed, a 401 is final', async () => {
    const { api, seen, tokens } = setup(() => unauthorized());
    await assert.rejects(api.get('vault/profile', Ok, { auth: { bearer: 'session-1' } }), ApiError);
    assert.deepEqual(
      seen.map((s) => s.auth),
      ['Bearer session-1'],
    );
    assert.deepEqual(tokens, []);
  });

  test("X-API auth 'none' still retries what is safe (a GET on 503)", async () => {
    const { api, seen } = setup((n) => (n === 1 ? new Response('', { status: 503 }) : ok()));
    assert.deepEqual(await api.get('vault/public', Ok, { auth: 'none' }), { ok: true });
    assert.equal(seen.length, 2);
  });
});

describe('X-API client: binary bodies', () => {
  test('X-API application/pdf and application/octet-stream reach the schema as a Blob', async () => {
    assert.deepEqual([...BINARY_CONTENT_TYPES], ['application/pdf', 'application/octet-stream']);
    for (const type of ['application/pdf', 'application/pdf; name=x.pdf', 'Application/Octet-Stream']) {
      const { api } = setup(() => new Response(new Uint8Array([37, 80, 68, 70, 45]), { headers: { 'content-type': type } }));
      const blob = await api.get('file', z.instanceof(Blob));
      assert.ok(blob instanceof Blob, type);
      assert.equal(await blob.text(), '%PDF-');
    }
  });

  test('X-API a binary body where JSON was expected is a contract failure, not a crash', async () => {
    const { api } = setup(() => new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'application/pdf' } }));
    await assert.rejects(api.get('things', Ok), (e: unknown) => e instanceof ApiError && e.failure.kind === 'contract');
  });
});
