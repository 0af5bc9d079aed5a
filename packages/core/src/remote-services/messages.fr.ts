/** X-I18N — Remote Services' French messages (RS-*): the shared texts, then each part's. */
import { remoteCoreFr } from './messages/core.fr.js';
import { remoteSitesFr } from './messages/sites.fr.js';
import { remoteSiteFiltersFr } from './messages/sites-filters.fr.js';
import { remoteOverviewFr } from './messages/overview.fr.js';
import { remoteCallListsFr } from './messages/call-lists.fr.js';
import { remoteCallListsMergeFr } from './messages/call-lists-merge.fr.js';
import { remoteCallListsAddFr } from './messages/call-lists-add.fr.js';
import { remoteContactsFr } from './messages/contacts.fr.js';
import { remoteAlarmsFr } from './messages/alarms.fr.js';
import { remoteAlarmsCancelFr } from './messages/alarms-cancel.fr.js';
import { remoteIdPinFr } from './messages/id-pin.fr.js';
import { remoteIdPinEditsFr } from './messages/id-pin-edits.fr.js';
import { remoteOnboardingFr } from './messages/onboarding.fr.js';
import { remoteOnboardingLaterFr } from './messages/onboarding-later.fr.js';

export const remoteServicesFr = {
  ...remoteCoreFr,
  ...remoteSitesFr,
  ...remoteOverviewFr,
  ...remoteCallListsFr,
  ...remoteContactsFr,
  ...remoteAlarmsFr,
  ...remoteIdPinFr,
  ...remoteIdPinEditsFr,
  ...remoteOnboardingFr,
  ...remoteOnboardingLaterFr,
  ...remoteSiteFiltersFr,
  ...remoteAlarmsCancelFr,
  ...remoteCallListsMergeFr,
  ...remoteCallListsAddFr,
} as const;
