/** X-I18N — the English texts of SR-OBS (observations from PDF reports): exactly the keys of `reports.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerReportsFr } from './reports.fr.js';

export const registerReportsEn: CatalogOf<typeof registerReportsFr> = {

};
