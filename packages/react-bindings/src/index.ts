/**
 * @vigie/react — React 19 wrappers of the Vigie elements with typed `onXxx` event props.
 * Importing this module registers the tags it wraps.
 *
 * The event map of each wrapper is checked against custom-elements.json by
 * `react-bindings.test.node.ts`, so a new `@fires` tag cannot be forgotten here.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { InvoiceBanner as InvoiceBannerElement, InvoiceList as InvoiceListElement, VigieProvider as VigieProviderElement } from '@vigie/components';
import type { AccessChangedEvent, InvoiceLevelChangedEvent, InvoicesRequestedEvent } from '@vigie/components';
import '@vigie/components/define/all.js';

/** `<vigie-provider>`: `apiUrl`, `locale`, `now`, `theme`, `getToken`, `client`; `onAccessChanged`. */
export const VigieProvider = createComponent({
  tagName: 'vigie-provider',
  elementClass: VigieProviderElement,
  react: React,
  events: {
    onAccessChanged: 'access-changed' as EventName<AccessChangedEvent>,
  },
});

/** `<invoice-banner>`: `invoices`; `onInvoicesRequested` (call `preventDefault()` to open your own page), `onInvoiceLevelChanged`. */
export const InvoiceBanner = createComponent({
  tagName: 'invoice-banner',
  elementClass: InvoiceBannerElement,
  react: React,
  events: {
    onInvoicesRequested: 'invoices-requested' as EventName<InvoicesRequestedEvent>,
    onInvoiceLevelChanged: 'invoice-level-changed' as EventName<InvoiceLevelChangedEvent>,
  },
});

/** `<invoice-list>`: `invoices`, `filter`; `onChange` when the filter changes. */
export const InvoiceList = createComponent({
  tagName: 'invoice-list',
  elementClass: InvoiceListElement,
  react: React,
  events: {
    onChange: 'change' as EventName<Event>,
  },
});
export { InterventionList } from './safety-register/intervention-list.js';
export { InterventionSignature } from './safety-register/intervention-signature.js';

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
