/** X-I18N — Remote Services' French messages (RS-*): the shared texts, then each part's. */
import { remoteCoreFr } from './messages/core.fr.js';
import { remoteSitesFr } from './messages/sites.fr.js';
import { remoteOverviewFr } from './messages/overview.fr.js';
import { remoteCallListsFr } from './messages/call-lists.fr.js';
import { remoteCallListsMergeFr } from './messages/call-lists-merge.fr.js';
import { remoteCallListsAddFr } from './messages/call-lists-add.fr.js';
import { remoteContactsFr } from './messages/contacts.fr.js';
import { remoteAlarmsFr } from './messages/alarms.fr.js';
import { remoteIdPinFr } from './messages/id-pin.fr.js';
import { remoteOnboardingFr } from './messages/onboarding.fr.js';

export const remoteServicesFr = { ...remoteCoreFr, ...remoteSitesFr, ...remoteOverviewFr, ...remoteCallListsFr, ...remoteCallListsMergeFr, ...remoteCallListsAddFr, ...remoteContactsFr, ...remoteAlarmsFr, ...remoteIdPinFr, ...remoteOnboardingFr, } as const;
