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

export type CallListOpResult = { readonly ok: true; readonly contactIds: readonly string[] } | { readonly ok: false; readonly reason: CallListOpRefusal };

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
      if (contactIds[op.from] !== op.contactId || !Number.isInteger(op.to) || op.to < 0 || op.to >= contactIds.length) return { ok: false, reason: 'out-of-range' };
      return { ok: true, contactIds: insertAt(without(contactIds, op.contactId), op.to, op.contactId) };
    }
    case 'remove':
      if (!contactIds.includes(op.contactId)) return { ok: false, reason: 'not-in-list' };
      return { ok: true, contactIds: without(contactIds, op.contactId) };
  }
}

/** Applies operations in order; one that cannot apply is skipped (the editor never records one). */
export function applyCallListOps(contactIds: readonly string[], ops: readonly CallListOp[], siteContactIds: Iterable<string>): readonly string[] {
  const site = new Set(siteContactIds);
  let list = contactIds;
  for (const op of ops) {
    const r = applyCallListOp(list, op, site);
    if (r.ok) list = r.contactIds;
  }
  return list;
}

/** What the server refuses in a saved order (RS-CALL): a contact of another site, a contact twice, too many. */
export function callListIssues(contactIds: readonly string[], siteContactIds: Iterable<string>): { contactId: string | null; issue: CallListIssue }[] {
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

/** The longest common subsequence of two orders of distinct ids (the contacts that kept their order). */
function stableContacts(a: readonly string[], b: readonly string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const keep = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      keep.add(a[i]!);
      i++;
      j++;
    } else if (dp[i + 1]![j]! > dp[i]![j + 1]!) i++;
    else j++;
  }
  return keep;
}

/** What changed from `before` to `after`: each contact added, removed or moved (in the order of `after`, then the removed ones). */
export function callListChanges(before: readonly string[], after: readonly string[]): CallListChange[] {
  const inBefore = new Set(before);
  const inAfter = new Set(after);
  const stable = stableContacts(
    before.filter((id) => inAfter.has(id)),
    after.filter((id) => inBefore.has(id)),
  );
  const changes: CallListChange[] = [];
  for (const id of after) {
    if (!inBefore.has(id)) changes.push({ contactId: id, kind: 'added' });
    else if (!stable.has(id)) changes.push({ contactId: id, kind: 'moved' });
  }
  for (const id of before) if (!inAfter.has(id)) changes.push({ contactId: id, kind: 'removed' });
  return changes;
}

/** The net effect of the user's operations on each contact they named (none when added then removed). */
function myChanges(base: readonly string[], mine: readonly string[], ops: readonly CallListOp[]): Map<string, CallListChangeKind> {
  const inBase = new Set(base);
  const inMine = new Set(mine);
  const kinds = new Map<string, CallListChangeKind>();
  for (const op of ops) {
    const id = op.contactId;
    if (inMine.has(id)) kinds.set(id, inBase.has(id) ? 'moved' : 'added');
    else if (inBase.has(id)) kinds.set(id, 'removed');
  }
  return kinds;
}

/**
 * Puts `id` next to its neighbour in the user's list: before `next` when it moved up (it was put
 * ahead of that contact), else after `prev` (first when there is none); when that neighbour is gone,
 * at `index` within the list.
 */
function placeNear(list: readonly string[], id: string, prev: string | null, next: string | null, up: boolean, index: number): string[] {
  const rest = without(list, id);
  if (up && next !== null) {
    const at = rest.indexOf(next);
    if (at >= 0) return insertAt(rest, at, id);
  }
  if (prev === null) return insertAt(rest, 0, id);
  const at = rest.indexOf(prev);
  return insertAt(rest, at >= 0 ? at + 1 : Math.min(index, rest.length), id);
}

/** Replays `ops` (written on `base`) on `theirs`; a contact in `skip` keeps their version. */
function replayOn(base: readonly string[], ops: readonly CallListOp[], theirs: readonly string[], skip: ReadonlySet<string>, site: ReadonlySet<string>) {
  let mine: readonly string[] = base;
  let result: readonly string[] = theirs;
  const applied: CallListOp[] = [];
  for (const op of ops) {
    const step = applyCallListOp(mine, op, site);
    if (!step.ok) continue;
    mine = step.contactIds;
    if (skip.has(op.contactId)) continue;
    if (op.type === 'remove') {
      if (result.includes(op.contactId)) {
        result = without(result, op.contactId);
        applied.push(op);
      }
      continue;
    }
    const at = mine.indexOf(op.contactId);
    const from = result.indexOf(op.contactId);
    if (from < 0 && result.length >= CALL_LIST_MAX_CONTACTS) continue;
    const next = placeNear(result, op.contactId, at > 0 ? mine[at - 1]! : null, mine[at + 1] ?? null, op.type === 'move' && op.to < op.from, at);
    const to = next.indexOf(op.contactId);
    if (from < 0) applied.push({ type: 'add', contactId: op.contactId, index: to });
    else if (from !== to) applied.push({ type: 'move', contactId: op.contactId, from, to });
    result = next;
  }
  return { contactIds: result, applied, mine };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * RS-CALL — replays the user's operations, written on `base`, on top of `theirs` (the list as someone
 * else saved it meanwhile). Contacts both changed are reported as conflicts and take their version
 * until `choices` says « mine ».
 */
export function rebaseCallList(
  base: readonly string[],
  ops: readonly CallListOp[],
  theirs: readonly string[],
  siteContactIds: Iterable<string>,
  choices: Readonly<Record<string, CallListChoice>> = {},
): CallListRebase {
  const site = new Set(siteContactIds);
  // Their own contacts are the site's too (a list read from the server is the site's).
  for (const id of theirs) site.add(id);
  for (const id of base) site.add(id);
  const theirChanges = callListChanges(base, theirs);
  const theirKinds = new Map(theirChanges.map((c) => [c.contactId, c.kind]));
  const mineList = applyCallListOps(base, ops, site);
  const mineKinds = myChanges(base, mineList, ops);

  const candidates = [...mineKinds.keys()].filter((id) => theirKinds.has(id) && !(mineKinds.get(id) === 'removed' && theirKinds.get(id) === 'removed'));
  const allTheirs = new Set(candidates);
  const asTheirs = replayOn(base, ops, theirs, allTheirs, site).contactIds;
  const conflicts: CallListConflict[] = [];
  for (const id of candidates) {
    const skip = new Set(allTheirs);
    skip.delete(id);
    if (sameList(replayOn(base, ops, theirs, skip, site).contactIds, asTheirs)) continue;
    const mp = mineList.indexOf(id);
    const tp = theirs.indexOf(id);
    conflicts.push({ contactId: id, mine: mineKinds.get(id)!, theirs: theirKinds.get(id)!, minePosition: mp < 0 ? null : mp + 1, theirsPosition: tp < 0 ? null : tp + 1 });
  }
  // Same-result candidates are no conflict: theirs and mine agree, so replaying mine is the same.
  const skip = new Set(conflicts.filter((c) => choices[c.contactId] !== 'mine').map((c) => c.contactId));
  for (const id of candidates) if (!conflicts.some((c) => c.contactId === id)) skip.add(id);
  const { contactIds, applied } = replayOn(base, ops, theirs, skip, site);
  return { contactIds, applied, conflicts, theirChanges };
}
