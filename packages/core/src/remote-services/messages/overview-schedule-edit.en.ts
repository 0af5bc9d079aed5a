/** X-I18N — the English texts of the RS-OVERVIEW schedule editor (exactly the keys of the French ones). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteOverviewScheduleEditFr } from './overview-schedule-edit.fr.js';

export const remoteOverviewScheduleEditEn: CatalogOf<typeof remoteOverviewScheduleEditFr> = {
  'rs.overview.schedule.form.add': 'New temporary hours',
  'rs.overview.schedule.form.edit': 'Edit temporary hours',
  'rs.overview.schedule.form.date': 'Date',
  'rs.overview.schedule.form.ranges': 'Opening hours',
  'rs.overview.schedule.form.rangesHelp': '24-hour times, for example 08:30. With no range, the site is closed and the alarm on all day.',
  'rs.overview.schedule.form.start': 'Opens',
  'rs.overview.schedule.form.end': 'Closes',
  'rs.overview.schedule.form.rangeN': 'Range {n}',
  'rs.overview.schedule.form.addRange': 'Add a range',
  'rs.overview.schedule.form.removeRange': 'Remove range {n}',
  'rs.overview.schedule.form.reason': 'Reason (optional)',
  'rs.overview.schedule.form.save': 'Save',
  'rs.overview.schedule.form.saving': 'Saving…',
  'rs.overview.schedule.form.cancel': 'Cancel',
  'rs.overview.schedule.issue.required': 'This field is required.',
  'rs.overview.schedule.issue.date-format': 'Choose a date from the list.',
  'rs.overview.schedule.issue.past': 'This date has passed.',
  'rs.overview.schedule.issue.beyond-horizon': 'The schedule can be changed at most 30 days ahead.',
  'rs.overview.schedule.issue.date-taken': 'This day already has temporary hours: edit them.',
  'rs.overview.schedule.issue.time-format': 'Enter a 24-hour time, for example 08:30 or 17:45.',
  'rs.overview.schedule.issue.end-before-start': 'Closing must come after opening.',
  'rs.overview.schedule.issue.overlap': 'This range overlaps another range of the same day.',
  'rs.overview.schedule.issue.too-many-ranges': 'At most four ranges a day.',
  'rs.overview.schedule.issue.too-long': 'The reason is too long (120 characters at most).',
  'rs.overview.schedule.saved': 'Temporary hours of {date} saved.',
  'rs.overview.schedule.saveFailed': 'The temporary hours were not saved. What you entered is kept: try again.',
  'rs.overview.schedule.removed': 'Temporary hours of {date} removed.',
  'rs.overview.schedule.removeFailed': 'The temporary hours could not be removed. Try again.',
};
