/** PP-REGISTER — the 18 French regions of intervention (INSEE codes). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  METROPOLITAN_REGION_CODES,
  OVERSEAS_REGION_CODES,
  REGION_CODES,
  isOverseasRegion,
  isRegionCode,
  normalizeRegions,
  regionMessageKey,
  regionsIssue,
} from './regions.js';
import { passportFr } from './messages.fr.js';

describe('PP-REGISTER regions', () => {
  test('PP-REGISTER 18 regions: 13 metropolitan, 5 overseas, each code once', () => {
    assert.equal(METROPOLITAN_REGION_CODES.length, 13);
    assert.equal(OVERSEAS_REGION_CODES.length, 5);
    assert.equal(REGION_CODES.length, 18);
    assert.equal(new Set(REGION_CODES).size, 18);
  });

  test('PP-REGISTER the overseas regions are Guadeloupe, Martinique, Guyane, La Réunion and Mayotte', () => {
    assert.deepEqual(
      OVERSEAS_REGION_CODES.map((c) => passportFr[regionMessageKey(c)]),
      ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte'],
    );
    assert.equal(isOverseasRegion('06'), true);
    assert.equal(isOverseasRegion('84'), false);
  });

  test('PP-REGISTER INSEE codes: 11 Île-de-France, 84 Auvergne-Rhône-Alpes, 94 Corse', () => {
    assert.equal(passportFr['passport.region.11'], 'Île-de-France');
    assert.equal(passportFr['passport.region.84'], 'Auvergne-Rhône-Alpes');
    assert.equal(passportFr['passport.region.94'], 'Corse');
    for (const code of REGION_CODES) assert.ok(passportFr[regionMessageKey(code)], code);
  });

  test('PP-REGISTER no region → required; an unknown code → invalid-region', () => {
    assert.equal(regionsIssue([]), 'required');
    assert.equal(regionsIssue(['84']), undefined);
    assert.equal(regionsIssue(['84', '05']), 'invalid-region', '05 is not a region code (it was never used)');
    assert.equal(isRegionCode('75'), true);
    assert.equal(isRegionCode(75), false);
  });

  test('property: normalizeRegions keeps each chosen region once, in the list’s order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REGION_CODES), { maxLength: 40 }), (chosen) => {
        const n = normalizeRegions(chosen);
        assert.deepEqual(new Set(n), new Set(chosen));
        assert.equal(new Set(n).size, n.length);
        assert.deepEqual(
          n,
          [...n].sort((a, b) => REGION_CODES.indexOf(a) - REGION_CODES.indexOf(b)),
        );
      }),
    );
  });
});
