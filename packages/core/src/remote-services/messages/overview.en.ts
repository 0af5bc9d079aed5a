/** X-I18N — the English texts of RS-OVERVIEW (exactly the keys of the French ones). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteOverviewFr, remoteOverviewMainFr } from './overview.fr.js';
import { remoteOverviewScheduleEn } from './overview-schedule.en.js';
import { remoteOverviewScheduleEditEn } from './overview-schedule-edit.en.js';
import { remoteOverviewLogEn } from './overview-log.en.js';
import { remoteOverviewTestModeEn } from './overview-test-mode.en.js';

export const remoteOverviewMainEn: CatalogOf<typeof remoteOverviewMainFr> = {
  'rs.overview.prompt': 'Choose a site in the list to see its overview.',
  'rs.overview.error': 'The site overview could not be loaded.',
  'rs.overview.officialName': 'Site name: {name}',
  'rs.overview.tabs': 'Site sections',
  'rs.overview.tab.systems': 'Systems',
  'rs.overview.tab.events': 'Events',
  'rs.overview.tab.call-lists': 'Call lists',
  'rs.overview.tab.contacts': 'Contacts',
  'rs.overview.tab.error': 'This section could not be loaded.',
  'rs.overview.systems.title': 'Alarm systems',
  'rs.overview.systems.empty': 'No alarm system on this site.',
  'rs.overview.remaining.hm': '{h} hr {m} min',
  'rs.overview.remaining.ms': '{m} min {s} sec',
  'rs.overview.remaining.s': '{s} sec',
  'rs.overview.testMode.title': 'Test mode',
  'rs.overview.testMode.help':
    'In test mode, signals from your systems trigger no response (they stay in the log). For your safety, test mode switches itself off at the end of the chosen duration.',
  'rs.overview.testMode.off': 'Test mode off',
  'rs.overview.testMode.on': 'Test mode on until {time}',
  'rs.overview.testMode.remaining': 'Time left: {duration}',
  'rs.overview.testMode.start': 'Start test mode',
  'rs.overview.testMode.stop': 'Stop test mode',
  'rs.overview.testMode.ended': 'Test mode has ended: monitoring has resumed.',
  'rs.overview.testMode.endsSoon': 'Test mode ends in one minute.',
  'rs.overview.testMode.error': 'The test mode status could not be loaded.',
} as const;

export const remoteOverviewEn: CatalogOf<typeof remoteOverviewFr> = /* @__PURE__ */ Object.assign(
  {},
  remoteOverviewMainEn,
  remoteOverviewScheduleEn,
  /* @__PURE__ */ Object.assign({}, remoteOverviewScheduleEditEn, remoteOverviewLogEn, remoteOverviewTestModeEn),
);
