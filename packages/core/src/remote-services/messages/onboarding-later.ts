/**
 * X-I18N — the message bundle `rs.onboarding.later`: the texts of RS-ONB's later steps (those no
 * arrival lands on), a module of its own so that they load with those steps' on-demand module, not
 * with the widget (English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteOnboardingLaterFr } from './onboarding-later.fr.js';

/** RS-ONB: the e-mail, terms, ID & PIN, contact details, success and « exited » texts, loaded with their views. */
export const remoteOnboardingLaterMessages: MessageBundle = {
  id: 'rs.onboarding.later',
  fr: remoteOnboardingLaterFr,
  en: async () => (await import('./onboarding-later.en.js')).remoteOnboardingLaterEn,
};
