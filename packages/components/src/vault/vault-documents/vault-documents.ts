import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEFAULT_VAULT_SITE,
  defaultFolder,
  documentFileName,
  documentsByYear,
  emptyReason,
  folderCounts,
  formatFileSize,
  isPayslipsFolder,
  latestPayslip,
  sortFolders,
  type ApiFailure,
  type DocumentsResponse,
  type VaultDocument,
  type VaultFolder,
  type YearGroup,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { checkIcon, closeIcon, downloadIcon, errorIcon, lockIcon } from '../../base/icons.js';
import { LoadController } from '../../base/load-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import { VaultDocumentDownloadedEvent, VaultDocumentEvent, VaultDocumentMovedEvent, type VaultDocumentRef } from './vault-documents.events.js';
import { styles } from './vault-documents.styles.js';
import { documentIcons } from './document-icons.js';
import { failureOf, withParts } from '../../base/forms/helpers.js';
import { isSessionRefused, loginAction, supportContact } from '../vault-helpers.js';
import { VaultSessionController } from '../vault-session.js';

// Decorative icons (the buttons carry their names).
const { folder: folderIcon, archive: archiveIcon, restore: restoreIcon, print: printIcon, move: moveIcon, file: fileIcon, info: infoIcon } = documentIcons;
const spinner = html`<span class="spinner" aria-hidden="true"></span>`;

/** How long a download's `blob:` URL lives after the click (the browser has taken the file by then). */
const DOWNLOAD_REVOKE_MS = 1_000;
/** How long the hidden print frame waits for its PDF before falling back to the viewer. */
const PRINT_LOAD_TIMEOUT_MS = 10_000;
/** A print frame whose `afterprint` never comes (some PDF viewers) is removed after this. */
const PRINT_CLEANUP_MS = 5 * 60_000;

type Action = 'open' | 'download' | 'print' | 'archive' | 'restore' | 'move';
/** The actions of a document row, with a button each. */
type RowAction = Exclude<Action, 'open'>;

interface Notice {
  readonly text: string;
  readonly undo?: () => void;
}

interface ActionError {
  readonly text: string;
  readonly detail?: string;
  readonly retry: () => void;
}

let uid = 0;

/**
 * VA-DOCS — the documents of the payslip vault (seed 002, questions 5 and 6; seed 003, « Étape 4 »):
 * folders with « Bulletins de paie » first, then by year, newest first; each document with its
 * title, date and size; open it in a viewer, download it, print it, archive it (with an undo; the
 * « Archives » view lists what was archived) or file it into another folder. Empty states answer
 * the seed: no payslip yet (the employer has not deposited one), or not seeing the latest ones
 * (check the vault's site, then « Bulletins de paie », the current year, the latest payslip).
 *
 * Needs the vault session of the provider (set by `<vault-login>`): without one, it asks to sign
 * in (`login-href`, `vault-login-requested`). A 401 from the server ends the session for every
 * vault widget of the provider. Nothing is decided on the client: the server says what is in the
 * vault and whether the session is valid.
 *
 * The PDFs are fetched with the session (never through a public URL) and shown, downloaded and
 * printed from `blob:` URLs, each revoked as soon as it is no longer needed (viewer closed,
 * download handed over, print done). **Content-Security-Policy:** the viewer and the print frame
 * are `<iframe>`s on `blob:` URLs, so a page with a CSP must allow `frame-src blob:` (or
 * `child-src blob:`); the download needs nothing more. Without it the viewer stays blank (its
 * « Télécharger » link still works) and printing falls back to the viewer.
 *
 * @tagname vault-documents
 * @summary The vault's documents: folders, years, open / download / print / archive / file (VA-DOCS).
 * @fires {VaultLoginRequestedEvent} vault-login-requested - No (or no longer a) vault session and « Se connecter » was pressed (`href`, `reason`: `signed-out` or `session-expired`); cancelable: cancel it to show your own login instead of following `login-href`.
 * @fires {VaultDocumentEvent} vault-document-opened - A document was opened in the viewer (`documentId`, `title`, `folderId`, `folderName`).
 * @fires {VaultDocumentDownloadedEvent} vault-document-downloaded - A document was handed over as a download (`documentId`, `title`, `folderId`, `folderName`, `fileName`).
 * @fires {VaultDocumentEvent} vault-document-printed - The print dialog was asked for a document (`documentId`, `title`, `folderId`, `folderName`).
 * @fires {VaultDocumentEvent} vault-document-archived - The server archived a document (`documentId`, `title`, `folderId`, `folderName`).
 * @fires {VaultDocumentEvent} vault-document-restored - The server took a document out of the archives (undo or « Désarchiver »; `folderId`/`folderName`: where it went back).
 * @fires {VaultDocumentMovedEvent} vault-document-moved - The server filed a document into another folder (`folderId`/`folderName`: the new one; `previousFolderId`).
 * @csspart base - The wrapper.
 * @csspart title - The « Mes documents » heading.
 * @csspart folders - The folder navigation.
 * @csspart folder - One folder button (`aria-current="true"` on the one shown).
 * @csspart content - The documents of the folder shown.
 * @csspart latest - The « Dernier bulletin » shortcut.
 * @csspart year - One year group.
 * @csspart document - One document row.
 * @csspart actions - The action buttons of a document (icons; with their short names when the actions sit under the title, on narrow containers).
 * @csspart notice - The live message after an action (archived, filed…), with its undo.
 * @csspart empty - An empty state.
 * @csspart help - The « Vous ne voyez pas vos derniers documents ? » help.
 * @csspart error - The error state (loading or an action failed).
 * @csspart signed-out - The « sign in » state.
 * @csspart viewer - The dialog showing a PDF.
 * @csspart move-dialog - The dialog to file a document into another folder.
 * @csspart icon - Every icon.
 * @cssprop --vault-documents-nav-width - Width of the folder column on wide containers (default 15rem: « Bulletins de paie » and its count on one line).
 * @cssprop --vault-documents-viewer-height - Height of the PDF viewer (default `80dvh`).
 */
