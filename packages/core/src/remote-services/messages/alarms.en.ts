/** X-I18N — the English texts of RS-ALARMS: exactly the keys of `alarms.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteAlarmsFr } from './alarms.fr.js';

export const remoteAlarmsEn: CatalogOf<typeof remoteAlarmsFr> = {
  'rs.alarms.title': 'Active alarms',
  'rs.alarms.title-site': 'Open alarms',
  'rs.alarms.loading': 'Loading the alarms…',
  'rs.alarms.empty': 'No active alarm. New alarms will show up here by themselves.',
  'rs.alarms.empty-site': 'No open alarm on this site.',
  'rs.alarms.error': 'The alarms could not be loaded.',
  'rs.alarms.link.connecting': 'Connecting to live updates…',
  'rs.alarms.link.live': 'Live',
  'rs.alarms.link.reconnecting': 'Connection lost, reconnecting…',
  'rs.alarms.link.polling': 'Updated every {seconds} s',
  'rs.alarms.age.now': 'just now',
  'rs.alarms.age.minutes': '{count} min ago',
  'rs.alarms.age.hours': '{count, plural, one {# hour ago} other {# hours ago}}',
  'rs.alarms.age.days': '{count, plural, one {# day ago} other {# days ago}}',
  'rs.alarms.raised-at': 'Raised {age}, at {time}',
  'rs.alarms.dispatched': 'Patrol dispatched at {time}',
  'rs.alarms.not-dispatched': 'No patrol dispatched yet',
  'rs.alarms.never-cancel': 'Priority 1 (fire, panic…): for safety reasons, this alarm cannot be cancelled.',
  'rs.alarms.no-cancel-dispatched': 'The patrol is on its way: the alarm can no longer be cancelled.',
  'rs.alarms.cancel': 'Cancel the alarm',
  'rs.alarms.cancel-label': 'Cancel the alarm: priority {priority}, {site}, {zone}',
  'rs.alarms.new-one': 'New alarm, priority {priority}, {kind}: {site}, {zone}.',
  'rs.alarms.new-many': '{count, plural, one {# new alarm} other {# new alarms}}, the most urgent of priority {top}.',
} as const;
