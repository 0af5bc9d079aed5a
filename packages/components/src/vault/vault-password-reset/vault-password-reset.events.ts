/**
 * X-EVENTS — the event of `<vault-password-reset>` (VA-RESET). No personal data: no identifier,
 * no e-mail, no password, no link token. (It also fires `vault-password-changed` and
 * `vault-login-requested`, shared by the vault widgets: see ../vault.events.ts.)
 */

/**
 * VA-RESET: the generic confirmation of a reset request is shown. It is fired whatever the server
 * answered (an unknown account included), exactly like the confirmation: a host cannot tell
 * either whether an account exists.
 */
export class VaultResetRequestedEvent extends Event {
  static readonly eventName = 'vault-reset-requested';
  constructor() {
    super(VaultResetRequestedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vault-reset-requested': VaultResetRequestedEvent;
  }
}
