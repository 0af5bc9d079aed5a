/** X-I18N — the safety register's English messages: exactly the keys of the French ones. */
import type { CatalogOf } from '../i18n/fr.js';
import type { safetyRegisterFr } from './messages.fr.js';
import { registerInvoicesEn } from './messages/invoices.en.js';
import { registerAccessEn } from './messages/access.en.js';
import { registerProfilesEn } from './messages/profiles.en.js';
import { registerInterventionsEn } from './messages/interventions.en.js';
import { registerReportsEn } from './messages/reports.en.js';
import { registerAnomaliesEn } from './messages/anomalies.en.js';
import { registerPermitsEn } from './messages/permits.en.js';
import { registerInvoicePaymentEn } from './messages/invoice-payment.en.js';

export const safetyRegisterEn: CatalogOf<typeof safetyRegisterFr> = {
  ...registerInvoicesEn,
  ...registerAccessEn,
  ...registerProfilesEn,
  ...registerInterventionsEn,
  ...registerReportsEn,
  ...registerAnomaliesEn,
  ...registerPermitsEn,
  ...registerInvoicePaymentEn,
};
