/** VA-ACTIVATE / VA-RESET / VA-PROFILE — the new password: ≥ 11 code points, no composition rule, up to 128. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkNewPassword, isAcceptablePassword, passwordLength } from './password-policy.js';

const repeat = (s: string, n: number) => Array.from({ length: n }, () => s).join('');

describe('VA-ACTIVATE password policy', () => {
  test('VA-ACTIVATE constants: at least 11, at most 128 (≥ 64 as asked)', () => {
    assert.equal(PASSWORD_MIN_LENGTH, 11);
    assert.equal(PASSWORD_MAX_LENGTH, 128);
    assert.ok(PASSWORD_MAX_LENGTH >= 64);
  });

  test('VA-ACTIVATE 10 characters → too-short; 11 → fine; 12 → fine (boundary)', () => {
    assert.deepEqual(checkNewPassword('a'.repeat(10)), ['too-short']);
    assert.deepEqual(checkNewPassword('a'.repeat(11)), []);
    assert.deepEqual(checkNewPassword('a'.repeat(12)), []);
  });

  test('VA-ACTIVATE 64 characters accepted; 128 accepted; 129 → too-long (boundary)', () => {
    assert.deepEqual(checkNewPassword('b'.repeat(64)), []);
    assert.deepEqual(checkNewPassword('b'.repeat(127)), []);
    assert.deepEqual(checkNewPassword('b'.repeat(128)), []);
    assert.deepEqual(checkNewPassword('b'.repeat(129)), ['too-long']);
  });

  test('VA-ACTIVATE no composition rule: only lower-case letters, only digits, a sentence with spaces are fine', () => {
    for (const p of ['aaaaaaaaaaa', '12345678901', 'le chat dort au soleil', 'ÉTÉÉTÉÉTÉÉT']) assert.equal(isAcceptablePassword(p), true, p);
  });

  test('VA-ACTIVATE lengths are counted in code points: 10 emoji → too-short, 11 emoji → fine (22 UTF-16 units)', () => {
    assert.equal('😀'.length, 2);
    assert.equal(passwordLength('😀'), 1);
    assert.deepEqual(checkNewPassword(repeat('😀', 10)), ['too-short']);
    assert.equal(repeat('😀', 11).length, 22);
    assert.deepEqual(checkNewPassword(repeat('😀', 11)), []);
    assert.deepEqual(checkNewPassword(repeat('😀', 128)), [], '128 emoji = 256 UTF-16 units, still 128 characters');
    assert.deepEqual(checkNewPassword(repeat('😀', 129)), ['too-long']);
  });

  test('VA-ACTIVATE the password is not trimmed: spaces count', () => {
    assert.deepEqual(checkNewPassword('   abcdefgh'), []);
    assert.deepEqual(checkNewPassword(' abcdefgh '), ['too-short']);
  });

  test('VA-RESET the confirmation must be exactly the same: mismatch (with or without a length issue)', () => {
    assert.deepEqual(checkNewPassword('Bulletin-2026!', 'Bulletin-2026!'), []);
    assert.deepEqual(checkNewPassword('Bulletin-2026!', 'bulletin-2026!'), ['mismatch']);
    assert.deepEqual(checkNewPassword('Bulletin-2026!', 'Bulletin-2026! '), ['mismatch']);
    assert.deepEqual(checkNewPassword('court', 'autre'), ['too-short', 'mismatch']);
    assert.deepEqual(checkNewPassword('Bulletin-2026!', ''), ['mismatch']);
  });

  test('VA-ACTIVATE property: acceptable exactly when 11 ≤ code points ≤ 128', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 140 }), (p) => {
        const n = [...p].length;
        assert.equal(isAcceptablePassword(p), n >= 11 && n <= 128);
        assert.equal(checkNewPassword(p, p).includes('mismatch'), false);
      }),
    );
  });
});
