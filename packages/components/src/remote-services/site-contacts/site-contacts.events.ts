/**
 * X-EVENTS — the events of `<site-contacts>` (RS-CONTACTS). Bubbling, composed, typed; each names
 * the site and the contact (never an e-mail address or any personal data: read the contact again
 * through the API if needed).
 */

/** The shape of every event of `<site-contacts>`: its name (each class's `eventName`), the site and the contact. */
export abstract class SiteContactEvent extends Event {
  declare static readonly eventName: string;
  constructor(
    readonly siteId: string,
    readonly contactId: string,
  ) {
    super((new.target as typeof SiteContactEvent).eventName, { bubbles: true, composed: true });
  }
}

/** The personal data (name, phone, e-mails) or the permission level of a contact was saved. */
export class ContactUpdatedEvent extends SiteContactEvent {
  static override readonly eventName = 'contact-updated';
}

/** A colleague was invited by e-mail with a level: they are now a contact of the site, `invited`. */
export class ContactInvitedEvent extends SiteContactEvent {
  static override readonly eventName = 'contact-invited';
}

/** « Accorder l’accès »: a contact never invited was sent their first invitation. */
export class AccessGrantedEvent extends SiteContactEvent {
  static override readonly eventName = 'access-granted';
}

/** « Renvoyer l’invitation »: a pending or expired invitation was sent again (a new link, 7 more days). */
export class InvitationResentEvent extends SiteContactEvent {
  static override readonly eventName = 'invitation-resent';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'contact-updated': ContactUpdatedEvent;
    'contact-invited': ContactInvitedEvent;
    'access-granted': AccessGrantedEvent;
    'invitation-resent': InvitationResentEvent;
  }
}
