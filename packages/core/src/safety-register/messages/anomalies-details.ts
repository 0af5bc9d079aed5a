/**
 * X-I18N — the message bundle `sr.anomalies.details`: the texts of an anomaly's dialog (details,
 * history, request form), loaded with the dialog's code, never with the list.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { registerAnomaliesDetailsFr } from './anomalies-details.fr.js';

export const registerAnomaliesDetailsMessages: MessageBundle = {
  id: 'sr.anomalies.details',
  fr: registerAnomaliesDetailsFr,
  en: async () => (await import('./anomalies-details.en.js')).registerAnomaliesDetailsEn,
};
