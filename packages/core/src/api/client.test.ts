/**
 * X-API / X-PROVIDER — the one HTTP client: bearer token (again once after a 401), retry
 * policy (idempotent methods only, POST with an Idempotency-Key), capped Retry-After,
 * per-attempt and total time limits, zod validation, typed failures.
 * A fake `fetch` records every request; delays are kept tiny.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import { createClient, type ClientOptions, type TokenRequest } from './client.js';
import { ApiError, isApiError, type ApiFailure } from './errors.js';
import { failureFromResponse } from './problem.js';
import { INVOICES_PATH, listInvoices } from '../safety-register/api.js';
import { InvoiceListResponse } from '../safety-register/schemas.js';

// ── fake fetch ───────────────────────────────────────────────────────────────

interface Call {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly at: number;
}

type Handler = (request: Request, n: number) => Response | Promise<Response>;

/** A fetch that records requests and answers with `handler`; like the real one, it rejects when the request's signal aborts. */
function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = request.body ? await request.clone().text() : undefined;
    calls.push({ method: request.method, url: request.url, headers: new Headers(request.headers), body, at: performance.now() });
    const signal = request.signal;
    if (signal.aborted) throw signal.reason;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      Promise.resolve()
        .then(() => handler(request, calls.length))
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const problem = (body: Record<string, unknown>, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json', ...headers } });

const never = () => new Promise<Response>(() => {});

const INVOICES = {
  invoices: [
    { id: 'inv-1', number: 'FA-2026-0142', dueDate: '2026-06-15', amountCents: 123_450, status: 'unpaid' },
    { id: 'inv-2', number: 'FA-2026-0101', dueDate: '2026-03-01', amountCents: 9_900, status: 'paid' },
  ],
};

const Saved = z.object({ ok: z.boolean() });

const BASE = 'https://api.test/v1';

function client(handler: Handler, options: Partial<ClientOptions> = {}) {
  const f = fakeFetch(handler);
  const tokens: TokenRequest[] = [];
  let n = 0;
  const api = createClient({
    baseUrl: BASE,
    fetch: f.fetch,
    getToken: (req) => {
      tokens.push(req);
      n++;
      return `tok-${n}`;
    },
    retry: { backoffLimitMs: 20 },
    ...options,
  });
  return { api, calls: f.calls, tokens };
}

/** Awaits a promise that must reject with an ApiError, and returns it. */
async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ApiError, `expected an ApiError, got ${String(e)}`);
    assert.ok(isApiError(e));
    return e;
  }
  assert.fail('expected the request to fail');
}

function expectKind<K extends ApiFailure['kind']>(e: ApiError, kind: K): Extract<ApiFailure, { kind: K }> {
  assert.equal(e.failure.kind, kind, `${e.failure.kind}: ${e.message}`);
  assert.equal(e.kind, kind);
  return e.failure as Extract<ApiFailure, { kind: K }>;
}

// ── requests ─────────────────────────────────────────────────────────────────

