/**
 * RS-IDPIN — a site's nickname, the user's own name for it (seed 000 « donner un surnom à un site »;
 * the rules are decided here):
 *
 * - trimmed, inner runs of white space made one space;
 * - at most {@link NICKNAME_MAX_LENGTH} characters (code points);
 * - no control character (a line break, a tab, a NUL…: a nickname is one line);
 * - unique among the user's sites, case and accents ignored (« Dépôt Nord » and « depot nord » would
 *   be the same name in a list), the site's own current nickname aside;
 * - empty clears it (the site is then shown by its name).
 */
import { foldText } from './fold.js';

/** RS-IDPIN: the longest nickname, in characters. */
export const NICKNAME_MAX_LENGTH = 60;

/** Trimmed, runs of spaces made one. */
export const normalizeNickname = (raw: string): string => raw.trim().replace(/\s+/gu, ' ');

// Control characters (C0, DEL, C1) and the line/paragraph separators.
// eslint-disable-next-line no-control-regex -- a nickname must not carry control characters: matching them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

export type NicknameIssue = 'nickname-too-long' | 'nickname-control' | 'nickname-taken';

export interface NicknameCheck {
  /** The nickname to save: null clears it. */
  readonly nickname: string | null;
  readonly issue?: NicknameIssue;
}

/**
 * RS-IDPIN: the nickname a person typed for a site, checked against the nicknames of the user's other
 * sites (`others`: every site but this one).
 */
export function checkNickname(raw: string, others: readonly (string | null)[]): NicknameCheck {
  // Control characters are refused before spaces are folded (a tab or a line break must not pass as a space).
  if (CONTROL.test(raw.trim())) return { nickname: null, issue: 'nickname-control' };
  const nickname = normalizeNickname(raw);
  if (nickname === '') return { nickname: null };
  if ([...nickname].length > NICKNAME_MAX_LENGTH) return { nickname, issue: 'nickname-too-long' };
  const key = foldText(nickname);
  if (others.some((o) => o !== null && foldText(o) === key)) return { nickname, issue: 'nickname-taken' };
  return { nickname };
}
