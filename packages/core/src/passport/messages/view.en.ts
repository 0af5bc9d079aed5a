/** X-I18N — the English texts of `<passport-view>` (PP-ROSTER): exactly the keys of `view.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { passportViewFr } from './view.fr.js';

export const passportViewEn: CatalogOf<typeof passportViewFr> = {
  'passport.view.title': 'UNPG safety passport',
  'passport.view.of': 'Safety passport of {name}',
  'passport.view.loading': 'Loading the passport…',
  'passport.view.error': 'The passport could not be loaded.',
  'passport.view.notFound.title': 'Employee not found',
  'passport.view.notFound.text':
    'This employee is not (or no longer) registered with your company. They may have been deleted: refresh the list of employees.',
  'passport.view.noEmployee': 'No employee is chosen: the passport cannot be shown.',
  'passport.view.signedOut': 'Sign in to the company space to see this passport.',
  'passport.view.sessionExpired': 'Your session has expired. Sign in again to see this passport.',
  'passport.view.signIn': 'Sign in',
  'passport.view.profile': 'Profile',
  'passport.view.email': 'E-mail address',
  'passport.view.noEmail': 'No e-mail address',
  'passport.view.state': 'State',
  'passport.view.expiry': 'Expiry',
  'passport.view.noExpiry': 'No passport yet',
  'passport.view.progress': 'Progress',
  'passport.view.progress.one': '{validated} module validated out of {total}',
  'passport.view.progress.other': '{validated} modules validated out of {total}',

  'passport.view.status.not-started': 'Awareness not started',
  'passport.view.status.in-progress': 'Awareness in progress',
  'passport.view.status.valid': 'Valid passport',
  'passport.view.status.expired': 'Expired passport',
  'passport.view.status.blocked': 'Account blocked',
  'passport.view.status.valid.detail': 'Valid until {date} included.',
  'passport.view.status.expired.detail': 'Valid until {date}: the awareness must be renewed.',
  'passport.view.status.not-started.detail': 'The employee has not taken any module yet.',
  'passport.view.status.in-progress.detail': 'The passport is issued once every module is validated.',
  'passport.view.status.not-started.detail.employee': 'You have not taken any module yet.',
  'passport.view.status.in-progress.detail.employee': 'Your passport is issued once all your modules are validated.',

  'passport.view.blocked.referent':
    '{name} failed the module “{module}” more than three times: their awareness has stopped and their account is blocked. A message asks them to see their manager.',
  'passport.view.blocked.unblock': 'To unblock this account, select “Blocked” in the list of enrolled employees, then confirm.',
  'passport.view.blocked.employee':
    'You failed the module “{module}” more than three times: your awareness has stopped and your account is blocked.',
  'passport.view.blocked.seeManager': 'Please see your manager, who can have your account unblocked.',
  'passport.view.blocked.since': 'Blocked since {date}.',

  'passport.view.modules': 'Awareness modules',
  'passport.view.module.e-learning': 'Validated on {date}',
  'passport.view.module.snbpe': 'Validated by SNBPE reciprocity',
  'passport.view.module.to-do': 'To validate',
  'passport.view.module.blocking': 'Blocking: failed more than three times',
  'passport.view.module.failures.one': '{count} failure out of {max} allowed',
  'passport.view.module.failures.other': '{count} failures out of {max} allowed',
  'passport.view.module.lastTry': 'The next failure blocks the account.',
  'passport.view.snbpe':
    'SNBPE passport obtained on {issuedOn}, linked when the account was created on {linkedOn}: the modules common to both programmes were validated at once.',
};
