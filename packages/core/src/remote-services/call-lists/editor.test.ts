import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createFlowRunner, replay } from '../../shared/flow.js';
import type { CallList, Contact } from '../schemas.js';
import {
  addableCallListContacts,
  callListEditorFlow,
  isCallListDirty,
  shownCallListContactIds,
  unresolvedCallListConflicts,
  type CallListEditorEvent,
  type CallListEditorRequest,
  type CallListEditorState,
  type CallListEditorReady,
} from './editor.js';
import { callListIssues } from './ops.js';

const ctx = { now: Date.parse('2026-03-10T12:00:00+01:00'), siteId: 'site-01' };
const contact = (id: string, firstName: string, lastName: string): Contact => ({
  id,
  siteId: 'site-01',
  firstName,
  lastName,
  phone: null,
  emails: [],
  permission: 'viewer',
  invitation: { state: 'not-invited', sentAt: null, expiresAt: null },
});
const CONTACTS = [
  contact('ana', 'Anne', 'Martin'),
  contact('ben', 'Benoît', 'Girard'),
  contact('cle', 'Clément', 'Noël'),
  contact('dan', 'Jean', 'Dupont'),
];
const list = (id: string, contactIds: string[], version = 1, updatedBy = 'Claire Martin'): CallList => ({
  id,
  siteId: 'site-01',
  kind: id === 'normal' ? 'normal' : 'specific',
  name: id === 'normal' ? 'Liste d’appels normale' : 'Fermeture estivale',
  contactIds,
  version,
  updatedAt: '2026-03-10T10:00:00+01:00',
  updatedBy,
});
const NORMAL = list('normal', ['ana', 'ben', 'cle']);
const SUMMER = list('summer', ['cle', 'ana']);
const loaded: CallListEditorEvent = { type: 'loaded', lists: [NORMAL, SUMMER], contacts: CONTACTS };

const ready = (events: CallListEditorEvent[] = []) => {
  const r = replay(callListEditorFlow, [loaded, ...events], ctx);
  assert.equal(r.state.status, 'ready');
  return r as { state: CallListEditorReady; effects: typeof r.effects };
};

