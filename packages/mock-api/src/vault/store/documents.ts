/** VA-DOCS — the documents of an account. */
import { archiveDocument, moveDocument, restoreDocument } from '@vigie/core';
import { makePdf } from '../../shared/pdf.js';
import type { VaultStore } from './data.js';
import { FOLDERS } from './kit.js';
import type { VaultContext } from './context.js';

export function documentsOf(st: VaultContext): Pick<VaultStore, 'documents' | 'archive' | 'restore' | 'move' | 'pdf'> {
  return {
    documents(accountId) {
      return { folders: FOLDERS.map((f) => ({ ...f })), documents: (st.documents.get(accountId) ?? []).map((d) => ({ ...d.meta })) };
    },

    archive: (accountId, id) => st.change(accountId, (docs) => archiveDocument(docs, id)),

    restore: (accountId, id) => st.change(accountId, (docs) => restoreDocument(docs, id)),

    move: (accountId, id, folderId) => st.change(accountId, (docs) => moveDocument(docs, FOLDERS, id, folderId)),

    pdf(accountId, id) {
      const d = (st.documents.get(accountId) ?? []).find((x) => x.meta.id === id);
      return (
        d &&
        makePdf(
          d.lines.map((text, i) => ({ text, size: i === 0 ? 18 : 11 })),
          d.meta.title,
        )
      );
    },
  };
}
