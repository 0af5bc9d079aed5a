/**
 * VA-DOCS — the browser's part of the documents flow: a PDF fetched by core's runner is handed
 * over as a `blob:` URL (the viewer), a download, or a hidden print frame, and each URL is revoked
 * as soon as it is no longer needed. What came of it is the event fed back to the flow
 * (`viewer-ready`, `downloaded`, `printed`, `print-refused`).
 */
import { documentFileName, documentsFocus, type DocumentsEvent, type DocumentsHandOver } from '@vigie/core';

/** How long a download's `blob:` URL lives after the click (the browser has taken the file by then). */
const DOWNLOAD_REVOKE_MS = 1_000;
/** How long the hidden print frame waits for its PDF before falling back to the viewer. */
const PRINT_LOAD_TIMEOUT_MS = 10_000;
/** A print frame whose `afterprint` never comes (some PDF viewers) is removed after this. */
const PRINT_CLEANUP_MS = 5 * 60_000;

export class PdfHandOver {
  /** Every `blob:` URL created and not revoked yet. */
  readonly #urls = new Set<string>();
  /** The hidden frame printing a document, and the control that asked for it (focus goes back there). */
  #printFrame?: { frame: HTMLIFrameElement; url: string; timer: ReturnType<typeof setTimeout>; trigger?: HTMLElement };

  constructor(private readonly host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {}

  /** Runs one hand-over: `pdf` is the fetched PDF (absent for `print-viewer`). */
  run = async (request: DocumentsHandOver, pdf: Blob | undefined): Promise<DocumentsEvent> => {
    const doc = request.document;
    const documentId = doc.id;
    if (request.op === 'print-viewer') return this.#printViewer(documentId);
    const url = URL.createObjectURL(pdf!);
    this.#urls.add(url);
    switch (request.op) {
      case 'open':
        return { type: 'viewer-ready', documentId, url, action: 'open' };
      case 'download': {
        const a = document.createElement('a');
        a.href = url;
        a.download = documentFileName(doc);
        a.className = 'download-link';
        this.host.renderRoot.append(a);
        a.click();
        a.remove();
        setTimeout(() => this.revoke(url), DOWNLOAD_REVOKE_MS);
        return { type: 'downloaded', documentId };
      }
      case 'print':
        return this.#print(doc.title, documentId, url);
    }
  };

  revoke(url: string | undefined): void {
    if (!url || !this.#urls.delete(url)) return;
    URL.revokeObjectURL(url);
  }

  /** Removes the print frame and revokes every URL (sign-out, disconnection). */
  revokeAll(): void {
    this.#removePrintFrame();
    for (const url of [...this.#urls]) this.revoke(url);
  }

  #query<E extends Element>(selector: string): E | null {
    return this.host.renderRoot.querySelector<E>(selector);
  }

  async #print(title: string, documentId: string, url: string): Promise<DocumentsEvent> {
    const trigger = this.#query<HTMLElement>(`[data-focus="${CSS.escape(documentsFocus.print(documentId))}"]`) ?? undefined;
    this.#removePrintFrame();
    const frame = document.createElement('iframe');
    frame.className = 'print-frame';
    frame.title = title;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    const loaded = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), PRINT_LOAD_TIMEOUT_MS);
      frame.addEventListener('load', () => (clearTimeout(timer), resolve(true)), { once: true });
    });
    frame.src = url;
    const cleanup = setTimeout(() => this.#removePrintFrame(), PRINT_CLEANUP_MS);
    this.#printFrame = { frame, url, timer: cleanup, trigger };
    this.host.renderRoot.append(frame);
    if (await loaded) {
      try {
        const w = frame.contentWindow;
        if (w) {
          w.addEventListener('afterprint', () => this.#removePrintFrame(), { once: true });
          w.focus();
          w.print();
          // Back on « Imprimer » (the frame keeps the focus otherwise, and drops it on <body> when it goes).
          this.#focusBackFrom(frame, trigger);
          return { type: 'printed', documentId, action: 'print' };
        }
      } catch {
        // Refused: the viewer below.
      }
    }
    // The browser refused to print the hidden frame: open the document (same URL), its viewer prints.
    this.#removePrintFrame(false);
    return { type: 'viewer-ready', documentId, url, action: 'print' };
  }

  #printViewer(documentId: string): DocumentsEvent {
    const frame = this.#query<HTMLIFrameElement>('iframe.pdf');
    const trigger = this.#query<HTMLElement>('dialog.viewer .print') ?? undefined;
    try {
      const w = frame?.contentWindow;
      if (!frame || !w) throw new Error('no frame');
      // The frame takes the focus to print (some browsers print the focused window); the person
      // gets it back on the button they pressed, once the dialog is done or right away.
      w.addEventListener('afterprint', () => this.#focusBackFrom(frame, trigger), { once: true });
      w.focus();
      w.print();
      this.#focusBackFrom(frame, trigger);
      return { type: 'printed', documentId, action: 'print-viewer' };
    } catch {
      // A browser that refuses to print the frame: its own viewer's print button remains.
      return { type: 'print-refused', documentId };
    }
  }

  /** Removes the hidden print frame and (unless the viewer takes it over) revokes its URL. */
  #removePrintFrame(revoke = true): void {
    const p = this.#printFrame;
    if (!p) return;
    this.#printFrame = undefined;
    clearTimeout(p.timer);
    this.#focusBackFrom(p.frame, p.trigger);
    p.frame.remove();
    if (revoke) this.revoke(p.url);
  }

  /**
   * Puts the focus back on `trigger` if printing left it in `frame`, or lost (on `<body>`); never
   * takes it from where the person has moved it since.
   */
  #focusBackFrom(frame: HTMLIFrameElement, trigger: HTMLElement | undefined): void {
    const inFrame = this.host.shadowRoot?.activeElement === frame;
    const lost = document.activeElement === document.body || document.activeElement === null;
    if ((inFrame || lost) && trigger?.isConnected) trigger.focus();
  }
}
