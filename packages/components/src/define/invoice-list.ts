/** Registers `<invoice-list>` (SR-INVOICE). */
import { defineElement } from '../base/define.js';
import { InvoiceList } from '../safety-register/invoice-list/invoice-list.js';

defineElement('invoice-list', InvoiceList);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { InvoiceList };
export * from '../safety-register/invoice-list/invoice-list.events.js';
