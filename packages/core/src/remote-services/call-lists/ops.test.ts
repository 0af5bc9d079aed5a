import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  CALL_LIST_MAX_CONTACTS,
  applyCallListOp,
  applyCallListOps,
  callListChanges,
  callListIssues,
  rebaseCallList,
  type CallListOp,
} from './ops.js';

const SITE = ['ana', 'ben', 'cle', 'dan', 'eve', 'fay', 'gus', 'hal'];

describe('RS-CALL call-list operations', () => {
  test('RS-CALL add: only a contact of the site, never twice, at an index from 0 to the length', () => {
    const list = ['ana', 'ben'];
    assert.deepEqual(applyCallListOp(list, { type: 'add', contactId: 'cle', index: 0 }, SITE), {
      ok: true,
      contactIds: ['cle', 'ana', 'ben'],
    });
    assert.deepEqual(applyCallListOp(list, { type: 'add', contactId: 'cle', index: 2 }, SITE), {
      ok: true,
      contactIds: ['ana', 'ben', 'cle'],
    });
    assert.deepEqual(applyCallListOp(list, { type: 'add', contactId: 'cle', index: 3 }, SITE), { ok: false, reason: 'out-of-range' });
    assert.deepEqual(applyCallListOp(list, { type: 'add', contactId: 'cle', index: -1 }, SITE), { ok: false, reason: 'out-of-range' });
    assert.deepEqual(applyCallListOp(list, { type: 'add', contactId: 'zed', index: 0 }, SITE), { ok: false, reason: 'not-a-site-contact' });
    assert.deepEqual(applyCallListOp(list, { type: 'add', contactId: 'ben', index: 0 }, SITE), { ok: false, reason: 'already-in-list' });
  });

  test(`RS-CALL add: ${CALL_LIST_MAX_CONTACTS} contacts at most (before, at, after the limit)`, () => {
    const site = Array.from({ length: CALL_LIST_MAX_CONTACTS + 1 }, (_, i) => `c${i}`);
    const before = site.slice(0, CALL_LIST_MAX_CONTACTS - 1);
    const at = site.slice(0, CALL_LIST_MAX_CONTACTS);
    assert.equal(applyCallListOp(before, { type: 'add', contactId: site[CALL_LIST_MAX_CONTACTS - 1]!, index: 0 }, site).ok, true);
    assert.deepEqual(applyCallListOp(at, { type: 'add', contactId: site[CALL_LIST_MAX_CONTACTS]!, index: 0 }, site), {
      ok: false,
      reason: 'too-many',
    });
    assert.deepEqual(callListIssues(at, site), []);
    assert.deepEqual(callListIssues(site, site), [{ contactId: null, issue: 'too-many' }]);
  });

  test('RS-CALL move (from, to): the contact must be at `from`; `to` from 0 to length − 1', () => {
    const list = ['ana', 'ben', 'cle'];
    assert.deepEqual(applyCallListOp(list, { type: 'move', contactId: 'cle', from: 2, to: 0 }, SITE), {
      ok: true,
      contactIds: ['cle', 'ana', 'ben'],
    });
    assert.deepEqual(applyCallListOp(list, { type: 'move', contactId: 'ana', from: 0, to: 2 }, SITE), {
      ok: true,
      contactIds: ['ben', 'cle', 'ana'],
    });
    assert.deepEqual(applyCallListOp(list, { type: 'move', contactId: 'ana', from: 0, to: 3 }, SITE), {
      ok: false,
      reason: 'out-of-range',
    });
    assert.deepEqual(applyCallListOp(list, { type: 'move', contactId: 'ana', from: 1, to: 0 }, SITE), {
      ok: false,
      reason: 'out-of-range',
    });
    assert.deepEqual(applyCallListOp(list, { type: 'move', contactId: 'dan', from: 0, to: 1 }, SITE), { ok: false, reason: 'not-in-list' });
  });

  test('RS-CALL remove: only a contact in the list', () => {
    assert.deepEqual(applyCallListOp(['ana', 'ben'], { type: 'remove', contactId: 'ana' }, SITE), { ok: true, contactIds: ['ben'] });
    assert.deepEqual(applyCallListOp(['ana', 'ben'], { type: 'remove', contactId: 'cle' }, SITE), { ok: false, reason: 'not-in-list' });
  });

  test('RS-CALL what the server refuses: a contact of another site, a contact twice', () => {
    assert.deepEqual(callListIssues(['ana', 'zed', 'ana'], SITE), [
      { contactId: 'zed', issue: 'not-a-site-contact' },
      { contactId: 'ana', issue: 'duplicate' },
    ]);
  });

  test('RS-CALL their changes: added, removed, and moved = not in the longest common order', () => {
    assert.deepEqual(callListChanges(['ana', 'ben', 'cle'], ['ben', 'cle', 'ana', 'dan']), [
      { contactId: 'ana', kind: 'moved' },
      { contactId: 'dan', kind: 'added' },
    ]);
    // A tie (two orders of two) reads as the later one moved up: call lists promote people.
    assert.deepEqual(callListChanges(['ana', 'ben', 'cle'], ['cle', 'ana']), [
      { contactId: 'cle', kind: 'moved' },
      { contactId: 'ben', kind: 'removed' },
    ]);
  });
});

