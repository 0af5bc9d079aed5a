/**
 * X-EVENTS — one class per domain event: bubbling, composed, typed payload fields.
 * Added to `HTMLElementEventMap` so `addEventListener` is typed for hosts.
 */
import type { AccessState, BannerLevel } from '@vigie/core';

const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/** The provider's access state changed (SR-INVOICE). */
export class AccessChangedEvent extends Event {
  static readonly eventName = 'access-changed';
  constructor(
    readonly access: AccessState,
    readonly level: BannerLevel,
  ) {
    super(AccessChangedEvent.eventName, init());
  }
}

/** The invoice banner's level is known or changed. */
export class InvoiceLevelChangedEvent extends Event {
  static readonly eventName = 'invoice-level-changed';
  constructor(
    readonly level: BannerLevel,
    readonly previous: BannerLevel | undefined,
  ) {
    super(InvoiceLevelChangedEvent.eventName, init());
  }
}

/** « Régulariser mes factures » was pressed. Cancel it (`preventDefault()`) to open your own page instead of the dialog. */
export class InvoicesRequestedEvent extends Event {
  static readonly eventName = 'invoices-requested';
  constructor(readonly level: BannerLevel) {
    super(InvoicesRequestedEvent.eventName, init(true));
  }
}

declare global {
  interface HTMLElementEventMap {
    'access-changed': AccessChangedEvent;
    'invoice-level-changed': InvoiceLevelChangedEvent;
    'invoices-requested': InvoicesRequestedEvent;
  }
}
