/**
 * RS-CALL — the call-list editor as a flow (`Flow<State, Event, Request>`): read the site's lists,
 * edit one as operations (add, move, remove), save the whole order with the version read as
 * `If-Match`, and on a 412 replay the operations on the list as someone else saved it (see
 * `ops.ts`). Nothing the user did is lost: each list keeps its own draft (switching lists, a failed
 * save, a reload keep it); a rebase is shown, never saved without a new « Enregistrer »; a conflict
 * waits for the user's choice.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Flow } from '../../shared/flow.js';
import type { CallList, Contact } from '../schemas.js';
import {
  CALL_LIST_MAX_CONTACTS,
  applyCallListOp,
  applyCallListOps,
  type CallListChange,
  type CallListChoice,
  type CallListConflict,
  type CallListOp,
  type CallListOpRefusal,
} from './ops.js';
import { folded, say, siteIds, step, type CallListEditorEffect, type CallListEditorStep } from './editor-steps.js';
import { callListMerging } from './merge.js';

/**
 * What the flow does after a 412 (`merge.ts`: replay the user's changes on the list as someone else
 * saved it, let them choose, close the notice). {@link callListEditorFlow} has it; a widget builds
 * its flow with {@link callListEditorFlowWith} and loads it only when a save answers 412 (`stale`,
 * `theirs`, `choose` and `close-notice` are the only events that use it).
 */
export interface CallListMerging {
  /** Someone else saved `listId` as `theirs` (after a 412). */
  stale(s: CallListEditorReady, listId: string, theirs: CallList): CallListEditorStep;
  /** The user chose a version for a conflicting contact. */
  choose(s: CallListEditorReady, contactId: string, choice: CallListChoice): CallListEditorStep;
  /** « J'ai compris » on the notice. */
  closeNotice(s: CallListEditorReady): CallListEditorStep;
}

/** What someone else saved meanwhile, as told after a 412 (until the list is saved or the notice closed). */
export interface CallListNotice {
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly changes: readonly CallListChange[];
}

/** A rebase waiting for the user's choices (only while there are conflicts). */
export interface CallListMerge {
  /** The order the pending operations were written on. */
  readonly origin: readonly string[];
  readonly pending: readonly CallListOp[];
  readonly conflicts: readonly CallListConflict[];
  readonly choices: Readonly<Record<string, CallListChoice>>;
  /** The replay with these choices (unchosen: theirs): the list shown, … */
  readonly contactIds: readonly string[];
  /** … and the pending operations as they applied to the new base. */
  readonly applied: readonly CallListOp[];
}

export interface CallListDraft {
  /** The list as last read or rebased on: its `version` goes as `If-Match`. */
  readonly base: CallList;
  /** The user's operations on top of `base` (after the merge, when there is one). */
  readonly ops: readonly CallListOp[];
  readonly merge?: CallListMerge;
  readonly notice?: CallListNotice;
}

export type CallListEditorState =
  | { readonly status: 'loading'; readonly siteId: string }
  | { readonly status: 'error'; readonly siteId: string; readonly failure: ApiFailure }
  | {
      readonly status: 'ready';
      readonly siteId: string;
      /** The lists as the server last gave them (the normal one first). */
      readonly lists: readonly CallList[];
      /** The site's contacts: the only people a list may hold. */
      readonly contacts: readonly Contact[];
      readonly selectedListId: string;
      /** One draft per list being edited (by list id). */
      readonly drafts: Readonly<Record<string, CallListDraft>>;
      /** The list being saved, or null. */
      readonly saving: string | null;
      /** The last failed save (kept with the draft), or null. */
      readonly saveFailure: { readonly listId: string; readonly failure: ApiFailure } | null;
      /** A refresh is running over the lists shown. */
      readonly refreshing: boolean;
    };

export type CallListEditorReady = Extract<CallListEditorState, { status: 'ready' }>;

