import { defineElement } from '../base/define.js';
import { VaultProfile } from '../vault/vault-profile/vault-profile.js';

defineElement('vault-profile', VaultProfile);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { VaultProfile };
export * from '../vault/vault-profile/vault-profile.events.js';
export { VaultLoginRequestedEvent, type VaultLoginReason } from '../vault/vault-activation/vault-activation.events.js';
export { VaultPasswordChangedEvent } from '../vault/vault-password-reset/vault-password-reset.events.js';
