/**
 * X-I18N — Remote Services' message bundles: the shared texts (states, priorities, permission
 * levels), then one bundle per part. French is at hand, English is loaded on first use; each widget
 * names the bundles it shows (`static messages = [remoteCoreMessages, remoteSitesMessages]`).
 */
import type { MessageBundle } from '../i18n/index.js';
import { remoteCoreFr } from './messages/core.fr.js';
import { remoteSitesFr } from './messages/sites.fr.js';
import { remoteOverviewMainFr } from './messages/overview.fr.js';
import { remoteOverviewScheduleFr } from './messages/overview-schedule.fr.js';
import { remoteOverviewLogFr } from './messages/overview-log.fr.js';
import { remoteCallListsFr } from './messages/call-lists.fr.js';
import { remoteContactsFr } from './messages/contacts.fr.js';
import { remoteAlarmsFr } from './messages/alarms.fr.js';
import { remoteIdPinFr } from './messages/id-pin.fr.js';
import { remoteOnboardingFr } from './messages/onboarding.fr.js';

export const remoteCoreMessages: MessageBundle = {
  id: 'rs.core',
  fr: remoteCoreFr,
  en: async () => (await import('./messages/core.en.js')).remoteCoreEn,
};

export const remoteSitesMessages: MessageBundle = {
  id: 'rs.sites',
  fr: remoteSitesFr,
  en: async () => (await import('./messages/sites.en.js')).remoteSitesEn,
};

export const remoteOverviewMessages: MessageBundle = {
  id: 'rs.overview',
  fr: remoteOverviewMainFr,
  en: async () => (await import('./messages/overview.en.js')).remoteOverviewMainEn,
};

/** RS-OVERVIEW: the schedule's texts, loaded with `<site-schedule>`. */
export const remoteOverviewScheduleMessages: MessageBundle = {
  id: 'rs.overview.schedule',
  fr: remoteOverviewScheduleFr,
  en: async () => (await import('./messages/overview-schedule.en.js')).remoteOverviewScheduleEn,
};

/** RS-OVERVIEW: the site log's texts, loaded with `<site-event-log>`. */
export const remoteOverviewLogMessages: MessageBundle = {
  id: 'rs.overview.log',
  fr: remoteOverviewLogFr,
  en: async () => (await import('./messages/overview-log.en.js')).remoteOverviewLogEn,
};

export const remoteCallListsMessages: MessageBundle = {
  id: 'rs.call-lists',
  fr: remoteCallListsFr,
  en: async () => (await import('./messages/call-lists.en.js')).remoteCallListsEn,
};

export const remoteContactsMessages: MessageBundle = {
  id: 'rs.contacts',
  fr: remoteContactsFr,
  en: async () => (await import('./messages/contacts.en.js')).remoteContactsEn,
};

export const remoteAlarmsMessages: MessageBundle = {
  id: 'rs.alarms',
  fr: remoteAlarmsFr,
  en: async () => (await import('./messages/alarms.en.js')).remoteAlarmsEn,
};

export const remoteIdPinMessages: MessageBundle = {
  id: 'rs.id-pin',
  fr: remoteIdPinFr,
  en: async () => (await import('./messages/id-pin.en.js')).remoteIdPinEn,
};

export const remoteOnboardingMessages: MessageBundle = {
  id: 'rs.onboarding',
  fr: remoteOnboardingFr,
  en: async () => (await import('./messages/onboarding.en.js')).remoteOnboardingEn,
};

/** Every Remote Services bundle. */
export const remoteServicesMessages: readonly MessageBundle[] = [remoteCoreMessages, remoteSitesMessages, remoteOverviewMessages, remoteOverviewScheduleMessages, remoteOverviewLogMessages, remoteCallListsMessages, remoteContactsMessages, remoteAlarmsMessages, remoteIdPinMessages, remoteOnboardingMessages, ];
