/**
 * X-I18N — the message bundles of SR-PROFILES, modules of their own: `sr.profiles` (the first screen)
 * and `sr.profiles.editor` (the editor, loaded with it on demand).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { registerProfilesListFr } from './profiles-list.fr.js';

export const registerProfilesMessages: MessageBundle = {
  id: 'sr.profiles',
  fr: registerProfilesListFr,
  en: async () => (await import('./profiles-list.en.js')).registerProfilesListEn,
};