export type CallListEditorEvent =
  | { readonly type: 'loaded'; readonly lists: readonly CallList[]; readonly contacts: readonly Contact[] }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  | { readonly type: 'retry' }
  | { readonly type: 'refresh' }
  | { readonly type: 'select-list'; readonly listId: string }
  | { readonly type: 'add'; readonly contactId: string }
  | { readonly type: 'move'; readonly from: number; readonly to: number }
  | { readonly type: 'remove'; readonly contactId: string }
  | { readonly type: 'choose'; readonly contactId: string; readonly choice: CallListChoice }
  | { readonly type: 'discard' }
  | { readonly type: 'close-notice' }
  | { readonly type: 'save' }
  | { readonly type: 'saved'; readonly list: CallList }
  /** 412: the list moved; `current` when the problem carried it (else it is read again). */
  | { readonly type: 'stale'; readonly listId: string; readonly current: CallList | null }
  | { readonly type: 'theirs'; readonly list: CallList }
  | { readonly type: 'save-failed'; readonly failure: ApiFailure }
  | { readonly type: 'contacts-requested' }
  | { readonly type: 'contacts-hint' }
  | { readonly type: 'noop' };

export type CallListEditorRequest =
  | { readonly op: 'read'; readonly siteId: string }
  | { readonly op: 'read-list'; readonly siteId: string; readonly listId: string }
  | {
      readonly op: 'save';
      readonly siteId: string;
      readonly listId: string;
      readonly version: number;
      readonly contactIds: readonly string[];
    };

export interface CallListEditorContext {
  readonly now: number;
  readonly siteId: string;
}

type E = CallListEditorEffect;
type S = CallListEditorStep;

/** The full name of a contact (« Jean Dupont »), or its id when it is not (or no longer) a site contact. */
export function callListContactName(contacts: readonly Contact[], id: string): string {
  const c = contacts.find((x) => x.id === id);
  return c ? `${c.firstName} ${c.lastName}` : id;
}

/** The list the user sees for `listId`: the server's, or their draft applied to it. */
export function shownCallListContactIds(state: CallListEditorReady, listId = state.selectedListId): readonly string[] {
  const draft = state.drafts[listId];
  const list = state.lists.find((l) => l.id === listId);
  if (!draft) return list?.contactIds ?? [];
  return applyCallListOps(mergedOf(draft), draft.ops, siteIds(state.contacts));
}

/** Whether `listId` has changes not yet saved. */
export function isCallListDirty(state: CallListEditorReady, listId = state.selectedListId): boolean {
  const draft = state.drafts[listId];
  if (!draft) return false;
  if (draft.merge) return true;
  const shown = shownCallListContactIds(state, listId);
  return shown.length !== draft.base.contactIds.length || shown.some((id, i) => id !== draft.base.contactIds[i]);
}

/** The conflicts still waiting for a choice on `listId`. */
export function unresolvedCallListConflicts(state: CallListEditorReady, listId = state.selectedListId): readonly CallListConflict[] {
  const merge = state.drafts[listId]?.merge;
  return merge ? merge.conflicts.filter((c) => merge.choices[c.contactId] === undefined) : [];
}

/** The site's contacts not in the shown list (what the « Ajouter » combobox offers). */
export function addableCallListContacts(state: CallListEditorReady, listId = state.selectedListId): readonly Contact[] {
  const shown = new Set(shownCallListContactIds(state, listId));
  return state.contacts.filter((c) => !shown.has(c.id));
}

const mergedOf = (draft: CallListDraft): readonly string[] => draft.merge?.contactIds ?? draft.base.contactIds;

const REFUSAL_KEY: Record<CallListOpRefusal, MessageKey> = {
  'not-a-site-contact': 'rs.call-lists.refused.not-a-site-contact',
  'already-in-list': 'rs.call-lists.refused.already-in-list',
  'not-in-list': 'rs.call-lists.refused.not-in-list',
  'out-of-range': 'rs.call-lists.refused.out-of-range',
  'too-many': 'rs.call-lists.refused.too-many',
};

