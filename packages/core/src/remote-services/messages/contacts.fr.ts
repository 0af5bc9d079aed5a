/**
 * X-I18N — the French texts of RS-CONTACTS (keys `rs.contacts.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
import { remoteContactsDialogsFr } from './contacts-dialogs.fr.js';

/** The list's texts (the dialogs' are in `contacts-dialogs.fr.ts`, loaded with the dialogs). */
export const remoteContactsMainFr = {
  'rs.contacts.title': 'Contacts du site',
  'rs.contacts.count': '{count, plural, one {# contact} other {# contacts}}',
  'rs.contacts.caller': 'Votre niveau sur ce site\u202f: {level}',
  'rs.contacts.read-only': 'Votre niveau permet de consulter les contacts, pas de les modifier.',
  'rs.contacts.you': 'vous',
  'rs.contacts.empty': 'Aucun contact pour ce site pour l’instant.',
  'rs.contacts.empty.hint': 'Invitez un collègue\u202f: il devient un contact du site et reçoit une invitation à MySecuritas.',
  'rs.contacts.load-error': 'Impossible de charger les contacts du site.',
  'rs.contacts.phone': 'Téléphone',
  'rs.contacts.emails': 'Adresses e-mail',
  'rs.contacts.no-phone': 'Aucun téléphone',
  'rs.contacts.no-email': 'Aucune adresse e-mail',
  'rs.contacts.level': 'Niveau d’autorisation',
  'rs.contacts.invitation.pending': 'Envoyée le {date}, valable jusqu’au {until} à {time}',
  'rs.contacts.invitation.expired-on': 'Expirée le {until} à {time}',
  'rs.contacts.invitation.granted-note': 'Compte MySecuritas actif',
  'rs.contacts.invitation.not-invited-note': 'Pas encore d’accès à MySecuritas',
  'rs.contacts.locked': 'La personne tient ces informations à jour depuis son compte MySecuritas.',
  'rs.contacts.grant-needs-email': 'Ajoutez une adresse e-mail pour lui accorder l’accès.',
  'rs.contacts.action.edit': 'Modifier',
  'rs.contacts.action.edit.label': 'Modifier les informations {de name}',
  'rs.contacts.action.level': 'Changer le niveau',
  'rs.contacts.action.level.label': 'Changer le niveau d’autorisation {de name}',
  'rs.contacts.action.grant': 'Accorder l’accès',
  'rs.contacts.action.grant.label': 'Accorder l’accès à MySecuritas à {name}',
  'rs.contacts.action.resend': 'Renvoyer l’invitation',
  'rs.contacts.action.resend.label': 'Renvoyer l’invitation à {name}',
  'rs.contacts.action.sending': 'Envoi en cours…',
  'rs.contacts.invite': 'Inviter un collègue',
  'rs.contacts.levels.help': 'Ce que permet chaque niveau',
  'rs.contacts.access-granted': 'Accès accordé\u202f: invitation envoyée à {name} ({email}).',
  'rs.contacts.invitation-resent': 'Nouvelle invitation envoyée à {name} ({email}).',
  'rs.contacts.failure.network': 'La connexion a échoué. Vérifiez votre réseau, puis réessayez.',
  'rs.contacts.failure.server': 'Le service n’a pas pu répondre. Réessayez dans un instant.',
  'rs.contacts.failure.permission-denied': 'Votre niveau d’autorisation ne permet pas ce changement.',
  'rs.contacts.failure.contact-locked':
    'Cette personne a désormais accès à MySecuritas\u202f: elle tient elle-même ses informations à jour.',
  'rs.contacts.failure.invitation-state': 'L’invitation a changé entre-temps. Actualisez la liste.',
  'rs.contacts.failure.not-found': 'Ce contact n’existe plus sur le site. Actualisez la liste.',
  'rs.contacts.failure.validation': 'Certains champs sont à corriger.',
  'rs.contacts.failure.other': 'La modification n’a pas été enregistrée. Réessayez.',
} as const;

/** Every text of RS-CONTACTS: the list's and the dialogs'. */
export const remoteContactsFr = /* @__PURE__ */ Object.assign({}, remoteContactsMainFr, remoteContactsDialogsFr);