describe('RS-CALL the call-list editor flow', () => {
  test('RS-CALL it reads the site’s lists, then shows the normal one; the combobox offers only the site’s contacts not in it', () => {
    const start = replay(callListEditorFlow, [], ctx);
    assert.deepEqual(start.state, { status: 'loading', siteId: 'site-01' });
    assert.deepEqual(start.effects, [{ type: 'call', request: { op: 'read', siteId: 'site-01' }, key: 'read' }]);
    const { state } = ready();
    assert.equal(state.selectedListId, 'normal');
    assert.deepEqual(shownCallListContactIds(state), ['ana', 'ben', 'cle']);
    assert.deepEqual(
      addableCallListContacts(state).map((c) => c.id),
      ['dan'],
    );
    assert.equal(isCallListDirty(state), false);
  });

  test('RS-CALL a failed read shows the error; « Réessayer » reads again', () => {
    const failure = { kind: 'network', message: 'offline' } as const;
    const r = replay(callListEditorFlow, [{ type: 'load-failed', failure }, { type: 'retry' }], ctx);
    assert.deepEqual(r.state, { status: 'loading', siteId: 'site-01' });
    assert.equal(r.effects.filter((e) => e.type === 'call').length, 2);
  });

  test('RS-CALL add, move, remove edit a draft; each add and removal is spoken; nothing is sent before « Enregistrer »', () => {
    const { state, effects } = ready([
      { type: 'add', contactId: 'dan' },
      { type: 'move', from: 3, to: 0 },
      { type: 'remove', contactId: 'ben' },
    ]);
    assert.deepEqual(shownCallListContactIds(state), ['dan', 'ana', 'cle']);
    assert.equal(isCallListDirty(state), true);
    assert.ok(!effects.some((e) => e.type === 'call' && e.request.op === 'save'));
    const said = effects.flatMap((e) => (e.type === 'announce' ? [`${e.message.key} ${JSON.stringify(e.message.params)}`] : []));
    assert.deepEqual(said, [
      'rs.call-lists.added {"name":"Jean Dupont","position":4,"count":4}',
      'rs.call-lists.removed {"name":"Benoît Girard","count":3}',
    ]);
    // After a removal the focus goes to the row that took its place.
    assert.deepEqual(effects.at(-1), { type: 'focus', target: 'item-cle' });
  });

  test('RS-CALL never a contact twice, never someone who is not the site’s: the edit is refused and said', () => {
    const { state, effects } = ready([
      { type: 'add', contactId: 'ana' },
      { type: 'add', contactId: 'zed' },
    ]);
    assert.deepEqual(shownCallListContactIds(state), ['ana', 'ben', 'cle']);
    assert.deepEqual(
      effects.filter((e) => e.type === 'announce').map((e) => (e.type === 'announce' ? e.message.key : '')),
      ['rs.call-lists.refused.already-in-list', 'rs.call-lists.refused.not-a-site-contact'],
    );
  });

  test('RS-CALL moving back to the original order is no longer a change', () => {
    const { state } = ready([
      { type: 'move', from: 0, to: 1 },
      { type: 'move', from: 1, to: 0 },
    ]);
    assert.equal(isCallListDirty(state), false);
  });

  test('RS-CALL each list keeps its own draft when switching lists', () => {
    const { state } = ready([
      { type: 'move', from: 2, to: 0 },
      { type: 'select-list', listId: 'summer' },
      { type: 'remove', contactId: 'ana' },
      { type: 'select-list', listId: 'normal' },
    ]);
    assert.deepEqual(shownCallListContactIds(state), ['cle', 'ana', 'ben']);
    assert.deepEqual(shownCallListContactIds(state, 'summer'), ['cle']);
  });

  test('RS-CALL save sends the whole order with the version read (If-Match); saved → a toast and `call-list-saved`', async () => {
    const calls: CallListEditorRequest[] = [];
    const log: string[] = [];
    const runner = createFlowRunner(callListEditorFlow, {
      context: () => ctx,
      run: async (req): Promise<CallListEditorEvent> => {
        calls.push(req);
        if (req.op === 'read') return loaded;
        if (req.op === 'save') return { type: 'saved', list: { ...NORMAL, contactIds: [...req.contactIds], version: req.version + 1 } };
        return { type: 'noop' };
      },
      host: { emit: (n, d) => (log.push(`emit ${n} ${JSON.stringify(d)}`), true), announce: (m, tone) => log.push(`${tone} ${m.key}`) },
    });
    await runner.settled();
    runner.send({ type: 'move', from: 2, to: 0 });
    runner.send({ type: 'save' });
    assert.equal((runner.state as CallListEditorReady).saving, 'normal');
    // A second click while saving sends nothing more.
    runner.send({ type: 'save' });
    await runner.settled();
    assert.deepEqual(calls.slice(1), [{ op: 'save', siteId: 'site-01', listId: 'normal', version: 1, contactIds: ['cle', 'ana', 'ben'] }]);
    const s = runner.state as CallListEditorReady;
    assert.equal(isCallListDirty(s), false);
    assert.deepEqual(s.lists[0]!.contactIds, ['cle', 'ana', 'ben']);
    assert.deepEqual(log, ['success rs.call-lists.saved', 'emit call-list-saved {"siteId":"site-01","listId":"normal","version":2}']);
  });

  test('RS-CALL a failed save keeps the draft, says so in a toast and moves the focus to the error', () => {
    const { state, effects } = ready([
      { type: 'move', from: 2, to: 0 },
      { type: 'save' },
      { type: 'save-failed', failure: { kind: 'network', message: 'x' } },
    ]);
    assert.equal(state.saving, null);
    assert.deepEqual(shownCallListContactIds(state), ['cle', 'ana', 'ben']);
    assert.equal(state.saveFailure?.listId, 'normal');
    assert.deepEqual(effects.slice(-2), [
      { type: 'announce', message: { key: 'rs.call-lists.save-failed', params: {} }, tone: 'error' },
      { type: 'focus', target: 'save-error' },
    ]);
  });

  test('RS-CALL 412 without overlap: my change replayed on theirs, told who saved and what changed, not saved until I save again', () => {
    const theirs = list('normal', ['ana', 'ben', 'cle', 'dan'], 2, 'Jérôme Lefèvre');
    const { state, effects } = ready([
      { type: 'move', from: 2, to: 0 },
      { type: 'save' },
      { type: 'stale', listId: 'normal', current: theirs },
    ]);
    assert.equal(state.saving, null);
    assert.deepEqual(shownCallListContactIds(state), ['cle', 'ana', 'ben', 'dan']);
    const draft = state.drafts.normal!;
    assert.equal(draft.base.version, 2);
    assert.deepEqual(draft.notice, {
      updatedBy: 'Jérôme Lefèvre',
      updatedAt: theirs.updatedAt,
      changes: [{ contactId: 'dan', kind: 'added' }],
    });
    assert.equal(effects.filter((e) => e.type === 'call').length, 2, 'no automatic re-save');
    assert.deepEqual(effects.slice(-2), [
      { type: 'announce', message: { key: 'rs.call-lists.rebased.spoken', params: { name: 'Jérôme Lefèvre', count: 0 } }, tone: 'status' },
      { type: 'focus', target: 'notice' },
    ]);
    // Saving again sends the new version.
    const again = replay(callListEditorFlow, [{ type: 'save' }], ctx, state);
    assert.deepEqual(again.effects[0], {
      type: 'call',
      request: { op: 'save', siteId: 'site-01', listId: 'normal', version: 2, contactIds: ['cle', 'ana', 'ben', 'dan'] },
      key: 'save-normal',
    });
  });

  test('RS-CALL 412 with a conflict: nothing is decided for me; save waits for my choice; edits too; my choice is what is saved', () => {
    const theirs = list('normal', ['ben', 'cle', 'ana'], 2, 'Jérôme Lefèvre');
    const { state } = ready([{ type: 'move', from: 0, to: 1 }, { type: 'save' }, { type: 'stale', listId: 'normal', current: theirs }]);
    assert.equal(unresolvedCallListConflicts(state).length, 1);
    assert.deepEqual(shownCallListContactIds(state), ['ben', 'cle', 'ana']);
    const blocked = replay(callListEditorFlow, [{ type: 'save' }, { type: 'remove', contactId: 'ben' }], ctx, state);
    assert.ok(!blocked.effects.some((e) => e.type === 'call'));
    assert.deepEqual(shownCallListContactIds(blocked.state as CallListEditorReady), ['ben', 'cle', 'ana']);
    const chosen = replay(
      callListEditorFlow,
      [{ type: 'choose', contactId: 'ana', choice: 'mine' }, { type: 'move', from: 2, to: 0 }, { type: 'save' }],
      ctx,
      state,
    );
    const s = chosen.state as CallListEditorReady;
    assert.deepEqual(unresolvedCallListConflicts(s), []);
    assert.deepEqual(chosen.effects.at(-1), {
      type: 'call',
      request: { op: 'save', siteId: 'site-01', listId: 'normal', version: 2, contactIds: ['cle', 'ben', 'ana'] },
      key: 'save-normal',
    });
  });

  test('RS-CALL a 412 whose problem does not carry the list reads it again, then rebases', () => {
    const theirs = list('normal', ['ana', 'ben'], 3, 'Jérôme Lefèvre');
    const { state, effects } = ready([
      { type: 'add', contactId: 'dan' },
      { type: 'save' },
      { type: 'stale', listId: 'normal', current: null },
    ]);
    assert.deepEqual(effects.at(-1), {
      type: 'call',
      request: { op: 'read-list', siteId: 'site-01', listId: 'normal' },
      key: 'save-normal',
    });
    const after = replay(callListEditorFlow, [{ type: 'theirs', list: theirs }], ctx, state).state as CallListEditorReady;
    assert.deepEqual(shownCallListContactIds(after), ['ana', 'ben', 'dan']);
  });

  test('RS-CALL a refresh keeps my drafts (their base version stays, so a later save gets its 412)', () => {
    const newer = list('normal', ['ben', 'ana', 'cle'], 5, 'Jérôme Lefèvre');
    const { state } = ready([
      { type: 'add', contactId: 'dan' },
      { type: 'refresh' },
      { type: 'loaded', lists: [newer, SUMMER], contacts: CONTACTS },
    ]);
    assert.deepEqual(shownCallListContactIds(state), ['ana', 'ben', 'cle', 'dan']);
    assert.equal(state.drafts.normal!.base.version, 1);
  });

  test('RS-CALL « the person is missing » fires the cancelable `contacts-tab-requested`; not handled, a hint is spoken', () => {
    const { effects } = ready([{ type: 'contacts-requested' }]);
    assert.deepEqual(effects.at(-1), {
      type: 'emit',
      name: 'contacts-tab-requested',
      detail: { siteId: 'site-01' },
      cancelable: true,
      ifNotCanceled: { type: 'contacts-hint' },
    });
  });

  test('RS-CALL « Annuler les modifications » drops the draft of the list shown only', () => {
    const { state } = ready([
      { type: 'move', from: 2, to: 0 },
      { type: 'select-list', listId: 'summer' },
      { type: 'remove', contactId: 'ana' },
      { type: 'discard' },
    ]);
    assert.equal(isCallListDirty(state, 'summer'), false);
    assert.equal(isCallListDirty(state, 'normal'), true);
  });

  test('RS-CALL a site without any list is ready and empty', () => {
    const r = replay(callListEditorFlow, [{ type: 'loaded', lists: [], contacts: CONTACTS }], ctx);
    assert.equal(r.state.status, 'ready');
    assert.equal((r.state as CallListEditorReady).lists.length, 0);
  });
});