describe('RS-CALL rebase after a 412', () => {
  const base = ['ana', 'ben', 'cle'];

  test('RS-CALL no overlap: my move is replayed on their list, theirs kept, no conflict', () => {
    // They added dan at the end; I moved cle first.
    const r = rebaseCallList(base, [{ type: 'move', contactId: 'cle', from: 2, to: 0 }], ['ana', 'ben', 'cle', 'dan'], SITE);
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(r.contactIds, ['cle', 'ana', 'ben', 'dan']);
    assert.deepEqual(r.theirChanges, [{ contactId: 'dan', kind: 'added' }]);
    assert.deepEqual(r.applied, [{ type: 'move', contactId: 'cle', from: 2, to: 0 }]);
  });

  test('RS-CALL both moved the same contact to different places: a conflict, theirs until I choose mine', () => {
    const ops: CallListOp[] = [{ type: 'move', contactId: 'ana', from: 0, to: 1 }];
    const theirs = ['ben', 'cle', 'ana'];
    const r = rebaseCallList(base, ops, theirs, SITE);
    assert.deepEqual(r.conflicts, [{ contactId: 'ana', mine: 'moved', theirs: 'moved', minePosition: 2, theirsPosition: 3 }]);
    assert.deepEqual(r.contactIds, theirs);
    assert.deepEqual(rebaseCallList(base, ops, theirs, SITE, { ana: 'mine' }).contactIds, ['ben', 'ana', 'cle']);
  });

  test('RS-CALL I moved a contact they removed: a conflict; « mine » puts it back where I put it', () => {
    const ops: CallListOp[] = [{ type: 'move', contactId: 'cle', from: 2, to: 0 }];
    const r = rebaseCallList(base, ops, ['ana', 'ben'], SITE);
    assert.deepEqual(r.conflicts, [{ contactId: 'cle', mine: 'moved', theirs: 'removed', minePosition: 1, theirsPosition: null }]);
    assert.deepEqual(r.contactIds, ['ana', 'ben']);
    assert.deepEqual(rebaseCallList(base, ops, ['ana', 'ben'], SITE, { cle: 'mine' }).contactIds, ['cle', 'ana', 'ben']);
  });

  test('RS-CALL I removed a contact they moved: a conflict; « mine » removes it', () => {
    const ops: CallListOp[] = [{ type: 'remove', contactId: 'ana' }];
    const theirs = ['ben', 'cle', 'ana'];
    const r = rebaseCallList(base, ops, theirs, SITE);
    assert.deepEqual(r.conflicts, [{ contactId: 'ana', mine: 'removed', theirs: 'moved', minePosition: null, theirsPosition: 3 }]);
    assert.deepEqual(r.contactIds, theirs);
    assert.deepEqual(rebaseCallList(base, ops, theirs, SITE, { ana: 'mine' }).contactIds, ['ben', 'cle']);
  });

  test('RS-CALL both added the same contact: at the same place no conflict; at different places a conflict', () => {
    const same = rebaseCallList(base, [{ type: 'add', contactId: 'dan', index: 3 }], ['ana', 'ben', 'cle', 'dan'], SITE);
    assert.deepEqual(same.conflicts, []);
    assert.deepEqual(same.contactIds, ['ana', 'ben', 'cle', 'dan']);
    const other = rebaseCallList(base, [{ type: 'add', contactId: 'dan', index: 0 }], ['ana', 'ben', 'cle', 'dan'], SITE);
    assert.deepEqual(other.conflicts, [{ contactId: 'dan', mine: 'added', theirs: 'added', minePosition: 1, theirsPosition: 4 }]);
  });

  test('RS-CALL both removed the same contact: no conflict', () => {
    const r = rebaseCallList(base, [{ type: 'remove', contactId: 'ben' }], ['ana', 'cle'], SITE);
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(r.contactIds, ['ana', 'cle']);
  });

  test('RS-CALL an added contact goes after the one that preceded it in my list, wherever they moved it', () => {
    // I added dan after ben; they moved ben to the end.
    const r = rebaseCallList(base, [{ type: 'add', contactId: 'dan', index: 2 }], ['ana', 'cle', 'ben'], SITE);
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(r.contactIds, ['ana', 'cle', 'ben', 'dan']);
  });
});

// ── Properties ──────────────────────────────────────────────────────────────

/** A list of distinct site contacts. */
const listArb = fc.shuffledSubarray(SITE);

