/**
 * X-EVENTS — the events of `<invoice-banner>` (SR-INVOICE): bubbling, composed, typed payload fields.
 * Added to `HTMLElementEventMap` so `addEventListener` is typed for hosts.
 */
import type { BannerLevel } from '@vigie/core';

const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

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
  interface GlobalEventHandlersEventMap {
    'invoice-level-changed': InvoiceLevelChangedEvent;
    'invoices-requested': InvoicesRequestedEvent;
  }
}
