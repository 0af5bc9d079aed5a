import { defineElement } from '../base/define.js';
import { VaultPasswordReset } from '../vault/vault-password-reset/vault-password-reset.js';

defineElement('vault-password-reset', VaultPasswordReset);

// Also reachable from this entry until the package root exports them (the React wrapper imports them from here).
export { VaultPasswordReset };
export { VaultPasswordChangedEvent, VaultResetRequestedEvent } from '../vault/vault-password-reset/vault-password-reset.events.js';
export { VaultLoginRequestedEvent } from '../vault/vault-activation/vault-activation.events.js';
