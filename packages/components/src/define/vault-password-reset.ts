import { defineElement } from '../base/define.js';
import { VaultPasswordReset } from '../vault/vault-password-reset/vault-password-reset.js';

defineElement('vault-password-reset', VaultPasswordReset);

// The class and its events, for hosts that import this entry alone.
export { VaultPasswordReset };
export { VaultResetRequestedEvent } from '../vault/vault-password-reset/vault-password-reset.events.js';
export { VaultLoginRequestedEvent, VaultPasswordChangedEvent, type VaultLoginReason } from '../vault/vault.events.js';
