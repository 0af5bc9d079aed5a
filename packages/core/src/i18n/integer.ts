/**
 * X-I18N — whole numbers as each locale writes them: « 100 000 » in French (narrow no-break space,
 * U+202F, between groups of three digits, from 1 000 on), « 100,000 » in English. The same text as
 * `Intl.NumberFormat('fr-FR' | 'en-GB')` (the tests compare them), without its cost: the first
 * `Intl.NumberFormat` of a page loads the locale's number data, several milliseconds that a
 * widget's first paint need not wait for when it only counts.
 */
import type { Locale } from './index.js';

const GROUP_SEPARATOR: Readonly<Record<Locale, string>> = { fr: '\u202f', en: ',' };

/** A whole number (rounded towards zero) with the locale's group separator: `formatInteger('fr', 12345)` → « 12 345 ». */
export function formatInteger(locale: Locale, n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += GROUP_SEPARATOR[locale] + digits.slice(i, i + 3);
  return n <= -1 ? `-${out}` : out;
}
