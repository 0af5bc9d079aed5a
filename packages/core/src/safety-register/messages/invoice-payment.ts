/**
 * X-I18N — the message bundle `safety-register.invoice-payment` (SR-INVOICE): the payment dialog's
 * and the PDF viewer's texts, loaded with their on-demand code.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { registerInvoicePaymentFr } from './invoice-payment.fr.js';

export const registerInvoicePaymentMessages: MessageBundle = {
  id: 'safety-register.invoice-payment',
  fr: registerInvoicePaymentFr,
  en: async () => (await import('./invoice-payment.en.js')).registerInvoicePaymentEn,
};