describe('X-API client: requests', () => {
  test('X-API GET resolves the path under the base URL, sends Accept and the bearer token, returns the parsed body', async () => {
    const { api, calls, tokens } = client(() => json(INVOICES));
    const body = await api.get(INVOICES_PATH, InvoiceListResponse);
    assert.deepEqual(body, INVOICES);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.method, 'GET');
    assert.equal(calls[0]!.url, 'https://api.test/v1/safety-register/invoices');
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer tok-1');
    assert.match(calls[0]!.headers.get('accept') ?? '', /application\/json/);
    assert.deepEqual(tokens, [{ refresh: false }]);
  });

  test('X-API the base URL gets its trailing slash; a leading slash in the path stays under /v1/', async () => {
    const { api, calls } = client(() => json(INVOICES));
    assert.equal(api.baseUrl, 'https://api.test/v1/');
    await api.get('/safety-register/invoices', InvoiceListResponse);
    assert.equal(calls[0]!.url, 'https://api.test/v1/safety-register/invoices');
  });

  test('X-API search params, client headers and request headers are sent', async () => {
    const { api, calls } = client(() => json(INVOICES), { headers: { 'Accept-Language': 'fr' } });
    await api.get(INVOICES_PATH, InvoiceListResponse, {
      searchParams: { year: 2026, unpaid: true, q: 'a b' },
      headers: { 'X-Trace': 't1' },
    });
    const url = new URL(calls[0]!.url);
    assert.equal(url.searchParams.get('year'), '2026');
    assert.equal(url.searchParams.get('unpaid'), 'true');
    assert.equal(url.searchParams.get('q'), 'a b');
    assert.equal(calls[0]!.headers.get('accept-language'), 'fr');
    assert.equal(calls[0]!.headers.get('x-trace'), 't1');
  });

  test('X-API no getToken (or an empty token) → no Authorization header', async () => {
    const f = fakeFetch(() => json(INVOICES));
    await createClient({ baseUrl: BASE, fetch: f.fetch }).get(INVOICES_PATH, InvoiceListResponse);
    await createClient({ baseUrl: BASE, fetch: f.fetch, getToken: () => undefined }).get(INVOICES_PATH, InvoiceListResponse);
    await createClient({ baseUrl: BASE, fetch: f.fetch, getToken: async () => '' }).get(INVOICES_PATH, InvoiceListResponse);
    for (const c of f.calls) assert.equal(c.headers.get('authorization'), null);
  });

  test('X-API an async getToken is awaited', async () => {
    const f = fakeFetch(() => json(INVOICES));
    const api = createClient({ baseUrl: BASE, fetch: f.fetch, getToken: async () => 'async-tok' });
    await api.get(INVOICES_PATH, InvoiceListResponse);
    assert.equal(f.calls[0]!.headers.get('authorization'), 'Bearer async-tok');
  });

  test('X-API POST sends the JSON body', async () => {
    const { api, calls } = client(() => json({ ok: true }, 201));
    assert.deepEqual(await api.post('things', { a: 1, b: 'é' }, Saved), { ok: true });
    assert.equal(calls[0]!.method, 'POST');
    assert.deepEqual(JSON.parse(calls[0]!.body!), { a: 1, b: 'é' });
    assert.match(calls[0]!.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(calls[0]!.headers.get('idempotency-key'), null);
    assert.equal(calls[0]!.headers.get('if-match'), null);
  });

  test('X-API PUT sends If-Match (writes to shared resources)', async () => {
    const { api, calls } = client(() => json({ ok: true }));
    await api.put('call-lists/42', { order: ['a', 'b'] }, Saved, { ifMatch: '"v7"' });
    assert.equal(calls[0]!.method, 'PUT');
    assert.equal(calls[0]!.headers.get('if-match'), '"v7"');
    assert.deepEqual(JSON.parse(calls[0]!.body!), { order: ['a', 'b'] });
  });

  test('X-API DELETE with If-Match; a 204 with no body is accepted by a schema for undefined', async () => {
    const { api, calls } = client(() => new Response(null, { status: 204 }));
    assert.equal(await api.delete('call-lists/42/contacts/7', z.undefined(), { ifMatch: '"v8"' }), undefined);
    assert.equal(calls[0]!.method, 'DELETE');
    assert.equal(calls[0]!.headers.get('if-match'), '"v8"');
  });

  test('X-API listInvoices returns the invoices of the body', async () => {
    const { api } = client(() => json(INVOICES));
    assert.deepEqual(await listInvoices(api), INVOICES.invoices);
  });
});

// ── 401 ──────────────────────────────────────────────────────────────────────

