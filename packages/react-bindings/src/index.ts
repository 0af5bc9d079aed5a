/**
 * @vigie/react — React 19 wrappers of the Vigie elements with typed `onXxx` event props.
 * Each wrapper registers only its own tag (its module imports `@vigie/components/define/<tag>.js`);
 * this index has no side effect of its own, so `import { InvoiceBanner } from '@vigie/react'`
 * bundles the banner alone (`"sideEffects": false`; checked by `react-bindings.test.node.ts`).
 *
 * The event map of each wrapper is checked against custom-elements.json by
 * `react-bindings.test.node.ts`, so a new `@fires` tag cannot be forgotten here.
 */
// X-PROVIDER and SR-INVOICE
export { VigieProvider } from './shared/vigie-provider.js';
export { InvoiceBanner } from './safety-register/invoice-banner.js';
export { InvoiceList } from './safety-register/invoice-list.js';
export { RegisterAccessNotice } from './safety-register/register-access-notice.js';
export { UserProfiles } from './safety-register/user-profiles.js';
export { InterventionList } from './safety-register/intervention-list.js';
export { InterventionSignature } from './safety-register/intervention-signature.js';

export { FirePermitList } from './safety-register/fire-permit-list.js';
// VA — the payslip vault
export { VaultLogin } from './vault/vault-login.js';
export { VaultPasswordReset } from './vault/vault-password-reset.js';
export { VaultIdentifierRecovery } from './vault/vault-identifier-recovery.js';
export { VaultActivation } from './vault/vault-activation.js';
export { VaultProfile } from './vault/vault-profile.js';
export { VaultEmailConfirmation } from './vault/vault-email-confirmation.js';
export { VaultDocuments } from './vault/vault-documents.js';
export { PaperPayslipRequest } from './vault/paper-payslip-request.js';

// PP — the safety passport: registration and login
export { CompanyRegistration } from './passport/company-registration.js';
export { PassportLogin } from './passport/passport-login.js';
export { PassportPasswordReset } from './passport/passport-password-reset.js';
export { EmployeeEnrollment } from './passport/employee-enrollment.js';
export { PassportRoster } from './passport/passport-roster.js';
export { PassportView } from './passport/passport-view.js';
export { CompanyProfile } from './passport/company-profile.js';
export { SpaceSwitcher } from './passport/space-switcher.js';
export { SiteList } from './remote-services/site-list.js';

// RS — Remote Services
export { ActiveAlarms } from './remote-services/active-alarms.js';

// RS — Remote Services
export { CallListEditor } from './remote-services/call-list-editor.js';
export { SiteContacts } from './remote-services/site-contacts.js';

// RS — Remote Services
export { IdPinLinks } from './remote-services/id-pin-links.js';

// RS — Remote Services
export { RemoteOnboarding } from './remote-services/remote-onboarding.js';
export { SiteOverview } from './remote-services/site-overview.js';

// RS — Remote Services

// RS — Remote Services

// SR — the safety register
export { ReportObservations } from './safety-register/report-observations.js';
export { PdfTextPicker } from './safety-register/pdf-text-picker.js';
export { AnomalyList } from './safety-register/anomaly-list.js';
