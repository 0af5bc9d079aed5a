/**
 * X-I18N — the message bundle `rs.overview.schedule-edit`: the schedule editor's texts, a module of
 * its own so that they load with the editor (when the user asks to edit), not with the schedule.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteOverviewScheduleEditFr } from './overview-schedule-edit.fr.js';

/** RS-OVERVIEW: the schedule editor's texts, loaded with the editor. */
export const remoteOverviewScheduleEditMessages: MessageBundle = {
  id: 'rs.overview.schedule-edit',
  fr: remoteOverviewScheduleEditFr,
  en: async () => (await import('./overview-schedule-edit.en.js')).remoteOverviewScheduleEditEn,
};
