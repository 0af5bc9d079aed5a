/**
 * Registers the provider and every widget of the safety register (SR): a page that shows only this service
 * imports this entry (npm) or loads `vigie-safety-register.js` (CDN) and pays for no other service (issue 11, point 16).
 * Checked against `src/safety-register/` by `define/services.test.node.ts`.
 */
import './vigie-provider.js';
import './anomaly-list.js';
import './fire-permit-list.js';
import './intervention-list.js';
import './intervention-signature.js';
import './invoice-banner.js';
import './invoice-list.js';
import './pdf-text-picker.js';
import './register-access-notice.js';
import './report-observations.js';
import './user-profiles.js';
