/** VA-DOCS — the documents of the signed-in person: the list, the PDF, archive, restore, move. */
import { VAULT_ROUTES as R, documentFileName, type VaultRouteName } from '@vigie/core';
import { ok } from '../../answers.js';
import { DEMO_ACCOUNT_ID } from '../store.js';
import { notFound, documentAnswer, param, withBody, signedIn, type VaultHandler } from './kit.js';

export const documentsHandlers: Pick<Record<VaultRouteName, VaultHandler>, 'documents' | 'documentPdf' | 'archive' | 'restore' | 'move'> = {
  documents: {
    answer: signedIn((accountId, { vault }) => ok(vault.documents(accountId))),
    malformed: (ctx) => ({
      folders: 'Bulletins de paie',
      documents: ctx.vault
        .documents(DEMO_ACCOUNT_ID)
        .documents.map((d) => ({ ...d, year: String(d.year), sizeBytes: `${d.sizeBytes} octets` })),
    }),
  },
  documentPdf: {
    answer: signedIn((accountId, ctx) => {
      const id = param(ctx, 'id');
      const bytes = ctx.vault.pdf(accountId, id);
      const meta = ctx.vault.documents(accountId).documents.find((d) => d.id === id);
      return bytes && meta ? { kind: 'pdf', bytes, filename: documentFileName(meta) } : notFound('document');
    }),
    malformed: () => ({ pdf: 'JVBERi0xLjQK' }),
  },
  archive: {
    answer: signedIn((accountId, ctx) => documentAnswer(ctx.vault.archive(accountId, param(ctx, 'id')))),
    malformed: () => ({ archived: 'oui' }),
  },
  restore: {
    answer: signedIn((accountId, ctx) => documentAnswer(ctx.vault.restore(accountId, param(ctx, 'id')))),
    malformed: () => ({ archived: 'non' }),
  },
  move: {
    answer: signedIn((accountId, ctx) =>
      withBody(R.move.body, ({ folderId }, { vault }) => documentAnswer(vault.move(accountId, param(ctx, 'id'), folderId)))(ctx),
    ),
    malformed: () => ({ folderId: 7 }),
  },
};
