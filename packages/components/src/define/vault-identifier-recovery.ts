import { defineElement } from '../base/define.js';
import { VaultIdentifierRecovery } from '../vault/vault-identifier-recovery/vault-identifier-recovery.js';

defineElement('vault-identifier-recovery', VaultIdentifierRecovery);

// The class and its events, for hosts that import this entry alone.
export { VaultIdentifierRecovery };
export { VaultIdentifierRequestedEvent } from '../vault/vault-identifier-recovery/vault-identifier-recovery.events.js';
export { VaultLoginRequestedEvent, type VaultLoginReason } from '../vault/vault.events.js';
