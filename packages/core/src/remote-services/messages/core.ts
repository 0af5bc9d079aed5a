/**
 * X-I18N — the message bundle `rs.core`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteCoreFr } from './core.fr.js';

export const remoteCoreMessages: MessageBundle = {
  id: 'rs.core',
  fr: remoteCoreFr,
  en: async () => (await import('./core.en.js')).remoteCoreEn,
};
