import { defineElement } from '../base/define.js';
import { VaultProfile } from '../vault/vault-profile/vault-profile.js';

defineElement('vault-profile', VaultProfile);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { VaultProfile };
export * from '../vault/vault-profile/vault-profile.events.js';
export { VaultLoginRequestedEvent, VaultPasswordChangedEvent, type VaultLoginReason } from '../vault/vault.events.js';
