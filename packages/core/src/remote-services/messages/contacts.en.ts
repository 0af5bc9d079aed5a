/** X-I18N — the English texts of RS-CONTACTS: exactly the keys of `contacts.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteContactsFr, remoteContactsMainFr } from './contacts.fr.js';
import { remoteContactsDialogsEn } from './contacts-dialogs.en.js';

export const remoteContactsMainEn: CatalogOf<typeof remoteContactsMainFr> = {
  'rs.contacts.title': 'Site contacts',
  'rs.contacts.count': '{count, plural, one {# site contact} other {# site contacts}}',
  'rs.contacts.caller': 'Your level on this site: {level}',
  'rs.contacts.read-only': 'Your level lets you view the contacts, not change them.',
  'rs.contacts.you': 'you',
  'rs.contacts.empty': 'This site has no contacts yet.',
  'rs.contacts.empty.hint': 'Invite a colleague: they become a contact of the site and receive an invitation to MySecuritas.',
  'rs.contacts.load-error': 'The site’s contacts could not be loaded.',
  'rs.contacts.phone': 'Phone',
  'rs.contacts.emails': 'E-mail addresses',
  'rs.contacts.no-phone': 'No phone',
  'rs.contacts.no-email': 'No e-mail address',
  'rs.contacts.level': 'Permission level',
  'rs.contacts.invitation.pending': 'Sent on {date}, valid until {until} at {time}',
  'rs.contacts.invitation.expired-on': 'Expired on {until} at {time}',
  'rs.contacts.invitation.granted-note': 'Active MySecuritas account',
  'rs.contacts.invitation.not-invited-note': 'No MySecuritas access yet',
  'rs.contacts.locked': 'The person keeps this information up to date from their MySecuritas account.',
  'rs.contacts.grant-needs-email': 'Add an e-mail address to grant them access.',
  'rs.contacts.action.edit': 'Edit',
  'rs.contacts.action.edit.label': 'Edit {name}’s information',
  'rs.contacts.action.level': 'Change level',
  'rs.contacts.action.level.label': 'Change level for {name}',
  'rs.contacts.action.grant': 'Grant access',
  'rs.contacts.action.grant.label': 'Grant access to MySecuritas for {name}',
  'rs.contacts.action.resend': 'Resend invitation',
  'rs.contacts.action.resend.label': 'Resend invitation to {name}',
  'rs.contacts.action.sending': 'Sending…',
  'rs.contacts.invite': 'Invite a colleague',
  'rs.contacts.levels.help': 'What each level allows',
  'rs.contacts.access-granted': 'Access granted: invitation sent to {name} ({email}).',
  'rs.contacts.invitation-resent': 'New invitation sent to {name} ({email}).',
  'rs.contacts.failure.network': 'The connection failed. Check your network, then try again.',
  'rs.contacts.failure.server': 'The service could not answer. Try again in a moment.',
  'rs.contacts.failure.permission-denied': 'Your permission level does not allow this change.',
  'rs.contacts.failure.contact-locked': 'This person now has access to MySecuritas: they keep their information up to date themselves.',
  'rs.contacts.failure.invitation-state': 'The invitation changed in the meantime. Refresh the list.',
  'rs.contacts.failure.not-found': 'This contact is no longer on the site. Refresh the list.',
  'rs.contacts.failure.validation': 'Some fields need correcting.',
  'rs.contacts.failure.other': 'The change was not saved. Try again.',
};

export const remoteContactsEn: CatalogOf<typeof remoteContactsFr> = /* @__PURE__ */ Object.assign(
  {},
  remoteContactsMainEn,
  remoteContactsDialogsEn,
);
