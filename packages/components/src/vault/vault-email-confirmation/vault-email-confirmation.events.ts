/**
 * X-EVENTS — the event of `<vault-email-confirmation>` (VA-PROFILE). Bubbling, composed, typed;
 * never the link's token in a payload. (It also fires `vault-login-requested`, shared by the
 * vault widgets: see ../vault.events.ts.)
 */

/**
 * VA-PROFILE (seed 002, question 2): the personal e-mail (also the second identifier) was changed:
 * its owner followed the confirmation link, and the new address is now the login. A host showing
 * a `<vault-profile>` may `refresh()` it.
 */
export class VaultEmailChangedEvent extends Event {
  static readonly eventName = 'vault-email-changed';
  constructor(
    /** The new personal e-mail, as the server stored it. */
    readonly email: string,
  ) {
    super(VaultEmailChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vault-email-changed': VaultEmailChangedEvent;
  }
}
