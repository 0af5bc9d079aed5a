import { defineElement } from '../base/define.js';
import { InvoiceList } from '../safety-register/invoice-list/invoice-list.js';

defineElement('invoice-list', InvoiceList);
