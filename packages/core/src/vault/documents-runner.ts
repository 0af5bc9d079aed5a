/**
 * VA-DOCS — the `CallRunner` of {@link documentsFlow}: each `call` effect becomes one typed call with
 * the vault session, its answer or its typed failure the event fed back. The calls are passed in
 * (`await import('@vigie/core/vault/api')`), so the widget loads the data layer on first use and a
 * Node test runs the same runner against the mock.
 *
 * The PDF's hand-over is the host's (`handOver`): the runner fetches the PDF of `open` /
 * `download` / `print`, and the host shows it, downloads it or prints it, and says what came of it
 * (`viewer-ready`, `downloaded`, `printed`, `print-refused`). Without a host (Node), the PDF is
 * taken as handed over.
 */
import type { VigieClient } from '../api/client.js';
import { isApiError, type ApiFailure } from '../api/errors.js';
import type { CallRunner } from '../shared/flow.js';
import type * as Api from './api.js';
import type { DocumentsEvent, DocumentsRequest } from './documents-flow.js';
import type { VaultSession } from './schemas.js';

export type DocumentsCalls = Pick<
  typeof Api,
  'listVaultDocuments' | 'fetchVaultDocumentPdf' | 'archiveVaultDocument' | 'restoreVaultDocument' | 'moveVaultDocument'
>;

/** A request whose PDF the host hands to the browser. */
export type DocumentsHandOver = Extract<DocumentsRequest, { readonly op: 'open' | 'download' | 'print' | 'print-viewer' }>;

/** Shows, downloads or prints a document's PDF (`pdf` is absent for `print-viewer`: the viewer has it). */
export type DocumentsHandOverRunner = (request: DocumentsHandOver, pdf: Blob | undefined, signal: AbortSignal) => Promise<DocumentsEvent>;

/** What a hand-over says without a browser: done. */
const handedOver: DocumentsHandOverRunner = async (request) => {
  const documentId = request.document.id;
  switch (request.op) {
    case 'open':
      return { type: 'viewer-ready', documentId, url: `pdf:${documentId}`, action: 'open' };
    case 'download':
      return { type: 'downloaded', documentId };
    case 'print':
    case 'print-viewer':
      return { type: 'printed', documentId, action: request.op };
  }
};

export function documentsCallRunner(
  client: () => VigieClient,
  session: () => VaultSession | undefined,
  calls: () => DocumentsCalls | Promise<DocumentsCalls>,
  handOver: DocumentsHandOverRunner = handedOver,
): CallRunner<DocumentsRequest, DocumentsEvent> {
  return async (request, signal) => {
    try {
      if (request.op === 'print-viewer') return await handOver(request, undefined, signal);
      const api = await calls();
      const opts = { signal, session: session() };
      switch (request.op) {
        case 'list':
          return { type: 'loaded', data: await api.listVaultDocuments(client(), opts) };
        case 'open':
        case 'download':
        case 'print':
          return await handOver(request, await api.fetchVaultDocumentPdf(client(), request.document, opts), signal);
        case 'archive':
          return { type: 'changed', action: 'archive', document: await api.archiveVaultDocument(client(), request.document.id, opts) };
        case 'restore':
          return { type: 'changed', action: 'restore', document: await api.restoreVaultDocument(client(), request.document.id, opts) };
        case 'move':
          return {
            type: 'changed',
            action: 'move',
            document: await api.moveVaultDocument(client(), request.document.id, request.folderId, opts),
          };
      }
    } catch (error) {
      // Anything else (the browser refusing a `blob:` URL…) reads as the request having failed.
      const failure: ApiFailure = isApiError(error) ? error.failure : { kind: 'network', message: 'The request failed' };
      return request.op === 'list'
        ? { type: 'load-failed', failure }
        : { type: 'action-failed', action: request.op, documentId: request.document.id, failure };
    }
  };
}
