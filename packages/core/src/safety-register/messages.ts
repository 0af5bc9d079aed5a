/**
 * X-I18N — the safety register's message bundles, one per part (`messages/<part>.ts`), so a page
 * carries only the French texts of the widgets it loads. English loads on first use.
 */
import type { MessageBundle } from '../i18n/index.js';
import { registerInvoicesMessages } from './messages/invoices.js';
import { registerAccessMessages } from './messages/access.js';
import { registerProfilesMessages } from './messages/profiles.js';
import { registerInterventionsMessages } from './messages/interventions.js';
import { registerReportsMessages } from './messages/reports.js';
import { registerAnomaliesMessages } from './messages/anomalies.js';
import { registerPermitsMessages } from './messages/permits.js';
import { registerInvoicePaymentMessages } from './messages/invoice-payment.js';

export {
  registerInvoicesMessages,
  registerAccessMessages,
  registerProfilesMessages,
  registerInterventionsMessages,
  registerReportsMessages,
  registerAnomaliesMessages,
  registerPermitsMessages,
  registerInvoicePaymentMessages,
};

// SR-INVOICE's bundle under its historical name, defined beside it: a page that imports it does not
// import this file's every bundle (issue 11, point 8: esbuild would load them up front).
export { safetyRegisterMessages } from './messages/invoices.js';

/** Every safety-register bundle. */
export const safetyRegisterAllMessages: readonly MessageBundle[] = [
  registerInvoicesMessages,
  registerAccessMessages,
  registerProfilesMessages,
  registerInterventionsMessages,
  registerReportsMessages,
  registerAnomaliesMessages,
  registerPermitsMessages,
  registerInvoicePaymentMessages,
];
