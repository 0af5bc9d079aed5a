import { defineElement } from '../base/define.js';
import { VaultEmailConfirmation } from '../vault/vault-email-confirmation/vault-email-confirmation.js';

defineElement('vault-email-confirmation', VaultEmailConfirmation);

// The class and its events, for hosts that import this entry alone.
export { VaultEmailConfirmation };
export { VaultEmailChangedEvent } from '../vault/vault-email-confirmation/vault-email-confirmation.events.js';
export { VaultLoginRequestedEvent, type VaultLoginReason } from '../vault/vault.events.js';
