/**
 * The list index both virtual lists share (`<passport-roster>`, PP-ROSTER, through
 * `passport/roster-index.ts`; `<site-list>`, RS-SITES, through `remote-services/sites/site-list.ts`):
 * the generic machinery of search and sort over many rows, taken out of the roster's index so
 * that the two lists fold, collate and sort the same way from one copy. Pure: no DOM, no timer,
 * no I/O. What is specific to a list (its rows, labels, groups, filters) stays with it.
 *
 * - Folding text for search ({@link foldListText}, {@link tokenizeListQuery}): case, accents,
 *   ligatures and apostrophes ignored.
 * - Collation keys ({@link listSortKey}): comparing two keys with `<` gives the French order of
 *   `Intl.Collator('fr', { sensitivity: 'base', numeric: true })`, without a collator call per
 *   comparison.
 * - Sorting by column: a column gets, on its first use, a rank per distinct value
 *   ({@link ListColumn}, {@link IdColumn}, {@link labelTable}); a sort is then one stable counting
 *   sort of a tie order by those ranks ({@link sortByBuckets}), ascending or descending
 *   ({@link descendingTable}), O(rows + distinct values), typed arrays only.
 */

// ── Folding text ─────────────────────────────────────────────────────────────────────────────

/**
 * Letters that canonical decomposition (NFD) leaves whole but that French collation reads as
 * Latin letters at the primary level (`Intl.Collator('fr', { sensitivity: 'base' })` says
 * `œ` = `oe`, `ø` = `o`…; the tests check every entry against it). Lower case only: folding
 * lowers the case first.
 */
export const LIST_LETTER_FOLDS: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ð: 'd',
  đ: 'd',
  ø: 'o',
  ħ: 'h',
  ĳ: 'ij',
  ŀ: 'l',
  ł: 'l',
  ſ: 's',
  ǆ: 'dz',
  ǉ: 'lj',
  ǌ: 'nj',
  ǳ: 'dz',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
};

/**
 * Characters that collation ignores altogether: soft hyphen, zero-width space / joiners, word
 * joiner, byte-order mark. Combining marks (accents once decomposed) are dropped as well.
 */
const IGNORABLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

/**
 * Apostrophes, which search drops on both sides: « N'Diaye » is found by « ndiaye », « n'diaye »,
 * « n’diaye » and « diaye ».
 */
const APOSTROPHES = new Set(["'", '\u2018', '\u2019', '\u02bc', '`', '\u00b4']);

/**
 * What separates the tokens of a query: white space, and hyphens and dashes, which stay in the
 * rows' texts: « Jean-Pierre » is found by « jean-pierre », « jean pierre » and « pierre », and
 * « granulats-dupont » by « granulats-dupont » (e-mails keep their hyphens untouched, which keeps
 * folding them cheap).
 */
const QUERY_SEPARATORS = /[\s\-\u2010-\u2015\u2212]+/u;

