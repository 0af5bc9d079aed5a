/** X-I18N — the English texts of changing the RS-OVERVIEW test mode (exactly the keys of the French ones). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteOverviewTestModeFr } from './overview-test-mode.fr.js';

export const remoteOverviewTestModeEn: CatalogOf<typeof remoteOverviewTestModeFr> = {
  'rs.overview.minutes': '{count} min',
  'rs.overview.hours': '{count, plural, one {# hour} other {# hours}}',
  'rs.overview.testMode.duration': 'Test mode duration',
  'rs.overview.testMode.started': 'Test mode on until {time}.',
  'rs.overview.testMode.stopped': 'Test mode stopped: monitoring has resumed.',
  'rs.overview.testMode.startFailed': 'Test mode could not be started. Try again.',
  'rs.overview.testMode.stopFailed': 'Test mode could not be stopped. Try again.',
  'rs.overview.testMode.go': 'Start',
};
