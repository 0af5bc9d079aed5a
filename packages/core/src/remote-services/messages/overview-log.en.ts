/** X-I18N — the English texts of the RS-OVERVIEW site log (exactly the keys of the French ones). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteOverviewLogFr } from './overview-log.fr.js';

export const remoteOverviewLogEn: CatalogOf<typeof remoteOverviewLogFr> = {
  'rs.overview.log.title': 'Site log',
  'rs.overview.log.filters': 'Filter the log',
  'rs.overview.log.kinds': 'Kinds of events',
  'rs.overview.log.group.arming': 'Arming',
  'rs.overview.log.group.alarm': 'Alarms',
  'rs.overview.log.group.test-mode': 'Test mode',
  'rs.overview.log.group.schedule': 'Hours',
  'rs.overview.log.from': 'From',
  'rs.overview.log.to': 'To',
  'rs.overview.log.count': '{count, plural, =0 {No event} one {# event} other {# events}}',
  'rs.overview.log.empty': 'No event matches these filters.',
  'rs.overview.log.error': 'The site log could not be loaded.',
  'rs.overview.log.reset': 'Clear the filters',
  'rs.overview.log.by': 'by {actor}',
  'rs.overview.log.kind.armed': 'System armed',
  'rs.overview.log.kind.partial': 'Partly armed',
  'rs.overview.log.kind.disarmed': 'System disarmed',
  'rs.overview.log.kind.alarm': 'Alarm',
  'rs.overview.log.kind.alarm-cancelled': 'Alarm cancelled',
  'rs.overview.log.kind.test-mode-on': 'Test mode started',
  'rs.overview.log.kind.test-mode-off': 'Test mode ended',
  'rs.overview.log.kind.schedule-changed': 'Temporary hours changed',
};
