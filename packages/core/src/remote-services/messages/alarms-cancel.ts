/**
 * X-I18N — the message bundle `rs.alarms.cancel`: the cancel confirmation's texts, a module of its
 * own so that they load with the confirmation, not with the list.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteAlarmsCancelFr } from './alarms-cancel.fr.js';

/** RS-ALARMS: the cancel confirmation's texts, loaded with it. */
export const remoteAlarmsCancelMessages: MessageBundle = {
  id: 'rs.alarms.cancel',
  fr: remoteAlarmsCancelFr,
  en: async () => (await import('./alarms-cancel.en.js')).remoteAlarmsCancelEn,
};