describe('RS-CALL the editor flow: properties', () => {
  const eventArb: fc.Arbitrary<CallListEditorEvent> = fc.oneof(
    fc.record({ type: fc.constant('add' as const), contactId: fc.constantFrom('ana', 'ben', 'cle', 'dan', 'zed') }),
    fc.record({ type: fc.constant('move' as const), from: fc.integer({ min: -1, max: 5 }), to: fc.integer({ min: -1, max: 5 }) }),
    fc.record({ type: fc.constant('remove' as const), contactId: fc.constantFrom('ana', 'ben', 'cle', 'dan') }),
    fc.record({ type: fc.constant('select-list' as const), listId: fc.constantFrom('normal', 'summer', 'nope') }),
    fc.record({
      type: fc.constant('choose' as const),
      contactId: fc.constantFrom('ana', 'ben', 'cle', 'dan'),
      choice: fc.constantFrom('mine' as const, 'theirs' as const),
    }),
    fc.constant({ type: 'save' as const }),
    fc.constant({ type: 'discard' as const }),
    fc
      .shuffledSubarray(['ana', 'ben', 'cle', 'dan'])
      .map((ids): CallListEditorEvent => ({ type: 'stale', listId: 'normal', current: list('normal', ids, 9, 'Jérôme Lefèvre') })),
    fc.constant({ type: 'save-failed' as const, failure: { kind: 'network' as const, message: 'x' } }),
  );

  test('RS-CALL whatever is done: the lists shown and every save hold only the site’s contacts, each once', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), (events) => {
        const { state, effects } = replay(callListEditorFlow, [loaded, ...events], ctx);
        const s = state as CallListEditorState;
        assert.equal(s.status, 'ready');
        const r = s as CallListEditorReady;
        for (const l of r.lists) assert.deepEqual(callListIssues(shownCallListContactIds(r, l.id), ['ana', 'ben', 'cle', 'dan']), []);
        for (const e of effects)
          if (e.type === 'call' && e.request.op === 'save')
            assert.deepEqual(callListIssues(e.request.contactIds, ['ana', 'ben', 'cle', 'dan']), []);
      }),
    );
  });

  test('RS-CALL nothing is lost: until saved or discarded, the draft of a list that was edited stays', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), (events) => {
        const { state } = replay(
          callListEditorFlow,
          [loaded, { type: 'remove', contactId: 'ben' }, ...events.filter((e) => e.type !== 'discard' && !(e.type === 'select-list'))],
          ctx,
        );
        const r = state as CallListEditorReady;
        // The draft exists (the 'saved' answer never came: no save succeeded).
        assert.ok(r.drafts.normal);
      }),
    );
  });
});
