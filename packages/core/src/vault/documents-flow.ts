/**
 * VA-DOCS — the flow of `<vault-documents>` (the convention of `shared/flow.ts`): load the vault's
 * folders and documents, show a folder or the archives, and act on one document at a time:
 *
 *     loading ─loaded→ ready ─open / download / print / archive / restore / submit-move→ (call, the row busy)
 *             ─load-failed→ failed ─load→ loading      ─answer→ ready (+ notice, host event)
 *                                                     ─action-failed→ ready (+ action error with its retry)
 *
 * - One action per document at a time: a second press while `open:<id>` runs does nothing.
 * - The PDF's hand-over (a viewer, a download, a print frame) is the element's part: `call`
 *   requests `open` / `download` / `print` / `print-viewer` name the document, and the element's
 *   runner fetches its PDF (with core's {@link documentsCallRunner}) and hands it to the browser;
 *   what comes back (`viewer-ready`, `downloaded`, `printed`, `print-fallback`) is fed to the flow.
 * - The server refusing the session (a 401) never shows as an error here: the flow keeps the
 *   failure in `sessionRefused`, and the element ends the session for every vault widget.
 * - A failed move is said inside the dialog, where the person is; any other failed action in the
 *   list with a retry.
 * - Host events (`emit`): `vault-document-opened`, `-downloaded`, `-printed`, `-archived`,
 *   `-restored`, `-moved`, each with the document's {@link DocumentRef}.
 */
import type { ApiFailure } from '../api/errors.js';
import type { MessageKey, Params } from '../i18n/index.js';
import type { MachineContext } from '../shared/machine.js';
import type { Flow, FlowEffect, Step } from '../shared/flow.js';
import { defaultFolder, documentFileName, sortFolders } from './documents.js';
import { vaultProblemOfFailure } from './problems.js';
import type { DocumentsResponse, VaultDocument, VaultFolder } from './schemas.js';

/** The actions on one document (each runs once at a time per document). */
export type DocumentAction = 'open' | 'download' | 'print' | 'archive' | 'restore' | 'move';

export type DocumentsRequest =
  | { readonly op: 'list' }
  | { readonly op: 'open' | 'download' | 'print'; readonly document: VaultDocument }
  /** Print the PDF the viewer shows (the element's own frame). */
  | { readonly op: 'print-viewer'; readonly document: VaultDocument }
  | { readonly op: 'archive' | 'restore'; readonly document: VaultDocument }
  | { readonly op: 'move'; readonly document: VaultDocument; readonly folderId: string };

/** What a host event says of a document (never a URL, a token or the file). */
export interface DocumentRef {
  readonly documentId: string;
  readonly title: string;
  readonly folderId: string;
  readonly folderName: string;
}

export interface DocumentsNotice {
  readonly key: MessageKey;
  readonly params: Params;
  /** The document an « Annuler » brings back (after an archive). */
  readonly undo?: string;
}

export interface DocumentsActionError {
  readonly key: MessageKey;
  /** The failure's detail (absent when the browser, not the server, refused). */
  readonly failure?: ApiFailure;
  /** What « Réessayer » sends. */
  readonly retry: DocumentsEvent;
}

export interface DocumentsViewer {
  readonly document: VaultDocument;
  /** The element's `blob:` URL of the PDF. */
  readonly url: string;
}

export interface DocumentsMove {
  readonly documentId: string;
  /** The folder chosen. */
  readonly target: string;
  /** Why the last move failed (said in the dialog). */
  readonly failure?: ApiFailure;
}

export interface DocumentsState {
  /** `loading`: a load is on its way (the data, if any, stays); `failed`: the last load failed (`failure`). */
  readonly load: 'loading' | 'done' | 'failed';
  /** The folders and documents as the server last gave them. */
  readonly data?: DocumentsResponse;
  readonly failure?: ApiFailure;
  /** The folder shown (default: « Bulletins de paie »). */
  readonly folderId?: string;
  /** The archives are shown instead of a folder. */
  readonly archives: boolean;
  /** The running actions, `<action>:<documentId>`. */
  readonly busy: readonly string[];
  readonly notice?: DocumentsNotice;
  readonly actionError?: DocumentsActionError;
  readonly viewer?: DocumentsViewer;
  readonly moving?: DocumentsMove;
  /** Where the focus goes back when the viewer or the move dialog closes (a `data-focus` target). */
  readonly returnFocus?: string;
  /** The server refused the session: the element ends it for every vault widget. */
  readonly sessionRefused?: ApiFailure;
}

