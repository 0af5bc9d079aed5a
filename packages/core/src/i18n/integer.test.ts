/** X-I18N — `formatInteger` writes what `Intl.NumberFormat` writes, for every whole number. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatInteger } from './integer.js';

const INTL = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0, roundingMode: 'trunc' }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, roundingMode: 'trunc' }),
} as const;

describe('X-I18N formatInteger', () => {
  test('X-I18N « 100 000 » in French (U+202F from 1 000 on), « 100,000 » in English', () => {
    assert.equal(formatInteger('fr', 0), '0');
    assert.equal(formatInteger('fr', 999), '999');
    assert.equal(formatInteger('fr', 1000), '1\u202f000');
    assert.equal(formatInteger('fr', 100_000), '100\u202f000');
    assert.equal(formatInteger('en', 1_234_567), '1,234,567');
  });

  test('X-I18N property: the same text as Intl.NumberFormat fr-FR / en-GB, negative and fractional numbers included', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ min: -1e12, max: 1e12, noNaN: true })),
        fc.constantFrom('fr', 'en' as const),
        (n, locale) => {
          const expected = INTL[locale].format(n).replace(/^-0$/, '0');
          assert.equal(formatInteger(locale, n), expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
