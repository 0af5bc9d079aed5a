/** X-I18N — the generic texts of every Vigie form, in English. */
import type { CatalogOf } from '../i18n/fr.js';
import type { formsFr } from './messages.fr.js';

export const formsEn: CatalogOf<typeof formsFr> = {
  'form.required': 'required',
  'form.requiredNote': 'Fields marked with an asterisk (*) are required.',
  'form.field.identifier': 'Identifier',
  'form.field.email': 'Email address',
  'form.field.password': 'Password',
  'form.field.newPassword': 'New password',
  'form.field.code': 'Verification code',
  'form.hint.code': 'The code has {length} digits.',
  'form.password.show': 'Show password',
  'form.error.prefix': 'Error:',
  'form.error.required': 'This field is required.',
  'form.error.select': 'Choose an option from the list.',
  'form.error.checkbox': 'Tick this box to continue.',
  'form.error.choice': 'Choose an answer.',
  'form.error.multi': 'Choose at least one option.',
  'form.select.placeholder': 'Select…',
  'form.yes': 'Yes',
  'form.no': 'No',
  'form.error.email': 'Enter a valid email address, for example firstname.lastname@example.com.',
  'form.error.code': 'Enter the {length} digits of the code.',
  'form.summary.one': 'There is a problem with one field:',
  'form.summary.many': 'There are problems with {count} fields:',
  'form.summary.item': '{label}: {message}',
  'form.submitting': 'Sending…',
  'form.failure.title': 'This could not be sent.',
  'form.failure.secrets': 'For your security, the passwords and codes you typed have been cleared: type them again, then try again.',
  'common.newTab': '(opens in a new tab)',
};
