/** SR-INVOICE: the invoice list groups every invoice as late, to pay or paid. */
import { daysBetween, type CalendarDate } from '../shared/calendar.js';
import type { Invoice } from './schemas.js';

export const INVOICE_GROUPS = ['late', 'to-pay', 'paid'] as const;
export type InvoiceGroup = (typeof INVOICE_GROUPS)[number];

export function invoiceGroup(invoice: Invoice, today: CalendarDate): InvoiceGroup {
  if (invoice.status === 'paid') return 'paid';
  return daysBetween(invoice.dueDate, today) > 0 ? 'late' : 'to-pay';
}

/** Every invoice in its group, each group sorted by due date (earliest first; paid: latest first). */
export function groupInvoices(invoices: readonly Invoice[], today: CalendarDate): Record<InvoiceGroup, Invoice[]> {
  const groups: Record<InvoiceGroup, Invoice[]> = { late: [], 'to-pay': [], paid: [] };
  for (const i of invoices) groups[invoiceGroup(i, today)].push(i);
  const asc = (a: Invoice, b: Invoice) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number);
  groups.late.sort(asc);
  groups['to-pay'].sort(asc);
  groups.paid.sort((a, b) => asc(b, a));
  return groups;
}

/** Sum of amounts in cents (integer arithmetic, no float drift). */
export function totalCents(invoices: readonly Invoice[]): number {
  return invoices.reduce((s, i) => s + i.amountCents, 0);
}
