/**
 * X-EVENTS — the events of `<vault-password-reset>` (VA-RESET); `vault-password-changed` is also
 * fired by `<vault-profile>`. None carries personal data: no identifier, no e-mail, no password,
 * no link token. (The widget also fires `vault-login-requested`, the one every vault widget fires
 * to send people to the sign-in: see vault-activation.events.ts.)
 */

const init: EventInit = { bubbles: true, composed: true };

/**
 * VA-RESET: the generic confirmation of a reset request is shown. It is fired whatever the server
 * answered (an unknown account included), exactly like the confirmation: a host cannot tell
 * either whether an account exists.
 */
export class VaultResetRequestedEvent extends Event {
  static readonly eventName = 'vault-reset-requested';
  constructor() {
    super(VaultResetRequestedEvent.eventName, init);
  }
}

/**
 * A new password was accepted by the server: through a reset link (VA-RESET; the person must
 * sign in again) or the profile (VA-PROFILE, which fires this same event). No payload.
 */
export class VaultPasswordChangedEvent extends Event {
  static readonly eventName = 'vault-password-changed';
  constructor() {
    super(VaultPasswordChangedEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'vault-reset-requested': VaultResetRequestedEvent;
    'vault-password-changed': VaultPasswordChangedEvent;
  }
}
