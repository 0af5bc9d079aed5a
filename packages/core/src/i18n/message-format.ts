/**
 * X-I18N — how a catalog text becomes the sentence a person reads. Three forms of placeholder,
 * text only (never markup):
 * - `{name}`: the value as it is;
 * - `{de name}` (also `{que name}`, `{le name}`, `{la name}`): French elision before a value the
 *   catalog cannot know in advance, « de Baptiste » but « d’Alexandre », « d’Hélène », « d’Yves »
 *   (see {@link elide});
 * - `{count, plural, one {# caractère} other {# caractères}}`: the branch that
 *   `Intl.PluralRules` picks for the locale (`=0`, `=1`… exact values first), `#` being the number
 *   written for the locale. French puts 0 and 1 in `one`, English only 1: so a catalog never
 *   needs « caractère(s) ».
 */

const BCP47 = { fr: 'fr-FR', en: 'en-GB' } as const;
type Lang = keyof typeof BCP47;

/** The words that lose their vowel before a vowel sound, and what they become. */
const ELIDED = { de: 'd’', que: 'qu’', le: 'l’', la: 'l’' } as const;
export type ElidingWord = keyof typeof ELIDED;
export const ELIDING_WORDS = Object.keys(ELIDED) as readonly ElidingWord[];

const VOWELS = 'aeiouàâäéèêëîïôöùûüœæ';
/**
 * Words and names whose h is aspirated (« le héros », « de Hugues » is also heard; we keep the
 * elision there, as most writers do for first names). Lower case, without accents.
 */
const ASPIRATED_H = [
  'haut',
  'hach',
  'hall',
  'hameau',
  'hamac',
  'hangar',
  'hanche',
  'harc',
  'haricot',
  'hasard',
  'hausse',
  'havre',
  'heros',
  'herisson',
  'hibou',
  'hierarch',
  'hollande',
  'hongr',
  'honte',
  'hors',
  'houill',
  'huit',
  'hurl',
  'hutte',
];

const strip = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * Whether `word` starts with a vowel sound in French: a vowel; a mute h (« Hélène », « Hugo »,
 * « hôpital », but not « héros », « huit », « Hongrie »); a y before a consonant (« Yves »,
 * « Yvonne », but not « Yann », « yaourt »). Digits, quotes and other signs: no.
 */
export function beginsWithVowelSound(word: string): boolean {
  const w = word.trimStart().toLowerCase();
  const first = w.charAt(0);
  if (first === '') return false;
  if (VOWELS.includes(first)) return true;
  const second = w.charAt(1);
  if (first === 'y') return second !== '' && !VOWELS.includes(second) && /\p{L}/u.test(second);
  if (first === 'h') {
    if (!VOWELS.includes(second)) return false;
    const bare = strip(w);
    return !ASPIRATED_H.some((h) => bare.startsWith(h));
  }
  return false;
}

/** « de » + `word` as French writes it: « de Baptiste », « d’Alexandre » (same for que, le, la). */
export function elide(before: ElidingWord, word: string): string {
  return beginsWithVowelSound(word) ? `${ELIDED[before]}${word}` : `${before} ${word}`;
}

export type MessageParams = Readonly<Record<string, string | number>>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const pluralRules = (lang: Lang) => {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(BCP47[lang])));
  return r;
};
const numberFormat = (lang: Lang) => {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(BCP47[lang], { maximumFractionDigits: 0 })));
  return f;
};

/** The plural category of `n` for the locale (`one`, `other`…), from `Intl.PluralRules`. */
export const pluralCategory = (lang: Lang, n: number): Intl.LDMLPluralRule => pluralRules(lang).select(n);

/** Index of the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

interface PluralBlock {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly branches: ReadonlyMap<string, string>;
}

const PLURAL_HEAD = /\{(\w+),\s*plural,/g;

/** The `{x, plural, …}` blocks of a template, outermost first. */
function pluralBlocks(template: string): PluralBlock[] {
  const found: PluralBlock[] = [];
  PLURAL_HEAD.lastIndex = 0;
  for (let m = PLURAL_HEAD.exec(template); m; m = PLURAL_HEAD.exec(template)) {
    const end = closing(template, m.index);
    if (end < 0) break;
    const branches = new Map<string, string>();
    let i = m.index + m[0].length;
    while (i < end) {
      const head = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(i, end));
      if (!head) break;
      const open = i + head[0].length - 1;
      const close = closing(template, open);
      branches.set(head[1]!, template.slice(open + 1, close));
      i = close + 1;
    }
    found.push({ start: m.index, end, name: m[1]!, branches });
    PLURAL_HEAD.lastIndex = end + 1;
  }
  return found;
}

/** Every parameter name a template reads (`{name}`, `{de name}`, `{count, plural, …}` and inside its branches). */
export function placeholderNames(template: string): string[] {
  const names: string[] = [];
  let rest = template;
  for (const block of pluralBlocks(template)) {
    names.push(block.name);
    for (const branch of block.branches.values()) names.push(...placeholderNames(branch));
  }
  for (const block of pluralBlocks(template).reverse()) rest = rest.slice(0, block.start) + rest.slice(block.end + 1);
  for (const m of rest.matchAll(/\{(?:(?:de|que|le|la) )?(\w+)\}/g)) names.push(m[1]!);
  return [...new Set(names)].sort();
}

/** Whether every `{` of the template opens one of the three placeholder forms (a catalog check). */
export function isWellFormed(template: string): boolean {
  let rest = template;
  for (const block of pluralBlocks(template).reverse()) {
    if (!block.branches.has('other')) return false;
    for (const branch of block.branches.values()) if (!isWellFormed(branch)) return false;
    rest = rest.slice(0, block.start) + rest.slice(block.end + 1);
  }
  return !/[{}]/.test(rest.replace(/\{(?:(?:de|que|le|la) )?\w+\}/g, ''));
}

/** Fills a template: plural branches first, then elisions and plain values. Unknown names stay as written. */
export function formatMessage(lang: Lang, template: string, params?: MessageParams): string {
  if (!params) return template;
  let text = template;
  for (const block of pluralBlocks(template).reverse()) {
    const value = params[block.name];
    if (typeof value !== 'number') continue;
    const branch = block.branches.get(`=${value}`) ?? block.branches.get(pluralCategory(lang, value)) ?? block.branches.get('other') ?? '';
    const filled = branch.replace(/#/g, numberFormat(lang).format(value));
    text = text.slice(0, block.start) + filled + text.slice(block.end + 1);
  }
  return text.replace(/\{(?:(de|que|le|la) )?(\w+)\}/g, (m, before: ElidingWord | undefined, name: string) => {
    if (!(name in params)) return m;
    const value = String(params[name]);
    return before ? elide(before, value) : value;
  });
}
