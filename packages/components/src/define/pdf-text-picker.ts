/** Registers `<pdf-text-picker>` (SR-OBS). pdfjs-dist itself loads only when a document is given. */
import { defineElement } from '../base/define.js';
import { PdfTextPicker } from '../safety-register/pdf-text-picker/pdf-text-picker.js';

defineElement('pdf-text-picker', PdfTextPicker);

// The class and its event, for hosts (and @vigie/react) that import this entry alone.
export { PdfTextPicker };
export * from '../safety-register/pdf-text-picker/pdf-text-picker.events.js';
