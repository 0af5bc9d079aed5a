/**
 * RS-CALL — the replay of a user's operations on someone else's save (a rebase, after a 412), and
 * what changed between two orders. The rules are in `ops.ts`'s header; this module is apart so that
 * a widget loads it only when a save answers 412 (re-exported by `ops.ts` and the part's index).
 */
import {
  CALL_LIST_MAX_CONTACTS,
  applyCallListOp,
  applyCallListOps,
  type CallListChange,
  type CallListChangeKind,
  type CallListChoice,
  type CallListConflict,
  type CallListOp,
  type CallListRebase,
} from './ops.js';

const insertAt = (list: readonly string[], index: number, id: string) => [...list.slice(0, index), id, ...list.slice(index)];
const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);

/** The longest common subsequence of two orders of distinct ids (the contacts that kept their order). */
function stableContacts(a: readonly string[], b: readonly string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const keep = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m;) {
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
function replayOn(
  base: readonly string[],
  ops: readonly CallListOp[],
  theirs: readonly string[],
  skip: ReadonlySet<string>,
  site: ReadonlySet<string>,
) {
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
    const next = placeNear(
      result,
      op.contactId,
      at > 0 ? mine[at - 1]! : null,
      mine[at + 1] ?? null,
      op.type === 'move' && op.to < op.from,
      at,
    );
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

  const candidates = [...mineKinds.keys()].filter(
    (id) => theirKinds.has(id) && !(mineKinds.get(id) === 'removed' && theirKinds.get(id) === 'removed'),
  );
  const allTheirs = new Set(candidates);
  const asTheirs = replayOn(base, ops, theirs, allTheirs, site).contactIds;
  const conflicts: CallListConflict[] = [];
  for (const id of candidates) {
    const skip = new Set(allTheirs);
    skip.delete(id);
    if (sameList(replayOn(base, ops, theirs, skip, site).contactIds, asTheirs)) continue;
    const mp = mineList.indexOf(id);
    const tp = theirs.indexOf(id);
    conflicts.push({
      contactId: id,
      mine: mineKinds.get(id)!,
      theirs: theirKinds.get(id)!,
      minePosition: mp < 0 ? null : mp + 1,
      theirsPosition: tp < 0 ? null : tp + 1,
    });
  }
  // Same-result candidates are no conflict: theirs and mine agree, so replaying mine is the same.
  const skip = new Set(conflicts.filter((c) => choices[c.contactId] !== 'mine').map((c) => c.contactId));
  for (const id of candidates) if (!conflicts.some((c) => c.contactId === id)) skip.add(id);
  const { contactIds, applied } = replayOn(base, ops, theirs, skip, site);
  return { contactIds, applied, conflicts, theirChanges };
}