describe('X-API client: 401 → getToken({ refresh: true }) once, request replayed once', () => {
  test('X-PROVIDER 401 then 200: a fresh token is asked once and the request replayed with it', async () => {
    const { api, calls, tokens } = client((_r, n) => (n === 1 ? problem({ title: 'Expired' }, 401) : json(INVOICES)));
    assert.deepEqual(await api.get(INVOICES_PATH, InvoiceListResponse), INVOICES);
    assert.deepEqual(tokens, [{ refresh: false }, { refresh: true }]);
    assert.equal(calls.length, 2);
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer tok-1');
    assert.equal(calls[1]!.headers.get('authorization'), 'Bearer tok-2');
  });

  test('X-PROVIDER 401 twice: an ApiError http 401, after exactly one refresh and one replay', async () => {
    const { api, calls, tokens } = client(() => problem({ title: 'Unauthorized' }, 401));
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    const f = expectKind(e, 'http');
    assert.equal(f.status, 401);
    assert.equal(f.problem.title, 'Unauthorized');
    assert.deepEqual(tokens, [{ refresh: false }, { refresh: true }]);
    assert.equal(calls.length, 2);
  });

  test('X-PROVIDER 401 on a POST: replayed once with the same body (401 is not a server-side effect)', async () => {
    const { api, calls, tokens } = client((_r, n) => (n === 1 ? new Response(null, { status: 401 }) : json({ ok: true })));
    assert.deepEqual(await api.post('things', { x: 1 }, Saved), { ok: true });
    assert.equal(calls.length, 2);
    assert.equal(calls[1]!.body, calls[0]!.body);
    assert.deepEqual(
      tokens.map((t) => t.refresh),
      [false, true],
    );
  });

  test('X-PROVIDER 401 with no getToken: no replay', async () => {
    const f = fakeFetch(() => new Response(null, { status: 401 }));
    const e = await failure(createClient({ baseUrl: BASE, fetch: f.fetch }).get(INVOICES_PATH, InvoiceListResponse));
    assert.equal(expectKind(e, 'http').status, 401);
    assert.equal(f.calls.length, 1);
  });

  test('X-PROVIDER 403 is not a token problem: no refresh, no replay', async () => {
    const { api, calls, tokens } = client(() => problem({ title: 'Forbidden' }, 403));
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    assert.equal(expectKind(e, 'http').status, 403);
    assert.equal(calls.length, 1);
    assert.deepEqual(tokens, [{ refresh: false }]);
  });
});

// ── retries ──────────────────────────────────────────────────────────────────

