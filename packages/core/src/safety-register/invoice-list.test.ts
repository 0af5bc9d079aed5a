/** SR-INVOICE — the invoice list (`<invoice-list>`): late, to pay, paid; sort order; totals. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../shared/calendar.js';
import { formatAmount } from '../i18n/index.js';
import { INVOICE_GROUPS, groupInvoices, invoiceGroup, totalCents } from './invoice-list.js';
import { invoiceLevel } from './invoice-banner.js';
import { Invoice as InvoiceSchema, type Invoice } from './schemas.js';

function invoice(
  id: string,
  dueDate: string,
  status: Invoice['status'] = 'unpaid',
  amountCents = 10_000,
  number = `FA-2026-${id}`,
): Invoice {
  return { id, number, dueDate, amountCents, status };
}

const ids = (list: readonly Invoice[]) => list.map((i) => i.id);
const TODAY = '2026-06-15';

describe('SR-INVOICE invoice list: groups', () => {
  test('SR-INVOICE list: the groups are late, to pay, paid, in that order', () => {
    assert.deepEqual([...INVOICE_GROUPS], ['late', 'to-pay', 'paid']);
  });

  test('SR-INVOICE list: due yesterday → late; due today → to pay; due tomorrow → to pay', () => {
    assert.equal(invoiceGroup(invoice('a', '2026-06-14'), TODAY), 'late');
    assert.equal(invoiceGroup(invoice('b', TODAY), TODAY), 'to-pay');
    assert.equal(invoiceGroup(invoice('c', '2026-06-16'), TODAY), 'to-pay');
  });

  test('SR-INVOICE list: a paid invoice is paid, whatever its due date', () => {
    for (const due of ['2020-01-01', '2026-06-14', TODAY, '2027-01-01']) {
      assert.equal(invoiceGroup(invoice('p', due, 'paid'), TODAY), 'paid', due);
    }
  });

  test('SR-INVOICE list: late matches the banner (late ⇔ overdue or suspended)', () => {
    for (let k = -40; k <= 40; k++) {
      const inv = invoice('x', addDays(TODAY, k));
      const late = invoiceGroup(inv, TODAY) === 'late';
      const level = invoiceLevel(inv, TODAY);
      assert.equal(late, level === 'overdue' || level === 'suspended', `due ${inv.dueDate}`);
    }
  });

  test('SR-INVOICE list: groupInvoices puts every invoice in its group, each group sorted', () => {
    const list = [
      invoice('late-2', '2026-06-10'),
      invoice('paid-old', '2026-03-01', 'paid'),
      invoice('to-pay-2', '2026-07-01'),
      invoice('late-1', '2026-04-30'),
      invoice('to-pay-1', TODAY),
      invoice('paid-new', '2026-06-01', 'paid'),
      invoice('to-pay-3', '2026-07-15'),
      invoice('paid-future', '2026-08-01', 'paid'),
    ];
    const g = groupInvoices(list, TODAY);
    assert.deepEqual(Object.keys(g).sort(), ['late', 'paid', 'to-pay']);
    assert.deepEqual(ids(g.late), ['late-1', 'late-2']); // earliest due first
    assert.deepEqual(ids(g['to-pay']), ['to-pay-1', 'to-pay-2', 'to-pay-3']); // earliest due first
    assert.deepEqual(ids(g.paid), ['paid-future', 'paid-new', 'paid-old']); // latest due first
  });

  test('SR-INVOICE list: same due date → ordered by invoice number (paid: reversed)', () => {
    const list = [
      invoice('b', '2026-06-01', 'unpaid', 1, 'FA-2026-0002'),
      invoice('a', '2026-06-01', 'unpaid', 1, 'FA-2026-0001'),
      invoice('d', '2026-06-01', 'paid', 1, 'FA-2026-0004'),
      invoice('c', '2026-06-01', 'paid', 1, 'FA-2026-0003'),
    ];
    const g = groupInvoices(list, TODAY);
    assert.deepEqual(ids(g.late), ['a', 'b']);
    assert.deepEqual(ids(g.paid), ['d', 'c']);
  });

  test('SR-INVOICE list: no invoice → three empty groups', () => {
    assert.deepEqual(groupInvoices([], TODAY), { late: [], 'to-pay': [], paid: [] });
  });

  test('SR-INVOICE list: groupInvoices does not reorder the list it is given', () => {
    const list = Object.freeze([invoice('2', '2026-07-01'), invoice('1', '2026-06-01')]);
    groupInvoices(list, TODAY);
    assert.deepEqual(ids(list), ['2', '1']);
  });
});

describe('SR-INVOICE invoice list: totals', () => {
  test('SR-INVOICE list: totalCents sums in integer cents', () => {
    assert.equal(totalCents([]), 0);
    assert.equal(totalCents([invoice('a', TODAY, 'unpaid', 10), invoice('b', TODAY, 'unpaid', 20)]), 30);
    // 0.1 € + 0.2 € would drift in floating point; cents do not.
    assert.equal(totalCents([invoice('a', TODAY, 'unpaid', 123_450), invoice('b', TODAY, 'paid', 99)]), 123_549);
  });

  test('SR-INVOICE list: the total of each group, formatted in French', () => {
    const list = [
      invoice('l1', '2026-05-01', 'unpaid', 123_450),
      invoice('l2', '2026-06-01', 'unpaid', 50),
      invoice('t1', '2026-06-20', 'unpaid', 100_000),
      invoice('p1', '2026-01-01', 'paid', 999),
    ];
    const g = groupInvoices(list, TODAY);
    assert.equal(totalCents(g.late), 123_500);
    assert.equal(totalCents(g['to-pay']), 100_000);
    assert.equal(totalCents(g.paid), 999);
    assert.equal(formatAmount('fr', totalCents(g.late)).replace(/[\u00a0\u202f]/g, ' '), '1 235,00 €');
  });
});

describe('SR-INVOICE invoice list: properties', () => {
  const arb = fc
    .array(
      fc.record({
        due: fc.integer({ min: -100, max: 100 }),
        paid: fc.boolean(),
        cents: fc.integer({ min: 0, max: 100_000_000 }),
        num: fc.integer({ min: 1, max: 9999 }),
      }),
      { maxLength: 30 },
    )
    .map((rows) =>
      rows.map((r, i) =>
        invoice(`i${i}`, addDays(TODAY, r.due), r.paid ? 'paid' : 'unpaid', r.cents, `FA-${String(r.num).padStart(4, '0')}`),
      ),
    );

  test('SR-INVOICE list property: the groups partition the invoices and the totals add up', () => {
    fc.assert(
      fc.property(arb, (list) => {
        const g = groupInvoices(list, TODAY);
        const all = [...g.late, ...g['to-pay'], ...g.paid];
        assert.deepEqual(ids(all).sort(), ids(list).sort());
        for (const group of INVOICE_GROUPS) for (const i of g[group]) assert.equal(invoiceGroup(i, TODAY), group);
        assert.equal(totalCents(g.late) + totalCents(g['to-pay']) + totalCents(g.paid), totalCents(list));
        assert.ok(Number.isSafeInteger(totalCents(list)));
      }),
    );
  });

  test('SR-INVOICE list property: late and to-pay ascend by due date, paid descends', () => {
    fc.assert(
      fc.property(arb, (list) => {
        const g = groupInvoices(list, TODAY);
        const sortedBy = (l: Invoice[], dir: 1 | -1) =>
          l.every((x, k) => k === 0 || dir * (l[k - 1]!.dueDate.localeCompare(x.dueDate) || l[k - 1]!.number.localeCompare(x.number)) <= 0);
        assert.ok(sortedBy(g.late, 1));
        assert.ok(sortedBy(g['to-pay'], 1));
        assert.ok(sortedBy(g.paid, -1));
      }),
    );
  });

  test('SR-INVOICE list: the invoices built here satisfy the contract schema', () => {
    assert.equal(InvoiceSchema.safeParse(invoice('a', TODAY)).success, true);
    assert.equal(InvoiceSchema.safeParse({ ...invoice('a', TODAY), dueDate: '2026-02-30' }).success, false);
    assert.equal(InvoiceSchema.safeParse({ ...invoice('a', TODAY), amountCents: 12.5 }).success, false);
    assert.equal(InvoiceSchema.safeParse({ ...invoice('a', TODAY), status: 'late' }).success, false);
    assert.equal(InvoiceSchema.safeParse({ ...invoice('a', TODAY), id: '' }).success, false);
  });
});
