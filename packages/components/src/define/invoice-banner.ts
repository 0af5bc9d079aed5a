import { defineElement } from '../base/define.js';
import { InvoiceBanner } from '../safety-register/invoice-banner/invoice-banner.js';

// The banner loads define/invoice-list.js itself the first time its dialog opens.
defineElement('invoice-banner', InvoiceBanner);