/** Printable ASCII plus tab and line breaks: no decomposition, no fold needed beyond the case. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;
const ASCII_APOSTROPHE = /['`]/;
const ASCII_APOSTROPHES = /['`]/g;
/** Printable ASCII without capitals, apostrophe nor backquote: already folded for search. */
export const FOLDED_ASCII = /^[\x20-\x26\x28-\x40\x5b-\x5f\x61-\x7e]*$/;
const COMBINING_MARK = /^\p{M}$/u;
/** Every character search may have to drop or fold, once the text is decomposed and lowered. */
const SEARCH_SPECIAL = /[^\t\n\r\x20-\x7e]|['`]/gu;

function foldSearchChar(ch: string): string {
  const fold = LIST_LETTER_FOLDS[ch];
  if (fold !== undefined) return fold;
  if (APOSTROPHES.has(ch) || IGNORABLE.has(ch) || COMBINING_MARK.test(ch)) return '';
  return ch;
}

/**
 * The form search compares: lower case, no accents (« Hélène » → « helene »),
 * ligatures and special letters spelled out (« Œuvre » → « oeuvre », « æ » → « ae », « ß » → « ss »),
 * no apostrophes (« N'Diaye » → « ndiaye »). Everything else is kept, spaces and hyphens included.
 */
export function foldListText(text: string): string {
  if (PLAIN_ASCII.test(text)) {
    const lowered = text.toLowerCase();
    return ASCII_APOSTROPHE.test(lowered) ? lowered.replace(ASCII_APOSTROPHES, '') : lowered;
  }
  return text.normalize('NFD').toLowerCase().replace(SEARCH_SPECIAL, foldSearchChar);
}

/**
 * The tokens of a search, folded ({@link foldListText}), split on white space
 * and hyphens, without duplicates, longest first (the most selective is tried first). A row
 * matches when every token is found in one of its texts. No token: every row matches.
 */
export function tokenizeListQuery(query: string): string[] {
  const tokens = new Set(
    foldListText(query)
      .split(QUERY_SEPARATORS)
      .filter((t) => t !== ''),
  );
  return [...tokens].sort((a, b) => b.length - a.length);
}

/**
 * Punctuation, symbols and spaces in the primary order of `Intl.Collator('fr')` (CLDR root
 * order: white space < punctuation < symbols < currency < digits < letters), one group per
 * weight (characters of a group collate as equal, e.g. the three apostrophes). The tests check
 * this table against the collator. Characters outside it keep their code point.
 */
export const LIST_COLLATION_PUNCTUATION = [
  '\t',
  '\n',
  '\r',
  ' \u00a0\u2009\u202f',
  '_',
  '-',
  '\u2010\u2011',
  '\u2013',
  '\u2014',
  ',',
  ';',
  ':',
  '!',
  '?',
  '.',
  '\u00b7',
  "'\u2019\u2018",
  '"\u201c\u201d',
  '\u00ab',
  '\u00bb',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '\u00a7',
  '@',
  '*',
  '/',
  '\\',
  '&',
  '#',
  '%',
  '`',
  '\u00b4',
  '^',
  '\u00b0',
  '+',
  '<',
  '=',
  '>',
  '|',
  '~',
  '$',
  '\u00a3',
  '\u20ac',
] as const;

/** Sort-key code of each punctuation character: its group's rank + 1, all below `'0'` (0x30). */
const PUNCTUATION_CODE: ReadonlyMap<string, string> = new Map(
  LIST_COLLATION_PUNCTUATION.flatMap((group, rank) => [...group].map((ch) => [ch, String.fromCharCode(rank + 1)] as const)),
);

/** First code of a digit run in a sort key: `'0'` + its count of significant digits. */
const DIGIT_RUN_BASE = 0x30;
/** Longest digit run ordered by value (its code stays below `'a'`); longer runs order by their digits. */
const MAX_ORDERED_DIGITS = 0x60 - DIGIT_RUN_BASE;
const SORT_SPECIAL = /[0-9]+|[^a-z]/gu;

function sortKeyPart(part: string): string {
  const first = part.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    const digits = part.replace(/^0+/, '');
    return String.fromCharCode(DIGIT_RUN_BASE + Math.min(digits.length, MAX_ORDERED_DIGITS)) + digits;
  }
  const fold = LIST_LETTER_FOLDS[part];
  if (fold !== undefined) return fold;
  const code = PUNCTUATION_CODE.get(part);
  if (code !== undefined) return code;
  if (IGNORABLE.has(part) || COMBINING_MARK.test(part)) return '';
  return part;
}

/**
 * A collation key: for Latin text, comparing two keys with `<` gives the order of
 * `Intl.Collator('fr', { sensitivity: 'base', numeric: true })` (accents and case ignored,
 * « œ » = « oe », digit runs by value: « 2 » < « 10 », « 01 » = « 1 »), without a collator call per
 * comparison. Computed once per distinct value.
 */
export function listSortKey(text: string): string {
  const lowered = PLAIN_ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').toLowerCase();
  return lowered.replace(SORT_SPECIAL, sortKeyPart);
}

/** True when every row matching the tokens `next` also matched `previous`: each old token lies inside a new one. */
export function refines(next: readonly string[], previous: readonly string[]): boolean {
  return previous.every((old) => next.some((token) => token.includes(old)));
}

// ── Sort columns ─────────────────────────────────────────────────────────────────────────────

/**
 * Every column stores one key id per position, `0` meaning "no value". Its ascending table maps a
 * key id to its bucket: the rank of its value, and for id 0 the rank count (nulls after every value).
 * Buckets run from 0 to that count; the descending table reads them the other way, nulls included.
 */
export const NO_VALUE = 0;

/** Typed array growth: at least double, so appending page after page stays linear. */
export function grown<T extends Uint8Array | Uint32Array>(array: T, needed: number, make: (length: number) => T): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2, 64));
  next.set(array);
  return next;
}

/**
 * A column whose values are open-ended (names, dates, numbers): each row's value (`read`, `null`
 * for none) gets a sort key (`keyOf`: a collation key, a number…, compared with `<`); distinct
 * keys get ids in order of appearance; ranks come from sorting the distinct keys, again only when
 * a new one appeared. Filled lazily, on the first sort that needs it.
 */
export class ListColumn<Row, V extends string | number = string> {
  keyIds: Uint32Array = new Uint32Array(0);
  /** Positions below this have their key id. */
  filled = 0;
  /** Sort key of each key id (index 0: no value). */
  private readonly keys: (string | number)[] = [''];
  private readonly idOfKey = new Map<string | number, number>();
  /** Key id of each raw value seen, so a repeated value costs one map lookup. */
  private readonly idOfRaw = new Map<V, number>();
  private ascending: Uint32Array | undefined;

