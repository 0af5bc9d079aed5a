/**
 * @vigie/react — `<company-profile>` (PP-COMPANY). Importing this module registers the tag.
 *
 * Props: `loginHref`. Events: `onCompanyUpdated` (`e.company`, `e.passwordChanged`; never the
 * password), `onCompanyHandedOver` (`e.referent`, `e.email`: the new login, `e.passwordMode`,
 * `e.company`), `onEmployeesEmailDomainChanged` (`e.count`, `e.fromDomain`, `e.toDomain`),
 * `onSpacesLinkRequested` (`e.flow`: `link` or `dissociate`; call `preventDefault()` to lead to your
 * own page instead of the widget's dialog), `onPassportLoginRequested` (call `preventDefault()` to
 * show your own sign-in). The events of the `<space-switcher>` the dialog holds bubble up too.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  CompanyProfile as CompanyProfileElement,
  type CompanyHandedOverEvent,
  type CompanyUpdatedEvent,
  type EmployeesEmailDomainChangedEvent,
  type PassportLoginRequestedEvent,
  type SpacesLinkRequestedEvent,
} from '@vigie/components/define/company-profile.js';

export const CompanyProfile = createComponent({
  tagName: 'company-profile',
  elementClass: CompanyProfileElement,
  react: React,
  events: {
    onCompanyUpdated: 'company-updated' as EventName<CompanyUpdatedEvent>,
    onCompanyHandedOver: 'company-handed-over' as EventName<CompanyHandedOverEvent>,
    onEmployeesEmailDomainChanged: 'employees-email-domain-changed' as EventName<EmployeesEmailDomainChangedEvent>,
    onSpacesLinkRequested: 'spaces-link-requested' as EventName<SpacesLinkRequestedEvent>,
    onPassportLoginRequested: 'passport-login-requested' as EventName<PassportLoginRequestedEvent>,
  },
});
