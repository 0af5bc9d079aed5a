/**
 * X-I18N — the message bundle `rs.onboarding`, a module of its own so that a page carries only the French
 * texts of the widgets it loads (a widget's chunk pulls its bundle; English loads on first use).
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteOnboardingFr } from './onboarding.fr.js';

export const remoteOnboardingMessages: MessageBundle = {
  id: 'rs.onboarding',
  fr: remoteOnboardingFr,
  en: async () => (await import('./onboarding.en.js')).remoteOnboardingEn,
};
