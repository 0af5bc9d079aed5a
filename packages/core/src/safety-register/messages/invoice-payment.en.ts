/** X-I18N — the English texts of SR-INVOICE's payment dialog and PDF viewer: exactly the keys of `invoice-payment.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerInvoicePaymentFr } from './invoice-payment.fr.js';

export const registerInvoicePaymentEn: CatalogOf<typeof registerInvoicePaymentFr> = {
  'invoice.pay.title': 'Pay invoice {number}',
  'invoice.pay.intro': 'The amount will be paid with the payment method registered for your customer account.',
  'invoice.pay.number': 'Invoice no.',
  'invoice.pay.amount': 'Amount incl. VAT',
  'invoice.pay.dueDate': 'Due date',
  'invoice.pay.confirm': 'Confirm payment',
  'invoice.pay.cancel': 'Cancel',
  'invoice.pay.close': 'Close',
  'invoice.pay.retry': 'Try again',
  'invoice.pay.busy': 'Paying…',
  'invoice.pay.done': 'Invoice {number} is paid.',
  'invoice.pay.done.detail': 'Thank you: your payment is recorded ({amount}).',
  'invoice.pay.error.network':
    'The payment could not be confirmed (connection lost or server unavailable). Try again: the invoice will never be paid twice.',
  'invoice.pay.error.already-paid': 'This invoice is already paid. The list is being updated.',
  'invoice.pay.error.not-found': 'This invoice no longer exists on your account. The list is being updated.',
  'invoice.pay.error.other': 'The payment could not be recorded. Close this window and try again, or contact us.',
  'invoice.pdf.error': 'The PDF of invoice {number} could not be fetched.',
  'invoice.pdf.title': 'Invoice {number}',
  'invoice.pdf.download': 'Download',
  'invoice.pdf.fallback': 'The invoice does not show? Download it.',
};
