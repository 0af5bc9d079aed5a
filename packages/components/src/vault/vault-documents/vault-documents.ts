import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEFAULT_VAULT_SITE,
  documentFileName,
  documentRef,
  documentsCallRunner,
  documentsFlow,
  type ApiFailure,
  type DocumentRef,
  type DocumentsEvent,
  type DocumentsRequest,
  type DocumentsState,
} from '@vigie/core';
import { errorIcon, lockIcon } from '../../base/icons.js';
import { FlowController } from '../../base/flow-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import {
  VaultDocumentDownloadedEvent,
  VaultDocumentEvent,
  VaultDocumentMovedEvent,
  type VaultDocumentEventName,
} from './vault-documents.events.js';
import { styles } from './vault-documents.styles.js';
import { isSessionRefused, loginAction } from '../vault-helpers.js';
import { VaultSessionController } from '../vault-session.js';
import { PdfHandOver } from './pdf-hand-over.js';
import { renderContent, renderFolders, spinner, type DocumentsView } from './documents-list.js';
import { renderMove, renderViewer, type DialogHandlers } from './documents-dialogs.js';

let uid = 0;

const fire = (name: VaultDocumentEventName) => (detail: unknown) => new VaultDocumentEvent(name, detail as DocumentRef);

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

  #id = `vd${++uid}`;
  /** The provider's vault session: the data belongs to it. */
  #session = new VaultSessionController(
    this,
    () => this.services,
    (session, previous) => {
      // Another person (or nobody) now: nothing of the previous vault may stay on screen.
      if (!session || !previous || session.token !== previous.token) this.#restart();
    },
  );
  /** The client the data was loaded with (another API means loading again). */
  #client?: unknown;
  readonly #pdf = new PdfHandOver(this);
  // Before the flow's controller: a dialog is open when the flow's focus lands in it.
  readonly #dialogSync = this.addController({ hostUpdated: () => this.#syncDialogs() });
  readonly #flow = new FlowController<DocumentsState, DocumentsEvent, DocumentsRequest>(this, {
    flow: documentsFlow,
    clock: () => this.services!.clock,
    run: documentsCallRunner(
      () => this.services!.client,
      () => this.#session.session,
      () => import('@vigie/core/vault/api'),
      (request, pdf) => this.#pdf.run(request, pdf),
    ),
    events: {
      'vault-document-opened': fire('vault-document-opened'),
      'vault-document-printed': fire('vault-document-printed'),
      'vault-document-archived': fire('vault-document-archived'),
      'vault-document-restored': fire('vault-document-restored'),
      'vault-document-downloaded': (d) => new VaultDocumentDownloadedEvent(d as DocumentRef, (d as { fileName: string }).fileName),
      'vault-document-moved': (d) => new VaultDocumentMovedEvent(d as DocumentRef, (d as { previousFolderId: string }).previousFolderId),
    },
  });

  /** The flow's state (tests, stories); undefined before the first load. */
  get state(): DocumentsState | undefined {
    return this.#flow.started ? this.#flow.state : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The flow's calls are aborted (its controller); what was handed to the browser goes too.
    this.#pdf.revokeAll();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const s = this.services;
    if (!s) return;
    this.#session.sync();
    // Another API: load again.
    if (this.#session.session && s.client !== this.#client) {
      if (this.#client !== undefined) this.#restart();
      this.#client = s.client;
    }
    const refused = this.#flow.started ? this.#flow.state.sessionRefused : undefined;
    if (refused) this.#session.endIfRefused(refused);
  }

  /** Fetches the folders and documents again. */
  refresh(): Promise<void> {
    if (!this.#session.session) return Promise.resolve();
    this.#flow.send({ type: 'load' });
    return this.#flow.settled();
  }

  /** Resolves when no call is running (tests). */
  settled(): Promise<void> {
    return this.#flow.settled();
  }

  /** Drops what the flow showed (another session, another API): it starts afresh at the next render. */
  #restart(): void {
    this.#pdf.revokeAll();
    this.#flow.restart();
  }

  #send = (event: DocumentsEvent) => this.#flow.send(event);

  /** Opens the native dialogs the state shows (before the flow's focus lands in them). */
  #syncDialogs(): void {
    for (const dialog of this.renderRoot.querySelectorAll<HTMLDialogElement>('dialog.viewer, dialog.move'))
      if (!dialog.open) dialog.showModal();
  }

  readonly #dialogs: DialogHandlers = {
    onViewerClose: () => {
      const url = this.#flow.state.viewer?.url;
      this.#send({ type: 'close-viewer' });
      this.#pdf.revoke(url);
    },
    onViewerDownload: () => {
      const v = this.#flow.state.viewer;
      if (!v) return;
      const ref = documentRef(this.#flow.state, v.document);
      this.dispatchEvent(new VaultDocumentDownloadedEvent(ref, documentFileName(v.document)));
    },
    onMoveClose: () => this.#send({ type: 'close-move' }),
  };

  #view(state: DocumentsState): DocumentsView {
    const s = this.services!;
    return {
      id: this.#id,
      state,
      locale: s.locale,
      vaultSite: this.vaultSite,
      support: s.support,
      t: (key, params) => this.t(key, params),
      describeFailure: (failure) => s.describeFailure(failure),
      send: this.#send,
    };
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────

  protected override render() {
    const s = this.services;
    if (!s) return this.renderMissingProvider();
    const title = this.hideTitle
      ? nothing
      : html`<h2 part="title" class="title" id="${this.#id}-title">${this.t('vault.documents.title')}</h2>`;
    const labelledby = ifDefined(this.hideTitle ? undefined : `${this.#id}-title`);
    // The server refused the session: signed out (the provider is told in `willUpdate`).
    if (!s.vaultSession || !this.#session.session || this.#flow.state.sessionRefused) return this.#renderSignedOut(title);
    const state = this.#flow.state;
    const data = state.data;
    if (!data) {
      if (state.load === 'failed' && state.failure) {
        return html`<section part="base" class="base" aria-labelledby=${labelledby}>
          ${title}
          ${this.#renderFailure('vault.documents.error', state.failure, '')}
        </section>`;
      }
      return html`<section part="base" class="base" aria-busy="true" aria-labelledby=${labelledby}>
        ${title}
        <p class="state loading" role="status">${spinner}${this.t('common.loading')}</p>
        <div class="skeleton" aria-hidden="true"><span class="nav"></span><span></span><span></span><span></span></div>
      </section>`;
    }
    const view = this.#view(state);
    const refreshFailed = state.load === 'failed' && state.failure && !isSessionRefused(state.failure);
    return html`<section part="base" class="base" aria-labelledby=${labelledby}>
      ${title}
      ${refreshFailed ? this.#renderFailure('vault.documents.refreshFailed', state.failure!, 'refresh-error') : nothing}
      <div class="layout">${renderFolders(view, data)} ${renderContent(view, data)}</div>
      ${renderViewer(view, this.#dialogs)} ${renderMove(view, this.#dialogs)}
    </section>`;
  }

  /** The load failed (no list yet), or a refresh did (the list stays: it is what the server last said). */
  #renderFailure(key: 'vault.documents.error' | 'vault.documents.refreshFailed', failure: ApiFailure, className: string) {
    return html`<div part="error" class="state error ${className}" role="alert">
      ${errorIcon}
      <div>
        <p><strong>${this.t(key)}</strong></p>
        <p>${this.services!.describeFailure(failure)}</p>
        <button class="btn" @click=${() => this.#send({ type: 'load' })}>${this.t('common.retry')}</button>
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
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-documents': VaultDocuments;
  }
}
