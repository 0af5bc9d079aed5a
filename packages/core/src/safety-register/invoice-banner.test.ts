/**
 * SR-INVOICE — the invoice banner (seed 001, « FACTURE IMPAYÉE – COUPURE D’ACCÈS »).
 * Boundaries: the day before / the day of / the day after each threshold, also across
 * the daylight-saving changes of Europe/Paris, and fast-check properties of the machine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PARIS, addDays, calendarDateOf, startOfDay, type CalendarDate } from '../shared/calendar.js';
import { run } from '../shared/machine.js';
import { formatDate, registerMessages, translate } from '../i18n/index.js';
import { safetyRegisterMessages } from './messages.js';

registerMessages(safetyRegisterMessages);
import {
  BANNER_LEVELS,
  FULL_ACCESS,
  OVERDUE_DAYS_AFTER_DUE,
  RESTRICTED_ALLOWED_FEATURES,
  SUSPENDED_DAYS_AFTER_DUE,
  WARNING_DAYS_BEFORE_DUE,
  accessFor,
  bannerFor,
  bannerOf,
  canUse,
  compareLevels,
  cutoffDate,
  invoiceBannerMachine,
  invoiceLevel,
  nextLevelChange,
  nextTick,
  type BannerLevel,
  type InvoiceBannerEvent,
  type InvoiceBannerState,
} from './invoice-banner.js';
import type { Invoice } from './schemas.js';

// ── helpers ──────────────────────────────────────────────────────────────────

function invoice(id: string, dueDate: CalendarDate, status: Invoice['status'] = 'unpaid', amountCents = 120_000): Invoice {
  return { id, number: `FA-2026-${id}`, dueDate, amountCents, status };
}

const levelOn = (invoices: readonly Invoice[], today: CalendarDate): BannerLevel => bannerFor(invoices, today).level;

const rank = (l: BannerLevel): number => BANNER_LEVELS.indexOf(l);

/** The banner level the machine shows at an instant (ISO date-time), "today" read through the machine. */
function levelAt(invoices: readonly Invoice[], iso: string): BannerLevel {
  const now = Date.parse(iso);
  assert.ok(!Number.isNaN(now), iso);
  const ctx = { now, timeZone: PARIS };
  const state = run(invoiceBannerMachine, [{ type: 'invoices-received', invoices }], ctx);
  assert.equal(state.today, calendarDateOf(now, PARIS));
  return bannerOf(state).level;
}

