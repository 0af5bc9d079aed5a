/**
 * X-EVENTS — the events several vault widgets fire (VA-*): one class per domain event, bubbling
 * and composed, typed fields, in `HTMLElementEventMap`. Never a password, a code, a link token or
 * a session token in a payload. The events of one widget only stay beside it
 * (`<tag>/<tag>.events.ts`).
 */

/** Why a vault widget sends the person to the sign-in page (`vault-login-requested`'s `reason`). */
export type VaultLoginReason =
  /** The vault was just activated (`<vault-activation>`, success). */
  | 'activated'
  /** The invitation link was already used: the vault is active (`<vault-activation>`). */
  | 'already-active'
  /** No vault session in the provider (`<vault-profile>`, `<vault-documents>`). */
  | 'signed-out'
  /** The server refused the session: it expired (`<vault-profile>`, `<vault-documents>`). */
  | 'session-expired'
  /** The new password is set through the reset link: sign in with it (`<vault-password-reset>`). */
  | 'password-changed'
  /** « Retour à la connexion » after a reset request (`<vault-password-reset>`). */
  | 'back-to-login'
  /** A new identifier and a temporary password are on their way by e-mail (`<vault-identifier-recovery>`). */
  | 'identifier-requested'
  /** The new e-mail is confirmed: sign in with it (`<vault-email-confirmation>`). */
  | 'email-confirmed';

/**
 * The person asked to sign in (a « Se connecter » or « Retour à la connexion » link or button of a
 * vault widget). **Cancelable**: call `preventDefault()` to show your own sign-in (a `<vault-login>`
 * in a dialog…) instead of following `href` (the widget's `login-href`, when it has one).
 */
export class VaultLoginRequestedEvent extends Event {
  static readonly eventName = 'vault-login-requested';
  constructor(
    /** The widget's `login-href`, if any: where the link goes unless the event is cancelled. */
    readonly href: string | undefined,
    /** Which state of which widget asked for it. */
    readonly reason: VaultLoginReason,
  ) {
    super(VaultLoginRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * A new password was accepted by the server: through a reset link (`<vault-password-reset>`,
 * VA-RESET; the person must sign in again) or the profile (`<vault-profile>`, VA-PROFILE). No
 * payload: no secret leaves the widget.
 */
export class VaultPasswordChangedEvent extends Event {
  static readonly eventName = 'vault-password-changed';
  constructor() {
    super(VaultPasswordChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vault-login-requested': VaultLoginRequestedEvent;
    'vault-password-changed': VaultPasswordChangedEvent;
  }
}
