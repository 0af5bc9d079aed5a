/** X-I18N — the English texts of RS-SITES' filter panel: exactly the keys of `sites-filters.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteSiteFiltersFr } from './sites-filters.fr.js';

export const remoteSiteFiltersEn: CatalogOf<typeof remoteSiteFiltersFr> = {
  'rs.sites.location.label': 'Location',
  'rs.sites.location.placeholder': 'Town or postcode',
  'rs.sites.testMode.legend': 'Test mode',
  'rs.sites.testMode.all': 'All',
  'rs.sites.testMode.on': 'On',
  'rs.sites.testMode.off': 'Off',
};
