/** X-I18N — the English texts of RS-OVERVIEW: exactly the keys of `overview.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteOverviewFr } from './overview.fr.js';

export const remoteOverviewEn: CatalogOf<typeof remoteOverviewFr> = {};
