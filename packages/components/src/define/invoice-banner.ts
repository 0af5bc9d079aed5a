import { defineElement } from '../base/define.js';
import { InvoiceBanner } from '../safety-register/invoice-banner/invoice-banner.js';
// The banner opens <invoice-list> in its dialog.
import './invoice-list.js';

defineElement('invoice-banner', InvoiceBanner);
