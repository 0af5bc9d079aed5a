/** X-EVENTS — the event of `<paper-payslip-request>` (VA-PAPER). */

/**
 * The request for paper payslips is confirmed and recorded. Carries only the reference to quote
 * (never the identifier, the password or the draft).
 */
export class PaperPayslipRequestedEvent extends Event {
  static readonly eventName = 'paper-payslip-requested';
  constructor(
    /** The reference of the request, e.g. `PAP-2026-000123`. */
    readonly reference: string,
  ) {
    super(PaperPayslipRequestedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-payslip-requested': PaperPayslipRequestedEvent;
  }
}
