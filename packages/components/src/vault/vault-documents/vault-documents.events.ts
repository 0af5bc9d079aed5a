/**
 * X-EVENTS — the events of `<vault-documents>` (VA-DOCS): bubbling, composed, typed payloads.
 * Every document event names the document (`documentId`, `title`) and its folder (`folderId`,
 * `folderName`); never a URL, a token or the file itself. One class, `VaultDocumentEvent`, serves
 * every event of that shape; a download adds the file name, a move the previous folder. (The
 * widget also fires `vault-login-requested`, shared by the vault widgets: see ../vault.events.ts.)
 */

/** What every document event says about the document. */
export interface VaultDocumentRef {
  readonly documentId: string;
  readonly title: string;
  /** The folder the document is in (after the action, for a move). */
  readonly folderId: string;
  readonly folderName: string;
}

/** The names of the document events, one per thing the person did to a document. */
export const VAULT_DOCUMENT_EVENTS = [
  /** A document was opened in the viewer. */
  'vault-document-opened',
  /** A document's PDF was handed to the browser as a download (`VaultDocumentDownloadedEvent`). */
  'vault-document-downloaded',
  /** The browser's print dialog was asked for a document. */
  'vault-document-printed',
  /** The server archived a document (it moved to the « Archives » view). */
  'vault-document-archived',
  /** The server took a document out of the archives (« Désarchiver », or the undo after archiving). */
  'vault-document-restored',
  /** The server filed a document into another folder (`VaultDocumentMovedEvent`). */
  'vault-document-moved',
] as const;
export type VaultDocumentEventName = (typeof VAULT_DOCUMENT_EVENTS)[number];

/** Something was done to one document: `type` says what (`vault-document-opened`, `-printed`, `-archived`, `-restored`…). */
export class VaultDocumentEvent extends Event implements VaultDocumentRef {
  readonly documentId: string;
  readonly title: string;
  readonly folderId: string;
  readonly folderName: string;
  constructor(type: VaultDocumentEventName, ref: VaultDocumentRef) {
    super(type, { bubbles: true, composed: true });
    this.documentId = ref.documentId;
    this.title = ref.title;
    this.folderId = ref.folderId;
    this.folderName = ref.folderName;
  }
}

/** `vault-document-downloaded`: a document's PDF was handed to the browser as a download. */
export class VaultDocumentDownloadedEvent extends VaultDocumentEvent {
  static readonly eventName = 'vault-document-downloaded';
  constructor(
    ref: VaultDocumentRef,
    /** The file name offered (`bulletin-de-paie-fevrier-2026.pdf`). */
    readonly fileName: string,
  ) {
    super(VaultDocumentDownloadedEvent.eventName, ref);
  }
}

/** `vault-document-moved`: the server filed a document into another folder (`folderId`/`folderName`: the new one). */
export class VaultDocumentMovedEvent extends VaultDocumentEvent {
  static readonly eventName = 'vault-document-moved';
  constructor(
    ref: VaultDocumentRef,
    /** The folder it came from. */
    readonly previousFolderId: string,
  ) {
    super(VaultDocumentMovedEvent.eventName, ref);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vault-document-opened': VaultDocumentEvent;
    'vault-document-downloaded': VaultDocumentDownloadedEvent;
    'vault-document-printed': VaultDocumentEvent;
    'vault-document-archived': VaultDocumentEvent;
    'vault-document-restored': VaultDocumentEvent;
    'vault-document-moved': VaultDocumentMovedEvent;
  }
}
