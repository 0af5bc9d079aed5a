/** PP-REGISTER — the VAT number asked through « Vous n'avez pas de numéro SIRET ? ». */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { luhnValid } from './siret.js';
import { VAT_COUNTRY_CODES, VAT_FORMATS, checkVat, frenchVatKey, frenchVatOf, isValidVat, normalizeVat, parseVat } from './vat.js';

/** A valid SIREN: 8 digits + the Luhn digit. */
const siren = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((a) => a.join(''))
  .map((p) => {
    for (let d = 0; d <= 9; d++) if (luhnValid(`${p}${d}`)) return `${p}${d}`;
    throw new Error('unreachable');
  });

/** One valid example per country (the VIES structures; FR computed). */
const EXAMPLES: Readonly<Record<string, string>> = {
  AT: 'ATU12345678',
  BE: 'BE0123456789',
  BG: 'BG1234567890',
  CY: 'CY12345678L',
  CZ: 'CZ12345678',
  DE: 'DE123456789',
  DK: 'DK12 34 56 78',
  EE: 'EE123456789',
  EL: 'EL123456789',
  ES: 'ESX1234567R',
  FI: 'FI12345678',
  FR: 'FR 40 303 265 045',
  HR: 'HR12345678901',
  HU: 'HU12345678',
  IE: 'IE1234567WA',
  IT: 'IT12345678901',
  LT: 'LT123456789012',
  LU: 'LU12345678',
  LV: 'LV12345678901',
  MT: 'MT12345678',
  NL: 'NL123456789B01',
  PL: 'PL1234567890',
  PT: 'PT123456789',
  RO: 'RO1234567',
  SE: 'SE123456789001',
  SI: 'SI12345678',
  SK: 'SK1234567890',
  XI: 'XI123 4567 89',
};

describe('PP-REGISTER VAT number', () => {
  test('PP-REGISTER the table covers the 27 member states (EL for Greece) and XI (Northern Ireland), not GR nor GB', () => {
    assert.equal(VAT_COUNTRY_CODES.length, 28);
    assert.ok(VAT_COUNTRY_CODES.includes('EL') && VAT_COUNTRY_CODES.includes('XI'));
    assert.deepEqual(Object.keys(EXAMPLES).sort(), [...VAT_COUNTRY_CODES].sort());
    for (const code of ['GR', 'GB', 'CH', 'US']) assert.equal(checkVat(`${code}123456789`), 'country', code);
  });

  test('PP-REGISTER one well-formed number per country is valid', () => {
    for (const [country, vat] of Object.entries(EXAMPLES)) assert.equal(checkVat(vat), undefined, `${country} ${vat}`);
  });

  test('PP-REGISTER normalisation: upper case; spaces, dots and dashes removed', () => {
    assert.equal(normalizeVat(' fr 40-303.265.045 '), 'FR40303265045');
    assert.equal(checkVat('fr40-303.265.045'), undefined);
    assert.deepEqual(parseVat('nl 123456789 b01'), { country: 'NL', number: '123456789B01' });
    assert.equal(parseVat('FR00303265045'), undefined);
  });

  test('PP-REGISTER empty → required; no country code → country; wrong length → format', () => {
    assert.equal(checkVat(' '), 'required');
    assert.equal(checkVat('123456789'), 'country');
    assert.equal(checkVat('DE12345678'), 'format');
    assert.equal(checkVat('DE1234567890'), 'format');
    assert.equal(checkVat('ATU1234567'), 'format');
    assert.equal(checkVat('BE2123456789'), 'format', 'a Belgian number starts with 0 or 1');
    assert.equal(checkVat('ES12345678'), 'format');
    assert.equal(checkVat('ES123456789'), 'format', 'a Spanish number is never all digits');
    assert.equal(checkVat('SE123456789002'), 'format', 'a Swedish number ends in 01');
    assert.equal(checkVat('RO0123456'), 'format', 'no leading zero in Romania');
  });

  test('PP-REGISTER France: key = (12 + 3 × (SIREN mod 97)) mod 97 (FR40 303 265 045, FR23 334 175 221)', () => {
    assert.equal(frenchVatKey('303265045'), '40');
    assert.equal(frenchVatKey('334175221'), '23');
    assert.equal(frenchVatOf('732829320'), 'FR44732829320');
    assert.equal(checkVat('FR23334175221'), undefined);
  });

  test('PP-REGISTER France: a wrong numeric key → checksum (keys 39, 41 around the right 40)', () => {
    assert.equal(checkVat('FR39303265045'), 'checksum');
    assert.equal(checkVat('FR41303265045'), 'checksum');
  });

  test('PP-REGISTER France: an invalid SIREN → checksum, even with the key its number gives', () => {
    const bad = '303265046';
    assert.equal(luhnValid(bad), false);
    assert.equal(checkVat(`FR${frenchVatKey(bad)}${bad}`), 'checksum');
  });

  test('PP-REGISTER France: a key with letters is accepted on a valid SIREN only (I and O are never used)', () => {
    assert.equal(checkVat('FRK7303265045'), undefined);
    assert.equal(checkVat('FRK7303265046'), 'checksum');
    assert.equal(checkVat('FRI7303265045'), 'format');
    assert.equal(checkVat('FRO7303265045'), 'format');
  });

  test('property: FR + the computed key + any valid SIREN is valid; every other numeric key is not', () => {
    fc.assert(
      fc.property(siren, fc.integer({ min: 0, max: 99 }), (s, key) => {
        assert.equal(isValidVat(frenchVatOf(s)), true);
        const k = String(key).padStart(2, '0');
        assert.equal(checkVat(`FR${k}${s}`), k === frenchVatKey(s) ? undefined : 'checksum');
      }),
    );
  });

  test('property: the answer does not depend on case nor on separators', () => {
    const country = fc.constantFrom(...VAT_COUNTRY_CODES);
    fc.assert(
      fc.property(country, fc.stringMatching(/^[0-9A-Z]{2,12}$/), fc.constantFrom(' ', '.', '-', ''), (c, rest, sep) => {
        const vat = `${c}${rest}`;
        const typed = [...vat.toLowerCase()].join(sep);
        assert.equal(checkVat(typed), checkVat(vat));
        if (checkVat(vat) !== 'checksum') assert.equal(checkVat(vat) === undefined, VAT_FORMATS[c].test(rest));
      }),
    );
  });
});
