/** X-I18N — the English texts of RS-ONB: exactly the keys of `onboarding.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteOnboardingFr } from './onboarding.fr.js';

export const remoteOnboardingEn: CatalogOf<typeof remoteOnboardingFr> = {};
