/**
 * RS-CALL — what the editor flow does after a save answered 412 (someone else saved the list
 * meanwhile): the user's changes replayed on their version (`rebaseCallList`), the notice of what
 * they changed, the conflicts waiting for a choice, « J'ai compris ». A module apart so that a widget
 * loads it only when that answer comes (`callListEditorFlowWith`); `callListEditorFlow` has it.
 */
import type { CallList } from '../schemas.js';
import type { CallListDraft, CallListEditorReady, CallListMerge, CallListMerging, CallListNotice } from './editor.js';
import { folded, say, siteIds, step } from './editor-steps.js';
import { rebaseCallList } from './rebase.js';

function stale(s: CallListEditorReady, listId: string, theirs: CallList) {
  const draft = s.drafts[listId];
  const lists = s.lists.map((l) => (l.id === listId ? theirs : l));
  if (!draft) return step({ ...s, lists, saving: null });
  // Everything the user did, as operations on the base they last had.
  const f = folded(draft);
  const r = rebaseCallList(f.base.contactIds, f.ops, theirs.contactIds, siteIds(s.contacts));
  const notice: CallListNotice = { updatedBy: theirs.updatedBy, updatedAt: theirs.updatedAt, changes: r.theirChanges };
  const next: CallListDraft = r.conflicts.length
    ? {
        base: theirs,
        ops: [],
        merge: {
          origin: f.base.contactIds,
          pending: f.ops,
          conflicts: r.conflicts,
          choices: {},
          contactIds: r.contactIds,
          applied: r.applied,
        },
        notice,
      }
    : { base: theirs, ops: r.applied, notice };
  const state: CallListEditorReady = { ...s, lists, saving: null, drafts: { ...s.drafts, [listId]: next } };
  const params = { name: theirs.updatedBy, count: r.conflicts.length };
  return r.conflicts.length
    ? step(state, say('rs.call-lists.conflict.spoken', params), { type: 'focus', target: 'conflicts' })
    : step(state, say('rs.call-lists.rebased.spoken', params), { type: 'focus', target: 'notice' });
}

/** RS-CALL — the editor flow's part after a 412 (see the header). */
export const callListMerging: CallListMerging = {
  stale,
  choose(s, contactId, choice) {
    const draft = s.drafts[s.selectedListId];
    const m = draft?.merge;
    if (!m || !m.conflicts.some((c) => c.contactId === contactId)) return step(s);
    const choices = { ...m.choices, [contactId]: choice };
    const r = rebaseCallList(m.origin, m.pending, draft.base.contactIds, siteIds(s.contacts), choices);
    const merge: CallListMerge = { ...m, choices, contactIds: r.contactIds, applied: r.applied };
    return step({ ...s, drafts: { ...s.drafts, [s.selectedListId]: { ...draft, merge } } });
  },
  closeNotice(s) {
    const draft = s.drafts[s.selectedListId];
    if (!draft?.notice || draft.merge) return step(s);
    return step(
      { ...s, drafts: { ...s.drafts, [s.selectedListId]: { base: draft.base, ops: draft.ops } } },
      { type: 'focus', target: 'list' },
    );
  },
};
