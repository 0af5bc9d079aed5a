/**
 * X-EVENTS — the event of `<vault-activation>` (VA-ACTIVATE). Bubbling, composed, typed; never a
 * password, a code or a link token in a payload. (It also fires `vault-login-requested`, shared by
 * the vault widgets: see ../vault.events.ts.)
 */

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
    super(VaultActivatedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vault-activated': VaultActivatedEvent;
  }
}
