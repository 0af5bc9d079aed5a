import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Employee, PROFILE_IDS } from '@vigie/core/passport';
import {
  BLOCKED_SHARE,
  DEMO_EMAIL_DOMAIN,
  DEMO_FIRST_NAMES,
  DEMO_LAST_NAMES,
  EMAIL_SHARE,
  EXPIRY_RANGE,
  NOT_STARTED_SHARE,
  emailPart,
  employeeId,
  generateEmployees,
  mulberry32,
} from './generate.js';

/** Share of `rows` for which `test` holds. */
const share = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length / rows.length;

describe('X-MOCK PP-ROSTER demo employees', () => {
  const rows = generateEmployees(20_000);

  it('is deterministic: same count and seed, same rows; another seed, other rows', () => {
    assert.deepEqual(generateEmployees(500, 7), generateEmployees(500, 7));
    assert.deepEqual(generateEmployees(300), rows.slice(0, 300), 'seed 1 by default');
    assert.notDeepEqual(generateEmployees(50, 2), generateEmployees(50, 3));
    assert.deepEqual(generateEmployees(0), []);
  });

  it('gives a shorter list as a prefix of a longer one (pages can be generated as they are asked)', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), fc.integer({ min: 1, max: 1_000 }), (a, b, seed) => {
        const [short, long] = a < b ? [a, b] : [b, a];
        assert.deepEqual(generateEmployees(short, seed), generateEmployees(long, seed).slice(0, short));
      }),
      { numRuns: 50 },
    );
  });

  it('makes every row valid per the Employee contract, with stable ids and version 1', () => {
    rows.forEach((row, i) => {
      assert.ok(Employee.safeParse(row).success, row.id);
      assert.equal(row.id, employeeId(i));
      assert.equal(row.version, 1);
    });
    assert.equal(rows[0]!.id, 'emp-000001');
    assert.equal(rows[19_999]!.id, 'emp-020000');
    assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
  });

  it('follows the roster of the seed: not started « - - - », active with passport and expiry, blocked « - Bloqué - »', () => {
    for (const row of rows) {
      if (row.state === 'active') {
        assert.equal(row.passportUrl, `/passeports/${row.id}`);
        assert.ok(row.expiresOn! >= EXPIRY_RANGE.from && row.expiresOn! <= EXPIRY_RANGE.to, row.expiresOn!);
      } else {
        assert.equal(row.passportUrl, null, row.id);
        assert.equal(row.expiresOn, null, row.id);
      }
    }
  });

  it('has roughly the announced proportions', () => {
    const near = (actual: number, expected: number, label: string) => assert.ok(Math.abs(actual - expected) < 0.015, `${label}: ${actual}`);
    near(
      share(rows, (r) => r.email !== null),
      EMAIL_SHARE,
      'with an e-mail',
    );
    near(
      share(rows, (r) => r.state === null),
      NOT_STARTED_SHARE,
      'not started',
    );
    near(
      share(rows, (r) => r.state === 'blocked'),
      BLOCKED_SHARE,
      'blocked',
    );
    for (const profile of PROFILE_IDS)
      assert.ok(
        rows.some((r) => r.profile === profile),
        profile,
      );
    assert.ok(share(rows, (r) => r.profile.startsWith('technical')) > 0.5, 'mostly technical staff');
    const years = new Set(rows.flatMap((r) => (r.expiresOn ? [r.expiresOn.slice(0, 4)] : [])));
    assert.deepEqual([...years].sort(), ['2025', '2026', '2027', '2028']);
  });

  it('uses French names, accented ones included, last names in capitals', () => {
    for (const name of ['Hélène', 'Léa', 'Jérôme', 'François', 'Zoé', 'Chloé', 'Noël'])
      assert.ok((DEMO_FIRST_NAMES as readonly string[]).includes(name), name);
    for (const name of ['LEFÈVRE', 'GÉRAUD', 'DUPRÉ', 'BÉNARD', 'PETIT', 'LECŒUR'])
      assert.ok((DEMO_LAST_NAMES as readonly string[]).includes(name), name);
    for (const row of rows) assert.equal(row.lastName, row.lastName.toUpperCase(), row.lastName);
    assert.ok(share(rows, (r) => /[^\x20-\x7e]/.test(r.firstName + r.lastName)) > 0.2, 'many accented names');
  });

  it('gives unique e-mails on the company domain, without accents nor spaces', () => {
    const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
    assert.equal(new Set(emails).size, emails.length);
    for (const email of emails) assert.match(email, new RegExp(`^[a-z0-9.-]+@${DEMO_EMAIL_DOMAIN.replace('.', '\\.')}$`));
    assert.equal(emailPart("D'ALMEIDA"), 'dalmeida');
    assert.equal(emailPart('LE GALL'), 'legall');
    assert.equal(emailPart('Jean-François'), 'jean-francois');
    assert.equal(emailPart('LECŒUR'), 'lecoeur');
  });

  it('draws from mulberry32, in [0, 1), the same for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1_000; i++) {
      const x = a();
      assert.equal(x, b());
      assert.ok(x >= 0 && x < 1);
    }
  });

  it('refuses a count that is not a whole number ≥ 0', () => {
    for (const count of [-1, 1.5, Number.NaN]) assert.throws(() => generateEmployees(count), RangeError);
  });
});
