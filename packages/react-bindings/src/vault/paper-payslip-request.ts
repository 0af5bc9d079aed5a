/**
 * @vigie/react — `<paper-payslip-request>` (VA-PAPER). Importing this module registers the tag.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { PaperPayslipRequestedEvent } from '@vigie/components';
import { PaperPayslipRequest as PaperPayslipRequestElement } from '@vigie/components/define/paper-payslip-request.js';

/** `<paper-payslip-request>`: `resetHref`, `privacyHref`; `onPaperPayslipRequested` (the request's `reference`). */
export const PaperPayslipRequest = createComponent({
  tagName: 'paper-payslip-request',
  elementClass: PaperPayslipRequestElement,
  react: React,
  events: {
    onPaperPayslipRequested: 'paper-payslip-requested' as EventName<PaperPayslipRequestedEvent>,
  },
});
