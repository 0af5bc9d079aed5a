/** X-I18N — the English texts of the first screen of SR-PROFILES: exactly the keys of `profiles-list.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerProfilesListFr } from './profiles-list.fr.js';

export const registerProfilesListEn: CatalogOf<typeof registerProfilesListFr> = {
  'sr.profiles.title': 'User profiles',
  'sr.profiles.intro': 'A profile gives the same modules and rights to every user attached to it.',
  'sr.profiles.loading': 'Loading users and profiles…',
  'sr.profiles.error': 'The users and profiles could not be loaded.',
  'sr.profiles.users.title': 'Users',
  'sr.profiles.users.name': 'Name',
  'sr.profiles.users.profile': 'Profile',
  'sr.profiles.users.rights': 'Rights',
  'sr.profiles.users.own': 'Custom rights',
  'sr.profiles.rights.count': '{count, plural, =0 {No right} one {# right} other {# rights}}',
  'sr.profiles.list.title': 'Profiles',
  'sr.profiles.list.empty': 'No profile yet.',
  'sr.profiles.list.empty.hint': 'Create one with “Create a profile”, from scratch or from a user’s rights.',
  'sr.profiles.list.modules': '{count, plural, =0 {No module} one {# module} other {# modules}}',
  'sr.profiles.list.users': '{count, plural, =0 {No user attached} one {# user attached} other {# users attached}}',
  'sr.profiles.create': 'Create a profile',
  'sr.profiles.view': 'View',
  'sr.profiles.view.label': 'View the profile {name}',
  'sr.profiles.attach': 'Attach',
  'sr.profiles.attach.label': 'Attach users to the profile {name}',
  'sr.profiles.saved.created': 'Profile “{name}” created{count, plural, =0 {.} one {, # user attached.} other {, # users attached.}}',
  'sr.profiles.saved.updated':
    'Profile “{name}” saved{count, plural, =0 {.} one {: the rights of # user are up to date.} other {: the rights of # users are up to date.}}',
  'sr.profiles.saved.attached': '{count, plural, one {# user attached} other {# users attached}} to the profile “{name}”.',
};
