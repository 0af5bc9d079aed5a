/** PP-ENROLL — reciprocity with the SNBPE passport: strict JJ/MM/AAAA dates, validity, creation only. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, daysBetween, isCalendarDate } from '../shared/calendar.js';
import { UNPG_MODULE_IDS, isUnpgModuleId, moduleMessageKey } from './modules.js';
import {
  SNBPE_COMMON_MODULES,
  SNBPE_PASSPORT_VALID_YEARS,
  canLinkSnbpe,
  modulesValidatedBy,
  parseDateFr,
  reciprocity,
  snbpeValidUntil,
} from './snbpe.js';
import { passportFr } from './messages.fr.js';

const TODAY = '2026-03-10';
const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1990-01-01', n));

describe('PP-ENROLL UNPG modules and the SNBPE common ones', () => {
  test('PP-ENROLL every module has an id and a French name; the common ones are UNPG modules', () => {
    assert.equal(new Set(UNPG_MODULE_IDS).size, UNPG_MODULE_IDS.length);
    for (const id of UNPG_MODULE_IDS) assert.ok(passportFr[moduleMessageKey(id)], id);
    for (const id of SNBPE_COMMON_MODULES) assert.ok(isUnpgModuleId(id), id);
    assert.equal(isUnpgModuleId('nope'), false);
  });

  test('PP-ENROLL the quarry-specific modules (blasting; faces, stockpiles and water; dust and noise) are not common', () => {
    for (const id of ['blasting', 'faces-stockpiles-water', 'dust-noise'] as const)
      assert.equal((SNBPE_COMMON_MODULES as readonly string[]).includes(id), false, id);
    assert.ok(SNBPE_COMMON_MODULES.length > 0 && SNBPE_COMMON_MODULES.length < UNPG_MODULE_IDS.length);
  });
});

describe('PP-ENROLL parseDateFr (JJ/MM/AAAA, strict)', () => {
  test('PP-ENROLL real dates are read: 15/03/2024 → 2024-03-15; 29/02/2024 (leap year)', () => {
    assert.equal(parseDateFr('15/03/2024'), '2024-03-15');
    assert.equal(parseDateFr(' 29/02/2024 '), '2024-02-29');
    assert.equal(parseDateFr('31/12/1999'), '1999-12-31');
  });

  test('PP-ENROLL impossible dates are refused: 29/02/2023, 31/04/2026, 00/01/2026, 32/01/2026, 15/13/2026', () => {
    for (const s of ['29/02/2023', '31/04/2026', '00/01/2026', '32/01/2026', '15/13/2026', '15/00/2026'])
      assert.equal(parseDateFr(s), undefined, s);
  });

  test('PP-ENROLL other shapes are refused: 2-digit year, 1-digit day, ISO, dashes, text', () => {
    for (const s of ['15/03/24', '5/03/2024', '15/3/2024', '2024-03-15', '15-03-2024', '15.03.2024', '15/03/02024', 'hier', ''])
      assert.equal(parseDateFr(s), undefined, s);
  });

  test('property: parseDateFr reads back what formatDateFr-style JJ/MM/AAAA writes', () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = d.split('-');
        assert.equal(parseDateFr(`${dd}/${m}/${y}`), d);
      }),
    );
  });
});

describe('PP-ENROLL SNBPE passport validity (ASSUMPTION: 3 years)', () => {
  test('PP-ENROLL constant: valid 3 years', () => {
    assert.equal(SNBPE_PASSPORT_VALID_YEARS, 3);
  });

  test('PP-ENROLL issued on 10/03/2023: valid on 09/03/2026 (the day before), expired on 10/03/2026 (the 3rd anniversary) and after', () => {
    const issuedOn = '2023-03-10';
    assert.equal(snbpeValidUntil(issuedOn), '2026-03-09');
    assert.equal(reciprocity({ hasSnbpePassport: true, issuedOn }, '2026-03-09').kind, 'validated');
    assert.deepEqual(reciprocity({ hasSnbpePassport: true, issuedOn }, '2026-03-10'), { kind: 'refused', reason: 'expired' });
    assert.deepEqual(reciprocity({ hasSnbpePassport: true, issuedOn }, '2026-03-11'), { kind: 'refused', reason: 'expired' });
  });

  test('PP-ENROLL issued on 29/02/2024: valid up to 28/02/2027 (the anniversary is 01/03/2027)', () => {
    assert.equal(snbpeValidUntil('2024-02-29'), '2027-02-28');
    assert.equal(reciprocity({ hasSnbpePassport: true, issuedOn: '2024-02-29' }, '2027-02-28').kind, 'validated');
    assert.equal(reciprocity({ hasSnbpePassport: true, issuedOn: '2024-02-29' }, '2027-03-01').kind, 'refused');
  });

  test('PP-ENROLL issued today → validated; tomorrow → future-date (boundary)', () => {
    assert.deepEqual(reciprocity({ hasSnbpePassport: true, issuedOn: TODAY }, TODAY), {
      kind: 'validated',
      modules: SNBPE_COMMON_MODULES,
      validUntil: '2029-03-09',
    });
    assert.deepEqual(reciprocity({ hasSnbpePassport: true, issuedOn: addDays(TODAY, 1) }, TODAY), {
      kind: 'refused',
      reason: 'future-date',
    });
  });

  test('PP-ENROLL no SNBPE passport → nothing validated, nothing refused', () => {
    assert.deepEqual(reciprocity({ hasSnbpePassport: false, issuedOn: '2000-01-01' }, TODAY), { kind: 'none' });
    assert.deepEqual(modulesValidatedBy({ hasSnbpePassport: false }, TODAY), []);
  });

  test('PP-ENROLL a passport without a date → date-required; a malformed or impossible date → invalid-date', () => {
    assert.deepEqual(reciprocity({ hasSnbpePassport: true }, TODAY), { kind: 'refused', reason: 'date-required' });
    assert.deepEqual(reciprocity({ hasSnbpePassport: true, issuedOn: null }, TODAY), { kind: 'refused', reason: 'date-required' });
    assert.deepEqual(reciprocity({ hasSnbpePassport: true, issuedOn: '2026-02-30' }, TODAY), { kind: 'refused', reason: 'invalid-date' });
    assert.deepEqual(reciprocity({ hasSnbpePassport: true, issuedOn: '10/03/2025' }, TODAY), { kind: 'refused', reason: 'invalid-date' });
  });

  test('property: validated exactly when issued within the last 3 years (today included), and then with the common modules', () => {
    fc.assert(
      fc.property(day, day, (issuedOn, today) => {
        const r = reciprocity({ hasSnbpePassport: true, issuedOn }, today);
        const inValidity = issuedOn <= today && today <= snbpeValidUntil(issuedOn);
        assert.equal(r.kind === 'validated', inValidity);
        if (r.kind === 'validated') assert.deepEqual(r.modules, SNBPE_COMMON_MODULES);
        else assert.equal(r.kind === 'refused' && r.reason, issuedOn > today ? 'future-date' : 'expired');
      }),
    );
  });

  test('property: the validity lasts 3 years: 1095 or 1096 days (one 29 February at most)', () => {
    fc.assert(
      fc.property(day, (issuedOn) => {
        const until = snbpeValidUntil(issuedOn);
        assert.ok(isCalendarDate(until));
        assert.ok([1095, 1096].includes(daysBetween(issuedOn, until) + 1), `${issuedOn} → ${until}`);
      }),
    );
  });
});

describe('PP-ENROLL SNBPE link only at creation', () => {
  test('PP-ENROLL canLinkSnbpe: at creation yes, when editing no', () => {
    assert.equal(canLinkSnbpe('create'), true);
    assert.equal(canLinkSnbpe('edit'), false);
  });
});
