/** X-I18N — the message bundle `safety-register` (SR-INVOICE), a module of its own. */
import type { MessageBundle } from '../../i18n/index.js';
import { registerInvoicesFr } from './invoices.fr.js';

export const registerInvoicesMessages: MessageBundle = {
  id: 'safety-register',
  fr: registerInvoicesFr,
  en: async () => (await import('./invoices.en.js')).registerInvoicesEn,
};

/** SR-INVOICE's bundle (its historical name). */
export const safetyRegisterMessages: MessageBundle = registerInvoicesMessages;
