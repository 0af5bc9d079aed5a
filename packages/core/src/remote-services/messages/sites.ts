/**
 * X-I18N — the message bundle `rs.sites`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteSitesFr } from './sites.fr.js';

export const remoteSitesMessages: MessageBundle = {
  id: 'rs.sites',
  fr: remoteSitesFr,
  en: async () => (await import('./sites.en.js')).remoteSitesEn,
};
