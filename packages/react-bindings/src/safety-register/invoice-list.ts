/**
 * @vigie/react — `<invoice-list>` (SR-INVOICE). Importing this module registers the tag.
 *
 * Props: `invoices`, `filter`. Events: `onChange` (the filter), `onInvoicePaymentRequested`
 * (`e.invoiceId`, `e.number`, `e.amountCents`; call `preventDefault()` to open your own payment
 * page), `onInvoicePaid` (`e.invoiceId`, `e.alreadyPaid`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { InvoicePaidEvent, InvoicePaymentRequestedEvent } from '@vigie/components';
import { InvoiceList as InvoiceListElement } from '@vigie/components/define/invoice-list.js';

export const InvoiceList = createComponent({
  tagName: 'invoice-list',
  elementClass: InvoiceListElement,
  react: React,
  events: {
    onChange: 'change' as EventName<Event>,
    onInvoicePaymentRequested: 'invoice-payment-requested' as EventName<InvoicePaymentRequestedEvent>,
    onInvoicePaid: 'invoice-paid' as EventName<InvoicePaidEvent>,
  },
});
