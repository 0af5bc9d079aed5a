/**
 * @vigie/react — `<pdf-text-picker>` (SR-OBS), the reusable PDF text picker. Importing this module
 * registers the tag (pdfjs-dist loads when `data` is set).
 *
 * Props: `data` (the PDF's bytes, a Blob or Uint8Array fetched with the host's token), `target`
 * (`observation`, `anomaly`, `prescription`: the button's words), `workerSrc`, `page`. Event:
 * `onPdfTextPick` (`e.text`, whitespace normalised; `e.page`; `e.via` pointer or keyboard).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { PdfTextPickEvent } from '@vigie/components';
import { PdfTextPicker as PdfTextPickerElement } from '@vigie/components/define/pdf-text-picker.js';

export const PdfTextPicker = createComponent({
  tagName: 'pdf-text-picker',
  elementClass: PdfTextPickerElement,
  react: React,
  events: {
    onPdfTextPick: 'pdf-text-pick' as EventName<PdfTextPickEvent>,
  },
});