describe('X-API client: retry policy', () => {
  test('X-API GET is retried on 503 and succeeds', async () => {
    const { api, calls } = client((_r, n) => (n === 1 ? problem({ title: 'Busy' }, 503) : json(INVOICES)));
    assert.deepEqual(await api.get(INVOICES_PATH, InvoiceListResponse), INVOICES);
    assert.equal(calls.length, 2);
  });

  test('X-API GET on 503 every time: 1 + 2 retries, then an ApiError http 503', async () => {
    const { api, calls } = client(() => problem({ title: 'Busy' }, 503));
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    const f = expectKind(e, 'http');
    assert.equal(f.status, 503);
    assert.equal(f.problem.title, 'Busy');
    assert.equal(calls.length, 3);
  });

  test('X-API retry.limit sets the number of retries', async () => {
    const { api, calls } = client(() => problem({}, 503), { retry: { limit: 4, backoffLimitMs: 5 } });
    await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    assert.equal(calls.length, 5);
  });

  test('X-API GET honours Retry-After (1 s, capped by maxRetryAfterMs = 150): waits the cap, not the short back-off', async () => {
    const { api, calls } = client((_r, n) => (n === 1 ? problem({}, 503, { 'Retry-After': '1' }) : json(INVOICES)), {
      retry: { backoffLimitMs: 20, maxRetryAfterMs: 150 },
    });
    await api.get(INVOICES_PATH, InvoiceListResponse);
    const wait = calls[1]!.at - calls[0]!.at;
    assert.ok(wait >= 130, `waited only ${wait.toFixed(0)} ms: Retry-After ignored`);
    assert.ok(wait < 900, `waited ${wait.toFixed(0)} ms: Retry-After not capped`);
  });

  test('X-API a large Retry-After (3600 s) is capped at maxRetryAfterMs (60 ms)', async () => {
    const { api, calls } = client((_r, n) => (n === 1 ? problem({}, 503, { 'Retry-After': '3600' }) : json(INVOICES)), {
      retry: { backoffLimitMs: 20, maxRetryAfterMs: 60 },
    });
    const t0 = performance.now();
    await api.get(INVOICES_PATH, InvoiceListResponse);
    const wait = calls[1]!.at - calls[0]!.at;
    assert.ok(wait >= 45, `waited ${wait.toFixed(0)} ms`);
    assert.ok(performance.now() - t0 < 1000, 'the capped wait must be short');
  });

  test('X-API Retry-After on 429 is honoured too (capped)', async () => {
    const { api, calls } = client((_r, n) => (n === 1 ? problem({ title: 'Too many' }, 429, { 'Retry-After': '2' }) : json(INVOICES)), {
      retry: { backoffLimitMs: 20, maxRetryAfterMs: 100 },
    });
    await api.get(INVOICES_PATH, InvoiceListResponse);
    const wait = calls[1]!.at - calls[0]!.at;
    assert.ok(wait >= 85 && wait < 900, `waited ${wait.toFixed(0)} ms`);
  });

  test('X-API without Retry-After the back-off stays under backoffLimitMs (jitter)', async () => {
    const { api, calls } = client((_r, n) => (n <= 2 ? problem({}, 503) : json(INVOICES)), { retry: { backoffLimitMs: 20 } });
    await api.get(INVOICES_PATH, InvoiceListResponse);
    assert.equal(calls.length, 3);
    for (const k of [1, 2]) {
      const wait = calls[k]!.at - calls[k - 1]!.at;
      assert.ok(wait < 200, `back-off ${k} was ${wait.toFixed(0)} ms`);
    }
  });

  test('X-API POST is NEVER retried on 503 without an idempotency key', async () => {
    const { api, calls } = client(() => problem({ title: 'Busy' }, 503, { 'Retry-After': '0' }));
    const e = await failure(api.post('things', { x: 1 }, Saved));
    assert.equal(expectKind(e, 'http').status, 503);
    assert.equal(calls.length, 1);
  });

  test('X-API POST is never retried on 500, 502, 504 or 429 without an idempotency key', async () => {
    for (const status of [500, 502, 504, 429]) {
      const { api, calls } = client(() => problem({}, status));
      await failure(api.post('things', { x: 1 }, Saved));
      assert.equal(calls.length, 1, String(status));
    }
  });

  test('X-API POST is never retried after a network failure without an idempotency key', async () => {
    const { api, calls } = client(() => Promise.reject(new TypeError('fetch failed')));
    expectKind(await failure(api.post('things', { x: 1 }, Saved)), 'network');
    assert.equal(calls.length, 1);
  });

  test('X-API POST with an idempotencyKey is retried on 503 and sends Idempotency-Key on every attempt', async () => {
    const { api, calls } = client((_r, n) => (n === 1 ? problem({}, 503) : json({ ok: true }, 201)));
    assert.deepEqual(await api.post('things', { x: 1 }, Saved, { idempotencyKey: 'key-123' }), { ok: true });
    assert.equal(calls.length, 2);
    for (const c of calls) {
      assert.equal(c.headers.get('idempotency-key'), 'key-123');
      assert.deepEqual(JSON.parse(c.body!), { x: 1 });
    }
  });

  test('X-API PUT and DELETE are retried on 503 (idempotent) and keep If-Match', async () => {
    {
      const { api, calls } = client((_r, n) => (n === 1 ? problem({}, 503) : json({ ok: true })));
      await api.put('call-lists/1', { a: 1 }, Saved, { ifMatch: '"v1"' });
      assert.equal(calls.length, 2);
      assert.deepEqual(
        calls.map((c) => c.headers.get('if-match')),
        ['"v1"', '"v1"'],
      );
      assert.deepEqual(
        calls.map((c) => c.body),
        ['{"a":1}', '{"a":1}'],
      );
    }
    {
      const { api, calls } = client((_r, n) => (n === 1 ? problem({}, 503) : json({ ok: true })));
      await api.delete('call-lists/1', Saved);
      assert.equal(calls.length, 2);
    }
  });

  test('X-API 4xx other than 408/429 are not retried (404, 400, 422)', async () => {
    for (const status of [400, 404, 422]) {
      const { api, calls } = client(() => problem({ title: `E${status}` }, status));
      const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
      assert.equal(expectKind(e, 'http').status, status);
      assert.equal(calls.length, 1, String(status));
    }
  });
});

