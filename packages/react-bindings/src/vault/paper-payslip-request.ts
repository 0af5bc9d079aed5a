/**
 * @vigie/react — `<paper-payslip-request>` (VA-PAPER). Importing this module registers the tag.
 * (Imports the define entry, which also exports the class and its event, until the package root
 * of @vigie/components exports them.)
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { PaperPayslipRequest as PaperPayslipRequestElement, type PaperPayslipRequestedEvent } from '@vigie/components/define/paper-payslip-request.js';

/** `<paper-payslip-request>`: `resetHref`, `privacyHref`; `onPaperPayslipRequested` (the request's `reference`). */
export const PaperPayslipRequest = createComponent({
  tagName: 'paper-payslip-request',
  elementClass: PaperPayslipRequestElement,
  react: React,
  events: {
    onPaperPayslipRequested: 'paper-payslip-requested' as EventName<PaperPayslipRequestedEvent>,
  },
});
