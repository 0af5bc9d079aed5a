/** X-MOCK VA — the real HTTP server on 127.0.0.1 serves the vault routes, agreeing with core's client and contract. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createClient,
  fetchVaultDocumentPdf,
  getVaultActivationStatus,
  isApiError,
  listVaultDocuments,
  vaultLogin,
  vaultLogout,
  getVaultProfile,
  loginEventFromError,
  loginEventFromResponse,
  loginMachine,
  parseInstant,
  requestVaultPasswordReset,
  resendVaultCode,
  run,
  verifyVaultCode,
  vaultProblemOf,
  type LoginEvent,
} from '@vigie/core';
import { SCENARIO_HEADER } from '../handlers.js';
import { startMockServer, type MockServer } from '../server.js';
import { DEMO_ONE_TIME_CODE, DEMO_TOKENS } from './store.js';

const T0 = parseInstant('2026-03-10T09:00:00+01:00');

describe('X-MOCK VA HTTP server', () => {
  let server: MockServer;
  const now = T0;
  before(async () => {
    server = await startMockServer({ port: 0, now: () => now });
  });
  after(() => server.close());

  /** The provider's client as a host page makes it (with a getToken that would refresh on a 401). */
  const client = (scenario?: string) => {
    let refreshes = 0;
    const c = createClient({
      baseUrl: server.apiUrl,
      getToken: ({ refresh }) => {
        if (refresh) refreshes++;
        return 'host-token';
      },
      retry: { limit: 0 },
      timeout: 5_000,
      ...(scenario ? { headers: { [SCENARIO_HEADER]: scenario } } : {}),
    });
    return { c, refreshes: () => refreshes };
  };

  it('VA-LOGIN through core’s client: 2 wrong passwords → invalid-credentials (sent once each), the 3rd → locked until now + 120 min, the right one then → locked', async () => {
    server.mock.reset();
    const { c, refreshes } = client();
    const events: LoginEvent[] = [];
    for (let i = 0; i < 3; i++) {
      try {
        await vaultLogin(c, '1234 5678 9012', `wrong-${i}`);
        assert.fail('expected a failure');
      } catch (e) {
        assert.ok(isApiError(e));
        events.push(loginEventFromError(e, now));
      }
    }
    assert.equal(refreshes(), 0, 'a 401 of the login is the answer, not a token problem');
    assert.deepEqual(events.slice(0, 2), [{ type: 'server-refused' }, { type: 'server-refused' }]);
    assert.deepEqual(events[2], { type: 'server-locked', lockedUntil: T0 + 120 * 60_000 });
    await assert.rejects(
      vaultLogin(c, '123456789012', 'Bulletin-2026!'),
      (e: unknown) => isApiError(e) && e.failure.kind === 'locked' && e.failure.lockedUntil === new Date(T0 + 120 * 60_000).toISOString(),
    );
    // The machine shows what the server said.
    const state = run(loginMachine, [{ type: 'submit', identifier: '123456789012' }, events[2]!], { now });
    assert.deepEqual(state, { status: 'locked', identifier: '123456789012', lockedUntil: T0 + 120 * 60_000 });
    server.mock.reset();
  });

  it('VA-LOGIN two-factor through the server: code, resend too early (429 → failure http), the demo code signs in', async () => {
    const { c } = client('vault:second-factor');
    const step = await vaultLogin(c, 'paul.dupont@example.fr', 'Bulletin-2026!');
    assert.equal(step.kind, 'second-factor');
    assert.ok(step.kind === 'second-factor');
    await assert.rejects(resendVaultCode(c, step.challenge), (e: unknown) => vaultProblemOf(e) === 'resendTooEarly');
    const done = await verifyVaultCode(c, step.challenge, DEMO_ONE_TIME_CODE);
    assert.equal(loginEventFromResponse(done).type, 'server-succeeded');
  });

  it('VA-DOCS the session lists the documents and fetches a real PDF (application/pdf, %PDF-) through the client', async () => {
    const { c } = client();
    const signed = await vaultLogin(c, '123456789012', 'Bulletin-2026!');
    assert.ok(signed.kind === 'signed-in');
    const { documents } = await listVaultDocuments(c, { session: signed.session });
    const doc = documents.find((d) => !d.archived)!;
    const blob = await fetchVaultDocumentPdf(c, doc, { session: signed.session });
    assert.equal(blob.type, 'application/pdf');
    assert.equal(blob.size, doc.sizeBytes);
    assert.equal(await blob.slice(0, 5).text(), '%PDF-');
    const raw = await fetch(`${server.apiUrl}/${doc.pdfUrl}`, { headers: { Authorization: `Bearer ${signed.session.token}` } });
    assert.equal(raw.headers.get('content-type'), 'application/pdf');
    assert.equal(raw.headers.get('access-control-allow-origin'), '*');
    assert.match(raw.headers.get('access-control-expose-headers') ?? '', /Content-Disposition/);
  });

  it('X-SEC sign-out over HTTP: vaultLogout → 204, then the same token gets 401 session-required (documents, profile, PDF)', async () => {
    const { c, refreshes } = client();
    const signed = await vaultLogin(c, '123456789012', 'Bulletin-2026!');
    assert.ok(signed.kind === 'signed-in');
    const { documents } = await listVaultDocuments(c, { session: signed.session });
    await vaultLogout(c, signed.session);
    await assert.rejects(listVaultDocuments(c, { session: signed.session }), (e: unknown) => vaultProblemOf(e) === 'sessionRequired');
    await assert.rejects(getVaultProfile(c, { session: signed.session }), (e: unknown) => vaultProblemOf(e) === 'sessionRequired');
    const raw = await fetch(`${server.apiUrl}/${documents[0]!.pdfUrl}`, { headers: { Authorization: `Bearer ${signed.session.token}` } });
    assert.equal(raw.status, 401);
    assert.equal(refreshes(), 0, 'a refused session is final: the host token is never asked for');
    // Signing out twice is harmless (a retry).
    await vaultLogout(c, signed.session.token);
  });

  it('VA-RESET / VA-ACTIVATE through the server: the generic 202; link status valid, expired under vault:expired-link', async () => {
    const { c } = client();
    assert.deepEqual(await requestVaultPasswordReset(c, '999999999999', 'personne@example.fr'), { status: 'accepted' });
    assert.equal((await getVaultActivationStatus(c, DEMO_TOKENS.activation)).status, 'valid');
    assert.equal((await getVaultActivationStatus(client('vault:expired-link').c, DEMO_TOKENS.activation)).status, 'expired');
  });

  it('VA the preflight allows what the vault calls send', async () => {
    const response = await fetch(`${server.apiUrl}/vault/login`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://partner.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /PUT/);
  });
});
