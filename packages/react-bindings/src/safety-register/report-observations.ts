/**
 * @vigie/react — `<report-observations>` (SR-OBS). Importing this module registers the tag.
 *
 * Props: `interventionId` (with `target` `observation`, the default) or `documentId` (with `target`
 * `anomaly` or `prescription`), `pdfWorkerSrc` (where PDF.js's worker is hosted; default
 * `/pdfjs/pdf.worker.min.mjs`), `headingLevel`. Event: `onExtractCreated` (`e.kind`, `e.sourceId`,
 * `e.item`). Needs a `<VigieProvider>` with the host's bearer token (`getToken`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ExtractCreatedEvent } from '@vigie/components';
import { ReportObservations as ReportObservationsElement } from '@vigie/components/define/report-observations.js';

export const ReportObservations = createComponent({
  tagName: 'report-observations',
  elementClass: ReportObservationsElement,
  react: React,
  events: {
    onExtractCreated: 'extract-created' as EventName<ExtractCreatedEvent>,
  },
});
