/** X-I18N — elision and plurals in the catalogs' texts (issue 8, point 19). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { beginsWithVowelSound, elide, formatMessage, isWellFormed, placeholderNames } from './message-format.js';

describe('X-I18N French elision: « de » / « d’ » by the first sound of the name', () => {
  test('X-I18N a vowel, accented or not, elides: « d’Alexandre », « d’Émilie », « d’Œdipe », « d’Ugo »', () => {
    assert.equal(elide('de', 'Alexandre'), 'd’Alexandre');
    assert.equal(elide('de', 'Émilie'), 'd’Émilie');
    assert.equal(elide('de', 'Œdipe'), 'd’Œdipe');
    assert.equal(elide('de', 'Ugo'), 'd’Ugo');
    assert.equal(elide('de', 'ANTOINE Zoé'), 'd’ANTOINE Zoé');
  });

  test('X-I18N a consonant keeps « de »: « de Baptiste », « de John WEST », « de Zoé »', () => {
    assert.equal(elide('de', 'Baptiste'), 'de Baptiste');
    assert.equal(elide('de', 'John WEST'), 'de John WEST');
    assert.equal(elide('de', 'Zoé'), 'de Zoé');
  });

  test('X-I18N a mute h elides (« d’Hélène », « d’Hugo »), an aspirated one does not (« de Hongrie », « de huit »)', () => {
    assert.equal(elide('de', 'Hélène'), 'd’Hélène');
    assert.equal(elide('de', 'Hugo'), 'd’Hugo');
    assert.equal(elide('de', 'HERVÉ'), 'd’HERVÉ');
    assert.equal(elide('de', 'Hongrie'), 'de Hongrie');
    assert.equal(elide('de', 'huit salariés'), 'de huit salariés');
    assert.equal(elide('de', 'Hr'), 'de Hr');
  });

  test('X-I18N a y before a consonant sounds as a vowel (« d’Yves », « d’Yvonne »), before a vowel it does not (« de Yann », « de Yasmine »)', () => {
    assert.equal(elide('de', 'Yves'), 'd’Yves');
    assert.equal(elide('de', 'Yvonne'), 'd’Yvonne');
    assert.equal(elide('de', 'Yann'), 'de Yann');
    assert.equal(elide('de', 'Yasmine'), 'de Yasmine');
    assert.equal(elide('de', 'Y'), 'de Y');
  });

  test('X-I18N digits, quotes, empty: no elision; que / le / la elide the same way', () => {
    assert.equal(elide('de', '8 salariés'), 'de 8 salariés');
    assert.equal(elide('de', '« Alpha »'), 'de « Alpha »');
    assert.equal(elide('de', ''), 'de ');
    assert.equal(elide('que', 'Inès'), 'qu’Inès');
    assert.equal(elide('le', 'espace'), 'l’espace');
    assert.equal(elide('la', 'entreprise'), 'l’entreprise');
    assert.equal(elide('la', 'société'), 'la société');
    assert.equal(beginsWithVowelSound('  Anne'), true);
  });

  test('X-I18N a template elides where it says {de name}, fills {name} as it is', () => {
    assert.equal(
      formatMessage('fr', 'Le compte {de name} est bloqué.', { name: 'Alexandre DUPUIS' }),
      'Le compte d’Alexandre DUPUIS est bloqué.',
    );
    assert.equal(
      formatMessage('fr', 'Le compte {de name} est bloqué.', { name: 'Baptiste MARTIN' }),
      'Le compte de Baptiste MARTIN est bloqué.',
    );
    assert.equal(formatMessage('fr', 'Bonjour {name}, {de other}', { name: 'Inès' }), 'Bonjour Inès, {de other}');
  });
});

describe('X-I18N plurals through Intl.PluralRules', () => {
  const count = '{count, plural, one {# caractère} other {# caractères}}, {min} au minimum';
  test('X-I18N French: 0 and 1 are singular, 2 plural (the boundary 1 → 2)', () => {
    assert.equal(formatMessage('fr', count, { count: 0, min: 11 }), '0 caractère, 11 au minimum');
    assert.equal(formatMessage('fr', count, { count: 1, min: 11 }), '1 caractère, 11 au minimum');
    assert.equal(formatMessage('fr', count, { count: 2, min: 11 }), '2 caractères, 11 au minimum');
  });

  test('X-I18N English: only 1 is singular (0 → plural, 1 → singular, 2 → plural)', () => {
    const en = '{count, plural, one {# character} other {# characters}}, {min} minimum';
    assert.equal(formatMessage('en', en, { count: 0, min: 11 }), '0 characters, 11 minimum');
    assert.equal(formatMessage('en', en, { count: 1, min: 11 }), '1 character, 11 minimum');
    assert.equal(formatMessage('en', en, { count: 2, min: 11 }), '2 characters, 11 minimum');
  });

  test('X-I18N an exact branch (=0) wins over the category; placeholders inside a branch are filled; thousands are grouped', () => {
    const t = '{count, plural, =0 {Aucun document} one {# document {de folder}} other {# documents {de folder}}}';
    assert.equal(formatMessage('fr', t, { count: 0, folder: 'Archives' }), 'Aucun document');
    assert.equal(formatMessage('fr', t, { count: 1, folder: 'Archives' }), '1 document d’Archives');
    assert.equal(formatMessage('fr', t, { count: 1200, folder: 'Paie' }), '1\u202f200 documents de Paie');
  });

  test('X-I18N the names a template reads, and its well-formedness', () => {
    assert.deepEqual(placeholderNames(count), ['count', 'min']);
    assert.deepEqual(placeholderNames('{de name} {count, plural, one {# {x}} other {# {y}}}'), ['count', 'name', 'x', 'y']);
    assert.equal(isWellFormed(count), true);
    assert.equal(isWellFormed('{count, plural, one {#}}'), false, 'no other branch');
    assert.equal(isWellFormed('{count'), false);
    assert.equal(isWellFormed('{de name} et {name}'), true);
  });

  test('X-I18N property: whatever the count, the text has no « (s) » and no brace left, in both languages', () => {
    const fr = '{count, plural, one {# facture} other {# factures}} · {total}';
    const en = '{count, plural, one {# invoice} other {# invoices}} · {total}';
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        for (const [lang, t] of [
          ['fr', fr],
          ['en', en],
        ] as const) {
          const out = formatMessage(lang, t, { count: n, total: '1 €' });
          if (/[{}()]/.test(out)) return false;
          if (
            !out.includes(
              n === 1 || (lang === 'fr' && n === 0) ? (lang === 'fr' ? 'facture ' : 'invoice ') : lang === 'fr' ? 'factures' : 'invoices',
            )
          )
            return false;
        }
        return true;
      }),
    );
  });
});
