/** X-I18N — the English texts of RS-ONB: exactly the keys of `onboarding.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteOnboardingFr } from './onboarding.fr.js';

export const remoteOnboardingEn: CatalogOf<typeof remoteOnboardingFr> = {
  'rs.onboarding.title': 'Sign up to MySecuritas Remote Services',
  'rs.onboarding.stepCount': 'Step {index} of {total}',
  'rs.onboarding.steps': 'Sign-up steps',
  'rs.onboarding.stepDone': 'done',
  'rs.onboarding.step.invitation': 'Invitation',
  'rs.onboarding.step.login': 'Log in',
  'rs.onboarding.step.email': 'E-mail address',
  'rs.onboarding.step.check-email': 'E-mailed link',
  'rs.onboarding.step.password': 'Password',
  'rs.onboarding.step.terms-mysecuritas': 'MySecuritas terms',
  'rs.onboarding.step.terms-remote': 'Remote Services terms',
  'rs.onboarding.step.id-pin': 'ID & PIN',
  'rs.onboarding.step.contact': 'Contact details',
  'rs.onboarding.back': 'Back',
  'rs.onboarding.exit': 'Leave the sign-up',

  'rs.onboarding.noToken': 'Open the link of your invitation to start signing up.',
  'rs.onboarding.loading': 'Loading your invitation…',
  'rs.onboarding.loadFailed': 'Your invitation could not be loaded.',
  'rs.onboarding.stepLoading': 'Loading the step…',
  'rs.onboarding.stepFailed': 'This step could not be loaded.',

  'rs.onboarding.invitation.title': 'You are invited to MySecuritas Remote Services',
  'rs.onboarding.invitation.intro.id-pin':
    '{invitedBy} invites you to follow the alarm monitoring of your sites. Your invitation holds an ID and a PIN: keep them at hand.',
  'rs.onboarding.invitation.intro.automatic':
    '{invitedBy} invites you to follow the alarm monitoring of your sites. Your sites will be linked to your account automatically.',
  'rs.onboarding.invitation.expires': 'Invitation valid until {date}.',
  'rs.onboarding.invitation.question': 'Do you already have a MySecuritas account?',
  'rs.onboarding.invitation.existing': 'Yes, log me in',
  'rs.onboarding.invitation.new': 'No, create an account',

  'rs.onboarding.login.title': 'Log in with your MySecuritas account',
  'rs.onboarding.login.titleNew': 'Log in with your new account',
  'rs.onboarding.login.email': 'E-mail address',
  'rs.onboarding.login.password': 'Password',
  'rs.onboarding.login.submit': 'Log in',

  'rs.onboarding.email.resent': 'E-mail sent again.',

  'rs.onboarding.checkEmail.title': 'Check your e-mail',
  'rs.onboarding.checkEmail.sent':
    'We sent an e-mail to {email}. Click its link to choose your password. If this address already has a MySecuritas account, the e-mail says so: then log in with that account.',
  'rs.onboarding.checkEmail.waiting': 'The link may open in another tab: this page will move on to the next step by itself.',
  'rs.onboarding.checkEmail.resend': 'Send the e-mail again',
  'rs.onboarding.checkEmail.change': 'Change the e-mail address',
  'rs.onboarding.checkEmail.existing': 'I already have a MySecuritas account',

  'rs.onboarding.password.title': 'Choose your password',
  'rs.onboarding.password.new': 'New password',
  'rs.onboarding.password.confirm': 'Confirm the password',
  'rs.onboarding.password.rule':
    'At least {min} characters, no other rule: a sentence that is easy to remember makes an excellent password.',
  'rs.onboarding.password.count': '{count, plural, one {# character} other {# characters}}, {min} at least',
  'rs.onboarding.password.submit': 'Save the password',
  'rs.onboarding.password.error.too-short': 'The password must have at least {min} characters.',
  'rs.onboarding.password.error.too-long': 'The password must not exceed {max} characters.',
  'rs.onboarding.password.error.mismatch': 'The two passwords are not the same.',
  'rs.onboarding.password.error.common':
    'This password is too common: it would soon be guessed. Choose another one, for instance a sentence of a few words.',
  'rs.onboarding.password.error.rejected': 'This password was not accepted. Choose another one.',

  'rs.onboarding.ended.title': 'The sign-up cannot go on',
  'rs.onboarding.ended.unknown':
    'This invitation link is not recognised. Check that you opened the whole link of the e-mail, or ask Securitas or the colleague who invited you for a new invitation.',
  'rs.onboarding.ended.expired': 'This invitation has expired. Ask Securitas or the colleague who invited you for a new one.',
  'rs.onboarding.ended.link-unknown': 'This link is not recognised. Open the link of your invitation again to get a new e-mail.',
  'rs.onboarding.ended.link-expired':
    'This link to choose your password has expired. Open the link of your invitation again to get a new one.',
  'rs.onboarding.ended.link-used': 'This link was already used: your password is chosen. Open the link of your invitation again to log in.',
  'rs.onboarding.ended.already-completed':
    'This invitation was already used: the sign-up is complete. Log in to MySecuritas to reach your sites.',

  'rs.onboarding.error.credentials': 'Wrong e-mail address or password.',
  'rs.onboarding.error.wait': 'Too many failed attempts. Try again from {time}.',
  'rs.onboarding.error.moved': 'The sign-up went on elsewhere (in another tab, for instance): here is where it stands.',
  'rs.onboarding.error.check': 'Check the fields shown.',
  'rs.onboarding.error.invalid': 'This value is not accepted.',
  'rs.onboarding.error.failed': 'The request did not go through.',
} as const;
