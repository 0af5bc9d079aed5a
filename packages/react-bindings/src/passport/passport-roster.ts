/**
 * @vigie/react — `<passport-roster>` (PP-ROSTER). Importing this module registers the tag.
 *
 * Props: `rows` (the employees, when you already have them: nothing is fetched), `query`,
 * `sortColumn`, `sortDirection`, `loginHref`, `hideTitle`. Events: `onEmployeeEditRequested` and
 * `onEmployeeEnrollmentRequested` (call `preventDefault()` to show your own form, then the element's
 * `applyUpdate(employee)` / `applyEnrollment(employee)` through a ref), `onEmployeeDeleted`,
 * `onEmployeeUnblocked` (`e.employeeId`, `e.employee`), `onPassportLoginRequested` (call
 * `preventDefault()` to show your own sign-in), `onPassportViewRequested` (« Voir le passeport »:
 * `e.employeeId`, `e.employee`; call `preventDefault()` to show the passport yourself, e.g. with
 * `<PassportView employeeId=…>`, instead of the roster's dialog). The enrolment form the roster opens in a dialog
 * fires its own events through it: `onEmployeeEnrolled`, `onEmployeeUpdated`, `onEmployeeEditCancelled`.
 * Needs the passport session of its `<VigieProvider>` (given by `<PassportLogin>`, or its
 * `passportSession` prop), unless `rows` is set.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  EmployeeDeletedEvent,
  EmployeeEditCancelledEvent,
  EmployeeEditRequestedEvent,
  EmployeeEnrolledEvent,
  EmployeeEnrollmentRequestedEvent,
  EmployeeUnblockedEvent,
  EmployeeUpdatedEvent,
  PassportLoginRequestedEvent,
  PassportViewRequestedEvent,
} from '@vigie/components';
import { PassportRoster as PassportRosterElement } from '@vigie/components/define/passport-roster.js';

export const PassportRoster = createComponent({
  tagName: 'passport-roster',
  elementClass: PassportRosterElement,
  react: React,
  events: {
    onEmployeeEditRequested: 'employee-edit-requested' as EventName<EmployeeEditRequestedEvent>,
    onEmployeeEnrollmentRequested: 'employee-enrollment-requested' as EventName<EmployeeEnrollmentRequestedEvent>,
    onEmployeeDeleted: 'employee-deleted' as EventName<EmployeeDeletedEvent>,
    onEmployeeUnblocked: 'employee-unblocked' as EventName<EmployeeUnblockedEvent>,
    onPassportLoginRequested: 'passport-login-requested' as EventName<PassportLoginRequestedEvent>,
    onPassportViewRequested: 'passport-view-requested' as EventName<PassportViewRequestedEvent>,
    onEmployeeEnrolled: 'employee-enrolled' as EventName<EmployeeEnrolledEvent>,
    onEmployeeUpdated: 'employee-updated' as EventName<EmployeeUpdatedEvent>,
    onEmployeeEditCancelled: 'employee-edit-cancelled' as EventName<EmployeeEditCancelledEvent>,
  },
});
