/**
 * X-I18N — the message bundle `rs.onboarding.session`: the texts of RS-ONB's steps after the log-in,
 * a module of its own so that they load with those steps' on-demand module, not with the widget
 * (English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteOnboardingSessionFr } from './onboarding-session.fr.js';

/** RS-ONB: the terms, ID & PIN, contact details and success texts, loaded on the log-in's submit. */
export const remoteOnboardingSessionMessages: MessageBundle = {
  id: 'rs.onboarding.session',
  fr: remoteOnboardingSessionFr,
  en: async () => (await import('./onboarding-session.en.js')).remoteOnboardingSessionEn,
};
