import { defineElement } from '../base/define.js';
import { PdfTextPicker } from '../safety-register/pdf-text-picker/pdf-text-picker.js';

defineElement('pdf-text-picker', PdfTextPicker);
