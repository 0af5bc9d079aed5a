/**
 * X-EVENTS — the events several safety-passport widgets fire (PP-*): one class per domain event,
 * bubbling and composed, typed fields, in `HTMLElementEventMap`. Never a password or a session
 * token in a payload. The events of one widget only stay beside it (`<tag>/<tag>.events.ts`).
 */

/** Why a passport widget sends the referent to the sign-in page (`passport-login-requested`'s `reason`). */
export type PassportLoginReason =
  /** No passport session in the provider: the referent is not signed in. */
  | 'signed-out'
  /** The server refused the session (it expired): sign in again. */
  | 'session-expired'
  /** The password was just reset through the e-mailed link: sign in with it. */
  | 'password-reset'
  /** The e-mailed link cannot be used (expired, used, unknown): « Mot de passe oublié ? » is on the sign-in page. */
  | 'new-link';

/**
 * The referent asked to sign in (the « Se connecter » link or button of a passport widget that
 * needs the company session). **Cancelable**: call `preventDefault()` to show your own sign-in (a
 * `<passport-login>` in a dialog…) instead of following `href` (the widget's `login-href`, when it
 * has one).
 */
export class PassportLoginRequestedEvent extends Event {
  static readonly eventName = 'passport-login-requested';
  constructor(
    /** The widget's `login-href`, if any: where the link goes unless the event is cancelled. */
    readonly href: string | undefined,
    /** Why: no session, or an expired one. */
    readonly reason: PassportLoginReason,
  ) {
    super(PassportLoginRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passport-login-requested': PassportLoginRequestedEvent;
  }
}
