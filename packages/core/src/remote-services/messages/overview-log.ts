/**
 * X-I18N — the message bundle `rs.overview.log`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteOverviewLogFr } from './overview-log.fr.js';

/** RS-OVERVIEW: the site log's texts, loaded with `<site-event-log>`. */
export const remoteOverviewLogMessages: MessageBundle = {
  id: 'rs.overview.log',
  fr: remoteOverviewLogFr,
  en: async () => (await import('./overview-log.en.js')).remoteOverviewLogEn,
};
