/**
 * X-EVENTS — the event of `<vault-profile>` (VA-PROFILE). Bubbling, composed, typed; never a
 * password in a payload. (It also fires `vault-password-changed` and `vault-login-requested`,
 * shared by the vault widgets: see ../vault.events.ts.)
 */

const init = (): EventInit => ({ bubbles: true, composed: true });

/**
 * VA-PROFILE (seed 002, question 2), X-SEC: a change of the personal e-mail (also the second
 * identifier) was accepted with the current password; a confirmation link went to the new
 * address, which becomes the account's (and a login) only once followed: `<vault-email-confirmation>`
 * then fires `vault-email-changed`.
 */
export class VaultEmailChangeRequestedEvent extends Event {
  static readonly eventName = 'vault-email-change-requested';
  constructor(
    /** The new address, pending its confirmation. */
    readonly email: string,
  ) {
    super(VaultEmailChangeRequestedEvent.eventName, init());
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vault-email-change-requested': VaultEmailChangeRequestedEvent;
  }
}
