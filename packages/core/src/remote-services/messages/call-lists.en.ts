/** X-I18N — the English texts of RS-CALL: exactly the keys of `call-lists.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteCallListsFr } from './call-lists.fr.js';

export const remoteCallListsEn: CatalogOf<typeof remoteCallListsFr> = {};