/** Apostrophes and spaces normalised, to compare with the seed's text (typed with both ' and ’). */
const norm = (s: string) =>
  s
    .replace(/[’']/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();

// The reference invoice: due on 15/06/2026.
const DUE = '2026-06-15';
const ONE = [invoice('0142', DUE)];

// ── constants ────────────────────────────────────────────────────────────────

describe('SR-INVOICE constants', () => {
  test('SR-INVOICE constants: 15 days before, 1 day after, 30 days after the due date', () => {
    assert.equal(WARNING_DAYS_BEFORE_DUE, 15);
    assert.equal(OVERDUE_DAYS_AFTER_DUE, 1);
    assert.equal(SUSPENDED_DAYS_AFTER_DUE, 30);
    assert.deepEqual([...BANNER_LEVELS], ['none', 'warning', 'overdue', 'suspended']);
  });

  test('SR-INVOICE compareLevels orders none < warning < overdue < suspended', () => {
    assert.ok(compareLevels('none', 'warning') < 0);
    assert.ok(compareLevels('warning', 'overdue') < 0);
    assert.ok(compareLevels('overdue', 'suspended') < 0);
    assert.equal(compareLevels('overdue', 'overdue'), 0);
    assert.ok(compareLevels('suspended', 'none') > 0);
  });
});

// ── boundaries (one invoice due 2026-06-15) ──────────────────────────────────

describe('SR-INVOICE boundaries', () => {
  test('SR-INVOICE no banner: long before the due date → none', () => {
    assert.equal(levelOn(ONE, '2026-01-01'), 'none');
    assert.deepEqual(bannerFor(ONE, '2026-01-01'), { level: 'none', invoiceIds: [] });
  });

  test('SR-INVOICE warning: 16 days before the due date → none', () => {
    assert.equal(levelOn(ONE, '2026-05-30'), 'none');
    assert.equal(invoiceLevel(ONE[0]!, '2026-05-30'), 'none');
  });

  test('SR-INVOICE warning: 15 days before the due date → warning', () => {
    assert.equal(levelOn(ONE, '2026-05-31'), 'warning');
    assert.equal(invoiceLevel(ONE[0]!, '2026-05-31'), 'warning');
  });

  test('SR-INVOICE warning: 14 days before the due date → warning', () => {
    assert.equal(levelOn(ONE, '2026-06-01'), 'warning');
  });

  test('SR-INVOICE warning: the day before the due date → warning', () => {
    assert.equal(levelOn(ONE, '2026-06-14'), 'warning');
  });

  test('SR-INVOICE warning: the due date itself → warning', () => {
    assert.equal(levelOn(ONE, DUE), 'warning');
    assert.deepEqual(bannerFor(ONE, DUE), { level: 'warning', dueDate: DUE, invoiceIds: ['0142'] });
  });

  test('SR-INVOICE overdue: 1 day after the due date → overdue', () => {
    assert.equal(levelOn(ONE, '2026-06-16'), 'overdue');
    assert.deepEqual(bannerFor(ONE, '2026-06-16'), { level: 'overdue', dueDate: DUE, cutoffDate: '2026-07-15', invoiceIds: ['0142'] });
  });

  test('SR-INVOICE overdue: 2 days after the due date → overdue', () => {
    assert.equal(levelOn(ONE, '2026-06-17'), 'overdue');
  });

  test('SR-INVOICE suspended: 29 days after the due date → overdue', () => {
    assert.equal(levelOn(ONE, '2026-07-14'), 'overdue');
  });

  test('SR-INVOICE suspended: 30 days after the due date → suspended', () => {
    assert.equal(levelOn(ONE, '2026-07-15'), 'suspended');
    assert.deepEqual(bannerFor(ONE, '2026-07-15'), { level: 'suspended', dueDate: DUE, invoiceIds: ['0142'] });
  });

  test('SR-INVOICE suspended: 31 days after the due date → suspended', () => {
    assert.equal(levelOn(ONE, '2026-07-16'), 'suspended');
  });

  test('SR-INVOICE suspended: a year after the due date → still suspended', () => {
    assert.equal(levelOn(ONE, '2027-06-15'), 'suspended');
  });

  test('SR-INVOICE boundaries across a year end: due 2026-12-20 → warning 2026-12-05, overdue 2026-12-21, suspended 2027-01-19', () => {
    const inv = [invoice('1', '2026-12-20')];
    assert.equal(levelOn(inv, '2026-12-04'), 'none');
    assert.equal(levelOn(inv, '2026-12-05'), 'warning');
    assert.equal(levelOn(inv, '2026-12-20'), 'warning');
    assert.equal(levelOn(inv, '2026-12-21'), 'overdue');
    assert.equal(levelOn(inv, '2027-01-18'), 'overdue');
    assert.equal(levelOn(inv, '2027-01-19'), 'suspended');
    assert.equal(bannerFor(inv, '2026-12-21').cutoffDate, '2027-01-19');
  });

  test('SR-INVOICE boundaries across February of a leap year: due 2028-02-10 → suspended 2028-03-11', () => {
    const inv = [invoice('1', '2028-02-10')];
    assert.equal(levelOn(inv, '2028-03-10'), 'overdue');
    assert.equal(levelOn(inv, '2028-03-11'), 'suspended');
    assert.equal(cutoffDate('2028-02-10'), '2028-03-11');
  });
});

// ── daylight-saving changes, "today" read from an instant through the machine ──

describe('SR-INVOICE across the spring daylight-saving change (Paris, 2026-03-29)', () => {
  test('SR-INVOICE warning: starts on 2026-03-29 for a due date of 2026-04-13 (00:30 / 23:30 Paris time)', () => {
    const inv = [invoice('1', '2026-04-13')];
    assert.equal(levelAt(inv, '2026-03-28T00:30:00+01:00'), 'none');
    assert.equal(levelAt(inv, '2026-03-28T23:30:00+01:00'), 'none'); // 22:30Z
    assert.equal(levelAt(inv, '2026-03-29T00:30:00+01:00'), 'warning'); // 23:30Z the day before
    assert.equal(levelAt(inv, '2026-03-29T03:30:00+02:00'), 'warning');
    assert.equal(levelAt(inv, '2026-03-29T23:30:00+02:00'), 'warning'); // 21:30Z
    assert.equal(levelAt(inv, '2026-03-30T00:30:00+02:00'), 'warning');
  });

  test('SR-INVOICE warning: the due date 2026-03-29 itself is warning until 23:30, overdue at 00:30 on 2026-03-30', () => {
    const inv = [invoice('1', '2026-03-29')];
    assert.equal(levelAt(inv, '2026-03-28T23:30:00+01:00'), 'warning');
    assert.equal(levelAt(inv, '2026-03-29T00:30:00+01:00'), 'warning');
    assert.equal(levelAt(inv, '2026-03-29T23:30:00+02:00'), 'warning'); // 21:30Z
    assert.equal(levelAt(inv, '2026-03-30T00:30:00+02:00'), 'overdue'); // 22:30Z on the 29th
    assert.equal(levelAt(inv, '2026-03-30T23:30:00+02:00'), 'overdue');
  });

  test('SR-INVOICE overdue: starts on 2026-03-29 for a due date of 2026-03-28', () => {
    const inv = [invoice('1', '2026-03-28')];
    assert.equal(levelAt(inv, '2026-03-28T00:30:00+01:00'), 'warning');
    assert.equal(levelAt(inv, '2026-03-28T23:30:00+01:00'), 'warning');
    assert.equal(levelAt(inv, '2026-03-29T00:30:00+01:00'), 'overdue');
    assert.equal(levelAt(inv, '2026-03-29T23:30:00+02:00'), 'overdue');
  });

  test('SR-INVOICE suspended: starts on 2026-03-29 for a due date of 2026-02-27 (29 / 30 / 31 days)', () => {
    const inv = [invoice('1', '2026-02-27')];
    assert.equal(levelAt(inv, '2026-03-28T00:30:00+01:00'), 'overdue');
    assert.equal(levelAt(inv, '2026-03-28T23:30:00+01:00'), 'overdue');
    assert.equal(levelAt(inv, '2026-03-29T00:30:00+01:00'), 'suspended');
    assert.equal(levelAt(inv, '2026-03-29T23:30:00+02:00'), 'suspended');
    assert.equal(levelAt(inv, '2026-03-30T00:30:00+02:00'), 'suspended');
  });

  test('SR-INVOICE machine: clock-ticked every 30 minutes flips to warning exactly at local midnight of 2026-03-29 (23:00Z), and nextTick says so', () => {
    const inv = [invoice('1', '2026-04-13')];
    let now = Date.parse('2026-03-28T12:00:00+01:00');
    let state = run(invoiceBannerMachine, [{ type: 'invoices-received', invoices: inv }], { now });
    assert.equal(bannerOf(state).level, 'none');
    const midnight = Date.parse('2026-03-28T23:00:00Z');
    assert.equal(nextTick(state), midnight);
    assert.equal(nextTick(state, PARIS), midnight);
    const end = Date.parse('2026-03-30T12:00:00+02:00');
    for (; now <= end; now += 30 * 60_000) {
      state = invoiceBannerMachine.transition(state, { type: 'clock-ticked' }, { now });
      assert.equal(bannerOf(state).level, now < midnight ? 'none' : 'warning', new Date(now).toISOString());
    }
    // Next change: overdue on 2026-04-14, which starts at 2026-04-13T22:00Z (summer time).
    assert.equal(nextTick(state), Date.parse('2026-04-13T22:00:00Z'));
  });
});

describe('SR-INVOICE across the autumn daylight-saving change (Paris, 2026-10-25)', () => {
  test('SR-INVOICE warning: starts on 2026-10-25 for a due date of 2026-11-09', () => {
    const inv = [invoice('1', '2026-11-09')];
    assert.equal(levelAt(inv, '2026-10-24T00:30:00+02:00'), 'none');
    assert.equal(levelAt(inv, '2026-10-24T23:30:00+02:00'), 'none'); // 21:30Z
    assert.equal(levelAt(inv, '2026-10-25T00:30:00+02:00'), 'warning'); // 22:30Z the day before
    assert.equal(levelAt(inv, '2026-10-25T23:30:00+01:00'), 'warning');
  });

  test('SR-INVOICE warning: the due date 2026-10-25 itself is warning until 23:30, overdue at 00:30 on 2026-10-26', () => {
    const inv = [invoice('1', '2026-10-25')];
    assert.equal(levelAt(inv, '2026-10-25T00:30:00+02:00'), 'warning');
    assert.equal(levelAt(inv, '2026-10-25T02:30:00+02:00'), 'warning'); // the repeated hour, first time
    assert.equal(levelAt(inv, '2026-10-25T02:30:00+01:00'), 'warning'); // the repeated hour, second time
    assert.equal(levelAt(inv, '2026-10-25T23:30:00+01:00'), 'warning'); // 22:30Z
    assert.equal(levelAt(inv, '2026-10-26T00:30:00+01:00'), 'overdue'); // 23:30Z on the 25th
    assert.equal(levelAt(inv, '2026-10-26T23:30:00+01:00'), 'overdue');
  });

  test('SR-INVOICE overdue: starts on 2026-10-25 for a due date of 2026-10-24', () => {
    const inv = [invoice('1', '2026-10-24')];
    assert.equal(levelAt(inv, '2026-10-24T23:30:00+02:00'), 'warning');
    assert.equal(levelAt(inv, '2026-10-25T00:30:00+02:00'), 'overdue');
    assert.equal(levelAt(inv, '2026-10-25T23:30:00+01:00'), 'overdue');
  });

  test('SR-INVOICE suspended: starts on 2026-10-25 for a due date of 2026-09-25 (29 / 30 / 31 days)', () => {
    const inv = [invoice('1', '2026-09-25')];
    assert.equal(levelAt(inv, '2026-10-24T00:30:00+02:00'), 'overdue');
    assert.equal(levelAt(inv, '2026-10-24T23:30:00+02:00'), 'overdue');
    assert.equal(levelAt(inv, '2026-10-25T00:30:00+02:00'), 'suspended');
    assert.equal(levelAt(inv, '2026-10-25T23:30:00+01:00'), 'suspended');
    assert.equal(levelAt(inv, '2026-10-26T00:30:00+01:00'), 'suspended');
  });

  test('SR-INVOICE machine: clock-ticked every 30 minutes flips to suspended exactly at local midnight of 2026-10-25 (22:00Z), and nextTick says so', () => {
    const inv = [invoice('1', '2026-09-25')];
    let now = Date.parse('2026-10-24T12:00:00+02:00');
    let state = run(invoiceBannerMachine, [{ type: 'invoices-received', invoices: inv }], { now });
    assert.equal(bannerOf(state).level, 'overdue');
    assert.equal(bannerOf(state).cutoffDate, '2026-10-25');
    const midnight = Date.parse('2026-10-24T22:00:00Z');
    assert.equal(nextTick(state), midnight);
    const end = Date.parse('2026-10-26T12:00:00+01:00');
    for (; now <= end; now += 30 * 60_000) {
      state = invoiceBannerMachine.transition(state, { type: 'clock-ticked' }, { now });
      assert.equal(bannerOf(state).level, now < midnight ? 'overdue' : 'suspended', new Date(now).toISOString());
    }
    assert.equal(nextTick(state), undefined);
  });
});

// ── the worst invoice decides ────────────────────────────────────────────────

describe('SR-INVOICE several invoices', () => {
  const TODAY = '2026-06-15';
  const warning = invoice('W', '2026-06-20'); // due in 5 days
  const overdueLate = invoice('O2', '2026-06-10'); // 5 days late
  const overdueEarly = invoice('O1', '2026-06-01'); // 14 days late
  const none = invoice('N', '2026-08-01');
  const suspendedA = invoice('S1', '2026-05-01'); // 45 days late
  const suspendedB = invoice('S2', '2026-05-10'); // 36 days late

  test('SR-INVOICE worst invoice decides: warning + overdue + none → overdue', () => {
    const b = bannerFor([warning, overdueLate, none], TODAY);
    assert.equal(b.level, 'overdue');
    assert.deepEqual(b.invoiceIds, ['O2']);
    assert.equal(b.dueDate, '2026-06-10');
  });

  test('SR-INVOICE worst invoice decides whatever the order of the invoices', () => {
    const all = [none, warning, overdueLate, overdueEarly, suspendedB, suspendedA];
    const expected = bannerFor(all, TODAY);
    assert.equal(expected.level, 'suspended');
    for (const order of [all, [...all].reverse(), [suspendedA, none, overdueEarly, suspendedB, warning, overdueLate]]) {
      const b = bannerFor(order, TODAY);
      assert.equal(b.level, 'suspended');
      assert.equal(b.dueDate, '2026-05-01');
      assert.deepEqual([...b.invoiceIds].sort(), ['S1', 'S2']);
    }
  });

  test('SR-INVOICE the quoted due date is the earliest among the invoices at the worst level (overdue)', () => {
    for (const order of [
      [overdueLate, overdueEarly, warning],
      [warning, overdueEarly, overdueLate],
    ]) {
      const b = bannerFor(order, TODAY);
      assert.equal(b.level, 'overdue');
      assert.equal(b.dueDate, '2026-06-01');
      assert.equal(b.cutoffDate, '2026-07-01');
      assert.deepEqual([...b.invoiceIds].sort(), ['O1', 'O2']);
    }
  });

  test('SR-INVOICE the quoted due date is the earliest among the invoices at the worst level (warning)', () => {
    const w1 = invoice('W1', '2026-06-28');
    const w2 = invoice('W2', '2026-06-18');
    const b = bannerFor([w1, none, w2], TODAY);
    assert.equal(b.level, 'warning');
    assert.equal(b.dueDate, '2026-06-18');
    assert.equal(b.cutoffDate, undefined);
    assert.deepEqual([...b.invoiceIds].sort(), ['W1', 'W2']);
  });

  test('SR-INVOICE the quoted due date ignores less severe invoices even when they come first', () => {
    // The warning invoice comes first; the overdue one decides and gives the date.
    const b = bannerFor([warning, overdueLate], TODAY);
    assert.equal(b.dueDate, '2026-06-10');
    assert.deepEqual(b.invoiceIds, ['O2']);
  });

  test('SR-INVOICE cutoffDate = due date + 30 days for overdue', () => {
    assert.equal(cutoffDate('2026-06-10'), '2026-07-10');
    assert.equal(cutoffDate('2026-01-31'), '2026-03-02');
    assert.equal(cutoffDate('2026-12-15'), '2027-01-14');
    assert.equal(bannerFor([overdueLate], TODAY).cutoffDate, '2026-07-10');
    // The cut-off date is the day the level becomes suspended.
    assert.equal(levelOn([overdueLate], addDays('2026-07-10', -1)), 'overdue');
    assert.equal(levelOn([overdueLate], '2026-07-10'), 'suspended');
  });

  test('SR-INVOICE no cutoffDate outside overdue', () => {
    assert.equal(bannerFor([warning], TODAY).cutoffDate, undefined);
    assert.equal(bannerFor([suspendedA], TODAY).cutoffDate, undefined);
    assert.equal(bannerFor([none], TODAY).cutoffDate, undefined);
  });

  test('SR-INVOICE paid invoices never count, however late', () => {
    const paid = [invoice('P1', '2020-01-01', 'paid'), invoice('P2', '2026-06-14', 'paid'), invoice('P3', '2026-06-20', 'paid')];
    assert.deepEqual(bannerFor(paid, TODAY), { level: 'none', invoiceIds: [] });
    for (const p of paid) assert.equal(invoiceLevel(p, TODAY), 'none');
    const b = bannerFor([...paid, warning], TODAY);
    assert.equal(b.level, 'warning');
    assert.deepEqual(b.invoiceIds, ['W']);
    assert.equal(b.dueDate, '2026-06-20');
  });

  test('SR-INVOICE no invoice at all → none', () => {
    assert.deepEqual(bannerFor([], TODAY), { level: 'none', invoiceIds: [] });
    assert.equal(nextLevelChange([], TODAY), undefined);
  });
});

// ── access ───────────────────────────────────────────────────────────────────

describe('SR-INVOICE access', () => {
  test('SR-INVOICE access: none, warning and overdue keep full access', () => {
    for (const l of ['none', 'warning', 'overdue'] as const) {
      assert.deepEqual(accessFor(l), { kind: 'full' });
      assert.equal(accessFor(l), FULL_ACCESS);
    }
  });

  test('SR-INVOICE access: suspended → restricted, only the site synthesis stays allowed', () => {
    const a = accessFor('suspended');
    assert.equal(a.kind, 'restricted');
    assert.ok(a.kind === 'restricted');
    assert.equal(a.reason, 'invoices-suspended');
    assert.deepEqual([...a.allowed], ['site-synthesis']);
    assert.deepEqual([...RESTRICTED_ALLOWED_FEATURES], ['site-synthesis']);
  });

  test('SR-INVOICE access: canUse under full access allows everything, rights or not', () => {
    assert.equal(canUse(FULL_ACCESS, 'site-synthesis'), true);
    assert.equal(canUse(FULL_ACCESS, 'interventions'), true);
    assert.equal(canUse(FULL_ACCESS, 'interventions', []), true);
  });

  test("SR-INVOICE access: canUse under suspension allows 'site-synthesis' only with that right", () => {
    const a = accessFor('suspended');
    assert.equal(canUse(a, 'site-synthesis', ['site-synthesis']), true);
    assert.equal(canUse(a, 'site-synthesis', ['site-synthesis', 'anomalies']), true);
    assert.equal(canUse(a, 'site-synthesis'), false);
    assert.equal(canUse(a, 'site-synthesis', []), false);
    assert.equal(canUse(a, 'site-synthesis', ['anomalies']), false);
  });

  test('SR-INVOICE access: canUse under suspension refuses every other feature, even with its right', () => {
    const a = accessFor('suspended');
    for (const f of ['anomalies', 'interventions', 'fire-permits', 'invoices-admin']) {
      assert.equal(canUse(a, f, [f, 'site-synthesis']), false, f);
    }
  });

  test('SR-INVOICE access follows the banner: due 2026-06-15 → restricted from 2026-07-15', () => {
    assert.equal(accessFor(levelOn(ONE, '2026-07-14')).kind, 'full');
    assert.equal(accessFor(levelOn(ONE, '2026-07-15')).kind, 'restricted');
  });
});

// ── texts of the seed ────────────────────────────────────────────────────────

describe('SR-INVOICE texts (fr)', () => {
  test('SR-INVOICE text warning: the seed’s sentence with the due date as JJ/MM/AAAA', () => {
    const b = bannerFor([invoice('1', '2026-06-05'), invoice('2', '2026-06-09')], '2026-05-25');
    assert.equal(b.level, 'warning');
    const text = translate('fr', 'invoice.banner.warning', { date: formatDate('fr', b.dueDate!) });
    assert.match(text, /(^|\D)05\/06\/2026(\D|$)/);
    assert.doesNotMatch(text, /\{date\}/);
    assert.ok(norm(text).startsWith(norm('Vous avez une ou plusieurs factures dont l’échéance de règlement est au 05/06/2026.')), text);
    assert.ok(
      norm(text).includes(norm('Nous vous remercions de faire le nécessaire pour que le règlement nous parvienne dans le délai indiqué')),
      text,
    );
  });

  test('SR-INVOICE text overdue: the seed’s sentence with the cut-off date (due + 30) as JJ/MM/AAAA', () => {
    const b = bannerFor([invoice('1', '2026-06-10')], '2026-06-15');
    assert.equal(b.level, 'overdue');
    assert.equal(b.cutoffDate, '2026-07-10');
    const text = translate('fr', 'invoice.banner.overdue', { date: formatDate('fr', b.cutoffDate!) });
    assert.match(text, /(^|\D)10\/07\/2026(\D|$)/);
    assert.doesNotMatch(text, /10\/06\/2026/); // the due date itself is not the date quoted
    assert.ok(norm(text).startsWith(norm('Le règlement d’au moins une facture dont l’échéance est dépassée')), text);
    assert.ok(
      norm(text).includes(
        norm(
          'Nous vous remercions de procéder à la régularisation de votre compte client dans les meilleurs délais afin d’éviter la coupure de votre accès le 10/07/2026',
        ),
      ),
      text,
    );
  });

  // Seed 001 writes « de votre/vos site(s) »: we write « de vos sites », without the hack (issue 8, point 19).
  test('SR-INVOICE text suspended: the seed’s text, synthesis still possible according to the rights', () => {
    const text = translate('fr', 'invoice.banner.suspended');
    assert.ok(
      norm(text).startsWith(norm('Malgré nos avertissements, le règlement d’au moins une de vos factures ne nous est pas parvenu.')),
      text,
    );
    assert.ok(norm(text).includes(norm('Votre accès est donc suspendu jusqu’à la régularisation de votre compte.')), text);
    assert.ok(
      norm(text).includes(norm('Vous avez malgré tout la possibilité, en fonction de vos droits, de générer la synthèse de vos sites.')),
      text,
    );
  });

  test('SR-INVOICE text: the button reads « Régulariser mes factures »', () => {
    assert.equal(translate('fr', 'invoice.banner.action'), 'Régulariser mes factures');
  });

  test('SR-INVOICE text: the quoted date survives a DST change (due 2026-10-25 → 25/10/2026; cut-off 24/11/2026)', () => {
    const inv = [invoice('1', '2026-10-25')];
    const now = Date.parse('2026-10-25T23:30:00+01:00');
    const s = run(invoiceBannerMachine, [{ type: 'invoices-received', invoices: inv }], { now });
    assert.match(translate('fr', 'invoice.banner.warning', { date: formatDate('fr', bannerOf(s).dueDate!) }), /25\/10\/2026/);
    const later = invoiceBannerMachine.transition(s, { type: 'clock-ticked' }, { now: now + 3_600_000 });
    assert.equal(bannerOf(later).level, 'overdue');
    assert.match(translate('fr', 'invoice.banner.overdue', { date: formatDate('fr', bannerOf(later).cutoffDate!) }), /24\/11\/2026/);
  });
});

// ── the machine ──────────────────────────────────────────────────────────────

describe('SR-INVOICE machine', () => {
  test('SR-INVOICE machine: starts with no invoice and today read from ctx.now in Paris', () => {
    const s = invoiceBannerMachine.initial({ now: Date.parse('2026-03-28T23:30:00Z') });
    assert.deepEqual(s, { invoices: [], today: '2026-03-29' });
    assert.equal(bannerOf(s).level, 'none');
    assert.equal(nextTick(s), undefined);
  });

  test('SR-INVOICE machine: the time zone of the context is honoured', () => {
    const s = invoiceBannerMachine.initial({ now: Date.parse('2026-03-28T23:30:00Z'), timeZone: 'UTC' });
    assert.equal(s.today, '2026-03-28');
  });

  test('SR-INVOICE machine: invoice-paid lowers the level, only for that invoice', () => {
    const now = Date.parse('2026-06-15T10:00:00+02:00');
    const inv = [invoice('A', '2026-05-01'), invoice('B', '2026-06-10')];
    let s = run(invoiceBannerMachine, [{ type: 'invoices-received', invoices: inv }], { now });
    assert.equal(bannerOf(s).level, 'suspended');
    s = invoiceBannerMachine.transition(s, { type: 'invoice-paid', id: 'A' }, { now });
    assert.equal(bannerOf(s).level, 'overdue');
    assert.equal(s.invoices.find((i) => i.id === 'B')!.status, 'unpaid');
    s = invoiceBannerMachine.transition(s, { type: 'invoice-paid', id: 'B' }, { now });
    assert.equal(bannerOf(s).level, 'none');
    assert.equal(inv[0]!.status, 'unpaid', 'the received invoices are not mutated');
  });

  test('SR-INVOICE machine: invoice-paid with an unknown id changes no invoice', () => {
    const now = Date.parse('2026-06-15T10:00:00+02:00');
    const s = run(invoiceBannerMachine, [{ type: 'invoices-received', invoices: ONE }], { now });
    const t = invoiceBannerMachine.transition(s, { type: 'invoice-paid', id: 'nope' }, { now });
    assert.deepEqual(t, s);
  });

  test('SR-INVOICE machine: clock-ticked the same day returns the same state (no re-render)', () => {
    const now = Date.parse('2026-06-15T10:00:00+02:00');
    const s = run(invoiceBannerMachine, [{ type: 'invoices-received', invoices: ONE }], { now });
    assert.equal(invoiceBannerMachine.transition(s, { type: 'clock-ticked' }, { now: now + 3_600_000 }), s);
  });

  test('SR-INVOICE machine: invoices-received replaces the invoices', () => {
    const now = Date.parse('2026-06-15T10:00:00+02:00');
    const s = run(
      invoiceBannerMachine,
      [
        { type: 'invoices-received', invoices: [invoice('A', '2026-05-01')] },
        { type: 'invoices-received', invoices: [invoice('B', '2026-06-20')] },
      ],
      { now },
    );
    assert.deepEqual(
      s.invoices.map((i) => i.id),
      ['B'],
    );
    assert.equal(bannerOf(s).level, 'warning');
  });

  test('SR-INVOICE nextLevelChange: the three thresholds of one invoice, in order', () => {
    assert.equal(nextLevelChange(ONE, '2026-01-01'), '2026-05-31');
    assert.equal(nextLevelChange(ONE, '2026-05-30'), '2026-05-31');
    assert.equal(nextLevelChange(ONE, '2026-05-31'), '2026-06-16');
    assert.equal(nextLevelChange(ONE, '2026-06-15'), '2026-06-16');
    assert.equal(nextLevelChange(ONE, '2026-06-16'), '2026-07-15');
    assert.equal(nextLevelChange(ONE, '2026-07-14'), '2026-07-15');
    assert.equal(nextLevelChange(ONE, '2026-07-15'), undefined);
    assert.equal(nextLevelChange([invoice('P', DUE, 'paid')], '2026-01-01'), undefined);
  });
});

// ── properties ───────────────────────────────────────────────────────────────

const BASE = '2026-01-01';
/** A calendar date within [BASE + min, BASE + max]. */
const dateIn = (min: number, max: number) => fc.integer({ min, max }).map((n) => addDays(BASE, n));
/** Invoices with unique ids, due dates within 2026, paid or not. */
const invoicesArb = fc
  .array(
    fc.record({
      dueDate: dateIn(0, 364),
      paid: fc.boolean(),
      amountCents: fc.integer({ min: 0, max: 10_000_000 }),
    }),
    { maxLength: 8 },
  )
  .map((rows) => rows.map((r, i): Invoice => invoice(`i${i}`, r.dueDate, r.paid ? 'paid' : 'unpaid', r.amountCents)));
const todayArb = dateIn(-60, 460);

describe('SR-INVOICE properties', () => {
  test('SR-INVOICE property: with invoices fixed, the level never goes down as today advances (d1 ≤ d2)', () => {
    fc.assert(
      fc.property(invoicesArb, todayArb, fc.integer({ min: 0, max: 400 }), (invoices, d1, gap) => {
        const d2 = addDays(d1, gap);
        assert.ok(rank(levelOn(invoices, d1)) <= rank(levelOn(invoices, d2)), `${d1} → ${d2}`);
      }),
      { numRuns: 500 },
    );
  });

  test('SR-INVOICE property: paying every invoice gives none', () => {
    fc.assert(
      fc.property(invoicesArb, todayArb, (invoices, today) => {
        const paid = invoices.map((i) => ({ ...i, status: 'paid' as const }));
        assert.deepEqual(bannerFor(paid, today), { level: 'none', invoiceIds: [] });
        assert.equal(nextLevelChange(paid, today), undefined);
      }),
    );
  });

  test('SR-INVOICE property: adding a paid invoice (anywhere in the list) changes nothing', () => {
    fc.assert(
      fc.property(invoicesArb, todayArb, dateIn(-400, 800), fc.nat(), (invoices, today, due, at) => {
        const paid = invoice('paid-extra', due, 'paid');
        const pos = invoices.length === 0 ? 0 : at % (invoices.length + 1);
        const withPaid = [...invoices.slice(0, pos), paid, ...invoices.slice(pos)];
        assert.deepEqual(bannerFor(withPaid, today), bannerFor(invoices, today));
        assert.equal(nextLevelChange(withPaid, today), nextLevelChange(invoices, today));
      }),
    );
  });

  test('SR-INVOICE property: the level equals the max of each invoice’s level', () => {
    fc.assert(
      fc.property(invoicesArb, todayArb, (invoices, today) => {
        const max = invoices.map((i) => invoiceLevel(i, today)).reduce<BannerLevel>((a, l) => (rank(l) > rank(a) ? l : a), 'none');
        assert.equal(levelOn(invoices, today), max);
      }),
      { numRuns: 500 },
    );
  });

  test('SR-INVOICE property: the banner quotes the earliest due date of the worst invoices, lists exactly them, cutoff only for overdue', () => {
    fc.assert(
      fc.property(invoicesArb, todayArb, (invoices, today) => {
        const b = bannerFor(invoices, today);
        const worst = invoices.filter((i) => i.status === 'unpaid' && invoiceLevel(i, today) === b.level && b.level !== 'none');
        assert.deepEqual([...b.invoiceIds].sort(), worst.map((i) => i.id).sort());
        if (b.level === 'none') {
          assert.equal(b.dueDate, undefined);
          assert.equal(b.cutoffDate, undefined);
          return;
        }
        assert.equal(b.dueDate, worst.map((i) => i.dueDate).sort()[0]);
        if (b.level === 'overdue') assert.equal(b.cutoffDate, addDays(b.dueDate!, 30));
        else assert.equal(b.cutoffDate, undefined);
      }),
      { numRuns: 500 },
    );
  });

  test('SR-INVOICE property: the order of the invoices does not matter', () => {
    fc.assert(
      fc.property(
        invoicesArb.chain((inv) => fc.tuple(fc.constant(inv), fc.shuffledSubarray(inv, { minLength: inv.length, maxLength: inv.length }))),
        todayArb,
        ([invoices, shuffled], today) => {
          const a = bannerFor(invoices, today);
          const b = bannerFor(shuffled, today);
          assert.equal(b.level, a.level);
          assert.equal(b.dueDate, a.dueDate);
          assert.equal(b.cutoffDate, a.cutoffDate);
          assert.deepEqual([...b.invoiceIds].sort(), [...a.invoiceIds].sort());
        },
      ),
    );
  });

  test('SR-INVOICE property: access is restricted exactly when the banner is suspended', () => {
    fc.assert(
      fc.property(invoicesArb, todayArb, fc.subarray(['site-synthesis', 'anomalies', 'interventions']), (invoices, today, rights) => {
        const level = levelOn(invoices, today);
        const access = accessFor(level);
        assert.equal(access.kind === 'restricted', level === 'suspended');
        assert.equal(canUse(access, 'site-synthesis', rights), level !== 'suspended' || rights.includes('site-synthesis'));
        assert.equal(canUse(access, 'anomalies', rights), level !== 'suspended');
      }),
    );
  });

  // The machine: clock-ticked / invoice-paid (and invoices-received) with a clock that never goes back.
  const T0 = Date.parse('2026-01-01T00:00:00Z');
  const stepArb = fc.oneof(
    { weight: 5, arbitrary: fc.record({ type: fc.constant('clock-ticked' as const), dt: fc.integer({ min: 0, max: 5 * 86_400_000 }) }) },
    {
      weight: 2,
      arbitrary: fc.record({ type: fc.constant('invoice-paid' as const), dt: fc.integer({ min: 0, max: 86_400_000 }), which: fc.nat(9) }),
    },
  );
  const machineArb = fc.record({
    invoices: invoicesArb,
    start: fc.integer({ min: T0 - 60 * 86_400_000, max: T0 + 400 * 86_400_000 }),
    steps: fc.array(stepArb, { maxLength: 40 }),
  });
  const toEvent = (step: { type: 'clock-ticked' | 'invoice-paid'; which?: number }): InvoiceBannerEvent =>
    step.type === 'clock-ticked' ? { type: 'clock-ticked' } : { type: 'invoice-paid', id: `i${step.which}` };

  test('SR-INVOICE property (machine): with a non-decreasing clock and no invoices-received, the level only goes down on invoice-paid', () => {
    fc.assert(
      fc.property(machineArb, ({ invoices, start, steps }) => {
        let now = start;
        let state: InvoiceBannerState = run(invoiceBannerMachine, [{ type: 'invoices-received', invoices }], { now });
        for (const step of steps) {
          now += step.dt;
          const before = bannerOf(state).level;
          const next = invoiceBannerMachine.transition(state, toEvent(step), { now });
          const after = bannerOf(next).level;
          assert.equal(next.today, calendarDateOf(now));
          assert.equal(next.invoices.length, state.invoices.length);
          if (step.type === 'clock-ticked') {
            assert.ok(rank(after) >= rank(before), `clock-ticked lowered ${before} → ${after}`);
            assert.equal(next.invoices, state.invoices);
          } else {
            // Paying: the other invoices are untouched; the paid one is paid.
            next.invoices.forEach((inv, k) => {
              if (inv.id === `i${step.which}`) assert.equal(inv.status, 'paid');
              else assert.deepEqual(inv, state.invoices[k]);
            });
          }
          state = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  test('SR-INVOICE property (machine): with invoices-received mixed in, clock-ticked still never lowers the level', () => {
    const anyStep = fc.oneof(
      stepArb,
      fc.record({ type: fc.constant('invoices-received' as const), dt: fc.integer({ min: 0, max: 86_400_000 }), invoices: invoicesArb }),
    );
    fc.assert(
      fc.property(fc.integer({ min: T0, max: T0 + 365 * 86_400_000 }), fc.array(anyStep, { maxLength: 30 }), (start, steps) => {
        let now = start;
        let state = invoiceBannerMachine.initial({ now });
        for (const step of steps) {
          now += step.dt;
          const event: InvoiceBannerEvent =
            step.type === 'invoices-received' ? { type: 'invoices-received', invoices: step.invoices } : toEvent(step);
          const next = invoiceBannerMachine.transition(state, event, { now });
          if (step.type === 'clock-ticked') assert.ok(rank(bannerOf(next).level) >= rank(bannerOf(state).level));
          if (step.type === 'invoices-received') assert.equal(next.invoices, step.invoices);
          state = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  test('SR-INVOICE property: nothing in the banner changes before nextLevelChange, and some invoice changes level on that day', () => {
    fc.assert(
      fc.property(invoicesArb, todayArb, (invoices, today) => {
        const next = nextLevelChange(invoices, today);
        const now = bannerFor(invoices, today);
        if (next === undefined) {
          // Nothing will ever change: every unpaid invoice is already suspended.
          for (const i of invoices) if (i.status === 'unpaid') assert.equal(invoiceLevel(i, today), 'suspended');
          for (const later of [1, 30, 365, 3650]) assert.deepEqual(bannerFor(invoices, addDays(today, later)), now);
          return;
        }
        assert.ok(next > today);
        for (let d = addDays(today, 1); d < next; d = addDays(d, 1)) assert.deepEqual(bannerFor(invoices, d), now, d);
        const dayBefore = addDays(next, -1);
        assert.ok(
          invoices.some((i) => invoiceLevel(i, dayBefore) !== invoiceLevel(i, next)),
          `no invoice changes level on ${next}`,
        );
        assert.equal(nextTick({ invoices, today }), startOfDay(next));
      }),
      { numRuns: 300 },
    );
  });

  test('SR-INVOICE property: with one unpaid invoice, nextLevelChange is exactly the first day the level changes (bannerFor the day before vs that day)', () => {
    fc.assert(
      fc.property(dateIn(0, 364), todayArb, fc.array(fc.tuple(dateIn(-400, 800)), { maxLength: 3 }), (due, today, paid) => {
        const invoices = [invoice('u', due), ...paid.map(([d], k) => invoice(`p${k}`, d, 'paid'))];
        const next = nextLevelChange(invoices, today);
        // The first day after today on which the level differs from today's, by scanning.
        let first: CalendarDate | undefined;
        for (let d = addDays(today, 1), k = 0; k < 500; d = addDays(d, 1), k++) {
          if (levelOn(invoices, d) !== levelOn(invoices, today)) {
            first = d;
            break;
          }
        }
        assert.equal(next, first);
        if (next !== undefined) assert.notEqual(levelOn(invoices, addDays(next, -1)), levelOn(invoices, next));
      }),
      { numRuns: 300 },
    );
  });
});
