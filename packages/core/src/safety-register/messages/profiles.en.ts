/** X-I18N — the English texts of SR-PROFILES: exactly the keys of `profiles.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerProfilesFr } from './profiles.fr.js';

export const registerProfilesEn: CatalogOf<typeof registerProfilesFr> = {

};
