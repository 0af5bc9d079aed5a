/**
 * X-EVENTS — the events of `<invoice-list>` (SR-INVOICE): bubbling, composed, typed payload fields.
 * Added to `HTMLElementEventMap` so `addEventListener` is typed for hosts. Never a URL or a file.
 */

/**
 * « Régler » was pressed on an unpaid invoice. Cancelable: a host that cancels it (`preventDefault()`)
 * takes the person to its own payment page; otherwise the list asks for confirmation and pays.
 */
export class InvoicePaymentRequestedEvent extends Event {
  static readonly eventName = 'invoice-payment-requested';
  constructor(
    readonly invoiceId: string,
    readonly number: string,
    /** Amount including VAT, in euro cents. */
    readonly amountCents: number,
  ) {
    super(InvoicePaymentRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * An invoice is paid: the server recorded this list's payment, or answered that it already was
 * (`alreadyPaid`). `<invoice-banner>` listens for it on the document and reads the invoices again.
 */
export class InvoicePaidEvent extends Event {
  static readonly eventName = 'invoice-paid';
  constructor(
    readonly invoiceId: string,
    readonly number: string,
    readonly amountCents: number,
    readonly alreadyPaid = false,
  ) {
    super(InvoicePaidEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'invoice-payment-requested': InvoicePaymentRequestedEvent;
    'invoice-paid': InvoicePaidEvent;
  }
}
