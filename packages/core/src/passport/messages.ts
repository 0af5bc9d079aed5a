/**
 * X-I18N — the safety passport's message bundles: the texts of the core rules (field issues,
 * regions, profiles, states, modules), then one bundle per widget. French is at hand, English is
 * loaded on first use; each widget names the bundles it shows, so a page with the roster alone
 * does not carry the registration's or the company profile's texts.
 */
import type { MessageBundle } from '../i18n/index.js';
import { passportCompanyFr } from './messages/company.fr.js';
import { passportCoreFr } from './messages/core.fr.js';
import { passportEnrollmentFr } from './messages/enrollment.fr.js';
import { passportLoginFr } from './messages/login.fr.js';
import { passportRegistrationFr } from './messages/registration.fr.js';
import { passportRosterFr } from './messages/roster.fr.js';
import { passportSpacesFr } from './messages/spaces.fr.js';
import { passportViewFr } from './messages/view.fr.js';

/** Field issues, regions, profiles, states, modules: every passport widget needs them. */
export const passportCoreMessages: MessageBundle = {
  id: 'passport',
  fr: passportCoreFr,
  en: async () => (await import('./messages/core.en.js')).passportCoreEn,
};

export const passportRegistrationMessages: MessageBundle = {
  id: 'passport.registration',
  fr: passportRegistrationFr,
  en: async () => (await import('./messages/registration.en.js')).passportRegistrationEn,
};

export const passportLoginMessages: MessageBundle = {
  id: 'passport.login',
  fr: passportLoginFr,
  en: async () => (await import('./messages/login.en.js')).passportLoginEn,
};

export const passportCompanyMessages: MessageBundle = {
  id: 'passport.company',
  fr: passportCompanyFr,
  en: async () => (await import('./messages/company.en.js')).passportCompanyEn,
};

export const passportSpacesMessages: MessageBundle = {
  id: 'passport.spaces',
  fr: passportSpacesFr,
  en: async () => (await import('./messages/spaces.en.js')).passportSpacesEn,
};

export const passportEnrollmentMessages: MessageBundle = {
  id: 'passport.enrollment',
  fr: passportEnrollmentFr,
  en: async () => (await import('./messages/enrollment.en.js')).passportEnrollmentEn,
};

export const passportRosterMessages: MessageBundle = {
  id: 'passport.roster',
  fr: passportRosterFr,
  en: async () => (await import('./messages/roster.en.js')).passportRosterEn,
};

/** `<passport-view>` (PP-ROSTER « Voir le passeport »). */
export const passportViewMessages: MessageBundle = {
  id: 'passport.view',
  fr: passportViewFr,
  en: async () => (await import('./messages/view.en.js')).passportViewEn,
};

/** Every passport bundle (a host or a test that wants all the texts at once). */
export const passportMessages: readonly MessageBundle[] = [
  passportCoreMessages,
  passportRegistrationMessages,
  passportLoginMessages,
  passportCompanyMessages,
  passportSpacesMessages,
  passportEnrollmentMessages,
  passportRosterMessages,
  passportViewMessages,
];
