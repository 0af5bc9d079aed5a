/** X-I18N — Remote Services' English messages: exactly the keys of the French ones. */
import type { CatalogOf } from '../i18n/fr.js';
import type { remoteServicesFr } from './messages.fr.js';
import { remoteCoreEn } from './messages/core.en.js';
import { remoteSitesEn } from './messages/sites.en.js';
import { remoteSiteFiltersEn } from './messages/sites-filters.en.js';
import { remoteOverviewEn } from './messages/overview.en.js';
import { remoteCallListsEn } from './messages/call-lists.en.js';
import { remoteCallListsMergeEn } from './messages/call-lists-merge.en.js';
import { remoteCallListsAddEn } from './messages/call-lists-add.en.js';
import { remoteContactsEn } from './messages/contacts.en.js';
import { remoteAlarmsEn } from './messages/alarms.en.js';
import { remoteAlarmsCancelEn } from './messages/alarms-cancel.en.js';
import { remoteIdPinEn } from './messages/id-pin.en.js';
import { remoteIdPinEditsEn } from './messages/id-pin-edits.en.js';
import { remoteOnboardingEn } from './messages/onboarding.en.js';
import { remoteOnboardingLaterEn } from './messages/onboarding-later.en.js';

export const remoteServicesEn: CatalogOf<typeof remoteServicesFr> = {
  ...remoteCoreEn,
  ...remoteSitesEn,
  ...remoteOverviewEn,
  ...remoteCallListsEn,
  ...remoteContactsEn,
  ...remoteAlarmsEn,
  ...remoteIdPinEn,
  ...remoteIdPinEditsEn,
  ...remoteOnboardingEn,
  ...remoteOnboardingLaterEn,
  ...remoteSiteFiltersEn,
  ...remoteAlarmsCancelEn,
  ...remoteCallListsMergeEn,
  ...remoteCallListsAddEn,
};
