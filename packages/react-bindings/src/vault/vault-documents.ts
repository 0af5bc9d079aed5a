/**
 * @vigie/react — `<vault-documents>` (VA-DOCS). Importing this module registers the tag.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  VaultDocumentDownloadedEvent,
  VaultDocumentEvent,
  VaultDocumentMovedEvent,
  VaultLoginRequestedEvent,
} from '@vigie/components';
import { VaultDocuments as VaultDocumentsElement } from '@vigie/components/define/vault-documents.js';

/**
 * `<vault-documents>`: `loginHref`, `vaultSite`, `hideTitle`; `onVaultLoginRequested` (call
 * `preventDefault()` to show your own login), `onVaultDocumentOpened`, `onVaultDocumentDownloaded`,
 * `onVaultDocumentPrinted`, `onVaultDocumentArchived`, `onVaultDocumentRestored`, `onVaultDocumentMoved`.
 * Needs the vault session of its `<VigieProvider>` (given by `<VaultLogin>`, or its `vaultSession` prop).
 */
export const VaultDocuments = createComponent({
  tagName: 'vault-documents',
  elementClass: VaultDocumentsElement,
  react: React,
  events: {
    onVaultLoginRequested: 'vault-login-requested' as EventName<VaultLoginRequestedEvent>,
    onVaultDocumentOpened: 'vault-document-opened' as EventName<VaultDocumentEvent>,
    onVaultDocumentDownloaded: 'vault-document-downloaded' as EventName<VaultDocumentDownloadedEvent>,
    onVaultDocumentPrinted: 'vault-document-printed' as EventName<VaultDocumentEvent>,
    onVaultDocumentArchived: 'vault-document-archived' as EventName<VaultDocumentEvent>,
    onVaultDocumentRestored: 'vault-document-restored' as EventName<VaultDocumentEvent>,
    onVaultDocumentMoved: 'vault-document-moved' as EventName<VaultDocumentMovedEvent>,
  },
});
