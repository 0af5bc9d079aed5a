/** X-I18N — the English texts of `<company-profile>` (every key of `passportCompanyFr`). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { passportCompanyFr } from './company.fr.js';

export const passportCompanyEn: CatalogOf<typeof passportCompanyFr> = {
  'passport.company.title': 'Company information',
  'passport.company.signedOut': 'Sign in to your company space to see and change the company information.',
  'passport.company.sessionExpired': 'Your session has expired. Sign in to your company space again.',
  'passport.company.signIn': 'Sign in',
  'passport.company.loadError': 'The company information could not be loaded.',
  'passport.company.refreshFailed': 'The company information could not be refreshed. What you typed is kept.',

  'passport.company.siret': 'SIRET number',
  'passport.company.vat': 'EU VAT number',
  'passport.company.identification.hint': 'This number identifies the company: it cannot be changed.',
  'passport.company.companyName': 'Company name',
  'passport.company.regions': 'Regions of intervention',
  'passport.company.regions.hint': 'Select one or more regions.',
  'passport.company.referentLastName': 'Contact person’s last name',
  'passport.company.referentFirstName': 'Contact person’s first name',
  'passport.company.referentEmail': 'Contact person’s email address',
  'passport.company.referentEmail.hint': 'It is the login of the company account.',
  'passport.company.password': 'New password',
  'passport.company.passwordConfirmation': 'Confirm the new password',
  'passport.company.password.legend': 'Password of the company account',
  'passport.company.password.hint': 'Optional: fill in both fields to set a new password for the account. At least {min} characters.',
  'passport.company.temporaryPassword': 'Temporary password',
  'passport.company.temporaryPasswordConfirmation': 'Confirm the temporary password',
  'passport.company.temporaryPassword.hint':
    'At least {min} characters. Your successor will have to change it when they first sign in to the account.',

  'passport.company.save': 'Save the changes',
  'passport.company.cancel': 'Cancel',
  'passport.company.dirty': 'You have unsaved changes.',
  'passport.company.saved': 'The company information has been saved.',
  'passport.company.savedPassword': 'The password of the company account has been changed.',
  'passport.company.savedBoth': 'The company information and the account password have been saved.',
  'passport.company.nothingToSave': 'There is nothing to save.',
  'passport.company.restored': 'The saved information has been restored.',
  'passport.company.emailUnavailable': 'This email address is already the login of another account: enter another one.',

  'passport.company.conflict.title': 'This information was changed in the meantime',
  'passport.company.conflict.body':
    'Someone else saved changes since this form was opened. What you typed is kept: reload the latest information, check it, then save again.',
  'passport.company.conflict.reload': 'Reload the latest information',
  'passport.company.conflict.reloading': 'Loading the latest information…',
  'passport.company.conflict.reloaded': 'The latest information was reloaded. What you typed is kept: check it, then save or cancel.',
  'passport.company.conflict.changes': 'Values saved in the meantime:',
  'passport.company.conflict.noChanges': 'The values you are changing did not change in the meantime.',

  'passport.company.handover.important': 'IMPORTANT',
  'passport.company.handover.question': 'What happens to the password of the company account?',
  'passport.company.handover.tip':
    'If you do not want to disclose the password you chose for this account, you have two options: set a temporary password that you give to your successor, or ask them to reset the password.',
  'passport.company.handover.confirm.title': 'Confirm the handover',
  'passport.company.handover.confirm.intro': 'You are about to hand the company account over to a new Safety Passport contact person.',
  'passport.company.handover.confirm.referent': 'New contact person',
  'passport.company.handover.confirm.login': 'New login',
  'passport.company.handover.confirm.password': 'Password',
  'passport.company.handover.confirm.consequence':
    'Once handed over, you will no longer be the designated contact person: {name} will become our main contact and will receive the information about the company account and your employees’ accounts.',
  'passport.company.handover.confirm.submit': 'Confirm the handover',
  'passport.company.handover.confirm.back': 'Back to the form',
  'passport.company.handover.done':
    'The handover is done: {name} is now the Safety Passport contact person, and {email} the login of the company account.',

  'passport.company.link': 'Link this company account to my user account',
  'passport.company.link.linked': 'This company account is linked to your user account.',

  'passport.company.domain.toggle': 'Change the domain name of your employees’ email addresses',
  'passport.company.domain.intro':
    'If your company’s domain name changes, update in one go every business email address of the accounts of your enrolled employees.',
  'passport.company.domain.from': 'Current domain name',
  'passport.company.domain.from.hint': 'The part after “@”, for example company.com.',
  'passport.company.domain.to': 'New domain name',
  'passport.company.domain.to.hint': 'For example new-company.com.',
  'passport.company.domain.preview': 'See the accounts concerned',
  'passport.company.domain.preview.title.one': '{count} account will change',
  'passport.company.domain.preview.title.other': '{count} accounts will change',
  'passport.company.domain.preview.example': 'For example, firstname.lastname@{from} will become firstname.lastname@{to}.',
  'passport.company.domain.preview.stay': 'Unchanged:',
  'passport.company.domain.preview.otherDomain.one': '{count} account with an address on another domain name',
  'passport.company.domain.preview.otherDomain.other': '{count} accounts with an address on another domain name',
  'passport.company.domain.preview.noEmail.one': '{count} account without an email address',
  'passport.company.domain.preview.noEmail.other': '{count} accounts without an email address',
  'passport.company.domain.preview.referent':
    'The contact person’s address does not change here: it is the login of the company account, changed in “Contact person’s email address”.',
  'passport.company.domain.none': 'No employee account has an address on the domain name {from}: nothing to change.',
  'passport.company.domain.confirm.one': 'Change {count} address',
  'passport.company.domain.confirm.other': 'Change the {count} addresses',
  'passport.company.domain.back': 'Edit the domain names',
  'passport.company.domain.cancel': 'Cancel',
  'passport.company.domain.done.one': '{count} email address moved from {from} to {to}.',
  'passport.company.domain.done.other': '{count} email addresses moved from {from} to {to}.',
  'passport.company.domain.close': 'Close',
};