// ── failures ─────────────────────────────────────────────────────────────────

describe('X-API client: typed failures', () => {
  test('X-API a body failing the schema → contract, with the issue paths', async () => {
    const bad = { invoices: [INVOICES.invoices[0], { id: 'x', number: 'FA-1', dueDate: '2026-02-30', amountCents: 12.5, status: 'late' }] };
    const { api } = client(() => json(bad));
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    const f = expectKind(e, 'contract');
    assert.equal(f.status, 200);
    const paths = f.issues.map((i) => i.path).sort();
    assert.deepEqual(paths, ['invoices.1.amountCents', 'invoices.1.dueDate', 'invoices.1.status']);
    for (const i of f.issues) assert.ok(i.message.length > 0);
    assert.match(e.message, /invoices\.1\.dueDate/);
  });

  test('X-API a missing field → contract naming that field', async () => {
    const { api } = client(() => json({ invoices: [{ id: 'x', number: 'FA-1', amountCents: 1, status: 'paid' }] }));
    const f = expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'contract');
    assert.deepEqual(
      f.issues.map((i) => i.path),
      ['invoices.0.dueDate'],
    );
  });

  test('X-API a body of the wrong shape at the root → contract with the root path', async () => {
    const { api } = client(() => json([1, 2, 3]));
    const f = expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'contract');
    assert.equal(f.issues[0]!.path, '');
  });

  test('X-API a non-JSON body → contract', async () => {
    const { api } = client(() => new Response('<html>Bad gateway page</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const f = expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'contract');
    assert.equal(f.status, 200);
    assert.equal(f.issues.length, 1);
    assert.equal(f.issues[0]!.path, '');
  });

  test('X-API truncated JSON labelled application/json → contract', async () => {
    const { api } = client(() => new Response('{"invoices": [', { status: 200, headers: { 'content-type': 'application/json' } }));
    expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'contract');
  });

  test('X-API an empty 200 body → contract', async () => {
    const { api } = client(() => new Response('', { status: 200, headers: { 'content-type': 'application/json' } }));
    expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'contract');
  });

  test('X-API 423 with problem+json lockedUntil → locked, with lockedUntil (not retried)', async () => {
    const until = '2026-06-15T14:30:00+02:00';
    const { api, calls } = client(() =>
      problem({ type: 'https://vigie.example/problems/locked', title: 'Compte verrouillé', lockedUntil: until }, 423),
    );
    const e = await failure(api.post('vault/login', { id: '123456789012', password: 'x' }, Saved));
    const f = expectKind(e, 'locked');
    assert.equal(f.status, 423);
    assert.equal(f.lockedUntil, until);
    assert.equal(f.problem.title, 'Compte verrouillé');
    assert.match(e.message, /2026-06-15T14:30:00\+02:00/);
    assert.equal(calls.length, 1);
  });

  test('X-API a GET answered 423 is not retried either', async () => {
    const { api, calls } = client(() => problem({ lockedUntil: '2026-06-15T12:00:00Z' }, 423));
    expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'locked');
    assert.equal(calls.length, 1);
  });

  test('X-API 409 → conflict', async () => {
    const { api } = client(() => problem({ title: 'Modifiée entre-temps' }, 409));
    const f = expectKind(await failure(api.put('call-lists/1', {}, Saved, { ifMatch: '"v1"' })), 'conflict');
    assert.equal(f.status, 409);
    assert.equal(f.problem.title, 'Modifiée entre-temps');
  });

  test('X-API 412 (If-Match failed) → conflict, not retried', async () => {
    const { api, calls } = client(() => problem({ title: 'Precondition failed' }, 412));
    const f = expectKind(await failure(api.put('call-lists/1', {}, Saved, { ifMatch: '"old"' })), 'conflict');
    assert.equal(f.status, 412);
    assert.equal(calls.length, 1);
  });

  test('X-API 500 problem+json → http with problem.title (GET retried, then reported)', async () => {
    const { api, calls } = client(() => problem({ type: 'about:blank', title: 'Erreur interne', detail: 'db down' }, 500));
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    const f = expectKind(e, 'http');
    assert.equal(f.status, 500);
    assert.equal(f.problem.title, 'Erreur interne');
    assert.equal(f.problem.detail, 'db down');
    assert.equal(e.message, 'HTTP 500: Erreur interne');
    assert.equal(calls.length, 3);
  });

  test('X-API 500 with a plain-text body → http, the text as the title', async () => {
    const { api } = client(() => new Response('upstream exploded', { status: 500, headers: { 'content-type': 'text/plain' } }), {
      retry: { limit: 0 },
    });
    const f = expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'http');
    assert.equal(f.status, 500);
    assert.equal(f.problem.title, 'upstream exploded');
  });

  test('X-API a fetch that rejects with TypeError → network (GET retried first)', async () => {
    const { api, calls } = client(() => Promise.reject(new TypeError('fetch failed')));
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    expectKind(e, 'network');
    assert.equal(calls.length, 3);
    assert.ok(e.cause, 'the original error is kept as the cause');
  });

  test('X-API a fetch that rejects with any other TypeError → network', async () => {
    const { api } = client(() => Promise.reject(new TypeError('Failed to parse URL')));
    expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'network');
  });

  test('X-API a network failure then success: GET recovers', async () => {
    const { api, calls } = client((_r, n) => (n === 1 ? Promise.reject(new TypeError('fetch failed')) : json(INVOICES)));
    assert.deepEqual(await api.get(INVOICES_PATH, InvoiceListResponse), INVOICES);
    assert.equal(calls.length, 2);
  });

  test('X-API a fetch that never resolves with timeout: 50 → timeout (GET: 3 attempts)', async () => {
    const { api, calls } = client(never, { timeout: 50 });
    const t0 = performance.now();
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    expectKind(e, 'timeout');
    assert.equal(calls.length, 3);
    const elapsed = performance.now() - t0;
    assert.ok(elapsed >= 140 && elapsed < 2000, `${elapsed.toFixed(0)} ms`);
  });

  test('X-API a POST that times out is not retried', async () => {
    const { api, calls } = client(never, { timeout: 50 });
    expectKind(await failure(api.post('things', {}, Saved)), 'timeout');
    assert.equal(calls.length, 1);
  });

  test('X-API totalTimeout stops the retries: a 1 s Retry-After does not fit in 120 ms', async () => {
    const { api, calls } = client(() => problem({}, 503, { 'Retry-After': '1' }), {
      totalTimeout: 120,
      retry: { backoffLimitMs: 20, maxRetryAfterMs: 5_000 },
    });
    const t0 = performance.now();
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    const elapsed = performance.now() - t0;
    expectKind(e, 'timeout');
    assert.equal(calls.length, 1);
    assert.ok(elapsed < 700, `${elapsed.toFixed(0)} ms: the 1 s wait was not cut`);
  });

  test('X-API totalTimeout bounds every attempt: a hanging server with timeout 10 s and totalTimeout 80 ms', async () => {
    const { api } = client(never, { timeout: 10_000, totalTimeout: 80 });
    const t0 = performance.now();
    expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse)), 'timeout');
    const elapsed = performance.now() - t0;
    assert.ok(elapsed >= 60 && elapsed < 1000, `${elapsed.toFixed(0)} ms`);
  });

  test('X-API totalTimeout over slow failures: attempts stop once the budget is spent', async () => {
    const slow503 = () => new Promise<Response>((r) => setTimeout(() => r(problem({}, 503)), 40));
    const { api, calls } = client(slow503, { totalTimeout: 100, retry: { limit: 10, backoffLimitMs: 5 } });
    const t0 = performance.now();
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse));
    const elapsed = performance.now() - t0;
    assert.ok(['timeout', 'http'].includes(e.kind), e.kind);
    assert.ok(calls.length <= 4, `${calls.length} attempts`);
    assert.ok(elapsed < 600, `${elapsed.toFixed(0)} ms`);
  });

  test('X-API an already aborted signal → aborted', async () => {
    const { api } = client(() => json(INVOICES));
    const ac = new AbortController();
    ac.abort();
    expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse, { signal: ac.signal })), 'aborted');
  });

  test('X-API a signal aborted while the request is in flight → aborted, promptly', async () => {
    const { api, calls } = client(never);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    const t0 = performance.now();
    expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse, { signal: ac.signal })), 'aborted');
    assert.equal(calls.length, 1);
    assert.ok(performance.now() - t0 < 500);
  });

  test('X-API a signal aborted during a Retry-After wait → aborted, without another attempt', async () => {
    const { api, calls } = client(() => problem({}, 503, { 'Retry-After': '5' }), { retry: { maxRetryAfterMs: 5_000 } });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const t0 = performance.now();
    expectKind(await failure(api.get(INVOICES_PATH, InvoiceListResponse, { signal: ac.signal })), 'aborted');
    assert.equal(calls.length, 1);
    assert.ok(performance.now() - t0 < 1000);
  });

  test('X-API a signal aborted with a reason (a string or an Error, as hosts often pass) → aborted, not network', async () => {
    for (const reason of ['unmounted', new Error('user left the page')]) {
      const { api } = client(never);
      const ac = new AbortController();
      setTimeout(() => ac.abort(reason), 10);
      const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse, { signal: ac.signal }));
      assert.equal(e.kind, 'aborted', `abort(${String(reason)}) became ${e.kind}`);
    }
  });

  test("X-API the bearer token never leaves the base URL's origin (absolute or protocol-relative path)", async () => {
    for (const path of ['https://evil.test/steal', '///evil.test/steal']) {
      const { api, calls } = client(() => json({ ok: true }));
      try {
        await api.get(path, Saved);
      } catch {
        // refusing the path is fine too
      }
      for (const c of calls) {
        assert.equal(new URL(c.url).origin, 'https://api.test', `${path} → ${c.url} with ${c.headers.get('authorization')}`);
      }
    }
  });

  test('X-API the ApiError names the method and path, never the query string', async () => {
    const { api } = client(() => problem({ title: 'Nope' }, 404));
    const e = await failure(api.get(INVOICES_PATH, InvoiceListResponse, { searchParams: { token: 'secret' } }));
    assert.equal(e.request, 'GET safety-register/invoices');
    assert.equal(e.name, 'ApiError');
    assert.ok(e instanceof Error);
    assert.doesNotMatch(e.message, /secret/);
    assert.doesNotMatch(e.request, /secret/);
  });

  test('X-API a relative base URL without a page to resolve against is refused at creation', () => {
    assert.throws(() => createClient({ baseUrl: '/api' }), TypeError);
  });
});

