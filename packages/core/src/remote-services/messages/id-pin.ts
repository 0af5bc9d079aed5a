/**
 * X-I18N — the message bundle `rs.id-pin`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteIdPinFr } from './id-pin.fr.js';

export const remoteIdPinMessages: MessageBundle = {
  id: 'rs.id-pin',
  fr: remoteIdPinFr,
  en: async () => (await import('./id-pin.en.js')).remoteIdPinEn,
};
