/** X-I18N — the message bundle `sr.anomalies`, a module of its own (a widget's chunk pulls only its bundles). */
import type { MessageBundle } from '../../i18n/index.js';
import { registerAnomaliesFr } from './anomalies.fr.js';

export const registerAnomaliesMessages: MessageBundle = {
  id: 'sr.anomalies',
  fr: registerAnomaliesFr,
  en: async () => (await import('./anomalies.en.js')).registerAnomaliesEn,
};
