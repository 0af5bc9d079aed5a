/** X-I18N — the message bundle `sr.interventions`, a module of its own (a widget's chunk pulls only its bundles). */
import type { MessageBundle } from '../../i18n/index.js';
import { registerInterventionsFr } from './interventions.fr.js';

export const registerInterventionsMessages: MessageBundle = {
  id: 'sr.interventions',
  fr: registerInterventionsFr,
  en: async () => (await import('./interventions.en.js')).registerInterventionsEn,
};
