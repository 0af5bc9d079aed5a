/**
 * @vigie/react — `<invoice-banner>` (SR-INVOICE). Importing this module registers the tag.
 *
 * Props: `invoices` (when the host has them). Events: `onInvoicesRequested` (call
 * `preventDefault()` to open your own page), `onInvoiceLevelChanged` (`e.level`, `e.previous`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { InvoiceLevelChangedEvent, InvoicesRequestedEvent } from '@vigie/components';
import { InvoiceBanner as InvoiceBannerElement } from '@vigie/components/define/invoice-banner.js';

export const InvoiceBanner = createComponent({
  tagName: 'invoice-banner',
  elementClass: InvoiceBannerElement,
  react: React,
  events: {
    onInvoicesRequested: 'invoices-requested' as EventName<InvoicesRequestedEvent>,
    onInvoiceLevelChanged: 'invoice-level-changed' as EventName<InvoiceLevelChangedEvent>,
  },
});
