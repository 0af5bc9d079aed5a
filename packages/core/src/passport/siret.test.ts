/** PP-REGISTER — SIREN and SIRET: normalisation, length, Luhn, and La Poste's exception. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  LA_POSTE_HEAD_OFFICE_SIRET,
  LA_POSTE_SIREN,
  SIREN_DIGITS,
  SIRET_DIGITS,
  checkSiren,
  checkSiret,
  formatSiret,
  isValidSiret,
  luhnValid,
  normalizeSiret,
  sirenOfSiret,
} from './siret.js';

/** The Luhn check digit that completes `prefix`. */
function luhnDigit(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${prefix}${d}`)) return String(d);
  throw new Error('unreachable');
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const digitSum = (s: string) => [...s].reduce((a, c) => a + Number(c), 0);

describe('PP-REGISTER SIRET', () => {
  test('PP-REGISTER constants: a SIREN has 9 digits, a SIRET 14', () => {
    assert.equal(SIREN_DIGITS, 9);
    assert.equal(SIRET_DIGITS, 14);
  });

  test('PP-REGISTER real SIRETs pass: 732 829 320 00074, 552 100 554 00013, 443 061 841 00047', () => {
    for (const s of ['73282932000074', '732 829 320 00074', '55210055400013', ' 443 061 841 00047 '])
      assert.equal(checkSiret(s), undefined, s);
  });

  test('PP-REGISTER empty or blank → required', () => {
    assert.equal(checkSiret(''), 'required');
    assert.equal(checkSiret('   '), 'required');
    assert.equal(checkSiren('\u00a0'), 'required');
  });

  test('PP-REGISTER 13 and 15 digits → format; 14 → checked (boundary)', () => {
    assert.equal(checkSiret('7328293200007'), 'format');
    assert.equal(checkSiret('732829320000740'), 'format');
    assert.equal(checkSiret('73282932000074'), undefined);
  });

  test('PP-REGISTER letters, dots or dashes are not digits → format (only spaces are ignored)', () => {
    for (const s of ['7328293200007A', '732.829.320.00074', '732-829-320-00074', '１２３４５６７８９０１２３４'])
      assert.equal(checkSiret(s), 'format', s);
  });

  test('PP-REGISTER one digit changed → checksum', () => {
    assert.equal(checkSiret('73282932000075'), 'checksum');
    assert.equal(checkSiret('73282932100074'), 'checksum');
  });

  test('PP-REGISTER the seed’s example « 14809248896 » (11 digits) is not a SIRET', () => {
    assert.equal(checkSiret('14809248896'), 'format');
  });

  test('PP-REGISTER SIREN: 9 digits and Luhn', () => {
    assert.equal(checkSiren('732829320'), undefined);
    assert.equal(checkSiren('732 829 320'), undefined);
    assert.equal(checkSiren('732829321'), 'checksum');
    assert.equal(checkSiren('73282932'), 'format');
    assert.equal(sirenOfSiret('732 829 320 00074'), '732829320');
  });

  test('PP-REGISTER formatSiret prints 3-3-3-5; anything else unchanged', () => {
    assert.equal(formatSiret('73282932000074'), '732 829 320 00074');
    assert.equal(formatSiret(' 732829320 00074'), '732 829 320 00074');
    assert.equal(formatSiret('abc'), 'abc');
    assert.equal(normalizeSiret('732\u202f829\u00a0320\t00074'), '73282932000074');
  });

  test('property: a 13-digit prefix + its Luhn digit is valid; any other last digit is not', () => {
    fc.assert(
      fc.property(
        digits(13).filter((p) => !p.startsWith(LA_POSTE_SIREN)),
        fc.integer({ min: 1, max: 9 }),
        (prefix, shift) => {
          const check = luhnDigit(prefix);
          assert.equal(checkSiret(prefix + check), undefined);
          assert.equal(checkSiret(prefix + String((Number(check) + shift) % 10)), 'checksum');
        },
      ),
    );
  });

  test('property: Luhn catches every single-digit error of a valid SIRET (outside La Poste)', () => {
    fc.assert(
      fc.property(
        digits(13).filter((p) => !p.startsWith(LA_POSTE_SIREN)),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 1, max: 9 }),
        (prefix, at, shift) => {
          const valid = prefix + luhnDigit(prefix);
          const wrong = valid.slice(0, at) + String((Number(valid[at]) + shift) % 10) + valid.slice(at + 1);
          fc.pre(!wrong.startsWith(LA_POSTE_SIREN));
          assert.equal(checkSiret(wrong), 'checksum');
        },
      ),
    );
  });

  test('property: spaces anywhere never change the answer; 14 digits never give `format`', () => {
    fc.assert(
      fc.property(digits(14), fc.array(fc.nat(14), { maxLength: 5 }), (siret, cuts) => {
        let spaced = siret;
        for (const at of [...cuts].sort((a, b) => b - a)) spaced = `${spaced.slice(0, at)} ${spaced.slice(at)}`;
        assert.equal(checkSiret(spaced), checkSiret(siret));
        assert.notEqual(checkSiret(siret), 'format');
      }),
    );
  });
});

describe('PP-REGISTER SIRET of La Poste (SIREN 356 000 000)', () => {
  test('PP-REGISTER La Poste: a digit sum multiple of 5 is valid even though Luhn fails (35600000049837, sum 45)', () => {
    assert.equal(luhnValid('35600000049837'), false);
    assert.equal(checkSiret('356 000 000 49837'), undefined);
  });

  test('PP-REGISTER La Poste: a digit sum not multiple of 5 → checksum, around the boundary (sums 44, 45, 46)', () => {
    assert.equal(digitSum('35600000049836'), 44);
    assert.equal(checkSiret('35600000049836'), 'checksum');
    assert.equal(checkSiret('35600000049837'), undefined);
    assert.equal(digitSum('35600000049838'), 46);
    assert.equal(checkSiret('35600000049838'), 'checksum');
  });

  test('PP-REGISTER La Poste: a Luhn-valid SIRET whose digits do not add up to a multiple of 5 is refused (ordinary Luhn does not apply)', () => {
    const prefix = '3560000001234';
    const luhnOnly = prefix + luhnDigit(prefix);
    assert.ok(luhnValid(luhnOnly));
    assert.notEqual(digitSum(luhnOnly) % 5, 0);
    assert.equal(checkSiret(luhnOnly), 'checksum');
  });

  test('PP-REGISTER La Poste’s head office 356 000 000 00048 is valid (Luhn; its digits add up to 26)', () => {
    assert.equal(LA_POSTE_HEAD_OFFICE_SIRET, '35600000000048');
    assert.equal(digitSum(LA_POSTE_HEAD_OFFICE_SIRET), 26);
    assert.equal(isValidSiret('356 000 000 00048'), true);
  });

  test('PP-REGISTER the SIREN of La Poste itself is an ordinary (Luhn-valid) SIREN', () => {
    assert.equal(checkSiren(LA_POSTE_SIREN), undefined);
  });

  test('property: every La Poste establishment is valid exactly when its 14 digits add up to a multiple of 5', () => {
    fc.assert(
      fc.property(digits(5), (nic) => {
        const siret = LA_POSTE_SIREN + nic;
        fc.pre(siret !== LA_POSTE_HEAD_OFFICE_SIRET);
        assert.equal(isValidSiret(siret), digitSum(siret) % 5 === 0);
      }),
    );
  });
});
