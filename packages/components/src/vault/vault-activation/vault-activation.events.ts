/**
 * X-EVENTS — the events of `<vault-activation>` (VA-ACTIVATE), and `vault-login-requested`, which
 * every vault widget that sends people to the sign-in page fires (`<vault-profile>` too).
 * Bubbling, composed, typed; never a password, a code or a link token in a payload.
 */

const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/** Why a vault widget sends the person to the sign-in page. */
export type VaultLoginReason =
  /** The vault was just activated (`<vault-activation>`, success). */
  | 'activated'
  /** The invitation link was already used: the vault is active (`<vault-activation>`). */
  | 'already-active'
  /** No vault session in the provider (`<vault-profile>`). */
  | 'signed-out'
  /** The server refused the session: it expired (`<vault-profile>`). */
  | 'session-expired';

/**
 * The person asked to sign in (a « Se connecter » link or button of a vault widget). Cancel it
 * (`preventDefault()`) to show your own sign-in (a `<vault-login>` in a dialog…) instead of
 * following `href` (the widget's `login-href`, when it has one).
 */
export class VaultLoginRequestedEvent extends Event {
  static readonly eventName = 'vault-login-requested';
  constructor(
    /** The widget's `login-href`, if any: where the link goes unless the event is cancelled. */
    readonly href: string | undefined,
    readonly reason: VaultLoginReason,
  ) {
    super(VaultLoginRequestedEvent.eventName, init(true));
  }
}

/**
 * VA-ACTIVATE: the vault is activated. The server also opened a vault session, now shared
 * (in memory) with the provider's other vault widgets; it is not in the event.
 */
export class VaultActivatedEvent extends Event {
  static readonly eventName = 'vault-activated';
  constructor(
    /** The name as confirmed (or corrected) by the person. */
    readonly firstName: string,
    readonly lastName: string,
    /** The personal e-mail confirmed by the person: their second sign-in identifier. */
    readonly email: string,
  ) {
    super(VaultActivatedEvent.eventName, init());
  }
}

declare global {
  interface HTMLElementEventMap {
    'vault-login-requested': VaultLoginRequestedEvent;
    'vault-activated': VaultActivatedEvent;
  }
}
