/**
 * X-I18N — the message bundles of SR-ANOMALY, modules of their own (a widget's chunk pulls only its
 * bundles): `sr.anomalies`, the list (first screen); `sr.anomalies.details`, the dialog (on demand).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { registerAnomaliesListFr } from './anomalies-list.fr.js';

export const registerAnomaliesMessages: MessageBundle = {
  id: 'sr.anomalies',
  fr: registerAnomaliesListFr,
  en: async () => (await import('./anomalies-list.en.js')).registerAnomaliesListEn,
};
