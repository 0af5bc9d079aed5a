/** X-I18N — the English texts of RS-SITES: exactly the keys of `sites.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteSitesFr } from './sites.fr.js';

export const remoteSitesEn: CatalogOf<typeof remoteSitesFr> = {};
