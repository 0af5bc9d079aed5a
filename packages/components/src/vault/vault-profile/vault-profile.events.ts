/**
 * X-EVENTS — the event of `<vault-profile>` (VA-PROFILE). Bubbling, composed, typed; never a
 * password in a payload. (It also fires `vault-password-changed` and `vault-login-requested`,
 * shared by the vault widgets: see ../vault.events.ts.)
 */

const init = (): EventInit => ({ bubbles: true, composed: true });

/** VA-PROFILE (seed 002, question 2): the personal e-mail (also the second identifier) was changed. */
export class VaultEmailChangedEvent extends Event {
  static readonly eventName = 'vault-email-changed';
  constructor(
    /** The new personal e-mail, as the server stored it. */
    readonly email: string,
  ) {
    super(VaultEmailChangedEvent.eventName, init());
  }
}

declare global {
  interface HTMLElementEventMap {
    'vault-email-changed': VaultEmailChangedEvent;
  }
}
