/** Registers every Vigie tag (the CDN bundle's entry). The provider first, so it upgrades before its widgets. */
import './vigie-provider.js';
import './invoice-list.js';
import './invoice-banner.js';
import './vault-login.js';
import './vault-password-reset.js';
import './vault-identifier-recovery.js';
import './vault-activation.js';
import './vault-profile.js';
import './vault-documents.js';
import './paper-payslip-request.js';
import './company-registration.js';
import './passport-login.js';
import './company-profile.js';
import './space-switcher.js';
import './employee-enrollment.js';
import './passport-roster.js';
import './passport-view.js';
