/**
 * X-EVENTS — the event of `<passport-password-reset>` (PP-LOGIN, the e-mailed reset link's page).
 * No personal data: no e-mail, no password, no link token. (It also fires the shared
 * `passport-login-requested`: see ../passport.events.ts.)
 */

/** The company's new password was accepted through the e-mailed link: the referent can sign in with it. */
export class PassportPasswordResetEvent extends Event {
  static readonly eventName = 'passport-password-reset';
  constructor() {
    super(PassportPasswordResetEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passport-password-reset': PassportPasswordResetEvent;
  }
}
