/** SR-INVOICE — the invoices in the mock: a real PDF per invoice, the payment with its Idempotency-Key and typed problems. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { InvoiceListResponse, SR_PROBLEM_TYPES } from '@vigie/core';
import { createHandlers } from '../../handlers.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');

function mockApi(scenario: 'register:default' | 'register:restricted' = 'register:restricted') {
  const mock = createHandlers({ now: () => NOW, scenario });
  return async (method: string, path: string, headers: Record<string, string> = {}) => {
    const response = await getResponse(
      mock.handlers,
      new Request(`http://localhost/api/${path}`, { method, headers: { Authorization: 'Bearer host-token', ...headers } }),
    );
    assert.ok(response, `no handler for ${method} ${path}`);
    return response;
  };
}

const list = async (call: ReturnType<typeof mockApi>) =>
  InvoiceListResponse.parse(await (await call('GET', 'safety-register/invoices')).json()).invoices;

describe('SR-INVOICE invoices (mock)', () => {
  it('SR-INVOICE each invoice’s pdfUrl serves a real PDF, even while access is restricted', async () => {
    const call = mockApi();
    const [first] = await list(call);
    assert.equal(first!.pdfUrl, `safety-register/invoices/${first!.id}/pdf`);
    const r = await call('GET', first!.pdfUrl!);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('Content-Type'), 'application/pdf');
    const bytes = new Uint8Array(await r.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
  });

  it('SR-INVOICE an unknown invoice’s PDF: 404 invoice-not-found', async () => {
    const r = await mockApi()('GET', 'safety-register/invoices/fa-0000/pdf');
    assert.equal(r.status, 404);
    assert.equal(((await r.json()) as { type: string }).type, SR_PROBLEM_TYPES.invoiceNotFound);
  });

  it('SR-INVOICE paying needs an Idempotency-Key; the same key replays, another key on a paid invoice is already-paid', async () => {
    const call = mockApi();
    const late = (await list(call)).find((i) => i.status === 'unpaid')!;
    const path = `safety-register/invoices/${late.id}/payment`;
    const none = await call('POST', path);
    assert.equal(none.status, 400);
    assert.equal(((await none.json()) as { type: string }).type, SR_PROBLEM_TYPES.idempotencyKeyRequired);
    const first = await call('POST', path, { 'Idempotency-Key': 'k-1' });
    assert.equal(first.status, 200);
    const replay = await call('POST', path, { 'Idempotency-Key': 'k-1' });
    assert.equal(replay.status, 200, 'a retry with the same key answers the first result');
    const again = await call('POST', path, { 'Idempotency-Key': 'k-2' });
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { type: string }).type, SR_PROBLEM_TYPES.invoiceAlreadyPaid);
  });

  it('SR-INVOICE paying every late invoice of register:restricted gives access back', async () => {
    const call = mockApi();
    for (const i of (await list(call)).filter((x) => x.status === 'unpaid')) {
      assert.equal((await call('POST', `safety-register/invoices/${i.id}/payment`, { 'Idempotency-Key': `k-${i.id}` })).status, 200);
    }
    const body = (await (await call('GET', 'safety-register/access')).json()) as { level: string; access: { kind: string } };
    assert.deepEqual([body.level, body.access.kind], ['none', 'full']);
  });
});