/** Turns raw numbers into valid operations on `list` (each applied before the next is drawn). */
function opsFrom(list: readonly string[], raw: readonly [number, number, number][]): CallListOp[] {
  const ops: CallListOp[] = [];
  let cur = list;
  for (const [k, a, b] of raw) {
    let op: CallListOp | undefined;
    const missing = SITE.filter((c) => !cur.includes(c));
    if (k % 3 === 0 && missing.length) op = { type: 'add', contactId: missing[a % missing.length]!, index: b % (cur.length + 1) };
    else if (k % 3 === 1 && cur.length) op = { type: 'move', contactId: cur[a % cur.length]!, from: a % cur.length, to: b % cur.length };
    else if (cur.length) op = { type: 'remove', contactId: cur[a % cur.length]! };
    if (!op) continue;
    const r = applyCallListOp(cur, op, SITE);
    if (r.ok) {
      ops.push(op);
      cur = r.contactIds;
    }
  }
  return ops;
}
const rawArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 8 });
const scenarioArb = fc
  .record({ base: listArb, mine: rawArb, theirs: rawArb, pick: fc.array(fc.boolean(), { minLength: SITE.length, maxLength: SITE.length }) })
  .map(({ base, mine, theirs, pick }) => {
    const ops = opsFrom(base, mine);
    const theirList = applyCallListOps(base, opsFrom(base, theirs), SITE);
    const choices = Object.fromEntries(SITE.map((c, i) => [c, pick[i] ? ('mine' as const) : ('theirs' as const)]));
    return { base, ops, theirList, choices };
  });

describe('RS-CALL properties', () => {
  test('RS-CALL replaying operations on an unchanged list equals applying them (no conflict, same ops)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops }) => {
        const r = rebaseCallList(base, ops, base, SITE);
        assert.deepEqual(r.conflicts, []);
        assert.deepEqual(r.contactIds, applyCallListOps(base, ops, SITE));
        assert.deepEqual(applyCallListOps(base, r.applied, SITE), r.contactIds);
      }),
    );
  });

  test('RS-CALL whatever both did and chose: no contact twice, only the site’s contacts, the applied ops rebuild the result', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops, theirList, choices }) => {
        const r = rebaseCallList(base, ops, theirList, SITE, choices);
        assert.equal(new Set(r.contactIds).size, r.contactIds.length);
        assert.ok(r.contactIds.every((c) => SITE.includes(c)));
        assert.deepEqual(callListIssues(r.contactIds, SITE), []);
        assert.deepEqual(applyCallListOps(theirList, r.applied, SITE), r.contactIds);
      }),
    );
  });

  test('RS-CALL without conflicts every change of both is kept: what I added or removed, what they added or removed', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops, theirList }) => {
        const r = rebaseCallList(base, ops, theirList, SITE);
        if (r.conflicts.length) return;
        const mine = applyCallListOps(base, ops, SITE);
        for (const c of callListChanges(base, mine)) {
          if (c.kind === 'added') assert.ok(r.contactIds.includes(c.contactId), `my added ${c.contactId}`);
          if (c.kind === 'removed') assert.ok(!r.contactIds.includes(c.contactId), `my removed ${c.contactId}`);
        }
        const touched = new Set(ops.map((o) => o.contactId));
        for (const c of r.theirChanges) {
          if (touched.has(c.contactId)) continue;
          if (c.kind === 'added') assert.ok(r.contactIds.includes(c.contactId), `their added ${c.contactId}`);
          if (c.kind === 'removed') assert.ok(!r.contactIds.includes(c.contactId), `their removed ${c.contactId}`);
        }
      }),
    );
  });

  test('RS-CALL choosing « theirs » everywhere keeps their list where both changed; « mine » keeps mine (presence of each conflicting contact)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops, theirList }) => {
        const first = rebaseCallList(base, ops, theirList, SITE);
        if (!first.conflicts.length) return;
        const mine = applyCallListOps(base, ops, SITE);
        const all = (choice: 'mine' | 'theirs') => Object.fromEntries(first.conflicts.map((c) => [c.contactId, choice]));
        const t = rebaseCallList(base, ops, theirList, SITE, all('theirs'));
        const m = rebaseCallList(base, ops, theirList, SITE, all('mine'));
        for (const c of first.conflicts) {
          assert.equal(t.contactIds.includes(c.contactId), theirList.includes(c.contactId));
          assert.equal(m.contactIds.includes(c.contactId), mine.includes(c.contactId));
        }
        // A conflict is never settled by the rebase itself: the two choices differ.
        assert.notDeepEqual(t.contactIds, m.contactIds);
      }),
    );
  });

  test('RS-CALL conflicts are only contacts both changed', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops, theirList }) => {
        const r = rebaseCallList(base, ops, theirList, SITE);
        const touched = new Set(ops.map((o) => o.contactId));
        const theirs = new Set(r.theirChanges.map((c) => c.contactId));
        for (const c of r.conflicts) assert.ok(touched.has(c.contactId) && theirs.has(c.contactId));
      }),
    );
  });
});

describe('RS-CALL rebase keeps the direction of a move', () => {
  test('RS-CALL a contact moved up stays ahead of the one it jumped over, wherever they moved the one before it', () => {
    // I put cle ahead of ben; they moved ana to the end and added dan.
    const r = rebaseCallList(
      ['ana', 'ben', 'cle'],
      [{ type: 'move', contactId: 'cle', from: 2, to: 1 }],
      ['ben', 'cle', 'ana', 'dan'],
      SITE,
    );
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(r.contactIds, ['cle', 'ben', 'ana', 'dan']);
  });
});
