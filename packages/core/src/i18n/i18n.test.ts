/** X-I18N — catalogs (fr reference, en complete) and French formatting. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../shared/calendar.js';
import {
  DEFAULT_LOCALE,
  LOCALES,
  formatAmount,
  formatDate,
  isLocale,
  toLocale,
  loadLocale,
  translate,
  isWellFormed,
  placeholderNames,
  type MessageKey,
} from './index.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { registerMessages } from './index.js';
import { safetyRegisterMessages } from '../safety-register/messages.js';
import { vaultMessages } from '../vault/messages.js';

registerMessages(safetyRegisterMessages, vaultMessages);

const catalogs = { fr, en };
await loadLocale('en');

const placeholders = placeholderNames;
const spaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const keys = Object.keys(fr) as MessageKey[];

describe('X-I18N catalogs', () => {
  test('X-I18N en has exactly the keys of fr', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
  });

  test('X-I18N no message is empty (fr and en)', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(catalogs[locale])) {
        assert.equal(typeof message, 'string', `${locale} ${key}`);
        assert.ok(message.trim().length > 0, `${locale} ${key} is empty`);
      }
    }
  });

  test('X-I18N the placeholders of en match those of fr, key by key', () => {
    for (const key of keys) assert.deepEqual(placeholders(en[key]), placeholders(fr[key]), key);
  });

  test('X-I18N no placeholder is left unbalanced ({ without })', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(catalogs[locale])) {
        assert.ok(isWellFormed(message), `${locale} ${key}`);
      }
    }
  });

  test('X-I18N en is a real translation (no French message copied as is, beyond a few words)', () => {
    // Proper names keep their official French form in English (regions: « Île-de-France »).
    const properNames = /^passport\.region\./;
    const same = keys.filter((k) => en[k] === fr[k] && fr[k].length > 12 && !properNames.test(k));
    assert.deepEqual(same, []);
  });

  test('X-I18N the French typography uses the typographic apostrophe in the seed texts', () => {
    for (const key of ['invoice.banner.warning', 'invoice.banner.overdue', 'invoice.banner.suspended'] as const) {
      assert.doesNotMatch(fr[key], /'/, key);
    }
  });
});

describe('X-I18N translate', () => {
  test('X-I18N translate fills every placeholder', () => {
    assert.equal(translate('fr', 'invoice.list.daysLate', { days: 3 }), 'En retard de 3\u00a0j');
    assert.equal(translate('en', 'invoice.list.daysLate', { days: 3 }), '3\u00a0d late');
    assert.equal(translate('fr', 'invoice.list.count', { count: 2, total: '10,00 €' }), '2 factures · 10,00 €');
    assert.equal(translate('fr', 'invoice.list.count', { count: 1, total: '10,00 €' }), '1 facture · 10,00 €');
    assert.equal(translate('en', 'invoice.list.count', { count: 1, total: '€10.00' }), '1 invoice · €10.00');
  });

  test('X-I18N translate leaves an unknown placeholder visible and ignores extra params', () => {
    assert.equal(translate('fr', 'invoice.list.daysLate'), 'En retard de {days}\u00a0j');
    assert.equal(translate('fr', 'invoice.list.daysLate', {}), 'En retard de {days}\u00a0j');
    assert.equal(translate('fr', 'common.close', { extra: 'x' }), 'Fermer');
  });

  test('X-I18N translate inserts text, never re-interprets it ($& and {other} in a value stay as typed)', () => {
    assert.equal(translate('fr', 'invoice.list.download', { number: '$&-{number}' }), 'Télécharger la facture $&-{number} (PDF)');
  });

  test('X-I18N every key translates in both locales with every placeholder filled', () => {
    for (const locale of LOCALES) {
      for (const key of keys) {
        // A count (read by a `{count, plural, …}` block) is a number; every other value a word.
        const params = Object.fromEntries(
          placeholders(fr[key]).map((p) => [p, new RegExp(`\\{${p},\\s*plural,`).test(fr[key] + en[key]) ? 2 : 'X']),
        );
        const text = translate(locale, key, params);
        assert.doesNotMatch(text, /[{}]/, `${locale} ${key}`);
      }
    }
  });
});

describe('X-I18N locales', () => {
  test("X-I18N toLocale('en-GB') → 'en'", () => {
    assert.equal(toLocale('en-GB'), 'en');
    assert.equal(toLocale('en'), 'en');
    assert.equal(toLocale('EN-us'), 'en');
  });

  test("X-I18N toLocale('fr-FR') → 'fr'", () => {
    assert.equal(toLocale('fr-FR'), 'fr');
    assert.equal(toLocale('fr'), 'fr');
  });

  test("X-I18N toLocale of an unknown, empty or missing locale → 'fr'", () => {
    for (const v of ['de-DE', 'es', 'zz', '', null, undefined]) assert.equal(toLocale(v), 'fr', String(v));
    assert.equal(DEFAULT_LOCALE, 'fr');
  });

  test('X-I18N isLocale', () => {
    assert.equal(isLocale('fr'), true);
    assert.equal(isLocale('en'), true);
    assert.equal(isLocale('en-GB'), false);
    assert.equal(isLocale(1), false);
    assert.equal(isLocale(undefined), false);
  });
});

describe('X-I18N formatting', () => {
  test('X-I18N formatDate fr gives JJ/MM/AAAA', () => {
    assert.equal(formatDate('fr', '2026-03-09'), '09/03/2026');
    assert.equal(formatDate('fr', '2026-12-31'), '31/12/2026');
    assert.equal(formatDate('fr', '2026-03-29'), '29/03/2026');
    assert.equal(formatDate('fr', '2026-10-25'), '25/10/2026');
  });

  test('X-I18N formatDate en gives DD/MM/YYYY', () => {
    assert.equal(formatDate('en', '2026-03-09'), '09/03/2026');
  });

  test('X-I18N formatDate fr property: always JJ/MM/AAAA, the same day, month and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 30_000 }), (n) => {
        const d = addDays('2000-01-01', n);
        const s = formatDate('fr', d);
        assert.match(s, /^\d{2}\/\d{2}\/\d{4}$/);
        const [jj, mm, aaaa] = s.split('/');
        assert.equal(`${aaaa}-${mm}-${jj}`, d);
      }),
    );
  });

  test("X-I18N formatAmount('fr', 123450) is 1 234,50 €", () => {
    assert.equal(spaces(formatAmount('fr', 123450)), '1 234,50 €');
  });

  test('X-I18N formatAmount fr: zero, cents, negative and large amounts', () => {
    assert.equal(spaces(formatAmount('fr', 0)), '0,00 €');
    assert.equal(spaces(formatAmount('fr', 5)), '0,05 €');
    assert.equal(spaces(formatAmount('fr', 1_234_567_89)), '1 234 567,89 €');
    assert.match(spaces(formatAmount('fr', -1050)), /^[-−]10,50 €$/);
  });

  test('X-I18N formatAmount en gives €1,234.50', () => {
    assert.equal(formatAmount('en', 123450), '€1,234.50');
  });
});
