/** X-I18N — the English texts of SR-PERMIT: exactly the keys of `permits.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerPermitsFr } from './permits.fr.js';

export const registerPermitsEn: CatalogOf<typeof registerPermitsFr> = {

};
