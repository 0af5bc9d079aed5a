/**
 * X-I18N — the message bundles of SR-SIGN: `sr.interventions` (the list's and the signature page's
 * first screens) and `sr.interventions.box` (the signature box, loaded with its code).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { interventionsListFr } from './interventions-list.fr.js';

export const registerInterventionsMessages: MessageBundle = {
  id: 'sr.interventions',
  fr: interventionsListFr,
  en: async () => (await import('./interventions.en.js')).registerInterventionsEn,
};
