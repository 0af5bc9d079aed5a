/** X-I18N — the safety register's message bundle (French at hand, English on first use). */
import type { MessageBundle } from '../i18n/index.js';
import { safetyRegisterFr } from './messages.fr.js';

export const safetyRegisterMessages: MessageBundle = {
  id: 'safety-register',
  fr: safetyRegisterFr,
  en: async () => (await import('./messages.en.js')).safetyRegisterEn,
};
