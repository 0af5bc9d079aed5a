/** X-I18N — the English texts of RS-CALL's combobox: exactly the keys of `call-lists-add.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteCallListsAddFr } from './call-lists-add.fr.js';

export const remoteCallListsAddEn: CatalogOf<typeof remoteCallListsAddFr> = {
  'rs.call-lists.add.none': 'No contact of the site matches.',
  'rs.call-lists.add.options': '{count, plural, =0 {No contact offered} one {# contact offered} other {# contacts offered}}',
  'rs.call-lists.add.pick': 'Choose a contact from the list offered.',
};
