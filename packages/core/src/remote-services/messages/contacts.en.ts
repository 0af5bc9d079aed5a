/** X-I18N — the English texts of RS-CONTACTS: exactly the keys of `contacts.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteContactsFr } from './contacts.fr.js';

export const remoteContactsEn: CatalogOf<typeof remoteContactsFr> = {};
