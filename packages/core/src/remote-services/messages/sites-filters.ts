/**
 * X-I18N — the message bundle `rs.sites.filters`: the texts of `<site-list>`'s filter panel, a
 * module of its own so that they load with the panel (on demand), not with the list.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteSiteFiltersFr } from './sites-filters.fr.js';

/** RS-SITES: the filter panel's texts (location, test mode), loaded when the user opens it. */
export const remoteSiteFiltersMessages: MessageBundle = {
  id: 'rs.sites.filters',
  fr: remoteSiteFiltersFr,
  en: async () => (await import('./sites-filters.en.js')).remoteSiteFiltersEn,
};
