import { defineElement } from '../base/define.js';
import { VaultActivation } from '../vault/vault-activation/vault-activation.js';

defineElement('vault-activation', VaultActivation);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { VaultActivation };
export * from '../vault/vault-activation/vault-activation.events.js';
export { VaultLoginRequestedEvent, type VaultLoginReason } from '../vault/vault.events.js';