export type DocumentsEvent =
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly data: DocumentsResponse }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  | { readonly type: 'show-folder'; readonly folderId: string }
  | { readonly type: 'show-archives' }
  /** `from`: the `data-focus` target the person pressed (focus goes back there). */
  | { readonly type: 'open'; readonly documentId: string; readonly from?: string }
  | { readonly type: 'download'; readonly documentId: string }
  | { readonly type: 'print'; readonly documentId: string; readonly from?: string }
  | { readonly type: 'print-viewer' }
  | { readonly type: 'archive'; readonly documentId: string }
  | { readonly type: 'restore'; readonly documentId: string }
  | { readonly type: 'undo' }
  | { readonly type: 'open-move'; readonly documentId: string; readonly from?: string }
  | { readonly type: 'choose-target'; readonly folderId: string }
  | { readonly type: 'submit-move' }
  /** The move dialog closed (Escape, « Annuler »). */
  | { readonly type: 'close-move' }
  /** The viewer closed. */
  | { readonly type: 'close-viewer' }
  | { readonly type: 'dismiss-notice' }
  | { readonly type: 'dismiss-error' }
  | { readonly type: 'retry' }
  // Answers.
  | { readonly type: 'viewer-ready'; readonly documentId: string; readonly url: string; readonly action: 'open' | 'print' }
  | { readonly type: 'downloaded'; readonly documentId: string }
  | { readonly type: 'printed'; readonly documentId: string; readonly action: 'print' | 'print-viewer' }
  | { readonly type: 'print-refused'; readonly documentId: string }
  | { readonly type: 'changed'; readonly action: 'archive' | 'restore' | 'move'; readonly document: VaultDocument }
  | {
      readonly type: 'action-failed';
      readonly action: DocumentAction | 'print-viewer';
      readonly documentId: string;
      readonly failure: ApiFailure;
    };

export type DocumentsEffect = FlowEffect<DocumentsRequest, DocumentsEvent>;
export type DocumentsStep = Step<DocumentsState, DocumentsRequest, DocumentsEvent>;

/** The `data-focus` targets the element renders. */
export const documentsFocus = {
  open: (documentId: string) => `open-${documentId}`,
  print: (documentId: string) => `print-${documentId}`,
  move: (documentId: string) => `move-${documentId}`,
  latest: 'latest',
  notice: 'notice',
  viewerClose: 'viewer-close',
  moveTarget: 'move-target',
} as const;

/** VA-DOCS: the server refused the vault session (`/problems/session-required`, or any 401). */
export const isVaultSessionRefused = (failure: ApiFailure): boolean =>
  vaultProblemOfFailure(failure) === 'sessionRequired' ||
  ((failure.kind === 'http' || failure.kind === 'conflict') && failure.status === 401);

export const busyKey = (action: DocumentAction, documentId: string): string => `${action}:${documentId}`;

export const isDocumentBusy = (state: DocumentsState, action: DocumentAction, documentId: string): boolean =>
  state.busy.includes(busyKey(action, documentId));

export const findDocument = (state: DocumentsState, documentId: string): VaultDocument | undefined =>
  state.data?.documents.find((d) => d.id === documentId);

export const folderOf = (state: DocumentsState, doc: Pick<VaultDocument, 'folderId'>): VaultFolder | undefined =>
  state.data?.folders.find((f) => f.id === doc.folderId);

/** The folders a document can be filed into (every other one, « Bulletins de paie » first). */
export const moveTargets = (state: DocumentsState, doc: Pick<VaultDocument, 'folderId'>): VaultFolder[] =>
  sortFolders(state.data?.folders ?? []).filter((f) => f.id !== doc.folderId);

export const documentRef = (state: DocumentsState, doc: VaultDocument): DocumentRef => ({
  documentId: doc.id,
  title: doc.title,
  folderId: doc.folderId,
  folderName: folderOf(state, doc)?.name ?? '',
});

const LOADING: DocumentsState = { load: 'loading', archives: false, busy: [] };

const step = (state: DocumentsState, ...effects: DocumentsEffect[]): DocumentsStep => ({ state, effects });
const emit = (name: string, detail: unknown): DocumentsEffect => ({ type: 'emit', name, detail });
const focus = (target: string): DocumentsEffect => ({ type: 'focus', target });

