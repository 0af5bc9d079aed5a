/**
 * Forms and credential fields for light-DOM widgets (login, reset, activation, registration…).
 * See `light-dom-element.ts` for why credential inputs live in the light DOM.
 */
export { LightDomElement } from './light-dom-element.js';
export { adoptLightStyles } from './adopt-styles.js';
export {
  FormController,
  FIELD_KINDS,
  SECRET_KINDS,
  CHECKED,
  MULTI_SEPARATOR,
  splitMulti,
  type FieldOption,
  digitsOnly,
  looksLikeEmail,
  type FieldBinding,
  type FieldError,
  type FieldKind,
  type FieldName,
  type FieldSpec,
  type FieldSpecs,
  type FormOptions,
  type FormSpec,
  type FormStatus,
  type FormValues,
  type Text,
  type Validator,
} from './form-controller.js';
export {
  checkboxField,
  choiceField,
  codeField,
  formField,
  selectField,
  passwordField,
  requiredNote,
  submitButton,
  textField,
  type FieldOptions,
  type FormLike,
} from './fields.js';
export { formStyles, lightBase } from './forms.styles.js';
