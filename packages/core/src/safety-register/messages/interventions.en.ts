/** X-I18N — the English texts of SR-SIGN (the interventions): exactly the keys of `interventions.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerInterventionsFr } from './interventions.fr.js';

export const registerInterventionsEn: CatalogOf<typeof registerInterventionsFr> = {

};