function edit(
  s: CallListEditorReady,
  op: CallListOp | ((shown: readonly string[]) => CallListOp | undefined),
  ok: (shown: readonly string[]) => E[],
): S {
  const listId = s.selectedListId;
  if (s.saving === listId) return step(s);
  if (unresolvedCallListConflicts(s, listId).length) return step(s, say('rs.call-lists.choose-first'));
  const list = s.lists.find((l) => l.id === listId);
  if (!list) return step(s);
  const draft = folded(s.drafts[listId] ?? { base: list, ops: [] });
  const shown = applyCallListOps(draft.base.contactIds, draft.ops, siteIds(s.contacts));
  const o = typeof op === 'function' ? op(shown) : op;
  if (!o) return step(s);
  const r = applyCallListOp(shown, o, siteIds(s.contacts));
  if (!r.ok)
    return step(s, say(REFUSAL_KEY[r.reason], { name: callListContactName(s.contacts, o.contactId), max: CALL_LIST_MAX_CONTACTS }));
  const next: CallListEditorReady = { ...s, drafts: { ...s.drafts, [listId]: { ...draft, ops: [...draft.ops, o] } }, saveFailure: null };
  return step(next, ...ok(r.contactIds));
}

type CallListEditorFlow = Flow<CallListEditorState, CallListEditorEvent, CallListEditorRequest, CallListEditorContext>;

const init: CallListEditorFlow['init'] = (ctx) =>
  step({ status: 'loading', siteId: ctx.siteId }, { type: 'call', request: { op: 'read', siteId: ctx.siteId }, key: 'read' });

/** RS-CALL — the editor flow (see the header). */
export const callListEditorFlow: CallListEditorFlow = { init, transition: (s, e, ctx) => transition(callListMerging, s, e, ctx) };

/** The editor flow with what follows a 412 given by the caller (a widget loads it when a save answers 412). */
export const callListEditorFlowWith = (merging: CallListMerging): CallListEditorFlow => ({
  init,
  transition: (s, e, ctx) => transition(merging, s, e, ctx),
});

