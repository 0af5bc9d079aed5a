/**
 * @vigie/react — `<employee-enrollment>` (PP-ENROLL). Importing this module registers the tag.
 *
 * Props: `employeeId` and/or `employee` (the roster's row: « Modifier un salarié »; neither:
 * « Inscrire un nouveau salarié »), `loginHref`. Events: `onEmployeeEnrolled` (`e.employee`,
 * `e.employeeId`, `e.firstName`, `e.lastName`, `e.profile`, `e.validatedModules`,
 * `e.firstLoginSentTo`), `onEmployeeUpdated` (`e.employee`: the new row), `onEmployeeEditCancelled`
 * (`e.employeeId`), `onPassportLoginRequested` (call `preventDefault()` to show your own sign-in).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  EmployeeEditCancelledEvent,
  EmployeeEnrolledEvent,
  EmployeeUpdatedEvent,
  PassportLoginRequestedEvent,
} from '@vigie/components';
import { EmployeeEnrollment as EmployeeEnrollmentElement } from '@vigie/components/define/employee-enrollment.js';

export const EmployeeEnrollment = createComponent({
  tagName: 'employee-enrollment',
  elementClass: EmployeeEnrollmentElement,
  react: React,
  events: {
    onEmployeeEnrolled: 'employee-enrolled' as EventName<EmployeeEnrolledEvent>,
    onEmployeeUpdated: 'employee-updated' as EventName<EmployeeUpdatedEvent>,
    onEmployeeEditCancelled: 'employee-edit-cancelled' as EventName<EmployeeEditCancelledEvent>,
    onPassportLoginRequested: 'passport-login-requested' as EventName<PassportLoginRequestedEvent>,
  },
});
