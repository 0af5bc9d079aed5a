import { defineElement } from '../base/define.js';
import { VaultDocuments } from '../vault/vault-documents/vault-documents.js';

defineElement('vault-documents', VaultDocuments);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { VaultDocuments };
export * from '../vault/vault-documents/vault-documents.events.js';
export { VaultLoginRequestedEvent, type VaultLoginReason } from '../vault/vault.events.js';
