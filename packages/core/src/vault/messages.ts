/** X-I18N — the vault's message bundle (French at hand, English on first use). */
import type { MessageBundle } from '../i18n/index.js';
import { vaultFr } from './messages.fr.js';

export const vaultMessages: MessageBundle = {
  id: 'vault',
  fr: vaultFr,
  en: async () => (await import('./messages.en.js')).vaultEn,
};
