/**
 * X-EVENTS — the events of `<passport-roster>` (PP-ROSTER, PP-BLOCK): bubbling, composed, typed.
 * Each names the employee (`employeeId`) and carries the row (`employee`, as the roster shows it).
 * The roster also fires `passport-login-requested` (../passport.events.ts), and the events of the
 * `<employee-enrollment>` it opens (`employee-enrolled`, `employee-updated`…) come out of it too.
 */
import type { Employee } from '@vigie/core';

const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/**
 * « Modifier » (the pencil) was pressed. **Cancelable**: call `preventDefault()` to show your own
 * form instead of the roster's dialog with `<employee-enrollment employee-id=…>`; call the roster's
 * `applyUpdate(employee)` after your form saved, so the row shows the change.
 */
export class EmployeeEditRequestedEvent extends Event {
  static readonly eventName = 'employee-edit-requested';
  readonly employeeId: string;
  constructor(
    /** The row as the roster shows it (with the `version` an update must send). */
    readonly employee: Employee,
  ) {
    super(EmployeeEditRequestedEvent.eventName, init(true));
    this.employeeId = employee.id;
  }
}

/**
 * « Inscrire un nouveau salarié » was pressed. **Cancelable**: call `preventDefault()` to show your
 * own form instead of the roster's dialog with `<employee-enrollment>`; call the roster's
 * `applyEnrollment(employee)` after it, so the new row appears.
 */
export class EmployeeEnrollmentRequestedEvent extends Event {
  static readonly eventName = 'employee-enrollment-requested';
  constructor() {
    super(EmployeeEnrollmentRequestedEvent.eventName, init(true));
  }
}

/** « Supprimer le profil » was confirmed and the server deleted the employee: the row left the list. */
export class EmployeeDeletedEvent extends Event {
  static readonly eventName = 'employee-deleted';
  readonly employeeId: string;
  constructor(
    /** The row as it was before the deletion. */
    readonly employee: Employee,
  ) {
    super(EmployeeDeletedEvent.eventName, init());
    this.employeeId = employee.id;
  }
}

/** PP-BLOCK: « Bloqué » → confirmed, and the server unblocked the account: the row is active again. */
export class EmployeeUnblockedEvent extends Event {
  static readonly eventName = 'employee-unblocked';
  readonly employeeId: string;
  constructor(
    /** The row as the server answered it (state `active`, new `version`). */
    readonly employee: Employee,
  ) {
    super(EmployeeUnblockedEvent.eventName, init());
    this.employeeId = employee.id;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'employee-edit-requested': EmployeeEditRequestedEvent;
    'employee-enrollment-requested': EmployeeEnrollmentRequestedEvent;
    'employee-deleted': EmployeeDeletedEvent;
    'employee-unblocked': EmployeeUnblockedEvent;
  }
}
