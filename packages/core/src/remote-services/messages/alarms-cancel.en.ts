/** X-I18N — the English texts of the RS-ALARMS cancel confirmation (exactly the keys of the French ones). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteAlarmsCancelFr } from './alarms-cancel.fr.js';

export const remoteAlarmsCancelEn: CatalogOf<typeof remoteAlarmsCancelFr> = {
  'rs.alarms.cancelling': 'Cancelling…',
  'rs.alarms.confirm.title': 'Cancel this alarm?',
  'rs.alarms.confirm.body': 'Securitas will not send a patrol for this alarm. Only cancel it if it is certainly a false alarm.',
  'rs.alarms.confirm.yes': 'Yes, cancel the alarm',
  'rs.alarms.confirm.keep': 'No, keep the alarm',
  'rs.alarms.cancelled': 'Alarm cancelled: {site}, {zone}.',
  'rs.alarms.cancel-failed': 'The alarm could not be cancelled ({site}, {zone}). Check your connection and try again.',
  'rs.alarms.refused.priority-1': 'A priority 1 alarm cannot be cancelled, for safety reasons ({site}, {zone}).',
  'rs.alarms.refused.dispatched': 'The patrol has already been dispatched: the alarm can no longer be cancelled ({site}, {zone}).',
  'rs.alarms.refused.already-cancelled': 'This alarm is already cancelled ({site}, {zone}).',
  'rs.alarms.refused.not-found': 'This alarm is no longer active ({site}, {zone}).',
};
