/**
 * RS-CALL — a call-list edit as data: the user's operations (add a contact of the site, move, remove),
 * applied by a pure function, and replayed on top of someone else's save (a rebase) when the server
 * answers 412.
 *
 * Precisely (the rules the tests name):
 * - **add** `c` at `index`: only a contact of the site (`not-a-site-contact`), never twice
 *   (`already-in-list`), at most {@link CALL_LIST_MAX_CONTACTS} (`too-many`), `0 ≤ index ≤ length`;
 * - **move** `c` from `from` to `to`: `c` is at `from`, `0 ≤ to < length`;
 * - **remove** `c`: `c` is in the list.
 *
 * What *they* changed (between the list the user started from, `base`, and the list as saved since,
 * `theirs`): a contact is **added** (in theirs only), **removed** (in base only) or **moved** (in
 * both, but not in the longest common subsequence of the two orders: the fewest contacts whose move
 * explains the new order). What *the user* changed: every contact named by one of their operations,
 * by its net effect (added, removed, moved).
 *
 * A **conflict** is a contact both changed — both moved it, one moved it and the other removed it,
 * or both added it — where keeping the user's change or keeping theirs gives two different lists
 * (both removing the same contact, or both putting it at the same place, is no conflict). A conflict
 * is never resolved silently: the user chooses, contact by contact, « mine » or « theirs ».
 *
 * The replay keeps every other operation's intent: a contact moved up goes right before the contact
 * it was put ahead of; an added contact, or one moved down, right after the contact that precedes it
 * in the user's own list (first when it was first); when that contact is gone, at the same index,
 * within the list.
 */

/** At most this many contacts in one call list (RS-CALL; an operator calls them in order). */
export const CALL_LIST_MAX_CONTACTS = 30;

/** Why a saved order is refused (422 `/problems/validation`, `errors` as `{ contactId, issue }`). */
export const CALL_LIST_ISSUES = ['not-a-site-contact', 'duplicate', 'too-many'] as const;
export type CallListIssue = (typeof CALL_LIST_ISSUES)[number];

export type CallListOp =
  | { readonly type: 'add'; readonly contactId: string; readonly index: number }
  | { readonly type: 'move'; readonly contactId: string; readonly from: number; readonly to: number }
  | { readonly type: 'remove'; readonly contactId: string };

/** Why an operation cannot apply to a list. */
export type CallListOpRefusal = 'not-a-site-contact' | 'already-in-list' | 'not-in-list' | 'out-of-range' | 'too-many';

export type CallListOpResult =
  { readonly ok: true; readonly contactIds: readonly string[] } | { readonly ok: false; readonly reason: CallListOpRefusal };

/** What one side did to a contact. */
export type CallListChangeKind = 'added' | 'moved' | 'removed';

export interface CallListChange {
  readonly contactId: string;
  readonly kind: CallListChangeKind;
}

export interface CallListConflict {
  readonly contactId: string;
  readonly mine: CallListChangeKind;
  readonly theirs: CallListChangeKind;
  /** 1-based position in the user's own list, or null when the user removed the contact. */
  readonly minePosition: number | null;
  /** 1-based position in their list, or null when they removed the contact. */
  readonly theirsPosition: number | null;
}

export type CallListChoice = 'mine' | 'theirs';

export interface CallListRebase {
  /** The list after the replay, with each conflict as chosen (unchosen: theirs). */
  readonly contactIds: readonly string[];
  /** The user's operations as they applied to `theirs` (the base of further edits). */
  readonly applied: readonly CallListOp[];
  /** Contacts both changed, to choose. */
  readonly conflicts: readonly CallListConflict[];
  /** What they changed since `base`. */
  readonly theirChanges: readonly CallListChange[];
}

const insertAt = (list: readonly string[], index: number, id: string) => [...list.slice(0, index), id, ...list.slice(index)];
const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);

// The replay after a 412 (rebaseCallList, callListChanges) lives in ./rebase.ts: a widget loads it only when a save answers 412.
export { callListChanges, rebaseCallList } from './rebase.js';

/** Applies one operation (RS-CALL rules above), or says why it cannot. */
export function applyCallListOp(contactIds: readonly string[], op: CallListOp, siteContactIds: Iterable<string>): CallListOpResult {
  const site = siteContactIds instanceof Set ? (siteContactIds as ReadonlySet<string>) : new Set(siteContactIds);
  switch (op.type) {
    case 'add':
      if (!site.has(op.contactId)) return { ok: false, reason: 'not-a-site-contact' };
      if (contactIds.includes(op.contactId)) return { ok: false, reason: 'already-in-list' };
      if (contactIds.length >= CALL_LIST_MAX_CONTACTS) return { ok: false, reason: 'too-many' };
      if (!Number.isInteger(op.index) || op.index < 0 || op.index > contactIds.length) return { ok: false, reason: 'out-of-range' };
      return { ok: true, contactIds: insertAt(contactIds, op.index, op.contactId) };
    case 'move': {
      if (!contactIds.includes(op.contactId)) return { ok: false, reason: 'not-in-list' };
      if (contactIds[op.from] !== op.contactId || !Number.isInteger(op.to) || op.to < 0 || op.to >= contactIds.length)
        return { ok: false, reason: 'out-of-range' };
      return { ok: true, contactIds: insertAt(without(contactIds, op.contactId), op.to, op.contactId) };
    }
    case 'remove':
      if (!contactIds.includes(op.contactId)) return { ok: false, reason: 'not-in-list' };
      return { ok: true, contactIds: without(contactIds, op.contactId) };
  }
}

/** Applies operations in order; one that cannot apply is skipped (the editor never records one). */
export function applyCallListOps(
  contactIds: readonly string[],
  ops: readonly CallListOp[],
  siteContactIds: Iterable<string>,
): readonly string[] {
  const site = new Set(siteContactIds);
  let list = contactIds;
  for (const op of ops) {
    const r = applyCallListOp(list, op, site);
    if (r.ok) list = r.contactIds;
  }
  return list;
}

/** What the server refuses in a saved order (RS-CALL): a contact of another site, a contact twice, too many. */
export function callListIssues(
  contactIds: readonly string[],
  siteContactIds: Iterable<string>,
): { contactId: string | null; issue: CallListIssue }[] {
  const site = new Set(siteContactIds);
  const seen = new Set<string>();
  const issues: { contactId: string | null; issue: CallListIssue }[] = [];
  if (contactIds.length > CALL_LIST_MAX_CONTACTS) issues.push({ contactId: null, issue: 'too-many' });
  for (const id of contactIds) {
    if (!site.has(id)) issues.push({ contactId: id, issue: 'not-a-site-contact' });
    else if (seen.has(id)) issues.push({ contactId: id, issue: 'duplicate' });
    seen.add(id);
  }
  return issues;
}
