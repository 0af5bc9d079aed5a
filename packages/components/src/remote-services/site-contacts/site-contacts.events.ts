/**
 * X-EVENTS — the events of `<site-contacts>` (RS-CONTACTS). Bubbling, composed, typed; each names
 * the site and the contact (never an e-mail address or any personal data: read the contact again
 * through the API if needed).
 */

/** The shape of every event of `<site-contacts>`: a name, the site and the contact. */
export abstract class SiteContactEvent extends Event {
  constructor(
    name: string,
    readonly siteId: string,
    readonly contactId: string,
  ) {
    super(name, { bubbles: true, composed: true });
  }
}

/** The personal data (name, phone, e-mails) or the permission level of a contact was saved. */
export class ContactUpdatedEvent extends SiteContactEvent {
  static readonly eventName = 'contact-updated';
  constructor(siteId: string, contactId: string) {
    super(ContactUpdatedEvent.eventName, siteId, contactId);
  }
}

/** A colleague was invited by e-mail with a level: they are now a contact of the site, `invited`. */
export class ContactInvitedEvent extends SiteContactEvent {
  static readonly eventName = 'contact-invited';
  constructor(siteId: string, contactId: string) {
    super(ContactInvitedEvent.eventName, siteId, contactId);
  }
}

/** « Accorder l’accès »: a contact never invited was sent their first invitation. */
export class AccessGrantedEvent extends SiteContactEvent {
  static readonly eventName = 'access-granted';
  constructor(siteId: string, contactId: string) {
    super(AccessGrantedEvent.eventName, siteId, contactId);
  }
}

/** « Renvoyer l’invitation »: a pending or expired invitation was sent again (a new link, 7 more days). */
export class InvitationResentEvent extends SiteContactEvent {
  static readonly eventName = 'invitation-resent';
  constructor(siteId: string, contactId: string) {
    super(InvitationResentEvent.eventName, siteId, contactId);
  }
}

declare global {
  interface HTMLElementEventMap {
    'contact-updated': ContactUpdatedEvent;
    'contact-invited': ContactInvitedEvent;
    'access-granted': AccessGrantedEvent;
    'invitation-resent': InvitationResentEvent;
  }
}
