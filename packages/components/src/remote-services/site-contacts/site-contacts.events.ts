/**
 * X-EVENTS — the events of `<site-contacts>` (RS-CONTACTS). Bubbling, composed, typed; each names
 * the site and the contact (never an e-mail address or any personal data: read the contact again
 * through the API if needed).
 */
const init: EventInit = { bubbles: true, composed: true };

/** The personal data (name, phone, e-mails) or the permission level of a contact was saved. */
export class ContactUpdatedEvent extends Event {
  static readonly eventName = 'contact-updated';
  constructor(
    readonly siteId: string,
    readonly contactId: string,
  ) {
    super(ContactUpdatedEvent.eventName, init);
  }
}

/** A colleague was invited by e-mail with a level: they are now a contact of the site, `invited`. */
export class ContactInvitedEvent extends Event {
  static readonly eventName = 'contact-invited';
  constructor(
    readonly siteId: string,
    readonly contactId: string,
  ) {
    super(ContactInvitedEvent.eventName, init);
  }
}

/** « Accorder l’accès »: a contact never invited was sent their first invitation. */
export class AccessGrantedEvent extends Event {
  static readonly eventName = 'access-granted';
  constructor(
    readonly siteId: string,
    readonly contactId: string,
  ) {
    super(AccessGrantedEvent.eventName, init);
  }
}

/** « Renvoyer l’invitation »: a pending or expired invitation was sent again (a new link, 7 more days). */
export class InvitationResentEvent extends Event {
  static readonly eventName = 'invitation-resent';
  constructor(
    readonly siteId: string,
    readonly contactId: string,
  ) {
    super(InvitationResentEvent.eventName, init);
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
