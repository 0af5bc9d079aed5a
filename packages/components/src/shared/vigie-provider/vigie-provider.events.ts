/**
 * X-EVENTS — the event of `<vigie-provider>`: bubbling, composed, typed payload fields.
 * Added to `HTMLElementEventMap` so `addEventListener` is typed for hosts.
 */
import type { AccessState, BannerLevel } from '@vigie/core';

/** The provider's access state changed (SR-INVOICE: `restricted` once an invoice is 30 days late, `full` once it is paid). */
export class AccessChangedEvent extends Event {
  static readonly eventName = 'access-changed';
  constructor(
    readonly access: AccessState,
    readonly level: BannerLevel,
  ) {
    super(AccessChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'access-changed': AccessChangedEvent;
  }
}
