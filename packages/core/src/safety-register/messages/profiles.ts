/** X-I18N — the message bundle `sr.profiles`, a module of its own (a widget's chunk pulls only its bundles). */
import type { MessageBundle } from '../../i18n/index.js';
import { registerProfilesFr } from './profiles.fr.js';

export const registerProfilesMessages: MessageBundle = {
  id: 'sr.profiles',
  fr: registerProfilesFr,
  en: async () => (await import('./profiles.en.js')).registerProfilesEn,
};
