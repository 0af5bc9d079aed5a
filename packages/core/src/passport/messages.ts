/** X-I18N — the safety passport's message bundle (French at hand, English on first use). */
import type { MessageBundle } from '../i18n/index.js';
import { passportFr } from './messages.fr.js';

export const passportMessages: MessageBundle = {
  id: 'passport',
  fr: passportFr,
  en: async () => (await import('./messages.en.js')).passportEn,
};
