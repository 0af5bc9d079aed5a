/**
 * @vigie/react — `<vault-documents>` (VA-DOCS). Importing this module registers the tag.
 * (Imports the define entry, which also exports the class and its events, until the package
 * root of @vigie/components exports them.)
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  VaultDocuments as VaultDocumentsElement,
  type VaultDocumentArchivedEvent,
  type VaultDocumentDownloadedEvent,
  type VaultDocumentMovedEvent,
  type VaultDocumentOpenedEvent,
  type VaultDocumentPrintedEvent,
  type VaultDocumentRestoredEvent,
  type VaultLoginRequestedEvent,
} from '@vigie/components/define/vault-documents.js';

/**
 * `<vault-documents>`: `loginHref`, `vaultSite`, `hideTitle`; `onVaultLoginRequested` (call
 * `preventDefault()` to show your own login), `onVaultDocumentOpened`, `onVaultDocumentDownloaded`,
 * `onVaultDocumentPrinted`, `onVaultDocumentArchived`, `onVaultDocumentRestored`, `onVaultDocumentMoved`.
 * Needs the vault session of its `<VigieProvider>` (given by `<VaultLogin>`).
 */
export const VaultDocuments = createComponent({
  tagName: 'vault-documents',
  elementClass: VaultDocumentsElement,
  react: React,
  events: {
    onVaultLoginRequested: 'vault-login-requested' as EventName<VaultLoginRequestedEvent>,
    onVaultDocumentOpened: 'vault-document-opened' as EventName<VaultDocumentOpenedEvent>,
    onVaultDocumentDownloaded: 'vault-document-downloaded' as EventName<VaultDocumentDownloadedEvent>,
    onVaultDocumentPrinted: 'vault-document-printed' as EventName<VaultDocumentPrintedEvent>,
    onVaultDocumentArchived: 'vault-document-archived' as EventName<VaultDocumentArchivedEvent>,
    onVaultDocumentRestored: 'vault-document-restored' as EventName<VaultDocumentRestoredEvent>,
    onVaultDocumentMoved: 'vault-document-moved' as EventName<VaultDocumentMovedEvent>,
  },
});
