/** Registers `<invoice-banner>` (SR-INVOICE). */
import { defineElement } from '../base/define.js';
import { InvoiceBanner } from '../safety-register/invoice-banner/invoice-banner.js';

// The banner loads define/invoice-list.js itself the first time its dialog opens.
defineElement('invoice-banner', InvoiceBanner);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { InvoiceBanner };
export * from '../safety-register/invoice-banner/invoice-banner.events.js';
