/**
 * X-EVENTS — the events of `<site-list>` (RS-SITES): bubbling, composed, typed.
 */
const init: EventInit = { bubbles: true, composed: true };

/**
 * A site was chosen in the list (its row's button, by pointer or keyboard): the host opens its
 * overview (`<site-overview site-id=…>`). The list marks it as the current one (`selected-site-id`).
 */
export class SiteSelectedEvent extends Event {
  static readonly eventName = 'site-selected';
  constructor(readonly siteId: string) {
    super(SiteSelectedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'site-selected': SiteSelectedEvent;
  }
}
