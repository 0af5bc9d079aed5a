/**
 * X-I18N — the message bundle `rs.overview`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteOverviewMainFr } from './overview.fr.js';

export const remoteOverviewMessages: MessageBundle = {
  id: 'rs.overview',
  fr: remoteOverviewMainFr,
  en: async () => (await import('./overview.en.js')).remoteOverviewMainEn,
};
