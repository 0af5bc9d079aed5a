/**
 * X-EVENTS — the events of `<employee-enrollment>` (PP-ENROLL): bubbling, composed, typed. (It also
 * fires `passport-login-requested`, shared by the passport widgets: see ../passport.events.ts.)
 */
import type { Employee, EmployeeCreated, ProfileId, UnpgModuleId } from '@vigie/core';

/** Who received the first-login information: the employee, or the referent when no e-mail was given. */
export type FirstLoginRecipient = EmployeeCreated['firstLoginSentTo'];

const init = (): EventInit => ({ bubbles: true, composed: true });

/**
 * PP-ENROLL: an employee was enrolled (« L’utilisateur a bien été créé »). The roster adds `employee`
 * to its list without reloading.
 */
export class EmployeeEnrolledEvent extends Event {
  static readonly eventName = 'employee-enrolled';
  /** The new employee's id. */
  readonly employeeId: string;
  readonly firstName: string;
  readonly lastName: string;
  /** The awareness profile the three answers gave. */
  readonly profile: ProfileId;
  constructor(
    /** The new roster row, as the server stored it (with its `version`). */
    readonly employee: Employee,
    /** The modules the SNBPE reciprocity validated at once (empty without an SNBPE passport). */
    readonly validatedModules: readonly UnpgModuleId[],
    /** Who received the first-login information: the employee, or the referent when no e-mail was given. */
    readonly firstLoginSentTo: FirstLoginRecipient,
  ) {
    super(EmployeeEnrolledEvent.eventName, init());
    this.employeeId = employee.id;
    this.firstName = employee.firstName;
    this.lastName = employee.lastName;
    this.profile = employee.profile;
  }
}

/** PP-ROSTER « Modifier un salarié »: the changes were saved. */
export class EmployeeUpdatedEvent extends Event {
  static readonly eventName = 'employee-updated';
  constructor(
    /** The row as the server stored it, with its new `version`. */
    readonly employee: Employee,
  ) {
    super(EmployeeUpdatedEvent.eventName, init());
  }
}

/** PP-ROSTER « Modifier un salarié »: « Annuler » was pressed; nothing was saved (close the dialog). */
export class EmployeeEditCancelledEvent extends Event {
  static readonly eventName = 'employee-edit-cancelled';
  constructor(
    /** The employee that was being edited. */
    readonly employeeId: string,
  ) {
    super(EmployeeEditCancelledEvent.eventName, init());
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'employee-enrolled': EmployeeEnrolledEvent;
    'employee-updated': EmployeeUpdatedEvent;
    'employee-edit-cancelled': EmployeeEditCancelledEvent;
  }
}
