/** X-I18N — the English texts of SR-ANOMALY: exactly the keys of `anomalies.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerAnomaliesFr } from './anomalies.fr.js';
import { registerAnomaliesDetailsEn } from './anomalies-details.en.js';
import { registerAnomaliesListEn } from './anomalies-list.en.js';

export const registerAnomaliesEn: CatalogOf<typeof registerAnomaliesFr> = { ...registerAnomaliesListEn, ...registerAnomaliesDetailsEn };
