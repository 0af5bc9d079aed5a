/**
 * Registers the provider and every widget of the payslip vault (VA): a page that shows only this service
 * imports this entry (npm) or loads `vigie-vault.js` (CDN) and pays for no other service (issue 11, point 16).
 * Checked against `src/vault/` by `define/services.test.node.ts`.
 */
import './vigie-provider.js';
import './paper-payslip-request.js';
import './vault-activation.js';
import './vault-documents.js';
import './vault-email-confirmation.js';
import './vault-identifier-recovery.js';
import './vault-login.js';
import './vault-password-reset.js';
import './vault-profile.js';
