/** X-I18N — the safety register's French messages (SR-*): one module per part, in `messages/`. */
import { registerInvoicesFr } from './messages/invoices.fr.js';
import { registerAccessFr } from './messages/access.fr.js';
import { registerProfilesFr } from './messages/profiles.fr.js';
import { registerInterventionsFr } from './messages/interventions.fr.js';
import { registerReportsFr } from './messages/reports.fr.js';
import { registerAnomaliesFr } from './messages/anomalies.fr.js';
import { registerPermitsFr } from './messages/permits.fr.js';
import { registerInvoicePaymentFr } from './messages/invoice-payment.fr.js';

export const safetyRegisterFr = {
  ...registerInvoicesFr,
  ...registerAccessFr,
  ...registerProfilesFr,
  ...registerInterventionsFr,
  ...registerReportsFr,
  ...registerAnomaliesFr,
  ...registerPermitsFr,
  ...registerInvoicePaymentFr,
} as const;
