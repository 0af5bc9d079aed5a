/** X-I18N — the English texts of SR-INVOICE: exactly the keys of `invoices.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerInvoicesFr } from './invoices.fr.js';

export const registerInvoicesEn: CatalogOf<typeof registerInvoicesFr> = {
  'invoice.banner.warning':
    'You have one or more invoices due for payment on {date}. Please make sure your payment reaches us by that date.',
  'invoice.banner.overdue':
    'Payment of at least one invoice past its due date has not reached us. Please settle your customer account as soon as possible to avoid your access being cut off on {date}.',
  'invoice.banner.suspended':
    'Despite our reminders, payment of at least one of your invoices has not reached us. Your access is therefore suspended until your account is settled. Depending on your rights, you can still generate the summary of your sites.',
  'invoice.banner.label.warning': 'Payment due soon',
  'invoice.banner.label.overdue': 'Overdue invoice',
  'invoice.banner.label.suspended': 'Access suspended',
  'invoice.banner.action': 'Settle my invoices',
  'invoice.banner.error': 'Your invoices could not be checked.',
  'invoice.list.title': 'My invoices',
  'invoice.list.group.late': 'Late',
  'invoice.list.group.to-pay': 'To pay',
  'invoice.list.group.paid': 'Paid',
  'invoice.list.filter': 'Show',
  'invoice.list.filter.all': 'All',
  'invoice.list.count': '{count, plural, one {# invoice} other {# invoices}} · {total}',
  'invoice.list.empty': 'You have no invoices yet.',
  'invoice.list.empty.group': 'No invoices in this category.',
  'invoice.list.number': 'Invoice no.',
  'invoice.list.dueDate': 'Due date',
  'invoice.list.amount': 'Amount incl. VAT',
  'invoice.list.status': 'Status',
  'invoice.list.daysLate': '{days} d late',
  'invoice.list.dueIn': 'Due in {days} d',
  'invoice.list.dueToday': 'Due today',
  'invoice.list.paid': 'Paid',
  'invoice.list.download': 'Download invoice {number} (PDF)',
  'invoice.list.error': 'Your invoices could not be loaded.',
  'invoice.list.actions': 'Actions',
  'invoice.list.open': 'View',
  'invoice.list.open.label': 'View invoice {number} (PDF)',
  'invoice.list.download.short': 'Download',
  'invoice.list.pay': 'Pay',
  'invoice.list.pay.label': 'Pay invoice {number} ({amount})',
  'invoice.list.more.error': 'This action could not be loaded.',
};
