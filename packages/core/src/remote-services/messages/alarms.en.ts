/** X-I18N — the English texts of RS-ALARMS: exactly the keys of `alarms.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteAlarmsFr } from './alarms.fr.js';

export const remoteAlarmsEn: CatalogOf<typeof remoteAlarmsFr> = {};
