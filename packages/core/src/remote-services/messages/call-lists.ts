/**
 * X-I18N — the message bundle `rs.call-lists`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteCallListsFr } from './call-lists.fr.js';

export const remoteCallListsMessages: MessageBundle = {
  id: 'rs.call-lists',
  fr: remoteCallListsFr,
  en: async () => (await import('./call-lists.en.js')).remoteCallListsEn,
};