const without = (busy: readonly string[], key: string) => busy.filter((k) => k !== key);

/** Starts an action on a document, unless it is already running or the document is unknown. */
function start(
  state: DocumentsState,
  action: DocumentAction,
  documentId: string,
  request: (doc: VaultDocument) => DocumentsRequest,
  patch: Partial<DocumentsState> = {},
): DocumentsStep {
  const doc = findDocument(state, documentId);
  const key = busyKey(action, documentId);
  if (!doc || state.busy.includes(key)) return step(state);
  const { actionError: _, ...rest } = state;
  return step({ ...rest, ...patch, busy: [...state.busy, key] }, { type: 'call', request: request(doc) });
}

/** Ends an action (the row is no longer busy). */
const done = (state: DocumentsState, action: DocumentAction | 'print-viewer', documentId: string): DocumentsState =>
  action === 'print-viewer' ? state : { ...state, busy: without(state.busy, busyKey(action, documentId)) };

/** The server's version of a document in the list. */
function replace(state: DocumentsState, doc: VaultDocument): DocumentsState {
  if (!state.data) return state;
  return { ...state, data: { ...state.data, documents: state.data.documents.map((d) => (d.id === doc.id ? doc : d)) } };
}

function retryOf(state: DocumentsState, action: DocumentAction | 'print-viewer', documentId: string): DocumentsEvent {
  switch (action) {
    case 'print-viewer':
      return { type: 'print-viewer' };
    case 'move':
      return { type: 'submit-move' };
    case 'open':
    case 'print':
      return state.returnFocus ? { type: action, documentId, from: state.returnFocus } : { type: action, documentId };
    default:
      return { type: action, documentId };
  }
}

const failureKey = (action: DocumentAction | 'print-viewer'): MessageKey =>
  action === 'open' || action === 'download' || action === 'print'
    ? 'vault.documents.error.pdf'
    : action === 'print-viewer'
      ? 'vault.documents.error.print'
      : 'vault.documents.error.action';

