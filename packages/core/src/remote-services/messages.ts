/**
 * X-I18N — Remote Services' message bundles: the shared texts (states, priorities, permission
 * levels), then one bundle per part. French is at hand, English is loaded on first use; each widget
 * names the bundles it shows (`static messages = [remoteCoreMessages, remoteSitesMessages]`).
 *
 * Each bundle is a module of its own (`messages/<part>.ts`): a bundler places it, with its French
 * texts, in the chunk of the widgets that use it. Defined together in one module, every bundle used
 * anywhere on a page landed in the page's first chunk (the overview's carried the call lists' and
 * contacts' French texts before either tab opened).
 */
import type { MessageBundle } from '../i18n/index.js';
import { remoteCoreMessages } from './messages/core.js';
import { remoteSitesMessages } from './messages/sites.js';
import { remoteSiteFiltersMessages } from './messages/sites-filters.js';
import { remoteOverviewMessages } from './messages/overview.js';
import { remoteOverviewScheduleMessages } from './messages/overview-schedule.js';
import { remoteOverviewScheduleEditMessages } from './messages/overview-schedule-edit.js';
import { remoteOverviewTestModeMessages } from './messages/overview-test-mode.js';
import { remoteOverviewLogMessages } from './messages/overview-log.js';
import { remoteCallListsMessages } from './messages/call-lists.js';
import { remoteCallListsMergeMessages } from './messages/call-lists-merge.js';
import { remoteCallListsAddMessages } from './messages/call-lists-add.js';
import { remoteContactsMessages } from './messages/contacts.js';
import { remoteContactsDialogsMessages } from './messages/contacts-dialogs.js';
import { remoteAlarmsMessages } from './messages/alarms.js';
import { remoteAlarmsCancelMessages } from './messages/alarms-cancel.js';
import { remoteIdPinMessages } from './messages/id-pin.js';
import { remoteIdPinEditsMessages } from './messages/id-pin-edits.js';
import { remoteOnboardingMessages } from './messages/onboarding.js';
import { remoteOnboardingLaterMessages } from './messages/onboarding-later.js';

export {
  remoteCoreMessages,
  remoteSitesMessages,
  remoteOverviewMessages,
  remoteOverviewScheduleMessages,
  remoteOverviewLogMessages,
  remoteCallListsMessages,
  remoteContactsMessages,
  remoteAlarmsMessages,
  remoteIdPinMessages,
  remoteIdPinEditsMessages,
  remoteOnboardingMessages,
  remoteOnboardingLaterMessages,
  remoteSiteFiltersMessages,
  remoteOverviewScheduleEditMessages,
  remoteAlarmsCancelMessages,
  remoteContactsDialogsMessages,
  remoteCallListsMergeMessages,
  remoteCallListsAddMessages,
  remoteOverviewTestModeMessages,
};

/** Every Remote Services bundle. */
export const remoteServicesMessages: readonly MessageBundle[] = [
  remoteCoreMessages,
  remoteSitesMessages,
  remoteOverviewMessages,
  remoteOverviewScheduleMessages,
  remoteOverviewLogMessages,
  remoteCallListsMessages,
  remoteContactsMessages,
  remoteAlarmsMessages,
  remoteIdPinMessages,
  remoteIdPinEditsMessages,
  remoteOnboardingMessages,
  remoteOnboardingLaterMessages,
  remoteSiteFiltersMessages,
  remoteOverviewScheduleEditMessages,
  remoteAlarmsCancelMessages,
  remoteContactsDialogsMessages,
  remoteCallListsMergeMessages,
  remoteCallListsAddMessages,
  remoteOverviewTestModeMessages,
];
