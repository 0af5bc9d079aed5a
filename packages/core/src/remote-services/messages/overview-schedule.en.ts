/** X-I18N — the English texts of the RS-OVERVIEW schedule (exactly the keys of the French ones). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteOverviewScheduleFr } from './overview-schedule.fr.js';

export const remoteOverviewScheduleEn: CatalogOf<typeof remoteOverviewScheduleFr> = {
  'rs.overview.weekday.0': 'Mon',
  'rs.overview.weekday.1': 'Tue',
  'rs.overview.weekday.2': 'Wed',
  'rs.overview.weekday.3': 'Thu',
  'rs.overview.weekday.4': 'Fri',
  'rs.overview.weekday.5': 'Sat',
  'rs.overview.weekday.6': 'Sun',
  'rs.overview.schedule.title': 'Monitoring schedule',
  'rs.overview.schedule.help': 'Opening hours of the site, from today to 30 days ahead. Outside these hours the alarm must be on.',
  'rs.overview.schedule.days': 'Days of the schedule',
  'rs.overview.schedule.closed': 'Closed, alarm on all day',
  'rs.overview.schedule.range': '{start} to {end}',
  'rs.overview.schedule.today': 'Today',
  'rs.overview.schedule.temporary': 'Temporary hours',
  'rs.overview.schedule.weekly': 'Usual hours',
  'rs.overview.schedule.reason': 'Reason: {reason}',
  'rs.overview.schedule.add': 'Add temporary hours',
  'rs.overview.schedule.edit': 'Edit',
  'rs.overview.schedule.editLabel': 'Edit the temporary hours of {date}',
  'rs.overview.schedule.changeDayLabel': 'Edit the hours of {date}',
  'rs.overview.schedule.remove': 'Remove',
  'rs.overview.schedule.removeLabel': 'Remove the temporary hours of {date}',
  'rs.overview.schedule.error': 'The monitoring schedule could not be loaded.',
};
