/**
 * X-EVENTS — the events of `<id-pin-links>` (RS-IDPIN): bubbling, composed, typed. None carries a
 * PIN: they name the link or the site.
 */
const init: EventInit = { bubbles: true, composed: true };

/** An ID & PIN was linked to the account (its sites are in the user's list now). */
export class IdPinLinkedEvent extends Event {
  static readonly eventName = 'id-pin-linked';
  constructor(readonly linkId: string) {
    super(IdPinLinkedEvent.eventName, init);
  }
}

/** A link was removed (its sites left the list unless another link reaches them). */
export class IdPinUnlinkedEvent extends Event {
  static readonly eventName = 'id-pin-unlinked';
  constructor(readonly linkId: string) {
    super(IdPinUnlinkedEvent.eventName, init);
  }
}

/** The PIN of a link was changed (no PIN in the event). */
export class PinChangedEvent extends Event {
  static readonly eventName = 'pin-changed';
  constructor(readonly linkId: string) {
    super(PinChangedEvent.eventName, init);
  }
}

/**
 * A site got a nickname, or lost it (`nickname` null). `<site-list>` and `<site-overview>` listen on
 * the document to show it at once.
 */
export class SiteRenamedEvent extends Event {
  static readonly eventName = 'site-renamed';
  constructor(
    readonly siteId: string,
    readonly nickname: string | null,
  ) {
    super(SiteRenamedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'id-pin-linked': IdPinLinkedEvent;
    'id-pin-unlinked': IdPinUnlinkedEvent;
    'pin-changed': PinChangedEvent;
    'site-renamed': SiteRenamedEvent;
  }
}