function transition(merging: CallListMerging, s: CallListEditorState, e: CallListEditorEvent, ctx: CallListEditorContext): S {
  switch (e.type) {
    case 'loaded': {
      if (e.lists.length === 0 && s.status !== 'ready') {
        return step({
          status: 'ready',
          siteId: s.siteId,
          lists: [],
          contacts: e.contacts,
          selectedListId: '',
          drafts: {},
          saving: null,
          saveFailure: null,
          refreshing: false,
        });
      }
      const prev = s.status === 'ready' ? s : undefined;
      const selected =
        prev && e.lists.some((l) => l.id === prev.selectedListId)
          ? prev.selectedListId
          : ((e.lists.find((l) => l.kind === 'normal') ?? e.lists[0])?.id ?? '');
      // A reload keeps every draft: its base version stays, so a save over a newer list gets its 412 and rebase.
      return step({
        status: 'ready',
        siteId: s.siteId,
        lists: e.lists,
        contacts: e.contacts,
        selectedListId: selected,
        drafts: prev?.drafts ?? {},
        saving: prev?.saving ?? null,
        saveFailure: prev?.saveFailure ?? null,
        refreshing: false,
      });
    }
    case 'load-failed':
      if (s.status === 'ready') return step({ ...s, refreshing: false }, say('rs.call-lists.refresh-failed', {}, 'error'));
      return step({ status: 'error', siteId: s.siteId, failure: e.failure });
    case 'retry':
      if (s.status !== 'error') return step(s);
      return step({ status: 'loading', siteId: s.siteId }, { type: 'call', request: { op: 'read', siteId: s.siteId }, key: 'read' });
    case 'refresh':
      if (s.status === 'loading') return step(s);
      if (s.status === 'error')
        return step({ status: 'loading', siteId: s.siteId }, { type: 'call', request: { op: 'read', siteId: s.siteId }, key: 'read' });
      return step({ ...s, refreshing: true }, { type: 'call', request: { op: 'read', siteId: s.siteId }, key: 'read' });
    case 'contacts-requested':
      return step(s, {
        type: 'emit',
        name: 'contacts-tab-requested',
        detail: { siteId: ctx.siteId },
        cancelable: true,
        ifNotCanceled: { type: 'contacts-hint' },
      });
    case 'contacts-hint':
      return step(s, say('rs.call-lists.contacts-hint'));
    case 'noop':
      return step(s);
  }
  if (s.status !== 'ready') return step(s);
  switch (e.type) {
    case 'select-list':
      if (!s.lists.some((l) => l.id === e.listId)) return step(s);
      return step({ ...s, selectedListId: e.listId, saveFailure: null });
    case 'add':
      return edit(
        s,
        (shown) => ({ type: 'add', contactId: e.contactId, index: shown.length }),
        (after) => [
          say('rs.call-lists.added', { name: callListContactName(s.contacts, e.contactId), position: after.length, count: after.length }),
          { type: 'focus', target: 'add' },
        ],
      );
    case 'move':
      return edit(
        s,
        (shown) => (shown[e.from] === undefined ? undefined : { type: 'move', contactId: shown[e.from]!, from: e.from, to: e.to }),
        () => [],
      );
    case 'remove':
      return edit(s, { type: 'remove', contactId: e.contactId }, (after) => {
        const before = shownCallListContactIds(s);
        const at = before.indexOf(e.contactId);
        const next = after[Math.min(at, after.length - 1)];
        return [
          say('rs.call-lists.removed', { name: callListContactName(s.contacts, e.contactId), count: after.length }),
          { type: 'focus', target: next === undefined ? 'add' : `item-${next}` },
        ];
      });
    case 'choose':
      return merging.choose(s, e.contactId, e.choice);
    case 'discard': {
      if (s.saving === s.selectedListId) return step(s);
      const { [s.selectedListId]: _dropped, ...drafts } = s.drafts;
      return step({ ...s, drafts, saveFailure: null }, say('rs.call-lists.discarded'));
    }
    case 'close-notice':
      return merging.closeNotice(s);
    case 'save': {
      const listId = s.selectedListId;
      const draft = s.drafts[listId];
      if (!draft || s.saving !== null) return step(s);
      if (unresolvedCallListConflicts(s, listId).length)
        return step(s, say('rs.call-lists.choose-first'), { type: 'focus', target: 'conflicts' });
      const contactIds = shownCallListContactIds(s, listId);
      return step(
        { ...s, saving: listId, saveFailure: null },
        { type: 'call', request: { op: 'save', siteId: s.siteId, listId, version: draft.base.version, contactIds }, key: `save-${listId}` },
      );
    }
    case 'saved': {
      const { [e.list.id]: _saved, ...drafts } = s.drafts;
      return step(
        { ...s, lists: s.lists.map((l) => (l.id === e.list.id ? e.list : l)), drafts, saving: null, saveFailure: null },
        say('rs.call-lists.saved', { name: e.list.name }, 'success'),
        { type: 'emit', name: 'call-list-saved', detail: { siteId: s.siteId, listId: e.list.id, version: e.list.version } },
      );
    }
    case 'stale':
      if (e.current) return merging.stale(s, e.listId, e.current);
      return step(s, { type: 'call', request: { op: 'read-list', siteId: s.siteId, listId: e.listId }, key: `save-${e.listId}` });
    case 'theirs':
      return merging.stale(s, e.list.id, e.list);
    case 'save-failed': {
      const listId = s.saving ?? s.selectedListId;
      return step({ ...s, saving: null, saveFailure: { listId, failure: e.failure } }, say('rs.call-lists.save-failed', {}, 'error'), {
        type: 'focus',
        target: 'save-error',
      });
    }
  }
  return step(s);
}
