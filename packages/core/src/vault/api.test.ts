/**
 * VA — the vault's calls through the shared client: public routes send no token and never replay
 * a 401 (a login attempt counts once), private ones send the vault session, secrets only ever
 * travel in bodies, Idempotency-Keys only where a retry is safe, PDFs come back as Blobs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import {
  activateVault,
  archiveVaultDocument,
  changeVaultPassword,
  confirmPaperRequest,
  draftPaperRequest,
  fetchVaultDocumentPdf,
  getVaultProfile,
  listVaultDocuments,
  vaultLogin,
  vaultLogout,
  newIdempotencyKey,
  requestVaultPasswordReset,
  resetVaultPassword,
  verifyVaultCode,
} from './api.js';
import { vaultProblemOf } from './problems.js';

interface Call {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: string | undefined;
}

function fake(handler: (request: Request, n: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const tokens: boolean[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push({
      method: request.method,
      url: request.url,
      headers: new Headers(request.headers),
      body: request.body ? await request.clone().text() : undefined,
    });
    return handler(request, calls.length);
  };
  const client = createClient({
    baseUrl: 'https://api.test/v1',
    fetch: fetch as typeof globalThis.fetch,
    getToken: ({ refresh }) => {
      tokens.push(refresh);
      return refresh ? 'host-token-2' : 'host-token-1';
    },
    retry: { backoffLimitMs: 5 },
  });
  return { client, calls, tokens };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (body: Record<string, unknown>, status: number) =>
  new Response(JSON.stringify({ status, title: 'x', ...body }), { status, headers: { 'content-type': 'application/problem+json' } });

const SESSION = { token: 'vs_session', expiresAt: '2026-03-10T09:30:00+01:00', user: { firstName: 'Paul', lastName: 'Dupont' } };

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ApiError, String(e));
    return e;
  }
  assert.fail('expected a failure');
}

describe('VA-LOGIN login call', () => {
  test('VA-LOGIN a wrong password (401) is sent ONCE: no provider token, no refresh, no replay', async () => {
    const { client, calls, tokens } = fake(() => problem({ type: '/problems/invalid-credentials' }, 401));
    const e = await rejection(vaultLogin(client, '123456789012', 'wrong-password'));
    assert.equal(calls.length, 1, 'a replay would count a second failure on the server');
    assert.deepEqual(tokens, [], 'getToken is not even asked');
    assert.equal(calls[0]!.headers.get('authorization'), null);
    assert.equal(vaultProblemOf(e), 'invalidCredentials');
  });

  test('VA-LOGIN a lock (423) → failure kind locked with lockedUntil; never retried', async () => {
    const { client, calls } = fake(() => problem({ type: '/problems/locked', lockedUntil: '2026-03-10T11:00:00+01:00' }, 423));
    const e = await rejection(vaultLogin(client, '123456789012', 'Bulletin-2026!'));
    assert.ok(e.failure.kind === 'locked');
    assert.equal(e.failure.lockedUntil, '2026-03-10T11:00:00+01:00');
    assert.equal(calls.length, 1);
  });

  test('VA-LOGIN a 503 on login is not retried either (no Idempotency-Key: every attempt counts)', async () => {
    const { client, calls } = fake(() => problem({}, 503));
    await rejection(vaultLogin(client, '123456789012', 'x'));
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.headers.get('idempotency-key'), null);
  });

  test('VA-LOGIN the password and the code travel in the body only: never in the URL nor in the error', async () => {
    const { client, calls } = fake(() => problem({ type: '/problems/invalid-code', attemptsLeft: 2 }, 422));
    const e = await rejection(verifyVaultCode(client, 'challenge-secret', '123456'));
    const e2 = await rejection(vaultLogin(client, 'paul.dupont@example.fr', 'Bulletin-2026!'));
    for (const c of calls) assert.doesNotMatch(c.url, /123456|Bulletin|challenge-secret|paul/);
    for (const err of [e, e2]) {
      assert.doesNotMatch(`${err.message} ${err.request}`, /123456|Bulletin|challenge-secret/);
    }
    assert.deepEqual(JSON.parse(calls[1]!.body!), { identifier: 'paul.dupont@example.fr', password: 'Bulletin-2026!' });
  });
});

describe('VA-LOGIN logout call (X-SEC)', () => {
  test('VA-LOGIN vaultLogout: POST vault/logout with the session as bearer (never the provider’s token), no body, a key; 204 resolves', async () => {
    const { client, calls, tokens } = fake(() => new Response(null, { status: 204 }));
    assert.equal(await vaultLogout(client, SESSION), undefined);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.method, 'POST');
    assert.equal(calls[0]!.url, 'https://api.test/v1/vault/logout');
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer vs_session');
    assert.equal(calls[0]!.body, undefined);
    assert.ok(calls[0]!.headers.get('idempotency-key'));
    assert.deepEqual(tokens, []);
    await vaultLogout(client, 'vs_other');
    assert.equal(calls[1]!.headers.get('authorization'), 'Bearer vs_other');
    assert.doesNotMatch(calls[1]!.url, /vs_/);
  });

  test('VA-LOGIN vaultLogout: a 401 is final (no provider token, no replay); a 503 is retried with the same key (it is idempotent)', async () => {
    const refused = fake(() => problem({ type: '/problems/session-required' }, 401));
    const e = await rejection(vaultLogout(refused.client, SESSION));
    assert.equal(vaultProblemOf(e), 'sessionRequired');
    assert.equal(refused.calls.length, 1);
    assert.deepEqual(refused.tokens, []);
    assert.doesNotMatch(`${e.message} ${e.request}`, /vs_session/);
    const flaky = fake((_r, n) => (n === 1 ? problem({}, 503) : new Response(null, { status: 204 })));
    await vaultLogout(flaky.client, SESSION);
    assert.equal(flaky.calls.length, 2);
    assert.equal(flaky.calls[1]!.headers.get('idempotency-key'), flaky.calls[0]!.headers.get('idempotency-key'));
  });
});

describe('VA idempotency keys', () => {
  test('VA-RESET the reset request and the new password carry an Idempotency-Key (safe to retry), and are retried on 503', async () => {
    const { client, calls } = fake((_r, n) => (n === 1 ? problem({}, 503) : json({ status: 'accepted' }, 202)));
    assert.deepEqual(await requestVaultPasswordReset(client, '123456789012', 'paul.dupont@example.fr'), { status: 'accepted' });
    assert.equal(calls.length, 2);
    const key = calls[0]!.headers.get('idempotency-key');
    assert.match(key ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(calls[1]!.headers.get('idempotency-key'), key, 'the retry reuses the key');
  });

  test('VA-RESET a given key is sent as is; 204 resolves undefined', async () => {
    const { client, calls } = fake(() => new Response(null, { status: 204 }));
    assert.equal(await resetVaultPassword(client, 'tok', 'Nouveau-mot-de-passe', { idempotencyKey: 'k-1' }), undefined);
    assert.equal(calls[0]!.headers.get('idempotency-key'), 'k-1');
    assert.doesNotMatch(calls[0]!.url, /tok/);
  });

  test('VA-PAPER step 1 (a credential check) has no key and is sent once; the confirmation has one', async () => {
    const { client, calls } = fake((r) =>
      r.url.endsWith('/confirm')
        ? json(
            {
              reference: 'PAP-2026-000001',
              requestedAt: '2026-03-10T09:00:00+01:00',
              identifier: '123456789012',
              firstName: 'Paul',
              lastName: 'Dupont',
              employer: 'X',
            },
            201,
          )
        : problem({ type: '/problems/invalid-credentials' }, 401),
    );
    await rejection(draftPaperRequest(client, { identifier: '123456789012', password: 'x', employer: 'X', dataPolicyAccepted: true }));
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.headers.get('idempotency-key'), null);
    await confirmPaperRequest(client, 'draft-1');
    assert.ok(calls[1]!.headers.get('idempotency-key'));
  });

  test('VA newIdempotencyKey gives distinct UUIDs', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    assert.equal(keys.size, 50);
  });
});

describe('VA private routes', () => {
  test('VA-DOCS with a vault session: its token as bearer (not the provider’s); a 401 is final', async () => {
    const { client, calls, tokens } = fake(() => problem({ type: '/problems/session-required' }, 401));
    const e = await rejection(listVaultDocuments(client, { session: SESSION }));
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer vs_session');
    assert.deepEqual(tokens, []);
    assert.equal(vaultProblemOf(e), 'sessionRequired');
  });

  test('VA-PROFILE without a session: the provider’s token (a host that authenticates itself)', async () => {
    const profile = {
      identifier: '123456789012',
      firstName: 'Paul',
      lastName: 'Dupont',
      email: 'paul.dupont@example.fr',
      secondFactor: 'off',
      paperless: true,
    };
    const { client, calls } = fake(() => json(profile));
    assert.deepEqual(await getVaultProfile(client), profile);
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer host-token-1');
    await getVaultProfile(client, { session: 'vs_raw' });
    assert.equal(calls[1]!.headers.get('authorization'), 'Bearer vs_raw');
  });

  test('VA-PROFILE the password change carries a key and the session; archive too', async () => {
    const { client, calls } = fake((r) =>
      r.url.endsWith('/archive')
        ? json({
            id: 'd',
            folderId: 'f',
            title: 't',
            year: 2026,
            date: '2026-01-30',
            sizeBytes: 1,
            pdfUrl: 'vault/documents/d/pdf',
            archived: true,
          })
        : new Response(null, { status: 204 }),
    );
    await changeVaultPassword(client, { currentPassword: 'Bulletin-2026!', newPassword: 'Une phrase assez longue' }, { session: SESSION });
    await archiveVaultDocument(client, 'd', { session: SESSION });
    for (const c of calls) {
      assert.equal(c.headers.get('authorization'), 'Bearer vs_session');
      assert.ok(c.headers.get('idempotency-key'));
    }
    assert.equal(calls[1]!.url, 'https://api.test/v1/vault/documents/d/archive');
  });

  test('VA-DOCS fetchDocumentPdf: GET the pdfUrl with the session, Accept application/pdf → a Blob of type application/pdf', async () => {
    const pdf = '%PDF-1.4\n%%EOF\n';
    const { client, calls } = fake(() => new Response(pdf, { headers: { 'content-type': 'application/pdf' } }));
    const blob = await fetchVaultDocumentPdf(client, { pdfUrl: 'vault/documents/2026-03/pdf' }, { session: SESSION });
    assert.ok(blob instanceof Blob);
    assert.equal(blob.type, 'application/pdf');
    assert.equal(await blob.text(), pdf);
    assert.equal(calls[0]!.url, 'https://api.test/v1/vault/documents/2026-03/pdf');
    assert.equal(calls[0]!.headers.get('accept'), 'application/pdf');
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer vs_session');
  });

  test('VA-DOCS fetchDocumentPdf: a JSON answer instead of a PDF is a contract failure; a pdfUrl off the API is refused', async () => {
    const { client } = fake(() => json({ not: 'a pdf' }));
    assert.equal((await rejection(fetchVaultDocumentPdf(client, { pdfUrl: 'vault/documents/x/pdf' }))).failure.kind, 'contract');
    await assert.rejects(fetchVaultDocumentPdf(client, { pdfUrl: 'https://evil.test/x.pdf' }, { session: SESSION }), TypeError);
  });
});

describe('VA-ACTIVATE activation call', () => {
  test('VA-ACTIVATE the token and the password go in the body; the answer is a session', async () => {
    const { client, calls } = fake(() => json({ kind: 'signed-in', session: SESSION }));
    const r = await activateVault(client, {
      token: 'inv-tok',
      password: 'Une phrase assez longue',
      person: { firstName: 'Inès', lastName: 'Moreau', email: 'ines.moreau@example.fr' },
      termsAccepted: true,
    });
    assert.equal(r.session.token, 'vs_session');
    assert.equal(calls[0]!.url, 'https://api.test/v1/vault/activation');
    assert.equal(calls[0]!.headers.get('authorization'), null);
    assert.equal(JSON.parse(calls[0]!.body!).token, 'inv-tok');
  });
});
