/** SR-PERMIT — the fire permits' routes of the mock in Node: the demo list, the signature link, restricted and empty. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { FirePermitListResponse, SignatureLink, awaitedSigner, watchStateOf, type FirePermit } from '@vigie/core';
import { createHandlers, type HandlerOptions } from '../../handlers.js';
import { SIGNATURE_LINK_MINUTES } from './routes.js';

const NOW = Date.parse('2026-03-10T12:00:00+01:00');

function mockApi(options: HandlerOptions = {}) {
  const mock = createHandlers({ now: () => NOW, ...options });
  const call = async (path: string) => {
    const headers = new Headers({ Authorization: 'Bearer host-token' });
    const response = await getResponse(mock.handlers, new Request(`http://localhost/api/${path}`, { headers }));
    assert.ok(response, `no handler for ${path}`);
    return response;
  };
  return { mock, call };
}

async function permits(options: HandlerOptions = {}): Promise<FirePermit[]> {
  const r = await mockApi(options).call('safety-register/permits');
  assert.equal(r.status, 200);
  return FirePermitListResponse.parse(await r.json()).permits;
}

describe('SR-PERMIT mock routes', () => {
  it('GET safety-register/permits: 12 French demo permits, every state and every levée de doute', async () => {
    const list = await permits({ scenario: 'register:default' });
    assert.equal(list.length, 12);
    assert.ok(list.some((p) => p.work === 'Soudure de canalisation en chaufferie'));
    for (const state of ['awaiting-operator', 'awaiting-provider', 'in-progress', 'closed'] as const)
      assert.ok(
        list.some((p) => p.state === state),
        state,
      );
    for (const watch of ['to-do', 'not-done', 'done'] as const)
      assert.ok(
        list.some((p) => watchStateOf(p, NOW) === watch),
        watch,
      );
    // Each awaited signer with each levée de doute the demo needs.
    assert.ok(list.some((p) => p.state === 'awaiting-operator' && watchStateOf(p, NOW) === 'to-do'));
    assert.equal(new Set(list.map((p) => p.number)).size, 12);
  });

  it('register:empty: no permit', async () => {
    assert.deepEqual(await permits({ scenario: 'register:empty' }), []);
  });

  it('register:restricted: 403 access-restricted, on the list and on a link', async () => {
    const { call } = mockApi({ scenario: 'register:restricted' });
    for (const path of ['safety-register/permits', 'safety-register/permits/pf-101/signature-link']) {
      const r = await call(path);
      assert.equal(r.status, 403, path);
      assert.equal(((await r.json()) as { type: string }).type, '/problems/access-restricted');
    }
  });

  it('GET …/:id/signature-link: a demo link to the mobile app with a random token, 15 minutes, whose signature', async () => {
    const { call } = mockApi({ scenario: 'register:default' });
    const list = await permits({ scenario: 'register:default' });
    for (const p of list.filter((x) => awaitedSigner(x.state))) {
      const r = await call(`safety-register/permits/${p.id}/signature-link`);
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('Cache-Control'), 'no-store');
      const link = SignatureLink.parse(await r.json());
      assert.match(link.url, new RegExp(`^https://app\\.registre-securite\\.example/permis/${p.id}/signer\\?jeton=[0-9a-f]{32}$`));
      assert.equal(Date.parse(link.expiresAt), NOW + SIGNATURE_LINK_MINUTES * 60_000);
      assert.equal(link.awaiting, awaitedSigner(p.state));
    }
    const a = SignatureLink.parse(await (await call('safety-register/permits/pf-101/signature-link')).json());
    const b = SignatureLink.parse(await (await call('safety-register/permits/pf-101/signature-link')).json());
    assert.notEqual(a.url, b.url, 'a new token each time');
  });

  it('…/signature-link of a permit in progress or closed: 409 state-conflict; unknown: 404', async () => {
    const { call } = mockApi({ scenario: 'register:default' });
    for (const id of ['pf-104', 'pf-106']) {
      const r = await call(`safety-register/permits/${id}/signature-link`);
      assert.equal(r.status, 409);
      assert.equal(((await r.json()) as { type: string }).type, '/problems/state-conflict');
    }
    assert.equal((await call('safety-register/permits/pf-999/signature-link')).status, 404);
  });

  it('any:malformed breaks the contract (the client must refuse it)', async () => {
    const { call } = mockApi({ scenario: 'any:malformed' });
    const body = await (await call('safety-register/permits/pf-101/signature-link')).json();
    assert.equal(SignatureLink.safeParse(body).success, false);
  });
});
