/**
 * PP-ROSTER — the sort keys of the roster's default view (last name, first name, id), for its
 * first screen: a part of the index (`roster-index.ts`). The whole order ranks every name (the
 * shared list index's column sorts); a first screen needs only the rows that can come first,
 * found by bucketing each last name on the first two code units of its collation key.
 */
import { listSortKey } from '../shared/list-index.js';
import type { RosterRow } from './roster-types.js';

/** The start of the default view sorts at most this many rows (or 8 per row asked); more, and the whole order is computed. */
const START_CANDIDATES = 2048;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * A text's bucket: the first two code units of its collation key (0 for a missing one), as one
 * number. Ordering buckets never contradicts ordering keys. Names starting with two ASCII letters
 * (or being one) need no key: the key starts with the same letters, lowered.
 */
function leadOf(text: string, keyOf: (text: string) => string): number {
  const a = text.charCodeAt(0);
  if (isAsciiLetter(a)) {
    if (text.length === 1) return (a | 0x20) * 0x10000;
    const b = text.charCodeAt(1);
    if (isAsciiLetter(b)) return (a | 0x20) * 0x10000 + (b | 0x20);
  }
  const key = keyOf(text);
  return (key.length > 0 ? key.charCodeAt(0) : 0) * 0x10000 + (key.length > 1 ? key.charCodeAt(1) : 0);
}

/**
 * The first `count` live positions by last name, first name, id (the default view), ranking
 * only the rows that can come first. Each last name gets a bucket: the first two code units of
 * its collation key, read straight from the text when it starts with ASCII letters (they are
 * the key's, lowered), which orders as the keys do. Counting finds the buckets that hold the
 * first `count` rows; only their rows are sorted. Undefined when those buckets hold too many
 * rows for that to pay (then the whole order is the way).
 */
export function startByLastName(rows: readonly (RosterRow | undefined)[], count: number): Uint32Array | undefined {
  const n = rows.length;
  const keys = new Map<string, string>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = listSortKey(text)));
    return key;
  };
  const leads = new Uint32Array(n);
  const high = new Uint32Array(0x10000);
  for (let p = 0; p < n; p++) {
    const row = rows[p];
    if (row === undefined) continue;
    const lead = leadOf(row.lastName, keyOf);
    leads[p] = lead;
    high[lead >>> 16]!++;
  }
  // The first code unit of the `count`-th row's bucket, then its second one.
  let first = 0;
  let before = 0;
  while (before + high[first]! < count) before += high[first++]!;
  const low = new Uint32Array(0x10000);
  for (let p = 0; p < n; p++) if (rows[p] !== undefined && leads[p]! >>> 16 === first) low[leads[p]! & 0xffff]!++;
  let second = 0;
  while (before + low[second]! < count) before += low[second++]!;
  const threshold = first * 0x10000 + second;
  const candidates: { readonly position: number; readonly last: string; readonly first: string; readonly id: string }[] = [];
  for (let p = 0; p < n; p++) {
    const row = rows[p];
    if (row === undefined || leads[p]! > threshold) continue;
    if (candidates.length > Math.max(START_CANDIDATES, count * 8)) return undefined;
    candidates.push({ position: p, last: keyOf(row.lastName), first: keyOf(row.firstName), id: row.id });
  }
  candidates.sort((a, b) => byCodeUnits(a.last, b.last) || byCodeUnits(a.first, b.first) || byCodeUnits(a.id, b.id));
  return Uint32Array.from(candidates.slice(0, count), (c) => c.position);
}