  constructor(
    private readonly read: (row: Row) => V | null,
    private readonly keyOf: (value: V) => string | number,
  ) {}

  /** Key ids for every position below `length` (rows absent from `rows` get "no value"); `length` may stop short of the rows, to fill them a slice at a time. */
  ensure(rows: readonly (Row | undefined)[], length: number): Uint32Array {
    this.keyIds = grown(this.keyIds, length, (n) => new Uint32Array(n));
    for (let p = this.filled; p < length; p++) this.keyIds[p] = this.idOf(rows[p]);
    this.filled = Math.max(this.filled, length);
    return this.keyIds;
  }

  /** Records a changed row at an already filled position; true when its key changed. */
  write(position: number, row: Row | undefined): boolean {
    if (position >= this.filled) return false;
    const id = this.idOf(row);
    if (this.keyIds[position] === id) return false;
    this.keyIds[position] = id;
    return true;
  }

  /** Bucket of each key id, ascending: the rank of its key among the distinct keys; no value last. */
  ascendingTable(): Uint32Array {
    if (this.ascending) return this.ascending;
    const keys = this.keys;
    const ids = Array.from({ length: keys.length - 1 }, (_, i) => i + 1);
    ids.sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
    const table = new Uint32Array(keys.length);
    table[NO_VALUE] = ids.length;
    for (let rank = 0; rank < ids.length; rank++) table[ids[rank]!] = rank;
    this.ascending = table;
    return table;
  }

  private idOf(row: Row | undefined): number {
    const raw = row ? this.read(row) : null;
    if (raw === null) return NO_VALUE;
    let id = this.idOfRaw.get(raw);
    if (id !== undefined) return id;
    const key = this.keyOf(raw);
    id = this.idOfKey.get(key);
    if (id === undefined) {
      id = this.keys.push(key) - 1;
      this.idOfKey.set(key, id);
      this.ascending = undefined;
    }
    this.idOfRaw.set(raw, id);
    return id;
  }
}

/**
 * The last tie-break, the id: ids are unique and never shown, so they order by code unit (`<`),
 * which needs no collation key. Rows usually arrive in id order already: one pass checks it, and
 * only rows that do not are sorted. Key id = rank + 1, so the table is the identity shifted by one.
 */
export class IdColumn {
  private sorted: { readonly keyIds: Uint32Array; readonly table: Uint32Array } | undefined;

  /** New rows arrived: ranks are computed again at the next sort. */
  invalidate(): void {
    this.sorted = undefined;
  }

  ensure(rows: readonly ({ readonly id: string } | undefined)[]): { readonly keyIds: Uint32Array; readonly table: Uint32Array } {
    if (this.sorted) return this.sorted;
    const positions: number[] = [];
    let inOrder = true;
    let previous: string | undefined;
    rows.forEach((row, position) => {
      if (!row) return;
      if (previous !== undefined && !(previous < row.id)) inOrder = false;
      previous = row.id;
      positions.push(position);
    });
    if (!inOrder) positions.sort((a, b) => (rows[a]!.id < rows[b]!.id ? -1 : rows[a]!.id > rows[b]!.id ? 1 : a - b));
    const keyIds = new Uint32Array(rows.length);
    const table = new Uint32Array(positions.length + 1);
    table[NO_VALUE] = positions.length;
    positions.forEach((position, rank) => {
      keyIds[position] = rank + 1;
      table[rank + 1] = rank;
    });
    this.sorted = { keyIds, table };
    return this.sorted;
  }
}

/** Ascending table of a column with a fixed list of values, from their displayed labels. */
export function labelTable(labels: readonly string[]): Uint32Array {
  const keys = labels.map(listSortKey);
  const distinct = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const table = new Uint32Array(labels.length + 1);
  table[NO_VALUE] = distinct.length;
  keys.forEach((key, i) => (table[i + 1] = distinct.indexOf(key)));
  return table;
}

/**
 * The same buckets read the other way, « no value » included (first, then): descending is the exact
 * reverse of ascending for different values, and the stable sort keeps ties in tie order.
 */
export function descendingTable(ascending: Uint32Array): Uint32Array {
  const last = ascending[NO_VALUE]!;
  return ascending.map((bucket) => last - bucket);
}

/**
 * Stable counting sort of `positions` by `table[keyIds[position]]`, buckets 0…`last` (for an
 * ascending table, `table[0]`; a descending one has the same last bucket): two passes over the
 * positions, one over the buckets.
 */
export function sortByBuckets(positions: Uint32Array, keyIds: Uint32Array, table: Uint32Array, last = table[NO_VALUE]!): Uint32Array {
  const starts = new Uint32Array(last + 2);
  for (let i = 0; i < positions.length; i++) starts[table[keyIds[positions[i]!]!]! + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const out = new Uint32Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    out[starts[table[keyIds[position]!]!]!++] = position;
  }
  return out;
}
