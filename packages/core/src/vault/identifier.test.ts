/** VA-LOGIN — the identifier: 12 digits (spaces as on the letter) or the personal e-mail; a hint, never a block. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { IDENTIFIER_DIGITS, formatIdentifierNumber, identifierKind, isIdentifierNumber, normalizeIdentifier } from './identifier.js';
import { isEmail } from '../shared/text.js';

describe('VA-LOGIN identifier', () => {
  test('VA-LOGIN the identifier of the enrolment letter has 12 digits', () => {
    assert.equal(IDENTIFIER_DIGITS, 12);
    assert.equal(identifierKind('123456789012'), 'number');
  });

  test('VA-LOGIN 11 and 13 digits are not an identifier number (boundaries)', () => {
    assert.equal(identifierKind('12345678901'), 'unknown');
    assert.equal(identifierKind('1234567890123'), 'unknown');
    assert.equal(isIdentifierNumber('12345678901'), false);
    assert.equal(isIdentifierNumber('1234567890123'), false);
  });

  test('VA-LOGIN spaces typed from the letter are allowed: "1234 5678 9012" → number, normalised to 123456789012', () => {
    for (const typed of ['1234 5678 9012', ' 1234 5678 9012 ', '123 456 789 012', '1234\u00a05678\u00a09012', '1 2 3 4 5 6 7 8 9 0 1 2']) {
      assert.equal(identifierKind(typed), 'number', JSON.stringify(typed));
      assert.equal(normalizeIdentifier(typed), '123456789012', JSON.stringify(typed));
    }
  });

  test('VA-LOGIN other separators make it a mere "unknown" hint, left as typed (the server decides)', () => {
    assert.equal(identifierKind('1234-5678-9012'), 'unknown');
    assert.equal(normalizeIdentifier(' 1234-5678-9012 '), '1234-5678-9012');
    assert.equal(identifierKind('dupont'), 'unknown');
    assert.equal(identifierKind(''), 'unknown');
  });

  test('VA-LOGIN the personal e-mail is an identifier too, normalised to lower case and trimmed', () => {
    assert.equal(identifierKind('Paul.Dupont@Example.fr'), 'email');
    assert.equal(normalizeIdentifier('  Paul.Dupont@Example.FR '), 'paul.dupont@example.fr');
    assert.equal(identifierKind('Dupontpaul@gmail.com'), 'email');
    for (const bad of ['paul@', '@example.fr', 'paul@example', 'paul dupont@example.fr', 'paul@@example.fr', 'paul@example.']) {
      assert.equal(isEmail(bad), false, bad);
      assert.equal(identifierKind(bad), 'unknown', bad);
    }
  });

  test('VA-LOGIN NFC: the same accented text typed two ways is one identifier', () => {
    assert.equal(normalizeIdentifier('Ame\u0301lie'), normalizeIdentifier('Amélie'));
  });

  test('VA-LOGIN formatIdentifierNumber prints 1234 5678 9012', () => {
    assert.equal(formatIdentifierNumber('123456789012'), '1234 5678 9012');
    assert.equal(formatIdentifierNumber('1234 5678 9012'), '1234 5678 9012');
    assert.equal(formatIdentifierNumber('paul@example.fr'), 'paul@example.fr');
  });

  test('VA-LOGIN property: normalisation is idempotent and never changes the kind', () => {
    const anyIdentifier = fc.oneof(
      fc.string(),
      fc.stringMatching(/^ ?\d{4} ?\d{4} ?\d{4} ?$/),
      fc.emailAddress(),
      fc.emailAddress().map((e) => ` ${e.toUpperCase()} `),
    );
    fc.assert(
      fc.property(anyIdentifier, (v) => {
        const n = normalizeIdentifier(v);
        assert.equal(normalizeIdentifier(n), n);
        assert.equal(identifierKind(n), identifierKind(v));
      }),
    );
  });

  test('VA-LOGIN property: every 12-digit string, however spaced, is a number and normalises to its digits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.constantFrom('', ' ', '  '), { minLength: 12, maxLength: 12 }),
        (digits, gaps) => {
          const typed = digits.map((d, i) => `${d}${i < 11 ? gaps[i] : ''}`).join('');
          assert.equal(identifierKind(typed), 'number');
          assert.equal(normalizeIdentifier(typed), digits.join(''));
        },
      ),
    );
  });
});
