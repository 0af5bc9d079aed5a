/** X-I18N — the English texts of `<employee-enrollment>` (every key of `passportEnrollmentFr`). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { passportEnrollmentFr } from './enrollment.fr.js';

export const passportEnrollmentEn: CatalogOf<typeof passportEnrollmentFr> = {
  'passport.enrollment.title.create': 'Enrol a new employee',
  'passport.enrollment.title.edit': 'Edit an employee',
  'passport.enrollment.firstName': 'First name',
  'passport.enrollment.lastName': 'Last name',
  'passport.enrollment.email': 'Contact email address',
  'passport.enrollment.email.hint.create': 'Optional. The employee will receive their first sign-in details there.',
  'passport.enrollment.email.hint.edit': 'Optional.',
  'passport.enrollment.email.none': 'No email address?',
  'passport.enrollment.email.noneHelp':
    'If your employee has no work email address, you may give another email address, with the person’s prior agreement. Otherwise, leave this field empty: the details of this account will be sent to the email address registered on the company account (the Safety Passport referent’s email).',

  'passport.enrollment.question.intervenesTechnically': 'Will this user do technical work on our installations?',
  'passport.enrollment.question.leadsAwarenessSessions': 'Will this user lead awareness sessions?',
  'passport.enrollment.question.checksPassports': 'Will this user check passports with the mobile app?',
  'passport.enrollment.question.intervenesTechnically.short': 'Technical work on the installations',
  'passport.enrollment.question.leadsAwarenessSessions.short': 'Awareness sessions',
  'passport.enrollment.question.checksPassports.short': 'Passport checks',
  'passport.enrollment.profile.note': 'Your answers to these questions determine this employee’s awareness profile.',
  'passport.enrollment.profile.label': 'Awareness profile',
  'passport.enrollment.profile.current': 'Awareness profile:',
  'passport.enrollment.profile.pending': 'Answer the three questions to see this employee’s awareness profile.',

  'passport.enrollment.snbpe.title': 'SNBPE safety passport',
  'passport.enrollment.snbpe.intro':
    'Some modules share a common body of knowledge with the SNBPE safety passport. If this employee holds a valid SNBPE passport, these modules will be validated at once.',
  'passport.enrollment.snbpe.more': 'Learn more',
  'passport.enrollment.snbpe.more.context': 'about reciprocity with the SNBPE passport',
  'passport.enrollment.snbpe.more.origin':
    'Through discussions with the French ready-mixed concrete association (SNBPE), we identified, in our respective safety induction awareness programmes, modules that rest on a common body of knowledge. For these modules in particular, we therefore set up reciprocity between the SNBPE and UNPG Safety Passports.',
  'passport.enrollment.snbpe.more.meaning':
    'In short, if your employees hold a valid SNBPE safety passport, we (UNPG) consider that, for these specifically identified common modules, they have already shown enough knowledge to access our sites safely. Our e-learning therefore has a gateway that validates these modules for them at once.',
  'passport.enrollment.snbpe.more.how': 'How does it work?',
  'passport.enrollment.snbpe.more.howText':
    'Just give the SNBPE Safety Passport details on this form to link that passport to the UNPG user account. Once the link is validated, the system automatically finds, in this user’s UNPG awareness programme, the modules that share a common body of knowledge with the SNBPE ones. Thanks to this reciprocity, these modules are validated at once, and the user only has to focus on the other modules to obtain the UNPG safety passport.',
  'passport.enrollment.snbpe.more.modules': 'The common modules:',
  'passport.enrollment.snbpe.question': 'Does this employee hold an SNBPE safety passport?',
  'passport.enrollment.snbpe.date': 'Date the passport was obtained',
  'passport.enrollment.snbpe.date.hint': 'As DD/MM/YYYY, for example 15/03/2024. This links the account to the modules already validated.',
  'passport.enrollment.snbpe.date.invalid': 'Enter a date that exists, as DD/MM/YYYY (for example 15/03/2024).',
  'passport.enrollment.snbpe.date.future': 'This date is after today ({today}): enter the date the passport was obtained.',
  'passport.enrollment.snbpe.date.expired':
    'This SNBPE passport was valid until {date} ({years} years): it is no longer valid and validates no module. Check the date or answer “No”.',
  'passport.enrollment.snbpe.validUntil': 'SNBPE passport valid until {date}.',
  'passport.enrollment.snbpe.editNote':
    'An SNBPE safety passport can only be linked when the account is created: it cannot be added when editing an employee.',

  'passport.enrollment.submit': 'Save',
  'passport.enrollment.cancel': 'Cancel',
  'passport.enrollment.invalid': 'This value was not accepted: check it.',

  'passport.enrollment.created': 'The user has been created',
  'passport.enrollment.created.employee': 'Employee',
  'passport.enrollment.created.modules': 'Modules validated at once thanks to the SNBPE passport ({count}):',
  'passport.enrollment.created.next': 'What happens next?',
  'passport.enrollment.created.listed': 'This employee now appears in your list of enrolled employees.',
  'passport.enrollment.created.referentMail':
    'You will receive an email confirming this account at the company’s Safety Passport referent email address.',
  'passport.enrollment.created.employeeMail':
    '{name} will receive an email confirming their account, with the details needed to sign in for the first time.',
  'passport.enrollment.created.passOn':
    'No email address was given for {name}: you will have to pass on the details needed to sign in for the first time. They are in the confirmation email sent to the referent.',
  'passport.enrollment.another': 'Enrol another employee',

  'passport.enrollment.updated': 'The changes have been saved.',

  'passport.enrollment.conflict.title': 'This employee was changed in the meantime',
  'passport.enrollment.conflict.text':
    'Someone else saved a change to this employee while you were editing it. Your entries are kept: load the saved version to compare, then save again.',
  'passport.enrollment.conflict.reload': 'Load the saved version',
  'passport.enrollment.conflict.loaded': 'The saved version has been loaded',
  'passport.enrollment.conflict.saved': 'Currently saved:',
  'passport.enrollment.conflict.keep': 'Your entries are still in the form: “Save” will save them instead of this version.',
  'passport.enrollment.conflict.useSaved': 'Use the saved version',
  'passport.enrollment.conflict.noEmail': 'none',

  'passport.enrollment.loadError': 'This employee could not be loaded.',
  'passport.enrollment.notFound': 'This employee is no longer in your list of enrolled employees: they may have been deleted.',

  'passport.enrollment.signedOut': 'Sign in to your company space to enrol or edit an employee.',
  'passport.enrollment.sessionExpired': 'Your session has expired. Sign in again: your entries are kept.',
  'passport.enrollment.login': 'Sign in',
};
