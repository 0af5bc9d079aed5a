/**
 * X-I18N — the message bundle `rs.contacts`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteContactsMainFr } from './contacts.fr.js';

export const remoteContactsMessages: MessageBundle = {
  id: 'rs.contacts',
  fr: remoteContactsMainFr,
  en: async () => (await import('./contacts.en.js')).remoteContactsMainEn,
};
