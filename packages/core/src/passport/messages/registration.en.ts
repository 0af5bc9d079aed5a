/** X-I18N — the English texts of `<company-registration>` (every key of `passportRegistrationFr`). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { passportRegistrationFr } from './registration.fr.js';

export const passportRegistrationEn: CatalogOf<typeof passportRegistrationFr> = {
  'passport.registration.title': 'Subcontractor company registration',
  'passport.registration.requiredNote': 'All fields marked with * are required.',
  'passport.registration.siret': 'SIRET number',
  'passport.registration.siret.hint': '14 digits, spaces allowed. Example: 732 829 320 00074',
  'passport.registration.noSiret': 'No SIRET number?',
  'passport.registration.vat': 'Intra-community VAT number',
  'passport.registration.vat.hint': 'The country code, then the number. Examples: FR40303265045, DE123456789',
  'passport.registration.hasSiret': 'I have a SIRET number',
  'passport.registration.companyName': 'Company name',
  'passport.registration.regions': 'Regions of intervention',
  'passport.registration.regions.hint': 'Select one or more regions.',
  'passport.registration.referent.what': 'What is the contact person?',
  'passport.registration.referent.whatHelp':
    'The Safety Passport contact person handles, within the company, every question about the employees’ safety training. They will receive all the information about the company account and about the accounts of the employees attached to it.',
  'passport.registration.lastName': 'Contact person’s last name',
  'passport.registration.lastName.hint': 'Example: Dupont',
  'passport.registration.firstName': 'Contact person’s first name',
  'passport.registration.firstName.hint': 'Example: Baptiste',
  'passport.registration.email': 'Contact person’s email address',
  'passport.registration.email.hint': 'It will be the login of the company account. Example: baptiste@company.com',
  'passport.registration.emailConfirmation': 'Confirm the contact person’s email address',
  'passport.registration.password': 'New password',
  'passport.registration.password.hint':
    'At least {min} characters. You will be the only one to know this password: make sure you remember it.',
  'passport.registration.password.count': '{count, plural, one {# character} other {# characters}}, {min} minimum',
  'passport.registration.passwordConfirmation': 'Confirm the new password',
  'passport.registration.captcha': 'Anti-robot check',
  'passport.registration.captcha.checking': 'Anti-robot check in progress…',
  'passport.registration.captcha.refused': 'The anti-robot check was not accepted or has expired: do it again, then send the form again.',
  'passport.registration.submit': 'Create the company account',
  'passport.registration.submitting': 'Creating the account…',
  'passport.registration.error.siretTaken':
    'A company is already registered with this SIRET number. If it is yours, sign in with its contact person’s email address, or check the number.',
  'passport.registration.error.vatTaken':
    'A company is already registered with this VAT number. If it is yours, sign in with its contact person’s email address, or check the number.',
  'passport.registration.error.invalid': 'This value was not accepted: check it.',
  'passport.registration.passwordsCleared': 'For your security, the passwords you typed have been cleared: type them again.',
  'passport.registration.done.title': 'Registration request received',
  'passport.registration.done.text':
    'The registration request of the company “{companyName}” is received. An email has been sent to the contact person, at {email}.',
  'passport.registration.done.login':
    'To sign in, use this email address and the password you have just chosen. If this address was already the login of an account, the email tells you how to access it.',
  'passport.registration.done.spam': 'Didn’t receive the email? Check your spam folder.',
  'passport.registration.done.signIn': 'Sign in',
};
