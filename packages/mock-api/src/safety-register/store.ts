/**
 * SR-INVOICE — the in-memory invoices of one customer account, as a backend would keep them.
 *
 * Every rule comes from core: the level and access (`bannerFor`, `accessFor`), the payment
 * (`invoiceBannerMachine`'s `invoice-paid` transition) and "today" (`calendarDateOf`,
 * Europe/Paris). Demo data is dated relative to the store's today, so a scenario gives the
 * same level whatever the real date.
 */
import {
  accessFor,
  addDays,
  bannerFor,
  calendarDateOf,
  invoiceBannerMachine,
  invoicePdfPath,
  type AccessState,
  type Banner,
  type BannerLevel,
  type CalendarDate,
  type Invoice,
} from '@vigie/core';
import { EXPECTED_LEVEL, type InvoiceScenario } from '../scenarios.js';

interface DemoInvoice {
  /** Days from today to the due date (negative: in the past). */
  readonly dueIn: number;
  readonly amountCents: number;
  readonly status: Invoice['status'];
}

/** Paid history shared by every non-empty scenario (a monthly subscription plus extras). */
const PAID: readonly DemoInvoice[] = [
  { dueIn: -95, amountCents: 128_400, status: 'paid' },
  { dueIn: -65, amountCents: 128_400, status: 'paid' },
  { dueIn: -35, amountCents: 243_960, status: 'paid' },
];

const DEMO: Readonly<Record<InvoiceScenario, readonly DemoInvoice[]>> = {
  'invoices:none': [...PAID, { dueIn: 40, amountCents: 128_400, status: 'unpaid' }],
  'invoices:warning': [...PAID, { dueIn: 10, amountCents: 128_400, status: 'unpaid' }],
  'invoices:overdue': [
    ...PAID,
    { dueIn: -5, amountCents: 96_720, status: 'unpaid' },
    { dueIn: 20, amountCents: 128_400, status: 'unpaid' },
  ],
  'invoices:suspended': [
    ...PAID,
    { dueIn: -40, amountCents: 312_000, status: 'unpaid' },
    { dueIn: -12, amountCents: 128_400, status: 'unpaid' },
  ],
  'invoices:empty': [],
};

/** Invoices are payable 30 days after issue (French B2B default terms). */
const PAYMENT_TERMS_DAYS = 30;
/** Invoice numbers continue the account's sequence from here. */
const FIRST_NUMBER = 137;

/** The scenario's French demo invoices, dated relative to `today`, numbered in issue order. */
export function demoInvoices(scenario: InvoiceScenario, today: CalendarDate): Invoice[] {
  return [...DEMO[scenario]]
    .sort((a, b) => a.dueIn - b.dueIn)
    .map((d, i) => {
      const dueDate = addDays(today, d.dueIn);
      const issueDate = addDays(dueDate, -PAYMENT_TERMS_DAYS);
      const number = `FA-${issueDate.slice(0, 4)}-${String(FIRST_NUMBER + i).padStart(4, '0')}`;
      const id = number.toLowerCase();
      return { id, number, dueDate, issueDate, amountCents: d.amountCents, status: d.status, pdfUrl: invoicePdfPath(id) };
    });
}

/** Throws when the scenario's data does not give the level it promises (the mock must never lie). */
export function checkScenario(scenario: InvoiceScenario, invoices: readonly Invoice[], today: CalendarDate): void {
  const level = bannerFor(invoices, today).level;
  if (level !== EXPECTED_LEVEL[scenario]) {
    throw new Error(`Mock scenario ${scenario} gives level ${level} on ${today}, expected ${EXPECTED_LEVEL[scenario]}`);
  }
}

export type PaymentResult =
  | { readonly kind: 'paid'; readonly invoice: Invoice }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'already-paid'; readonly invoice: Invoice }
  /** The key was already used for another invoice: a client bug a real backend refuses. */
  | { readonly kind: 'key-reused'; readonly invoiceId: string };

export interface InvoiceStore {
  readonly scenario: InvoiceScenario;
  /** The account's today (Europe/Paris), read from the clock at each call. */
  today(): CalendarDate;
  list(): Invoice[];
  get(id: string): Invoice | undefined;
  banner(): Banner;
  level(): BannerLevel;
  access(): AccessState;
  /** Marks an invoice paid. The same key with the same invoice replays the first answer. */
  pay(id: string, idempotencyKey: string): PaymentResult;
  /** Back to the scenario's fresh data, dated from today. */
  reset(): void;
}

export function createInvoiceStore(scenario: InvoiceScenario, now: () => number = Date.now): InvoiceStore {
  const today = () => calendarDateOf(now());
  let invoices: readonly Invoice[] = [];
  let payments = new Map<string, { id: string; result: PaymentResult }>();

  function reset() {
    const t = today();
    invoices = demoInvoices(scenario, t);
    payments = new Map();
    checkScenario(scenario, invoices, t);
  }
  reset();

  return {
    scenario,
    today,
    list: () => invoices.map((i) => ({ ...i })),
    get: (id) => {
      const found = invoices.find((i) => i.id === id);
      return found && { ...found };
    },
    banner: () => bannerFor(invoices, today()),
    level: () => bannerFor(invoices, today()).level,
    access: () => accessFor(bannerFor(invoices, today()).level),
    pay(id, idempotencyKey) {
      const previous = payments.get(idempotencyKey);
      if (previous) return previous.id === id ? previous.result : { kind: 'key-reused', invoiceId: previous.id };
      const invoice = invoices.find((i) => i.id === id);
      let result: PaymentResult;
      if (!invoice) result = { kind: 'not-found' };
      else if (invoice.status === 'paid') result = { kind: 'already-paid', invoice: { ...invoice } };
      else {
        // The same transition the banner machine applies when a widget learns of a payment.
        const ctx = { now: now() };
        invoices = invoiceBannerMachine.transition({ invoices, today: today() }, { type: 'invoice-paid', id }, ctx).invoices;
        result = { kind: 'paid', invoice: { ...invoices.find((i) => i.id === id)! } };
      }
      payments.set(idempotencyKey, { id, result });
      return result;
    },
    reset,
  };
}
