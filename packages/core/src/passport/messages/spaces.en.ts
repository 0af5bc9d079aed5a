/** X-I18N — the English texts of `<space-switcher>` (every key of `passportSpacesFr`). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { passportSpacesFr } from './spaces.fr.js';

export const passportSpacesEn: CatalogOf<typeof passportSpacesFr> = {
  'passport.spaces.title': 'Your spaces',
  'passport.spaces.signedOut': 'Sign in to your company space to link your spaces or move from one to another.',
  'passport.spaces.sessionExpired': 'Your session has expired. Sign in to your company space again.',
  'passport.spaces.signIn': 'Sign in',
  'passport.spaces.loadError': 'Your spaces could not be loaded.',

  'passport.spaces.current': 'Current space:',
  'passport.spaces.menu.label': 'Change space',
  'passport.spaces.menu.current': '(current space)',
  'passport.spaces.switching': 'Changing space…',
  'passport.spaces.switched': 'You are now in your {space}.',
  'passport.spaces.status.linked': 'Your spaces are linked: one login and one password to reach them.',
  'passport.spaces.status.separate': 'Your spaces are not linked: each one has its own login details.',
  'passport.spaces.list.linked': 'Linked spaces',
  'passport.spaces.login': 'Login: {login}',

  'passport.spaces.link.title': 'Link this company account to my user account',
  'passport.spaces.link.intro':
    'You can “link” your Company, User and, where relevant, Trainer spaces, to reach these different roles from one single interface.',
  'passport.spaces.link.optional.title': 'Optional',
  'passport.spaces.link.optional':
    'You do not have to link your spaces at all. If you prefer to keep separate access to each of them, you can.',
  'passport.spaces.link.reversible.title': 'Reversible',
  'passport.spaces.link.reversible':
    'Linking gives you a single pair of login details (login + password) for your different spaces. It only affects how you reach your spaces: you can separate them again at any time.',
  'passport.spaces.link.unchanged':
    'Apart from your login details, linking or separating spaces changes nothing in the information held by the linked accounts.',
  'passport.spaces.link.criteria':
    'Conditions: your company already has an account on the platform and you were designated as the company contact person on this account.',
  'passport.spaces.link.newUser':
    'You do not have a user account yet? It will be created when linking, and your spaces linked straight away.',
  'passport.spaces.link.after': 'Afterwards, you will sign in to all your spaces with the login and password of the company account.',
  'passport.spaces.link.submit': 'Link my spaces',
  'passport.spaces.link.done': 'Your spaces are linked. Move from one to another with the “Current space” menu at the top.',
  'passport.spaces.refused': 'Not possible',

  'passport.spaces.dissociate.open': 'Get separate access to my user account',
  'passport.spaces.dissociate.intro':
    'Choose new login details for your user account: an email address, which will be its login, and a password. The company account keeps its login and password, and you remain its contact person.',
  'passport.spaces.dissociate.userLogin': 'Login email address of your user account',
  'passport.spaces.dissociate.userLogin.hint': 'An address other than {login}, the login of the company account.',
  'passport.spaces.dissociate.userLogin.hintUnknown': 'An address other than the login of the company account.',
  'passport.spaces.dissociate.password': 'Password of your user account',
  'passport.spaces.dissociate.passwordConfirmation': 'Confirm the password',
  'passport.spaces.dissociate.password.hint': 'At least {min} characters.',
  'passport.spaces.dissociate.submit': 'Separate my spaces',
  'passport.spaces.dissociate.cancel': 'Cancel',
  'passport.spaces.dissociate.emailUnavailable': 'This email address is already the login of another account: choose another one.',

  'passport.spaces.done.title': 'Separate my spaces',
  'passport.spaces.done.intro': 'You now have two separate ways in for your 2 accounts:',
  'passport.spaces.done.company': 'The company contact person account',
  'passport.spaces.done.user': 'The worker account',
  'passport.spaces.done.login': 'The login is the address {login}.',
  'passport.spaces.done.company.loginUnknown': 'The login is still the contact person’s email address.',
  'passport.spaces.done.company.password': 'The password has not changed.',
  'passport.spaces.done.user.password': 'The password is the one you have just entered.',
  'passport.spaces.done.trainer': 'If you are a trainer, you keep access to your Trainer Space directly from your user account.',
  'passport.spaces.done.reminder':
    'As a reminder, separating only affects how you reach your different spaces, not the other information held by each account. Until you have changed the information to the new company contact person directly from the company account, you remain our main contact.',
  'passport.spaces.done.handover': 'Changing the contact person? Hand over now from the {link} form.',
  'passport.spaces.done.handover.link': 'Company information',
  'passport.spaces.done.ok': 'OK',
};
