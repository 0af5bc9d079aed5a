/** X-I18N — the message bundle `sr.access`, a module of its own (a widget's chunk pulls only its bundles). */
import type { MessageBundle } from '../../i18n/index.js';
import { registerAccessFr } from './access.fr.js';

export const registerAccessMessages: MessageBundle = {
  id: 'sr.access',
  fr: registerAccessFr,
  en: async () => (await import('./access.en.js')).registerAccessEn,
};
