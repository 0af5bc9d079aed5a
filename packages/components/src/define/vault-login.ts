import { defineElement } from '../base/define.js';
import { VaultLogin } from '../vault/vault-login/vault-login.js';

defineElement('vault-login', VaultLogin);

// The class and its events, for a host (or a wrapper) that imports the tag's entry alone.
export { VaultLogin };
export * from '../vault/vault-login/vault-login.events.js';