export class VaultDocuments extends VigieElement {
  static override messages = [vaultMessages];

  static override styles = [tokens, spinnerStyles, styles];

  /** Where « Se connecter » leads when there is no vault session (e.g. the page holding `<vault-login>`). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The vault's own site, quoted by the « Vous ne voyez pas vos derniers documents ? » help (seed 002, question 6). */
  @property({ attribute: 'vault-site' }) vaultSite: string = DEFAULT_VAULT_SITE;

  /** Hides the « Mes documents » heading (when the host page already titles it). */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;

  /** The documents and folders as the server last gave them. */
  @state() private data?: DocumentsResponse;
  /** The folder shown (default: « Bulletins de paie »), or the archives. */
  @state() private folderId?: string;
  @state() private archives = false;
  @state() private busy = new Set<string>();
  @state() private notice?: Notice;
  @state() private actionError?: ActionError;
  @state() private viewer?: { readonly doc: VaultDocument; readonly url: string };
  @state() private moving?: VaultDocument;
  @state() private moveTarget?: string;
  @state() private moveError?: string;

  @query('dialog.viewer') private viewerDialog?: HTMLDialogElement;
  @query('dialog.move') private moveDialog?: HTMLDialogElement;

  #id = `vd${++uid}`;
  /** The provider's vault session: the data belongs to it. */
  #session = new VaultSessionController(
    this,
    () => this.services,
    (session, previous) => {
      if (!session || !previous || session.token !== previous.token) {
        // Another person (or nobody) now: nothing of the previous vault may stay on screen.
        this.#closeAll();
        this.data = undefined;
        this.folderId = undefined;
        this.archives = false;
        this.notice = undefined;
        this.actionError = undefined;
        this.#load.state = { status: 'idle' };
      }
    },
  );
  /** The client the data was loaded with (another API means loading again). */
  #client?: unknown;
  /** Every `blob:` URL this element created and has not revoked yet. */
  #urls = new Set<string>();
  /** The hidden frame printing a document, and the control that asked for it (focus goes back there). */
  #printFrame?: { frame: HTMLIFrameElement; url: string; timer: ReturnType<typeof setTimeout>; trigger?: HTMLElement };
  #abort = new AbortController();
  #returnFocus?: HTMLElement;

  #load = new LoadController<DocumentsResponse>(
    this,
    async (signal) => (await import('@vigie/core/vault/api')).listVaultDocuments(this.services!.client, { signal, session: this.#session.session }),
    (value) => {
      this.data = value;
      const folders = value.folders;
      if (!this.folderId || !folders.some((f) => f.id === this.folderId)) this.folderId = defaultFolder(folders)?.id;
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
    // Moved in the page while loading (the load was abandoned): load again at the next update.
    if (!this.data) this.#session.forget();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort.abort();
    this.#closeAll();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const s = this.services;
    if (!s) return;
    this.#session.sync();
    // A session, and the data of another session, another API, or none yet: load.
    if (this.#session.session && (s.client !== this.#client || (!this.data && this.#load.state.status === 'idle'))) {
      this.#client = s.client;
      void this.#load.run();
    }
    const load = this.#load.state;
    if (load.status === 'error') this.#session.endIfRefused(load.failure);
  }

  /** Fetches the folders and documents again. */
  refresh(): Promise<void> {
    return this.#session.session ? this.#load.run() : Promise.resolve();
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────

  #folderOf(doc: VaultDocument): VaultFolder | undefined {
    return this.data?.folders.find((f) => f.id === doc.folderId);
  }

  #ref(doc: VaultDocument): VaultDocumentRef {
    return { documentId: doc.id, title: doc.title, folderId: doc.folderId, folderName: this.#folderOf(doc)?.name ?? '' };
  }

  #isBusy(action: Action, doc: VaultDocument): boolean {
    return this.busy.has(`${action}:${doc.id}`);
  }

  /** Runs one action on one document at a time (a second press while it runs does nothing). */
  async #run(action: Action, doc: VaultDocument, work: () => Promise<void>, failureText: () => string): Promise<void> {
    const key = `${action}:${doc.id}`;
    if (this.busy.has(key)) return;
    this.busy = new Set(this.busy).add(key);
    this.actionError = undefined;
    try {
      await work();
    } catch (e) {
      if (this.#abort.signal.aborted) return;
      const failure = failureOf(e);
      if (this.#session.endIfRefused(failure) || failure.kind === 'aborted') return;
      this.actionError = {
        text: failureText(),
        detail: this.services?.describeFailure(failure),
        retry: () => void this.#run(action, doc, work, failureText),
      };
    } finally {
      const next = new Set(this.busy);
      next.delete(key);
      this.busy = next;
    }
  }

  /** The PDF of a document as a fresh `blob:` URL (tracked until revoked). */
  async #pdfUrl(doc: VaultDocument): Promise<string> {
    const s = this.services!;
    const blob = await (await import('@vigie/core/vault/api')).fetchVaultDocumentPdf(s.client, doc, { session: this.#session.session, signal: this.#abort.signal });
    const url = URL.createObjectURL(blob);
    this.#urls.add(url);
    return url;
  }

  #revoke(url: string | undefined): void {
    if (!url || !this.#urls.delete(url)) return;
    URL.revokeObjectURL(url);
  }

  /** Closes the dialogs, removes the print frame and revokes every URL (sign-out, disconnection). */
  #closeAll(): void {
    if (this.viewerDialog?.open) this.viewerDialog.close();
    if (this.moveDialog?.open) this.moveDialog.close();
    this.viewer = undefined;
    this.moving = undefined;
    this.#removePrintFrame();
    for (const url of [...this.#urls]) this.#revoke(url);
  }

  #announce(notice: Notice | undefined, focus = false): void {
    this.notice = notice;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.notice-box')?.focus());
  }

  // ── open ──────────────────────────────────────────────────────────────────────────────

  #open(doc: VaultDocument, trigger?: HTMLElement): Promise<void> {
    return this.#run(
      'open',
      doc,
      async () => {
        await this.#showInViewer(doc, await this.#pdfUrl(doc), trigger);
      },
      () => this.t('vault.documents.error.pdf'),
    );
  }

  /** Shows a document's `blob:` URL in the viewer dialog (which revokes it on close). */
  async #showInViewer(doc: VaultDocument, url: string, trigger: HTMLElement | undefined): Promise<void> {
    if (this.viewer) this.#revoke(this.viewer.url);
    this.#returnFocus = trigger ?? this.#returnFocus;
    this.viewer = { doc, url };
    await this.updateComplete;
    const dialog = this.viewerDialog;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLButtonElement>('.close')?.focus();
    const opened = new VaultDocumentEvent('vault-document-opened', this.#ref(doc));
    this.dispatchEvent(opened);
  }

  #closeViewer = () => this.viewerDialog?.close();

  #onViewerClose = () => {
    const url = this.viewer?.url;
    this.viewer = undefined;
    this.#revoke(url);
    this.#restoreFocus();
  };

  #restoreFocus(): void {
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
  }

  #onViewerDownload = () => {
    const v = this.viewer;
    if (v) {
      const event = new VaultDocumentDownloadedEvent(this.#ref(v.doc), documentFileName(v.doc));
      this.dispatchEvent(event);
    }
  };

  #printViewer = (e?: Event) => {
    const v = this.viewer;
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe.pdf');
    if (!v || !frame) return;
    const trigger = (e?.currentTarget as HTMLElement | null) ?? undefined;
    try {
      const w = frame.contentWindow;
      if (!w) throw new Error('no frame');
      // The frame takes the focus to print (some browsers print the focused window); the person
      // gets it back on the button they pressed, once the dialog is done or right away.
      w.addEventListener('afterprint', () => this.#focusBackFrom(frame, trigger), { once: true });
      w.focus();
      w.print();
      this.#focusBackFrom(frame, trigger);
      const event = new VaultDocumentEvent('vault-document-printed', this.#ref(v.doc));
      this.dispatchEvent(event);
    } catch {
      // A browser that refuses to print the frame: its own viewer's print button remains.
      this.actionError = { text: this.t('vault.documents.error.print'), retry: this.#printViewer };
    }
  };

  // ── download ──────────────────────────────────────────────────────────────────────────

  #download(doc: VaultDocument): Promise<void> {
    return this.#run(
      'download',
      doc,
      async () => {
        const url = await this.#pdfUrl(doc);
        const name = documentFileName(doc);
        const a = document.createElement('a');
        a.href = url;
        a.download = name;
        a.className = 'download-link';
        this.renderRoot.append(a);
        a.click();
        a.remove();
        setTimeout(() => this.#revoke(url), DOWNLOAD_REVOKE_MS);
        const event = new VaultDocumentDownloadedEvent(this.#ref(doc), name);
        this.dispatchEvent(event);
      },
      () => this.t('vault.documents.error.pdf'),
    );
  }

  // ── print ─────────────────────────────────────────────────────────────────────────────

  #print(doc: VaultDocument, trigger?: HTMLElement): Promise<void> {
    return this.#run(
      'print',
      doc,
      async () => {
        const url = await this.#pdfUrl(doc);
        this.#removePrintFrame();
        const frame = document.createElement('iframe');
        frame.className = 'print-frame';
        frame.title = doc.title;
        frame.tabIndex = -1;
        frame.setAttribute('aria-hidden', 'true');
        const loaded = new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), PRINT_LOAD_TIMEOUT_MS);
          frame.addEventListener('load', () => (clearTimeout(timer), resolve(true)), { once: true });
        });
        frame.src = url;
        const cleanup = setTimeout(() => this.#removePrintFrame(), PRINT_CLEANUP_MS);
        this.#printFrame = { frame, url, timer: cleanup, trigger };
        this.renderRoot.append(frame);
        let printed = false;
        if (await loaded) {
          try {
            const w = frame.contentWindow;
            if (w) {
              w.addEventListener('afterprint', () => this.#removePrintFrame(), { once: true });
              w.focus();
              w.print();
              // Back on « Imprimer » (the frame keeps the focus otherwise, and drops it on <body> when it goes).
              this.#focusBackFrom(frame, trigger);
              printed = true;
            }
          } catch {
            printed = false;
          }
        }
        if (printed) {
          const event = new VaultDocumentEvent('vault-document-printed', this.#ref(doc));
          this.dispatchEvent(event);
          return;
        }
        // The browser refused to print the hidden frame: open the document (same URL), its viewer prints.
        this.#removePrintFrame(false);
        await this.#showInViewer(doc, url, trigger);
      },
      () => this.t('vault.documents.error.pdf'),
    );
  }

  /** Removes the hidden print frame and (unless the viewer takes it over) revokes its URL. */
  #removePrintFrame(revoke = true): void {
    const p = this.#printFrame;
    if (!p) return;
    this.#printFrame = undefined;
    clearTimeout(p.timer);
    this.#focusBackFrom(p.frame, p.trigger);
    p.frame.remove();
    if (revoke) this.#revoke(p.url);
  }

  /**
   * Puts the focus back on `trigger` if printing left it in `frame`, or lost (on `<body>`); never
   * takes it from where the person has moved it since.
   */
  #focusBackFrom(frame: HTMLIFrameElement, trigger: HTMLElement | undefined): void {
    const inFrame = this.shadowRoot?.activeElement === frame;
    const lost = document.activeElement === document.body || document.activeElement === null;
    if ((inFrame || lost) && trigger?.isConnected) trigger.focus();
  }

  // ── archive, restore, move ────────────────────────────────────────────────────────────

  /** Puts the server's version of a document in the list. */
  #replace(doc: VaultDocument): void {
    if (!this.data) return;
    this.data = { ...this.data, documents: this.data.documents.map((d) => (d.id === doc.id ? doc : d)) };
  }

  #archive(doc: VaultDocument): Promise<void> {
    return this.#run(
      'archive',
      doc,
      async () => {
        const s = this.services!;
        const updated = await (await import('@vigie/core/vault/api')).archiveVaultDocument(s.client, doc.id, { session: this.#session.session, signal: this.#abort.signal });
        this.#replace(updated);
        this.#announce({ text: this.t('vault.documents.archived', { title: updated.title }), undo: () => void this.#restore(updated) }, true);
        const event = new VaultDocumentEvent('vault-document-archived', this.#ref(updated));
        this.dispatchEvent(event);
      },
      () => this.t('vault.documents.error.action'),
    );
  }

  #restore(doc: VaultDocument): Promise<void> {
    return this.#run(
      'restore',
      doc,
      async () => {
        const s = this.services!;
        const updated = await (await import('@vigie/core/vault/api')).restoreVaultDocument(s.client, doc.id, { session: this.#session.session, signal: this.#abort.signal });
        this.#replace(updated);
        const folder = this.#folderOf(updated)?.name ?? '';
        this.#announce({ text: this.t('vault.documents.restored', { title: updated.title, folder }) }, true);
        const event = new VaultDocumentEvent('vault-document-restored', this.#ref(updated));
        this.dispatchEvent(event);
      },
      () => this.t('vault.documents.error.action'),
    );
  }

  #openMove(doc: VaultDocument, trigger: HTMLElement): void {
    const targets = this.#moveTargets(doc);
    if (targets.length === 0) return;
    this.#returnFocus = trigger;
    this.moving = doc;
    this.moveTarget = targets[0]!.id;
    this.moveError = undefined;
    void this.updateComplete.then(() => {
      const dialog = this.moveDialog;
      if (!dialog) return;
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus();
    });
  }

  #moveTargets(doc: VaultDocument): VaultFolder[] {
    return sortFolders(this.data?.folders ?? []).filter((f) => f.id !== doc.folderId);
  }

  #onMoveSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const doc = this.moving;
    const folderId = this.moveTarget;
    if (!doc || !folderId) return;
    this.moveError = undefined;
    void this.#run(
      'move',
      doc,
      async () => {
        const s = this.services!;
        try {
          const updated = await (await import('@vigie/core/vault/api')).moveVaultDocument(s.client, doc.id, folderId, { session: this.#session.session, signal: this.#abort.signal });
          this.#replace(updated);
          const folder = this.#folderOf(updated)?.name ?? '';
          // Focus goes to the notice: the document has left the folder shown.
          this.#returnFocus = undefined;
          this.moveDialog?.close();
          this.#announce({ text: this.t('vault.documents.moved', { title: updated.title, folder }) }, true);
          const event = new VaultDocumentMovedEvent(this.#ref(updated), doc.folderId);
          this.dispatchEvent(event);
        } catch (err) {
          // Shown inside the dialog, where the person is (the end of the session and an abandon are #run's).
          const failure = failureOf(err);
          if (isSessionRefused(failure) || failure.kind === 'aborted') throw err;
          this.moveError = `${this.t('vault.documents.error.action')} ${this.services?.describeFailure(failure) ?? ''}`.trim();
        }
      },
      () => this.t('vault.documents.error.action'),
    );
  };

  #closeMove = () => this.moveDialog?.close();

  #onMoveClose = () => {
    this.moving = undefined;
    this.moveError = undefined;
    this.#restoreFocus();
  };

  // ── navigation ────────────────────────────────────────────────────────────────────────

  #showFolder(folderId: string): void {
    this.folderId = folderId;
    this.archives = false;
  }

  #showArchives(): void {
    this.archives = true;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────

  protected override render() {
    const s = this.services;
    if (!s) return this.renderMissingProvider();
    const title = this.hideTitle ? nothing : html`<h2 part="title" class="title" id="${this.#id}-title">${this.t('vault.documents.title')}</h2>`;
    if (!s.vaultSession) return this.#renderSignedOut(title);
    const load = this.#load.state;
    const data = this.data;
    if (!data) {
      if (load.status === 'error') {
        return html`<section part="base" class="base" aria-labelledby=${ifDefined(this.hideTitle ? undefined : `${this.#id}-title`)}>
          ${title}
          <div part="error" class="state error" role="alert">
            ${errorIcon}
            <div>
              <p><strong>${this.t('vault.documents.error')}</strong></p>
              <p>${s.describeFailure(load.failure)}</p>
              <button class="btn" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
            </div>
          </div>
        </section>`;
      }
      return html`<section part="base" class="base" aria-busy="true" aria-labelledby=${ifDefined(this.hideTitle ? undefined : `${this.#id}-title`)}>
        ${title}
        <p class="state loading" role="status">${spinner}${this.t('common.loading')}</p>
        <div class="skeleton" aria-hidden="true"><span class="nav"></span><span></span><span></span><span></span></div>
      </section>`;
    }
    return html`<section part="base" class="base" aria-labelledby=${ifDefined(this.hideTitle ? undefined : `${this.#id}-title`)}>
      ${title}
      ${load.status === 'error' && !isSessionRefused(load.failure) ? this.#renderRefreshFailed(load.failure) : nothing}
      <div class="layout">${this.#renderFolders(data)} ${this.#renderContent(data)}</div>
      ${this.#renderViewer()} ${this.#renderMove()}
    </section>`;
  }

  /** A refresh failed: the list stays (it is what the server last said), and says it may be out of date. */
  #renderRefreshFailed(failure: ApiFailure) {
    return html`<div part="error" class="state error refresh-error" role="alert">
      ${errorIcon}
      <div>
        <p><strong>${this.t('vault.documents.refreshFailed')}</strong></p>
        <p>${this.services!.describeFailure(failure)}</p>
        <button class="btn" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
      </div>
    </div>`;
  }

  #renderSignedOut(title: unknown) {
    const expired = this.#session.expired;
    return html`<section part="base signed-out" class="base">
      ${title}
      <div class="state signed-out" role="status">
        ${lockIcon}
        <div>
          <p><strong>${this.t(expired ? 'vault.login.error.sessionExpired' : 'vault.documents.signedOut')}</strong></p>
          ${loginAction(this, { label: this.t('vault.login.submit'), href: this.loginHref, reason: this.#session.reason, className: 'btn' })}
        </div>
      </div>
    </section>`;
  }

  #renderFolders(data: DocumentsResponse) {
    const counts = folderCounts(data.folders, data.documents);
    const archived = data.documents.filter((d) => d.archived).length;
    const button = (current: boolean, name: string, count: number, onClick: () => void, iconTpl = folderIcon) =>
      html`<li>
        <button part="folder" class="folder" aria-current=${current ? 'true' : 'false'} @click=${onClick}>
          ${iconTpl}<span class="name">${name}</span><span class="count" aria-hidden="true">${count}</span
          ><span class="sr-only">, ${this.t('vault.documents.folder.count', { count })}</span>
        </button>
      </li>`;
    return html`<nav part="folders" class="folders" aria-label=${this.t('vault.documents.folders')}>
      <ul role="list">
        ${sortFolders(data.folders).map((f) =>
          button(!this.archives && f.id === this.folderId, f.name, counts.get(f.id) ?? 0, () => this.#showFolder(f.id)),
        )}
        ${button(this.archives, this.t('vault.documents.archives'), archived, () => this.#showArchives(), archiveIcon)}
      </ul>
    </nav>`;
  }

  #renderContent(data: DocumentsResponse) {
    const folder = this.archives ? undefined : data.folders.find((f) => f.id === this.folderId);
    const filter = this.archives ? { archived: true as const } : { folderId: folder?.id, archived: false as const };
    const groups = documentsByYear(data.documents, filter);
    const reason = emptyReason(data.folders, data.documents, filter);
    const heading = this.archives ? this.t('vault.documents.archives') : (folder?.name ?? '');
    const count = groups.reduce((n, g) => n + g.documents.length, 0);
    const payslips = !this.archives && !!folder && isPayslipsFolder(folder);
    const latest = payslips ? latestPayslip(data.folders, data.documents) : undefined;
    return html`<div part="content" class="content">
      <div class="content-head">
        <h3 id="${this.#id}-folder">${heading}</h3>
        ${count > 0 ? html`<span class="content-count">${this.t('vault.documents.folder.count', { count })}</span>` : nothing}
      </div>
      <div part="notice" class="notice" role="status">${this.#renderNotice()}</div>
      ${this.#renderActionError()}
      ${latest && count > 0
        ? html`<button part="latest" class="latest" @click=${(e: Event) => this.#open(latest, e.currentTarget as HTMLElement)}>
            ${fileIcon}<span>${this.t('vault.documents.latest', { title: latest.title })}</span>${this.#isBusy('open', latest) ? spinner : nothing}
          </button>`
        : nothing}
      ${reason ? this.#renderEmpty(reason) : groups.map((g) => this.#renderYear(g))}
      ${payslips && reason !== 'no-payslip-yet' ? this.#renderHelp(false) : nothing}
    </div>`;
  }

  #renderNotice() {
    const n = this.notice;
    if (!n) return nothing;
    return html`<p class="notice-box" tabindex="-1">
      ${checkIcon}<span class="notice-text">${n.text}</span>
      ${n.undo ? html`<button class="btn secondary small" @click=${() => (n.undo!(), undefined)}>${this.t('vault.documents.undo')}</button>` : nothing}
      <button class="icon-btn" aria-label=${this.t('common.close')} @click=${() => this.#announce(undefined)}>${closeIcon}</button>
    </p>`;
  }

  #renderActionError() {
    const e = this.actionError;
    if (!e) return nothing;
    return html`<div part="error" class="state error action-error" role="alert">
      ${errorIcon}
      <div>
        <p><strong>${e.text}</strong></p>
        ${e.detail ? html`<p>${e.detail}</p>` : nothing}
        <div class="row">
          <button class="btn" @click=${() => e.retry()}>${this.t('common.retry')}</button>
          <button class="btn secondary" @click=${() => (this.actionError = undefined)}>${this.t('common.close')}</button>
        </div>
      </div>
    </div>`;
  }

  #renderEmpty(reason: NonNullable<ReturnType<typeof emptyReason>>) {
    if (reason === 'no-payslip-yet') {
      return html`<div part="empty" class="state empty">
        ${infoIcon}
        <div>
          <h4>${this.t('vault.documents.empty.noPayslip.title')}</h4>
          <p>${this.t('vault.documents.empty.noPayslip')}</p>
        </div>
      </div>
      ${this.#renderHelp(true)}`;
    }
    const text = reason === 'no-archive' ? this.t('vault.documents.empty.archive') : this.t('vault.documents.empty.folder');
    return html`<p part="empty" class="state empty small">${infoIcon}<span>${text}</span></p>`;
  }

  /**
   * Seed 002, question 6: the vault's site, then « Bulletins de paie », the current year, the latest
   * payslip. Question 7 (VA-SUPPORT): documents may be in another vault of the person's; merging
   * vaults goes through support only, whose contact the provider gives.
   */
  #renderHelp(open: boolean) {
    const s = this.services!;
    return html`<details part="help" class="help" ?open=${open}>
      <summary>${this.t('vault.documents.notSeeing.title')}</summary>
      <p>${this.t('vault.documents.notSeeing', { site: this.vaultSite })}</p>
      <p class="merge">${this.t('vault.support.merge')}</p>
      <p class="support">${supportContact((key, params) => this.t(key, params), s.locale, s.support)}</p>
    </details>`;
  }

  #renderYear(group: YearGroup) {
    const id = `${this.#id}-y${group.year}`;
    return html`<section part="year" class="year" aria-labelledby=${id}>
      <h4 id=${id}>${this.t('vault.documents.year', { year: group.year })}</h4>
      <ul role="list" class="documents">
        ${group.documents.map((d) => this.#renderDocument(d))}
      </ul>
    </section>`;
  }

  #renderDocument(doc: VaultDocument) {
    const locale = this.services!.locale;
    const size = formatFileSize(locale, doc.sizeBytes);
    const title = doc.title;
    // Each button: its icon and short name (« Télécharger »), and a full name for assistive technologies (« Télécharger « … » (PDF, 180 Ko) »).
    const btn = (action: RowAction, label: string, iconTpl: TemplateResult, onClick: (e: Event) => void) => {
      const busy = this.#isBusy(action, doc);
      const short = this.t(`vault.documents.action.${action}`);
      return html`<button
        class="action-btn"
        aria-label=${label}
        title=${short}
        aria-disabled=${ifDefined(busy ? 'true' : undefined)}
        @click=${(e: Event) => {
          if (!busy) onClick(e);
        }}
      >
        ${busy ? spinner : iconTpl}<span class="action-name" aria-hidden="true">${short}</span>
      </button>`;
    };
    const opening = this.#isBusy('open', doc);
    return html`<li part="document" class="document">
      ${fileIcon}
      <div class="doc-main">
        <button
          class="doc-title"
          aria-label=${this.t('vault.documents.open', { title })}
          aria-disabled=${ifDefined(opening ? 'true' : undefined)}
          @click=${(e: Event) => void this.#open(doc, e.currentTarget as HTMLElement)}
        >
          ${title}${opening ? spinner : nothing}
        </button>
        <p class="doc-meta">
          <span>${this.t('vault.documents.column.date')} ${formatDate(locale, doc.date)}</span>
          <span><span class="sr-only">${this.t('vault.documents.column.size')} </span>${size}</span>
          ${this.archives ? html`<span class="doc-folder">${folderIcon}${this.t('vault.documents.folder.origin', { folder: this.#folderOf(doc)?.name ?? '' })}</span>` : nothing}
        </p>
      </div>
      <div part="actions" class="actions" role="group" aria-label=${this.t('vault.documents.column.actions')}>
        ${btn('download', this.t('vault.documents.download', { title, size }), downloadIcon, () => void this.#download(doc))}
        ${btn('print', this.t('vault.documents.print', { title }), printIcon, (e) => void this.#print(doc, e.currentTarget as HTMLElement))}
        ${doc.archived
          ? btn('restore', this.t('vault.documents.restore', { title }), restoreIcon, () => void this.#restore(doc))
          : html`${this.#moveTargets(doc).length
              ? btn('move', this.t('vault.documents.move', { title }), moveIcon, (e) => this.#openMove(doc, e.currentTarget as HTMLElement))
              : nothing}
            ${btn('archive', this.t('vault.documents.archive', { title }), archiveIcon, () => void this.#archive(doc))}`}
      </div>
    </li>`;
  }

  #renderViewer() {
    const v = this.viewer;
    if (!v) return nothing;
    const id = `${this.#id}-viewer`;
    const size = formatFileSize(this.services!.locale, v.doc.sizeBytes);
    return html`<dialog part="viewer" class="viewer" aria-labelledby=${id} @close=${this.#onViewerClose}>
      <header>
        <h2 id=${id}>${v.doc.title}</h2>
        <div class="viewer-actions">
          <a
            class="icon-btn"
            href=${v.url}
            download=${documentFileName(v.doc)}
            aria-label=${this.t('vault.documents.download', { title: v.doc.title, size })}
            title=${this.t('vault.documents.action.download')}
            @click=${this.#onViewerDownload}
            >${downloadIcon}</a
          >
          <button class="icon-btn" aria-label=${this.t('vault.documents.print', { title: v.doc.title })} title=${this.t('vault.documents.action.print')} @click=${this.#printViewer}>
            ${printIcon}
          </button>
          <button class="icon-btn close" autofocus aria-label=${this.t('common.close')} title=${this.t('common.close')} @click=${this.#closeViewer}>${closeIcon}</button>
        </div>
      </header>
      <iframe class="pdf" src=${v.url} title=${v.doc.title}></iframe>
      <p class="viewer-fallback">
        ${withParts(this.t('vault.documents.viewer.fallback'), {
          download: html`<a href=${v.url} download=${documentFileName(v.doc)} @click=${this.#onViewerDownload}>${this.t('vault.documents.viewer.download')}</a>`,
        })}
      </p>
    </dialog>`;
  }

  #renderMove() {
    const doc = this.moving;
    if (!doc) return nothing;
    const id = `${this.#id}-move`;
    const busy = this.#isBusy('move', doc);
    return html`<dialog part="move-dialog" class="move" aria-labelledby=${id} @close=${this.#onMoveClose}>
      <form class="move-form" method="dialog" @submit=${this.#onMoveSubmit}>
        <h2 id=${id}>${this.t('vault.documents.move', { title: doc.title })}</h2>
        <fieldset>
          <legend>${this.t('vault.documents.move.label')}</legend>
          ${this.#moveTargets(doc).map(
            (f) => html`<label class="radio">
              <input type="radio" name="${this.#id}-target" value=${f.id} .checked=${f.id === this.moveTarget} @change=${() => (this.moveTarget = f.id)} />
              ${f.kind === 'payslips' ? fileIcon : folderIcon}<span>${f.name}</span>
            </label>`,
          )}
        </fieldset>
        ${this.moveError ? html`<p class="move-error" role="alert">${errorIcon}<span>${this.moveError}</span></p>` : nothing}
        <div class="row">
          <button type="submit" class="btn" aria-disabled=${ifDefined(busy ? 'true' : undefined)}>${busy ? spinner : nothing}${this.t('vault.documents.move.submit')}</button>
          <button type="button" class="btn secondary" @click=${this.#closeMove}>${this.t('vault.documents.move.cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-documents': VaultDocuments;
  }
}
