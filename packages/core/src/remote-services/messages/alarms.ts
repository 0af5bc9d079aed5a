/**
 * X-I18N — the message bundle `rs.alarms`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteAlarmsFr } from './alarms.fr.js';

export const remoteAlarmsMessages: MessageBundle = {
  id: 'rs.alarms',
  fr: remoteAlarmsFr,
  en: async () => (await import('./alarms.en.js')).remoteAlarmsEn,
};
