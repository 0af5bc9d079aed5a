/**
 * @vigie/components — the element classes, without registering any tag.
 * Register with `import '@vigie/components/define/all.js'` (or one `define/<tag>.js`), or
 * call `customElements.define('my-name', InvoiceBanner)` yourself.
 */
export { defineElement } from './base/define.js';
export { vigieContext, type VigieServices } from './base/context.js';
export { VigieElement } from './base/vigie-element.js';
export { VigieProvider } from './shared/vigie-provider/vigie-provider.js';
export { InvoiceBanner } from './safety-register/invoice-banner/invoice-banner.js';
export { InvoiceList, INVOICE_FILTERS, type InvoiceFilter } from './safety-register/invoice-list/invoice-list.js';
export * from './events.js';
