/** SR-INVOICE — the register's access in the mock: who is calling, the synthesis, and the guard of a suspended account. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { CurrentUser, SR_PROBLEM_TYPES, SYNTHESIS_RIGHT } from '@vigie/core';
import { createHandlers, type HandlerOptions } from '../../handlers.js';
import { guarded } from '../guard.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');

function mockApi(options: HandlerOptions = {}) {
  const mock = createHandlers({ now: () => NOW, ...options });
  const call = async (method: string, path: string) => {
    const headers = new Headers({ Authorization: 'Bearer host-token' });
    const response = await getResponse(mock.handlers, new Request(`http://localhost/api/${path}`, { method, headers }));
    assert.ok(response, `no handler for ${method} ${path}`);
    return response;
  };
  return { mock, call };
}

describe('SR register scenarios (mock)', () => {
  it('register:default has overdue invoices (red banner), register:restricted a suspended account, register:empty none', async () => {
    for (const [scenario, level, kind] of [
      ['register:default', 'overdue', 'full'],
      ['register:restricted', 'suspended', 'restricted'],
      ['register:empty', 'none', 'full'],
    ] as const) {
      const { call } = mockApi({ scenario });
      const body = (await (await call('GET', 'safety-register/access')).json()) as { level: string; access: { kind: string } };
      assert.equal(body.level, level, scenario);
      assert.equal(body.access.kind, kind, scenario);
    }
  });

  it('GET safety-register/me: the demo user and her rights, even when restricted', async () => {
    const { call } = mockApi({ scenario: 'register:restricted' });
    const r = await call('GET', 'safety-register/me');
    assert.equal(r.status, 200);
    const me = CurrentUser.parse(await r.json());
    assert.equal(me.firstName, 'Claire');
    assert.ok(me.rights.includes(SYNTHESIS_RIGHT));
  });

  it('SR-INVOICE POST safety-register/synthesis: a real PDF, also for a suspended account', async () => {
    const { call } = mockApi({ scenario: 'register:restricted' });
    const r = await call('POST', 'safety-register/synthesis');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('Content-Type'), 'application/pdf');
    const text = new TextDecoder().decode(await r.arrayBuffer());
    assert.ok(text.startsWith('%PDF-1.4'));
    assert.match(text, /Synth/);
  });

  it('SR-INVOICE POST safety-register/synthesis: 403 forbidden without synthese:generer', async () => {
    const { mock, call } = mockApi({ scenario: 'register:restricted' });
    const me = mock.register.currentUser();
    me.rights = me.rights.filter((x) => x !== SYNTHESIS_RIGHT);
    const r = await call('POST', 'safety-register/synthesis');
    assert.equal(r.status, 403);
    assert.equal(((await r.json()) as { type: string }).type, SR_PROBLEM_TYPES.forbidden);
  });

  it('SR-INVOICE guarded routes answer 403 access-restricted while suspended, and work again once paid', async () => {
    const { mock } = mockApi({ scenario: 'register:restricted' });
    const def = guarded([{ method: 'get', path: 'x', route: { ok: () => new Response('ok'), malformed: () => ({}) } }])[0]!;
    const ctx = { store: mock.store, instance: '/api/x' } as Parameters<typeof def.route.ok>[0];
    const refused = await def.route.ok(ctx);
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as { type: string }).type, SR_PROBLEM_TYPES.accessRestricted);
    for (const invoice of mock.store.list().filter((i) => i.status === 'unpaid')) mock.store.pay(invoice.id, `key-${invoice.id}`);
    assert.equal((await def.route.ok(ctx)).status, 200);
  });
});
