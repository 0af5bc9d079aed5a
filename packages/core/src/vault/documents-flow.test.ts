import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ApiError, type ApiFailure } from '../api/errors.js';
import type { VigieClient } from '../api/client.js';
import { createFlowRunner, replay, type FlowEffect } from '../shared/flow.js';
import {
  documentsFlow,
  documentsFocus,
  isDocumentBusy,
  moveTargets,
  type DocumentsEvent,
  type DocumentsRequest,
  type DocumentsState,
} from './documents-flow.js';
import { documentsCallRunner, type DocumentsCalls } from './documents-runner.js';
import type { DocumentsResponse, VaultDocument, VaultFolder } from './schemas.js';

const ctx = { now: Date.parse('2026-03-10T12:00:00+01:00') };
const folder = (id: string, name: string, kind: VaultFolder['kind'] = 'other'): VaultFolder => ({ id, name, kind });
const doc = (id: string, folderId: string, date: string, over: Partial<VaultDocument> = {}): VaultDocument => ({
  id,
  folderId,
  title: `Document ${id}`,
  year: Number(date.slice(0, 4)),
  date,
  sizeBytes: 180_000,
  pdfUrl: `vault/documents/${id}/pdf`,
  archived: false,
  ...over,
});
const FOLDERS = [folder('rh', 'Documents RH'), folder('bulletins', 'Bulletins de paie', 'payslips'), folder('perso', 'Personnel')];
const DOCS = [
  doc('b1', 'bulletins', '2026-02-28'),
  doc('b2', 'bulletins', '2025-12-31'),
  doc('r1', 'rh', '2025-06-01'),
  doc('a1', 'bulletins', '2024-12-31', { archived: true }),
];
const DATA: DocumentsResponse = { folders: FOLDERS, documents: DOCS };
const ready = (data: DocumentsResponse = DATA) => replay(documentsFlow, [{ type: 'loaded', data }], ctx).state;
const http = (status: number, type: string): ApiFailure => ({ kind: 'http', status, problem: { type: `/problems/${type}`, status } });
const OFFLINE: ApiFailure = { kind: 'network', message: 'offline' };
type Effect = FlowEffect<DocumentsRequest, DocumentsEvent>;
const calls = (effects: readonly Effect[]) =>
  effects.flatMap((e) => (e.type === 'call' ? [e.request.op + ('document' in e.request ? `:${e.request.document.id}` : '')] : []));
const kinds = (effects: readonly Effect[]) =>
  effects.map((e) =>
    e.type === 'emit' ? `emit ${e.name}` : e.type === 'focus' ? `focus ${e.target}` : e.type === 'call' ? `call ${e.request.op}` : e.type,
  );
const run = (events: DocumentsEvent[], from: DocumentsState = ready()) => replay(documentsFlow, events, ctx, from);

