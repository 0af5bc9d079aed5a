import { defineElement } from '../base/define.js';
import { VaultIdentifierRecovery } from '../vault/vault-identifier-recovery/vault-identifier-recovery.js';

defineElement('vault-identifier-recovery', VaultIdentifierRecovery);

// Also reachable from this entry until the package root exports them (the React wrapper imports them from here).
export { VaultIdentifierRecovery };
export { VaultIdentifierRequestedEvent } from '../vault/vault-identifier-recovery/vault-identifier-recovery.events.js';
export { VaultLoginRequestedEvent } from '../vault/vault-activation/vault-activation.events.js';
