/** Registers `<invoice-list>` (SR-INVOICE). */
import { defineElement } from '../base/define.js';
import { InvoiceList } from '../safety-register/invoice-list/invoice-list.js';

defineElement('invoice-list', InvoiceList);

// The class, for hosts (and @vigie/react) that import this entry alone. Its events' classes come
// with the on-demand code (only it fires them); hosts import them from '@vigie/components'.
export { InvoiceList };
