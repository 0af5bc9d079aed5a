/** X-I18N — the message bundle `sr.interventions.box`: the texts of the signature box, a bundle of its own (loaded with the box). */
import type { MessageBundle } from '../../i18n/index.js';
import { interventionsBoxFr } from './interventions-box.fr.js';

export const registerInterventionsBoxMessages: MessageBundle = {
  id: 'sr.interventions.box',
  fr: interventionsBoxFr,
  en: async () => (await import('./interventions.en.js')).registerInterventionsEn,
};
