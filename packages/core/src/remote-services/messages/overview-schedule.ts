/**
 * X-I18N — the message bundle `rs.overview.schedule`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteOverviewScheduleFr } from './overview-schedule.fr.js';

/** RS-OVERVIEW: the schedule's texts, loaded with `<site-schedule>`. */
export const remoteOverviewScheduleMessages: MessageBundle = {
  id: 'rs.overview.schedule',
  fr: remoteOverviewScheduleFr,
  en: async () => (await import('./overview-schedule.en.js')).remoteOverviewScheduleEn,
};
