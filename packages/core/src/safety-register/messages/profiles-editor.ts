/** X-I18N — the message bundle `sr.profiles.editor`: the texts of the profile editor (loaded on demand). */
import type { MessageBundle } from '../../i18n/index.js';
import { registerProfilesEditorFr } from './profiles-editor.fr.js';

export const registerProfilesEditorMessages: MessageBundle = {
  id: 'sr.profiles.editor',
  fr: registerProfilesEditorFr,
  en: async () => (await import('./profiles-editor.en.js')).registerProfilesEditorEn,
};
