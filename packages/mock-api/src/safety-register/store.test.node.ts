import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bannerFor, calendarDateOf, Invoice, parseInstant } from '@vigie/core';
import { EXPECTED_LEVEL, type InvoiceScenario } from '../scenarios.js';
import { checkScenario, createInvoiceStore, demoInvoices } from './store.js';

const INVOICE_SCENARIOS = Object.keys(EXPECTED_LEVEL) as InvoiceScenario[];
const at = (iso: string) => () => parseInstant(iso);

describe('X-MOCK SR-INVOICE store', () => {
  it('gives each scenario its level through core, and a restricted access only when suspended', () => {
    for (const scenario of INVOICE_SCENARIOS) {
      const store = createInvoiceStore(scenario, at('2026-11-22'));
      assert.equal(bannerFor(store.list(), store.today()).level, EXPECTED_LEVEL[scenario], scenario);
      assert.equal(store.level(), EXPECTED_LEVEL[scenario], scenario);
      assert.equal(store.access().kind, scenario === 'invoices:suspended' ? 'restricted' : 'full', scenario);
    }
    assert.deepEqual(createInvoiceStore('invoices:suspended', at('2026-11-22')).access(), {
      kind: 'restricted',
      reason: 'invoices-suspended',
      allowed: ['site-synthesis'],
    });
    assert.deepEqual(createInvoiceStore('invoices:empty', at('2026-11-22')).list(), []);
  });

  it('keeps every scenario at its level whatever the real date (DST days, year ends, leap days)', () => {
    for (const iso of ['2026-03-29', '2026-10-25', '2026-12-31', '2027-01-01', '2028-02-29', '2026-03-29T00:30:00+01:00']) {
      for (const scenario of INVOICE_SCENARIOS) assert.doesNotThrow(() => createInvoiceStore(scenario, at(iso)), `${scenario} on ${iso}`);
    }
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }),
        fc.constantFrom(...INVOICE_SCENARIOS),
        (instant, scenario) => {
          const today = calendarDateOf(instant);
          checkScenario(scenario, demoInvoices(scenario, today), today);
        },
      ),
    );
  });

  it('generates French invoices that match the contract', () => {
    const invoices = demoInvoices('invoices:overdue', '2026-01-10');
    for (const invoice of invoices) {
      assert.ok(Invoice.safeParse(invoice).success, invoice.id);
      assert.match(invoice.number, /^FA-\d{4}-\d{4}$/);
    }
    assert.equal(new Set(invoices.map((i) => i.id)).size, invoices.length);
    // The year of the number is the year of issue, which may be the year before the due date.
    assert.ok(invoices.some((i) => i.number.startsWith('FA-2025-')));
  });

  it('pays an invoice through core and drops the banner once every unpaid invoice is paid', () => {
    const store = createInvoiceStore('invoices:suspended', at('2026-11-22'));
    const unpaid = store.list().filter((i) => i.status === 'unpaid');
    assert.equal(unpaid.length, 2);

    const first = store.pay(unpaid[0]!.id, 'key-1');
    assert.equal(first.kind, 'paid');
    assert.equal(store.get(unpaid[0]!.id)?.status, 'paid');
    assert.equal(store.level(), 'overdue', 'the other unpaid invoice is still overdue');

    store.pay(unpaid[1]!.id, 'key-2');
    assert.equal(store.level(), 'none');
    assert.deepEqual(store.access(), { kind: 'full' });

    store.reset();
    assert.equal(store.level(), 'suspended');
  });

  it('replays a payment with the same key and refuses the key for another invoice', () => {
    const store = createInvoiceStore('invoices:overdue', at('2026-11-22'));
    const [a, b] = store.list().filter((i) => i.status === 'unpaid');
    const first = store.pay(a!.id, 'k');
    assert.deepEqual(store.pay(a!.id, 'k'), first, 'a retry gets the first answer, not a conflict');
    assert.deepEqual(store.pay(b!.id, 'k'), { kind: 'key-reused', invoiceId: a!.id });
    assert.equal(store.get(b!.id)?.status, 'unpaid');
    assert.equal(store.pay(a!.id, 'other').kind, 'already-paid');
    assert.equal(store.pay('fa-0000-0000', 'k2').kind, 'not-found');
  });

  it('reads today from the clock at each call, so the level follows time', () => {
    let now = parseInstant('2026-11-22');
    const store = createInvoiceStore('invoices:warning', () => now);
    assert.equal(store.level(), 'warning');
    now = parseInstant('2026-12-03'); // the day after the due date (due 10 days after 2026-11-22)
    assert.equal(store.level(), 'overdue');
  });

  it('returns copies, so a caller cannot change the store behind its back', () => {
    const store = createInvoiceStore('invoices:warning', at('2026-11-22'));
    const list = store.list();
    (list[list.length - 1] as { status: string }).status = 'paid';
    assert.equal(store.level(), 'warning');
  });
});
