/**
 * X-EVENTS — the events of `<vault-documents>` (VA-DOCS): bubbling, composed, typed payloads.
 * A document event names the document (`documentId`, `title`) and its folder (`folderId`,
 * `folderName`); never a URL, a token or the file itself. (It also fires `vault-login-requested`,
 * the one every vault widget fires to send people to the sign-in: see vault-activation.events.ts.)
 */

const init = (): EventInit => ({ bubbles: true, composed: true });

/** What every document event says about the document. */
export interface VaultDocumentRef {
  readonly documentId: string;
  readonly title: string;
  /** The folder the document is in (after the action, for a move). */
  readonly folderId: string;
  readonly folderName: string;
}

abstract class VaultDocumentEvent extends Event implements VaultDocumentRef {
  readonly documentId: string;
  readonly title: string;
  readonly folderId: string;
  readonly folderName: string;
  constructor(type: string, ref: VaultDocumentRef) {
    super(type, init());
    this.documentId = ref.documentId;
    this.title = ref.title;
    this.folderId = ref.folderId;
    this.folderName = ref.folderName;
  }
}

/** A document was opened in the viewer. */
export class VaultDocumentOpenedEvent extends VaultDocumentEvent {
  static readonly eventName = 'vault-document-opened';
  constructor(ref: VaultDocumentRef) {
    super(VaultDocumentOpenedEvent.eventName, ref);
  }
}

/** A document's PDF was handed to the browser as a download. */
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

/** The browser's print dialog was asked for a document. */
export class VaultDocumentPrintedEvent extends VaultDocumentEvent {
  static readonly eventName = 'vault-document-printed';
  constructor(ref: VaultDocumentRef) {
    super(VaultDocumentPrintedEvent.eventName, ref);
  }
}

/** The server archived a document (it moved to the « Archives » view). */
export class VaultDocumentArchivedEvent extends VaultDocumentEvent {
  static readonly eventName = 'vault-document-archived';
  constructor(ref: VaultDocumentRef) {
    super(VaultDocumentArchivedEvent.eventName, ref);
  }
}

/** The server took a document out of the archives (« Désarchiver », or the undo after archiving). */
export class VaultDocumentRestoredEvent extends VaultDocumentEvent {
  static readonly eventName = 'vault-document-restored';
  constructor(ref: VaultDocumentRef) {
    super(VaultDocumentRestoredEvent.eventName, ref);
  }
}

/** The server filed a document into another folder (`folderId`/`folderName`: the new one). */
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
  interface HTMLElementEventMap {
    'vault-document-opened': VaultDocumentOpenedEvent;
    'vault-document-downloaded': VaultDocumentDownloadedEvent;
    'vault-document-printed': VaultDocumentPrintedEvent;
    'vault-document-archived': VaultDocumentArchivedEvent;
    'vault-document-restored': VaultDocumentRestoredEvent;
    'vault-document-moved': VaultDocumentMovedEvent;
  }
}
