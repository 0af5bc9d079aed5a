/**
 * @vigie/components — the element classes, without registering any tag.
 * Register with `import '@vigie/components/define/all.js'` (or one `define/<tag>.js`), or
 * call `customElements.define('my-name', InvoiceBanner)` yourself.
 */
export { defineElement } from './base/define.js';
export { vigieContext, type VigieServices } from './base/context.js';
export { VigieElement } from './base/vigie-element.js';
export { VigieProvider } from './shared/vigie-provider/vigie-provider.js';
export { InvoiceBanner } from './safety-register/invoice-banner/invoice-banner.js';
export { InvoiceList, INVOICE_FILTERS, type InvoiceFilter } from './safety-register/invoice-list/invoice-list.js';
export * from './shared/vigie-provider/vigie-provider.events.js';
export * from './safety-register/invoice-banner/invoice-banner.events.js';
export * from './safety-register/invoice-list/invoice-list.events.js';
export { UserProfiles } from './safety-register/user-profiles/user-profiles.js';
export * from './safety-register/user-profiles/user-profiles.events.js';
export { RegisterAccessNotice } from './safety-register/register-access-notice/register-access-notice.js';
export { ReportObservations } from './safety-register/report-observations/report-observations.js';
export { ExtractCreatedEvent } from './safety-register/report-observations/report-observations.events.js';
export { PdfTextPicker, DEFAULT_PDF_WORKER_SRC } from './safety-register/pdf-text-picker/pdf-text-picker.js';
export { PdfTextPickEvent, type PickVia } from './safety-register/pdf-text-picker/pdf-text-picker.events.js';
export { restrictedNotice, isRestrictedAccess } from './safety-register/restricted.js';
export { InterventionList } from './safety-register/intervention-list/intervention-list.js';
export * from './safety-register/intervention-list/intervention-list.events.js';
export { InterventionSignature } from './safety-register/intervention-signature/intervention-signature.js';
export * from './safety-register/intervention-signature/intervention-signature.events.js';

// VA — the payslip vault
export { LightDomElement } from './base/forms/index.js';
export { VaultLogin } from './vault/vault-login/vault-login.js';
export { VaultPasswordReset, PASSWORD_RESET_STEPS, type PasswordResetStep } from './vault/vault-password-reset/vault-password-reset.js';
export { VaultIdentifierRecovery, type IdentifierRecoveryStep } from './vault/vault-identifier-recovery/vault-identifier-recovery.js';
export { VaultActivation, ACTIVATION_STEPS, type ActivationStep, type ActivationPhase } from './vault/vault-activation/vault-activation.js';
export { VaultProfile, PROFILE_FORMS, type ProfileForm } from './vault/vault-profile/vault-profile.js';
export {
  VaultEmailConfirmation,
  EMAIL_CONFIRMATION_STEPS,
  type EmailConfirmationStep,
} from './vault/vault-email-confirmation/vault-email-confirmation.js';
export { VaultDocuments } from './vault/vault-documents/vault-documents.js';
export { PaperPayslipRequest } from './vault/paper-payslip-request/paper-payslip-request.js';
export * from './vault/vault.events.js';
export * from './vault/vault-login/vault-login.events.js';
export * from './vault/vault-password-reset/vault-password-reset.events.js';
export * from './vault/vault-identifier-recovery/vault-identifier-recovery.events.js';
export * from './vault/vault-activation/vault-activation.events.js';
export * from './vault/vault-profile/vault-profile.events.js';
export * from './vault/vault-email-confirmation/vault-email-confirmation.events.js';
export * from './vault/vault-documents/vault-documents.events.js';
export * from './vault/paper-payslip-request/paper-payslip-request.events.js';
// PP — the safety passport: registration and login
export {
  CompanyRegistration,
  type CaptchaTokenSource,
  type RegistrationStatus,
} from './passport/company-registration/company-registration.js';
export type { CaptchaRender } from './passport/company-registration/captcha-slot.js';
export * from './passport/company-registration/company-registration.events.js';
export {
  PassportLogin,
  PASSPORT_LOGIN_VIEWS,
  type PassportLoginView,
  type PassportLoginStatus,
} from './passport/passport-login/passport-login.js';
export * from './passport/passport-login/passport-login.events.js';
export {
  PassportPasswordReset,
  PASSPORT_RESET_STEPS,
  PASSPORT_RESET_TOKEN_PARAM,
  type PassportResetStep,
} from './passport/passport-password-reset/passport-password-reset.js';
export * from './passport/passport-password-reset/passport-password-reset.events.js';
export { CompanyProfile } from './passport/company-profile/company-profile.js';
export * from './passport/company-profile/company-profile.events.js';
export { SpaceSwitcher } from './passport/space-switcher/space-switcher.js';
export * from './passport/space-switcher/space-switcher.events.js';
export { EmployeeEnrollment } from './passport/employee-enrollment/employee-enrollment.js';
export * from './passport/employee-enrollment/employee-enrollment.events.js';
export { PassportRoster } from './passport/passport-roster/passport-roster.js';
export * from './passport/passport-roster/passport-roster.events.js';
export { PassportView, PASSPORT_VIEW_AUDIENCES, type PassportViewAudience } from './passport/passport-view/passport-view.js';
export * from './passport/passport-view/passport-view.events.js';
export * from './passport/passport.events.js';
export { SiteList } from './remote-services/site-list/site-list.js';
export * from './remote-services/site-list/site-list.events.js';
// RS-ALARMS — the live active alarms
export { ActiveAlarms } from './remote-services/active-alarms/active-alarms.js';
export * from './remote-services/active-alarms/active-alarms.events.js';
// RS — Remote Services: the site overview
export { SiteOverview } from './remote-services/site-overview/site-overview.js';
export * from './remote-services/site-overview/site-overview.events.js';
// RS — Remote Services: the call lists
export { CallListEditor } from './remote-services/call-list-editor/call-list-editor.js';
export * from './remote-services/call-list-editor/call-list-editor.events.js';
export { ReorderController, type ReorderAnnouncement, type ReorderControllerOptions } from './base/reorder-controller.js';
// RS — Remote Services: site contacts
export { SiteContacts } from './remote-services/site-contacts/site-contacts.js';
export * from './remote-services/site-contacts/site-contacts.events.js';
export { IdPinLinks } from './remote-services/id-pin-links/id-pin-links.js';
export * from './remote-services/id-pin-links/id-pin-links.events.js';
// RS — Remote Services: the onboarding (RS-ONB)
export { RemoteOnboarding } from './remote-services/remote-onboarding/remote-onboarding.js';
export * from './remote-services/remote-onboarding/remote-onboarding.events.js';
// RS-ALARMS — the live active alarms
export { FirePermitList } from './safety-register/fire-permit-list/fire-permit-list.js';
export * from './safety-register/fire-permit-list/fire-permit-list.events.js';
export { AnomalyList } from './safety-register/anomaly-list/anomaly-list.js';
export * from './safety-register/anomaly-list/anomaly-list.events.js';