export function documentsTransition(state: DocumentsState, event: DocumentsEvent, _ctx: MachineContext): DocumentsStep {
  switch (event.type) {
    case 'load':
      // A newer load replaces one on its way (the call's key).
      return step({ ...state, load: 'loading' }, { type: 'call', request: { op: 'list' }, key: 'list' });
    case 'loaded': {
      const folders = event.data.folders;
      const folderId = state.folderId && folders.some((f) => f.id === state.folderId) ? state.folderId : defaultFolder(folders)?.id;
      const { failure: _, ...rest } = state;
      return step({ ...rest, load: 'done', data: event.data, ...(folderId === undefined ? {} : { folderId }) });
    }
    case 'load-failed':
      if (event.failure.kind === 'aborted') return step({ ...state, load: state.data ? 'done' : 'failed', failure: event.failure });
      return step({
        ...state,
        load: 'failed',
        failure: event.failure,
        ...(isVaultSessionRefused(event.failure) ? { sessionRefused: event.failure } : {}),
      });
    case 'show-folder':
      return step({ ...state, folderId: event.folderId, archives: false });
    case 'show-archives':
      return step({ ...state, archives: true });
    case 'open':
      return start(
        state,
        'open',
        event.documentId,
        (document) => ({ op: 'open', document }),
        event.from ? { returnFocus: event.from } : {},
      );
    case 'download':
      return start(state, 'download', event.documentId, (document) => ({ op: 'download', document }));
    case 'print':
      return start(
        state,
        'print',
        event.documentId,
        (document) => ({ op: 'print', document }),
        event.from ? { returnFocus: event.from } : {},
      );
    case 'print-viewer': {
      const v = state.viewer;
      if (!v) return step(state);
      const { actionError: _, ...rest } = state;
      return step(rest, { type: 'call', request: { op: 'print-viewer', document: v.document } });
    }
    case 'archive':
      return start(state, 'archive', event.documentId, (document) => ({ op: 'archive', document }));
    case 'restore':
      return start(state, 'restore', event.documentId, (document) => ({ op: 'restore', document }));
    case 'undo': {
      const id = state.notice?.undo;
      return id ? documentsTransition(state, { type: 'restore', documentId: id }, _ctx) : step(state);
    }
    case 'open-move': {
      const doc = findDocument(state, event.documentId);
      const first = doc ? moveTargets(state, doc)[0] : undefined;
      if (!doc || !first || doc.archived) return step(state);
      return step(
        { ...state, moving: { documentId: doc.id, target: first.id }, ...(event.from ? { returnFocus: event.from } : {}) },
        focus(documentsFocus.moveTarget),
      );
    }
    case 'choose-target':
      return state.moving ? step({ ...state, moving: { documentId: state.moving.documentId, target: event.folderId } }) : step(state);
    case 'submit-move': {
      const m = state.moving;
      if (!m) return step(state);
      return start(state, 'move', m.documentId, (document) => ({ op: 'move', document, folderId: m.target }), {
        moving: { documentId: m.documentId, target: m.target },
      });
    }
    case 'close-move': {
      if (!state.moving) return step(state);
      const { moving: _, returnFocus, ...rest } = state;
      return step(rest, ...(returnFocus ? [focus(returnFocus)] : []));
    }
    case 'close-viewer': {
      if (!state.viewer) return step(state);
      const { viewer: _, returnFocus, ...rest } = state;
      return step(rest, ...(returnFocus ? [focus(returnFocus)] : []));
    }
    case 'dismiss-notice': {
      const { notice: _, ...rest } = state;
      return step(rest);
    }
    case 'dismiss-error': {
      const { actionError: _, ...rest } = state;
      return step(rest);
    }
    case 'retry':
      return state.actionError ? documentsTransition(state, state.actionError.retry, _ctx) : step(state);

    // ── answers ──
    case 'viewer-ready': {
      const doc = findDocument(state, event.documentId);
      const next = done(state, event.action, event.documentId);
      if (!doc) return step(next);
      return step(
        { ...next, viewer: { document: doc, url: event.url } },
        focus(documentsFocus.viewerClose),
        emit('vault-document-opened', documentRef(state, doc)),
      );
    }
    case 'downloaded': {
      const doc = findDocument(state, event.documentId);
      const next = done(state, 'download', event.documentId);
      return doc
        ? step(next, emit('vault-document-downloaded', { ...documentRef(state, doc), fileName: documentFileName(doc) }))
        : step(next);
    }
    case 'printed': {
      const doc = findDocument(state, event.documentId);
      const next = done(state, event.action, event.documentId);
      return doc ? step(next, emit('vault-document-printed', documentRef(state, doc))) : step(next);
    }
    case 'print-refused':
      // The browser refused to print the viewer's frame: its own print button remains.
      return step({ ...state, actionError: { key: 'vault.documents.error.print', retry: { type: 'print-viewer' } } });
    case 'changed': {
      const doc = event.document;
      const before = findDocument(state, doc.id);
      let next = replace(done(state, event.action, doc.id), doc);
      const ref = documentRef(next, doc);
      if (event.action === 'archive') {
        next = { ...next, notice: { key: 'vault.documents.archived', params: { title: doc.title }, undo: doc.id } };
        return step(next, focus(documentsFocus.notice), emit('vault-document-archived', ref));
      }
      if (event.action === 'restore') {
        next = { ...next, notice: { key: 'vault.documents.restored', params: { title: doc.title, folder: ref.folderName } } };
        return step(next, focus(documentsFocus.notice), emit('vault-document-restored', ref));
      }
      // Moved: the dialog closes and the focus goes to the notice (the document has left the folder shown).
      const { moving: _, returnFocus: __, ...rest } = next;
      next = { ...rest, notice: { key: 'vault.documents.moved', params: { title: doc.title, folder: ref.folderName } } };
      return step(
        next,
        focus(documentsFocus.notice),
        emit('vault-document-moved', { ...ref, previousFolderId: before?.folderId ?? doc.folderId }),
      );
    }
    case 'action-failed': {
      const next = done(state, event.action, event.documentId);
      const failure = event.failure;
      if (failure.kind === 'aborted') return step(next);
      if (isVaultSessionRefused(failure)) return step({ ...next, sessionRefused: failure });
      if (event.action === 'move') {
        return step(next.moving ? { ...next, moving: { ...next.moving, failure } } : next);
      }
      return step({
        ...next,
        actionError: { key: failureKey(event.action), failure, retry: retryOf(next, event.action, event.documentId) },
      });
    }
  }
}

/** VA-DOCS: the flow of `<vault-documents>` (start it with a vault session: it loads at once). */
export const documentsFlow: Flow<DocumentsState, DocumentsEvent, DocumentsRequest> = {
  init: () => step(LOADING, { type: 'call', request: { op: 'list' }, key: 'list' }),
  transition: documentsTransition,
};
