/** X-I18N — the English texts of RS-IDPIN: exactly the keys of `id-pin.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteIdPinFr } from './id-pin.fr.js';

export const remoteIdPinEn: CatalogOf<typeof remoteIdPinFr> = {
  'rs.id-pin.title': 'My IDs & PINs',
  'rs.id-pin.intro': 'Each ID & PIN gives access to one or more sites. Add one to link more sites to your account.',
  'rs.id-pin.loading': 'Loading your IDs & PINs…',
  'rs.id-pin.error': 'Your IDs & PINs could not be shown.',
  'rs.id-pin.empty': 'No ID & PIN is linked to your account.',
  'rs.id-pin.empty.hint': 'Enter the ID and PIN printed on your Securitas invitation to see your sites.',
  'rs.id-pin.link.title': 'ID {id}',
  'rs.id-pin.link.linkedAt': 'Linked on {date}',
  'rs.id-pin.link.pinChangedAt': 'PIN changed on {date}',
  'rs.id-pin.link.sites': '{count, plural, =0 {No site} one {# site} other {# sites}}',
  'rs.id-pin.link.sharedSite': 'Also through another ID & PIN',
  'rs.id-pin.site.name': 'Site name: {name}',
  'rs.id-pin.site.rename': 'Nickname',
  'rs.id-pin.site.rename.label': 'Give {name} a nickname',
  'rs.id-pin.add.toggle': 'Add an ID & PIN',
  'rs.id-pin.pin.toggle': 'Change the PIN',
  'rs.id-pin.pin.toggle.label': 'Change the PIN of ID {id}',
  'rs.id-pin.remove.toggle': 'Remove',
  'rs.id-pin.remove.toggle.label': 'Remove ID {id}',
  'rs.id-pin.holder.toggle': 'Personal information',
  'rs.id-pin.holder.toggle.label': 'Edit the personal information of ID {id}',
  'rs.id-pin.holder.name': 'Name',
  'rs.id-pin.holder.phone': 'Phone',
  'rs.id-pin.holder.email': 'E-mail',
  'rs.id-pin.holder.noPhone': 'No phone',
};