describe('X-API failureFromResponse', () => {
  test('X-API a problem whose type ends with /locked is locked whatever the status', () => {
    const f = failureFromResponse(403, {
      type: 'https://vigie.example/problems/locked',
      title: 'Locked',
      lockedUntil: '2026-01-01T10:00:00Z',
    });
    assert.equal(f.kind, 'locked');
    assert.ok(f.kind === 'locked');
    assert.equal(f.lockedUntil, '2026-01-01T10:00:00Z');
  });

  test('X-API 423 without a body → locked with lockedUntil undefined', () => {
    const f = failureFromResponse(423, undefined);
    assert.equal(f.kind, 'locked');
    assert.ok(f.kind === 'locked');
    assert.equal(f.lockedUntil, undefined);
  });

  test('X-API problem extensions are kept', () => {
    const f = failureFromResponse(422, { title: 'Invalid', errors: [{ field: 'siret' }] });
    assert.ok(f.kind === 'http');
    assert.deepEqual((f.problem as Record<string, unknown>).errors, [{ field: 'siret' }]);
  });

  test('X-API 409 and 412 → conflict; others → http', () => {
    assert.equal(failureFromResponse(409, {}).kind, 'conflict');
    assert.equal(failureFromResponse(412, {}).kind, 'conflict');
    assert.equal(failureFromResponse(400, {}).kind, 'http');
    assert.equal(failureFromResponse(503, undefined).kind, 'http');
  });
});
