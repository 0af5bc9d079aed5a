/**
 * Registers the provider and every widget of the safety passport (PP): a page that shows only this service
 * imports this entry (npm) or loads `vigie-passport.js` (CDN) and pays for no other service (issue 11, point 16).
 * Checked against `src/passport/` by `define/services.test.node.ts`.
 */
import './vigie-provider.js';
import './company-profile.js';
import './company-registration.js';
import './employee-enrollment.js';
import './passport-login.js';
import './passport-password-reset.js';
import './passport-roster.js';
import './passport-view.js';
import './space-switcher.js';