describe('VA-DOCS the flow of <vault-documents>', () => {
  test('VA-DOCS loads at once, then shows « Bulletins de paie » first', () => {
    const init = documentsFlow.init(ctx);
    assert.deepEqual(calls(init.effects), ['list']);
    assert.equal(init.state.load, 'loading');
    const s = ready();
    assert.equal(s.load, 'done');
    assert.equal(s.folderId, 'bulletins');
  });

  test('VA-DOCS a refresh keeps the folder shown while it still exists, else goes back to the default', () => {
    const s = run([{ type: 'show-folder', folderId: 'perso' }, { type: 'load' }, { type: 'loaded', data: DATA }]).state;
    assert.equal(s.folderId, 'perso');
    const gone = run([
      { type: 'show-folder', folderId: 'perso' },
      { type: 'loaded', data: { folders: FOLDERS.filter((f) => f.id !== 'perso'), documents: DOCS } },
    ]).state;
    assert.equal(gone.folderId, 'bulletins');
  });

  test('VA-DOCS a failed load says why; a failed refresh keeps the list; « Réessayer » loads again', () => {
    const first = replay(documentsFlow, [{ type: 'load-failed', failure: OFFLINE }], ctx);
    assert.equal(first.state.load, 'failed');
    assert.equal(first.state.data, undefined);
    const refresh = run([{ type: 'load' }, { type: 'load-failed', failure: OFFLINE }]);
    assert.equal(refresh.state.load, 'failed');
    assert.deepEqual(refresh.state.data, DATA);
    assert.deepEqual(calls(refresh.effects), ['list']);
  });

  test('VA-DOCS a 401 ends the session (no error shown), on load as on an action', () => {
    const refused = http(401, 'session-required');
    assert.deepEqual(run([{ type: 'load-failed', failure: refused }]).state.sessionRefused, refused);
    const s = run([
      { type: 'archive', documentId: 'b1' },
      { type: 'action-failed', action: 'archive', documentId: 'b1', failure: refused },
    ]).state;
    assert.deepEqual(s.sessionRefused, refused);
    assert.equal(s.actionError, undefined);
    assert.equal(isDocumentBusy(s, 'archive', 'b1'), false);
  });

  test('VA-DOCS one action per document at a time: a second press while it runs sends nothing', () => {
    const { state, effects } = run([
      { type: 'download', documentId: 'b1' },
      { type: 'download', documentId: 'b1' },
      { type: 'download', documentId: 'b2' },
    ]);
    assert.deepEqual(calls(effects), ['download:b1', 'download:b2']);
    assert.equal(isDocumentBusy(state, 'download', 'b1'), true);
    const after = run(
      [
        { type: 'downloaded', documentId: 'b1' },
        { type: 'download', documentId: 'b1' },
      ],
      state,
    );
    assert.deepEqual(calls(after.effects), ['download:b1']);
    assert.deepEqual(kinds(after.effects), ['emit vault-document-downloaded', 'call download']);
  });

  test('VA-DOCS open: the viewer shows, takes the focus, the host hears of it; closing it puts the focus back', () => {
    const opened = run([
      { type: 'open', documentId: 'b1', from: documentsFocus.latest },
      { type: 'viewer-ready', documentId: 'b1', url: 'blob:1', action: 'open' },
    ]);
    assert.deepEqual(opened.state.viewer, { document: DOCS[0], url: 'blob:1' });
    assert.deepEqual(kinds(opened.effects), ['call open', `focus ${documentsFocus.viewerClose}`, 'emit vault-document-opened']);
    const opened2 = opened.effects.find((e) => e.type === 'emit');
    assert.deepEqual(opened2?.type === 'emit' && opened2.detail, {
      documentId: 'b1',
      title: 'Document b1',
      folderId: 'bulletins',
      folderName: 'Bulletins de paie',
    });
    const closed = run([{ type: 'close-viewer' }], opened.state);
    assert.equal(closed.state.viewer, undefined);
    assert.deepEqual(kinds(closed.effects), [`focus ${documentsFocus.latest}`]);
  });

  test('VA-DOCS a failed PDF says so with a retry that opens it again from the same place', () => {
    const failed = run([
      { type: 'open', documentId: 'b1', from: 'open-b1' },
      { type: 'action-failed', action: 'open', documentId: 'b1', failure: OFFLINE },
    ]);
    assert.equal(failed.state.actionError?.key, 'vault.documents.error.pdf');
    const retried = run([{ type: 'retry' }], failed.state);
    assert.deepEqual(calls(retried.effects), ['open:b1']);
    assert.equal(retried.state.actionError, undefined);
  });

  test('VA-DOCS print: printed → event; a frame the browser refuses opens the viewer (same URL); a viewer that cannot print says so', () => {
    const printed = run([
      { type: 'print', documentId: 'b1', from: 'print-b1' },
      { type: 'printed', documentId: 'b1', action: 'print' },
    ]);
    assert.deepEqual(kinds(printed.effects), ['call print', 'emit vault-document-printed']);
    const fallback = run([
      { type: 'print', documentId: 'b1', from: 'print-b1' },
      { type: 'viewer-ready', documentId: 'b1', url: 'blob:p', action: 'print' },
    ]);
    assert.equal(fallback.state.viewer?.url, 'blob:p');
    const refused = run([{ type: 'print-viewer' }, { type: 'print-refused', documentId: 'b1' }], fallback.state);
    assert.deepEqual(calls(refused.effects), ['print-viewer:b1']);
    assert.equal(refused.state.actionError?.key, 'vault.documents.error.print');
    assert.deepEqual(calls(run([{ type: 'retry' }], refused.state).effects), ['print-viewer:b1']);
  });

  test('VA-DOCS archive: the notice takes the focus with its undo, which restores the document', () => {
    const archived = run([
      { type: 'archive', documentId: 'b1' },
      { type: 'changed', action: 'archive', document: { ...DOCS[0]!, archived: true } },
    ]);
    assert.equal(archived.state.data?.documents[0]?.archived, true);
    assert.deepEqual(archived.state.notice, { key: 'vault.documents.archived', params: { title: 'Document b1' }, undo: 'b1' });
    assert.deepEqual(kinds(archived.effects), ['call archive', `focus ${documentsFocus.notice}`, 'emit vault-document-archived']);
    const undone = run([{ type: 'undo' }, { type: 'changed', action: 'restore', document: DOCS[0]! }], archived.state);
    assert.deepEqual(calls(undone.effects), ['restore:b1']);
    assert.deepEqual(undone.state.notice, {
      key: 'vault.documents.restored',
      params: { title: 'Document b1', folder: 'Bulletins de paie' },
    });
  });

  test('VA-DOCS move: the dialog offers every other folder (« Bulletins de paie » first), the first chosen; moved → notice and event', () => {
    const open = run([{ type: 'open-move', documentId: 'r1', from: 'move-r1' }]);
    assert.deepEqual(open.state.moving, { documentId: 'r1', target: 'bulletins' });
    assert.deepEqual(kinds(open.effects), [`focus ${documentsFocus.moveTarget}`]);
    assert.deepEqual(
      moveTargets(open.state, DOCS[2]!).map((f) => f.id),
      ['bulletins', 'perso'],
    );
    const moved = run(
      [
        { type: 'choose-target', folderId: 'perso' },
        { type: 'submit-move' },
        { type: 'changed', action: 'move', document: { ...DOCS[2]!, folderId: 'perso' } },
      ],
      open.state,
    );
    assert.deepEqual(calls(moved.effects), ['move:r1']);
    assert.equal(moved.state.moving, undefined);
    assert.equal(moved.state.returnFocus, undefined);
    const event = moved.effects.find((e) => e.type === 'emit');
    assert.deepEqual(event?.type === 'emit' && event.detail, {
      documentId: 'r1',
      title: 'Document r1',
      folderId: 'perso',
      folderName: 'Personnel',
      previousFolderId: 'rh',
    });
  });

  test('VA-DOCS a failed move is said in the dialog (not in the list); closing the dialog puts the focus back', () => {
    const failed = run([
      { type: 'open-move', documentId: 'r1', from: 'move-r1' },
      { type: 'submit-move' },
      { type: 'action-failed', action: 'move', documentId: 'r1', failure: http(500, 'server') },
    ]);
    assert.deepEqual(failed.state.moving?.failure, http(500, 'server'));
    assert.equal(failed.state.actionError, undefined);
    const again = run([{ type: 'submit-move' }], failed.state);
    assert.equal(again.state.moving?.failure, undefined);
    const closed = run([{ type: 'close-move' }], failed.state);
    assert.deepEqual(kinds(closed.effects), ['focus move-r1']);
  });

  test('VA-DOCS boundaries of the move: one folder only offers nothing; two offers the other; an archived document is not filed', () => {
    const one = ready({ folders: [FOLDERS[1]!], documents: DOCS });
    assert.equal(run([{ type: 'open-move', documentId: 'b1' }], one).state.moving, undefined);
    const two = ready({ folders: FOLDERS.slice(0, 2), documents: DOCS });
    assert.deepEqual(run([{ type: 'open-move', documentId: 'b1' }], two).state.moving, { documentId: 'b1', target: 'rh' });
    assert.equal(run([{ type: 'open-move', documentId: 'a1' }]).state.moving, undefined);
  });

  test('VA-DOCS an abandoned action leaves nothing behind (no error, the row free)', () => {
    const s = run([
      { type: 'archive', documentId: 'b1' },
      { type: 'action-failed', action: 'archive', documentId: 'b1', failure: { kind: 'aborted', message: 'x' } },
    ]).state;
    assert.equal(s.actionError, undefined);
    assert.deepEqual(s.busy, []);
  });

  test('VA-DOCS the runner, effects included: calls with the session, answers and typed failures fed back', async () => {
    const seen: string[] = [];
    const session = { token: 'tok', expiresAt: '2026-03-10T13:00:00Z', user: { firstName: 'A', lastName: 'B' } } as never;
    let archiveFails = true;
    const api: DocumentsCalls = {
      listVaultDocuments: async (_c, o) => (seen.push(`list ${(o?.session as { token: string }).token}`), DATA),
      fetchVaultDocumentPdf: async (_c, d) => (seen.push(`pdf ${d.pdfUrl}`), new Blob(['%PDF'])),
      archiveVaultDocument: async (_c, id) => {
        seen.push(`archive ${id}`);
        if (archiveFails) throw new ApiError(http(500, 'server'), 'POST x');
        return { ...DOCS[0]!, archived: true };
      },
      restoreVaultDocument: async (_c, id) => ({ ...DOCS.find((d) => d.id === id)!, archived: false }),
      moveVaultDocument: async (_c, id, folderId) => ({ ...DOCS.find((d) => d.id === id)!, folderId }),
    };
    const emitted: string[] = [];
    const focused: string[] = [];
    const runner = createFlowRunner(documentsFlow, {
      context: () => ctx,
      run: documentsCallRunner(
        () => ({}) as VigieClient,
        () => session,
        () => api,
      ),
      host: { emit: (name) => (emitted.push(name), true), focus: (t) => void focused.push(t) },
    });
    await runner.settled();
    assert.equal(runner.state.load, 'done');
    runner.send({ type: 'archive', documentId: 'b1' });
    await runner.settled();
    assert.equal(runner.state.actionError?.key, 'vault.documents.error.action');
    archiveFails = false;
    runner.send({ type: 'retry' });
    runner.send({ type: 'download', documentId: 'b2' });
    await runner.settled();
    assert.deepEqual(seen, ['list tok', 'archive b1', 'archive b1', 'pdf vault/documents/b2/pdf']);
    assert.deepEqual(emitted, ['vault-document-archived', 'vault-document-downloaded']);
    assert.deepEqual(focused, [documentsFocus.notice]);
    assert.deepEqual(runner.state.busy, []);
  });

  test('VA-DOCS property: whatever the person presses and the server answers, the state stays coherent', () => {
    const ids = [...DOCS.map((d) => d.id), 'unknown'];
    const id = fc.constantFrom(...ids);
    const failure = fc.constantFrom<ApiFailure>(OFFLINE, http(500, 'server'), http(401, 'session-required'), {
      kind: 'aborted',
      message: 'x',
    });
    const action = fc.constantFrom('open', 'download', 'print', 'archive', 'restore', 'move' as const);
    const event: fc.Arbitrary<DocumentsEvent> = fc.oneof(
      fc.constant({ type: 'load' as const }),
      fc.constant({ type: 'loaded' as const, data: DATA }),
      failure.map((f) => ({ type: 'load-failed' as const, failure: f })),
      fc.constantFrom(...FOLDERS.map((f) => f.id)).map((folderId) => ({ type: 'show-folder' as const, folderId })),
      fc.constant({ type: 'show-archives' as const }),
      id.map((documentId) => ({ type: 'open' as const, documentId })),
      id.map((documentId) => ({ type: 'download' as const, documentId })),
      id.map((documentId) => ({ type: 'print' as const, documentId })),
      id.map((documentId) => ({ type: 'archive' as const, documentId })),
      id.map((documentId) => ({ type: 'restore' as const, documentId })),
      id.map((documentId) => ({ type: 'open-move' as const, documentId, from: `move-${documentId}` })),
      fc.constantFrom(
        { type: 'submit-move' as const },
        { type: 'close-move' as const },
        { type: 'close-viewer' as const },
        { type: 'undo' as const },
        { type: 'retry' as const },
        { type: 'dismiss-error' as const },
        { type: 'print-viewer' as const },
      ),
      id.map((documentId) => ({ type: 'viewer-ready' as const, documentId, url: `blob:${documentId}`, action: 'open' as const })),
      id.map((documentId) => ({ type: 'downloaded' as const, documentId })),
      fc.tuple(action, id, failure).map(([a, documentId, f]) => ({ type: 'action-failed' as const, action: a, documentId, failure: f })),
      fc.constantFrom(...DOCS).map((d) => ({ type: 'changed' as const, action: 'archive' as const, document: { ...d, archived: true } })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = ready();
        for (const e of events) {
          const before = state;
          const step = documentsFlow.transition(state, e, ctx);
          state = step.state;
          // Never twice the same running action; every call is one the row was free for.
          assert.equal(new Set(state.busy).size, state.busy.length);
          for (const eff of step.effects) {
            if (eff.type !== 'call' || eff.request.op === 'list' || eff.request.op === 'print-viewer') continue;
            const key = `${eff.request.op}:${eff.request.document.id}`;
            assert.ok(!before.busy.includes(key), `sent ${key} while it ran`);
            assert.ok(state.busy.includes(key));
          }
          // A move dialog is always for a known document, with a folder other than its own.
          if (state.moving) {
            const d = state.data?.documents.find((x) => x.id === state.moving!.documentId);
            assert.ok(d);
            assert.notEqual(state.moving.target, d.folderId);
          }
          // A 401 never shows as an error in the list.
          if (state.actionError?.failure)
            assert.notEqual(state.actionError.failure.kind === 'http' && state.actionError.failure.status, 401);
        }
      }),
      { numRuns: 300 },
    );
  });
});
