/**
 * X-EVENTS — « Voir le passeport » (PP-ROSTER): bubbling, composed, typed. `<passport-roster>`
 * fires it when « Voir le passeport » is pressed; `<passport-view>` shows the passport itself.
 */
import type { Employee } from '@vigie/core';

/**
 * « Voir le passeport » was pressed for an employee. **Cancelable**: call `preventDefault()` to
 * show the passport your own way (your page, your dialog; `<passport-view employee-id=…>` can be
 * used on its own). Not cancelled, the roster shows `<passport-view>` in a dialog over the list:
 * the page is never left, and the session is kept.
 */
export class PassportViewRequestedEvent extends Event {
  static readonly eventName = 'passport-view-requested';
  readonly employeeId: string;
  constructor(
    /** The row as the roster shows it. */
    readonly employee: Employee,
    /** The address the server gives for this passport (`Employee.passportUrl`, when it is a web address): for a host that routes to it itself. */
    readonly passportUrl: string | undefined,
  ) {
    super(PassportViewRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.employeeId = employee.id;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passport-view-requested': PassportViewRequestedEvent;
  }
}
