/**
 * PP-ROSTER — the roster's search, a part of its index (`roster-index.ts`): « Rechercher un
 * salarié… » matches first name, last name, e-mail, profile and state, accents and case ignored.
 *
 * - Each row is folded once into one haystack string (first name, last name, the e-mail's local
 *   part), a slice at a time ({@link RosterHaystacks.fold}): when a search first needs it, or
 *   beforehand in idle time (`prepareRosterIndex`).
 * - The profile and state labels have only 8 + 4 values, so a token is tested once against each
 *   label ({@link prepareTokens}) and a row looks its label up in a bit mask ({@link filterRows}).
 * - The index keeps the last search ({@link LastSearch}) to refine it when the next query extends it.
 */
import { FOLDED_ASCII, NO_VALUE, foldListText } from '../shared/list-index.js';
import { PROFILE_IDS } from './profile.js';
import type { RosterRow } from './roster-types.js';

/** Rows handled between two calls of `prepareRosterIndex`'s `shouldStop` (a few milliseconds of work). */
export const PREPARE_SLICE = 2048;

/** One search token, with the label values it matches as bit masks over their key ids. */
export interface SearchToken {
  readonly text: string;
  readonly profiles: number;
  readonly states: number;
}

/** Every profile key id (1…8) set: such a token matches every row. */
const ALL_PROFILES = ((1 << PROFILE_IDS.length) - 1) << 1;

/** What a search found, and whether it looked at every candidate (or stopped at its limit). */
export interface SearchResult {
  readonly result: Uint32Array;
  readonly complete: boolean;
}

/** The last search, kept to refine it when the next query extends it. */
export interface LastSearch {
  readonly stamp: number;
  readonly sortKey: string;
  readonly tokens: readonly string[];
  readonly result: Uint32Array;
  /** The state filter it was made with (its key id), if any: a search with another one starts afresh. */
  readonly status?: number | undefined;
}

/** The part of an e-mail before its last @ (the whole text when there is none); '' for no e-mail. */
export const emailLocalPart = (email: string | null): string => {
  if (email === null) return '';
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at);
};

/** The rows' search texts, by position, for the positions below `searchable`. */
export class RosterHaystacks {
  /** Folded first name, last name and e-mail, one line each. */
  readonly texts: string[] = [];
  searchable = 0;
  private readonly foldedNames = new Map<string, string>();

  /**
   * The row's search text: folded first name, last name and e-mail (its part before the @: most
   * employees share the company's domain, so « dup » must find M. Dupont, not everyone at
   * granulats-dupont.fr), one per line (a token never spans two of them: tokens hold no white
   * space). Names repeat a lot, so their fold is kept per distinct value; an e-mail in lower-case
   * ASCII is already folded. `join` makes one flat string, which `includes` scans fastest (a
   * concatenation would be flattened by the first search).
   */
  haystackOf(row: RosterRow): string {
    const local = emailLocalPart(row.email);
    const email = FOLDED_ASCII.test(local) ? local : foldListText(local);
    return [this.foldName(row.firstName), this.foldName(row.lastName), email].join('\n');
  }

  private foldName(name: string): string {
    let folded = this.foldedNames.get(name);
    if (folded === undefined) {
      folded = foldListText(name);
      this.foldedNames.set(name, folded);
    }
    return folded;
  }

  /** A row was written at `position`: folded again when search already had it. */
  write(position: number, row: RosterRow): void {
    if (position < this.searchable) this.texts[position] = this.haystackOf(row);
  }

  /** The row at `position` was deleted. */
  clear(position: number): void {
    if (position < this.searchable) this.texts[position] = '';
  }

  /** Folds the rows search has not seen yet, up to the last one, or until `shouldStop` says so; true when complete. */
  fold(rows: readonly (RosterRow | undefined)[], shouldStop?: () => boolean): boolean {
    const { texts } = this;
    while (this.searchable < rows.length) {
      const end = Math.min(rows.length, this.searchable + PREPARE_SLICE);
      for (let p = this.searchable; p < end; p++) {
        const row = rows[p];
        texts[p] = row ? this.haystackOf(row) : '';
      }
      this.searchable = end;
      if (shouldStop?.()) break;
    }
    return this.searchable === rows.length;
  }
}

/** The tokens with the labels each matches (folded labels by key id, 0: no value); a token every profile matches is dropped. */
export function prepareTokens(tokens: readonly string[], profileTexts: readonly string[], stateTexts: readonly string[]): SearchToken[] {
  const maskOf = (texts: readonly string[], token: string) =>
    texts.reduce((mask, text, id) => (id !== NO_VALUE && text.includes(token) ? mask | (1 << id) : mask), 0);
  return tokens
    .map((text) => ({ text, profiles: maskOf(profileTexts, text), states: maskOf(stateTexts, text) }))
    .filter((token) => token.profiles !== ALL_PROFILES);
}

/** What {@link filterRows} reads of each position. */
export interface SearchColumns {
  readonly haystacks: readonly string[];
  readonly profileKeys: Uint32Array;
  readonly stateKeys: Uint32Array;
}

/**
 * The candidates (in their order) that match every token, the first `limit` of them at most, and
 * in state `status` when given; `marked`, if given, must hold them too. `complete`: every candidate
 * was looked at.
 */
export function filterRows(
  candidates: Uint32Array,
  tokens: readonly SearchToken[],
  columns: SearchColumns,
  marked: Uint8Array | undefined,
  limit: number,
  status?: number,
): SearchResult {
  const out = new Uint32Array(Math.min(candidates.length, limit));
  const { haystacks, profileKeys, stateKeys } = columns;
  let n = 0;
  let i = 0;
  next: for (; i < candidates.length && n < limit; i++) {
    const p = candidates[i]!;
    if (marked && marked[p] === 0) continue;
    if (status !== undefined && stateKeys[p] !== status) continue;
    for (const token of tokens) {
      if ((token.profiles >>> profileKeys[p]!) & 1 || (token.states >>> stateKeys[p]!) & 1) continue;
      if (!haystacks[p]!.includes(token.text)) continue next;
    }
    out[n++] = p;
  }
  return { result: out.subarray(0, n), complete: i === candidates.length };
}
