/**
 * X-EVENTS — the event of `<vault-identifier-recovery>` (VA-LOSTID). No personal data. (It also
 * fires `vault-login-requested`, shared by the vault widgets: see ../vault.events.ts.)
 */

/**
 * VA-LOSTID: the request was accepted and the generic outcome is shown (a new identifier and a
 * temporary password go by e-mail if the details match an account). Fired whatever the server
 * knows: a host cannot tell whether an account exists.
 */
export class VaultIdentifierRequestedEvent extends Event {
  static readonly eventName = 'vault-identifier-requested';
  constructor() {
    super(VaultIdentifierRequestedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vault-identifier-requested': VaultIdentifierRequestedEvent;
  }
}
