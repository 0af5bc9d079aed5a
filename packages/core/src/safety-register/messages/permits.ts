/** X-I18N — the message bundle `sr.permits`, a module of its own (a widget's chunk pulls only its bundles). */
import type { MessageBundle } from '../../i18n/index.js';
import { registerPermitsFr } from './permits.fr.js';

export const registerPermitsMessages: MessageBundle = {
  id: 'sr.permits',
  fr: registerPermitsFr,
  en: async () => (await import('./permits.en.js')).registerPermitsEn,
};
