/** PP-COMPANY — changing the e-mail domain of every employee account in one action. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  applyDomainChange,
  changeEmailDomain,
  checkDomainChange,
  domainOf,
  isDomain,
  normalizeDomain,
  previewDomainChange,
} from './email-domain.js';

const EMPLOYEES = [
  { id: '1', email: 'sebastien.petit@granulats-dupont.fr' },
  { id: '2', email: null },
  { id: '3', email: 'Lea.Bernard@Granulats-Dupont.FR' },
  { id: '4', email: 'jerome@gmail.com' },
  { id: '5', email: 'noel@chantier.granulats-dupont.fr' },
  { id: '6', email: 'zoe@granulats-dupont.fr.example.com' },
] as const;

describe('PP-COMPANY e-mail domain change', () => {
  test('PP-COMPANY preview: how many change, which stay (another domain, a sub-domain, no e-mail)', () => {
    const p = previewDomainChange(EMPLOYEES, 'granulats-dupont.fr', 'dupont-materiaux.fr');
    assert.deepEqual(
      p.changing.map((c) => [c.employee.id, c.email]),
      [
        ['1', 'sebastien.petit@dupont-materiaux.fr'],
        ['3', 'Lea.Bernard@dupont-materiaux.fr'],
      ],
    );
    assert.deepEqual(
      p.otherDomain.map((e) => e.id),
      ['4', '5', '6'],
    );
    assert.deepEqual(
      p.noEmail.map((e) => e.id),
      ['2'],
    );
  });

  test('PP-COMPANY apply: the part before @ kept as typed, the new domain in lower case, the others untouched (same objects)', () => {
    const after = applyDomainChange(EMPLOYEES, '@Granulats-Dupont.fr ', 'Dupont-Materiaux.FR');
    assert.deepEqual(
      after.map((e) => e.email),
      [
        'sebastien.petit@dupont-materiaux.fr',
        null,
        'Lea.Bernard@dupont-materiaux.fr',
        'jerome@gmail.com',
        'noel@chantier.granulats-dupont.fr',
        'zoe@granulats-dupont.fr.example.com',
      ],
    );
    assert.equal(after[1], EMPLOYEES[1]);
    assert.equal(after[3], EMPLOYEES[3]);
    assert.equal(changeEmailDomain(null, 'a.fr', 'b.fr'), null);
  });

  test('PP-COMPANY the form: both domains required and well-formed, and different', () => {
    assert.deepEqual(checkDomainChange({ fromDomain: '', toDomain: 'x' }), { fromDomain: 'required', toDomain: 'invalid-domain' });
    assert.deepEqual(checkDomainChange({ fromDomain: 'dupont.fr', toDomain: '@DUPONT.fr' }), { toDomain: 'same-domain' });
    assert.deepEqual(checkDomainChange({ fromDomain: 'granulats-dupont.fr', toDomain: 'dupont-materiaux.fr' }), {});
  });

  test('PP-COMPANY domains: labels, dots, a top-level label; no spaces, no leading hyphen', () => {
    for (const d of ['dupont.fr', 'granulats-dupont.fr', 'a.b.c.fr', 'xn--dupont-matriaux-fpb.fr', '@dupont.fr'])
      assert.equal(isDomain(d), true, d);
    for (const d of ['dupont', 'dupont .fr', '-dupont.fr', 'dupont-.fr', 'dupont.f', 'dupont..fr', 'a@b.fr'])
      assert.equal(isDomain(d), false, d);
    assert.equal(normalizeDomain(' @Dupont.FR '), 'dupont.fr');
    assert.equal(domainOf('a@B.fr'), 'b.fr');
    assert.equal(domainOf('no-at-sign'), '');
  });

  test('property: preview and apply agree; every employee is in exactly one group; apply twice = apply once', () => {
    const local = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9.]{0,10}$/);
    const domain = fc.constantFrom('granulats-dupont.fr', 'GRANULATS-DUPONT.FR', 'gmail.com', 'chantier.granulats-dupont.fr');
    const employee = fc.record({
      id: fc.uuid(),
      email: fc.option(
        fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(employee, { maxLength: 30 }), (employees) => {
        const p = previewDomainChange(employees, 'granulats-dupont.fr', 'dupont-materiaux.fr');
        assert.equal(p.changing.length + p.otherDomain.length + p.noEmail.length, employees.length);
        const after = applyDomainChange(employees, 'granulats-dupont.fr', 'dupont-materiaux.fr');
        const changed = after.filter((e, i) => e !== employees[i]);
        assert.deepEqual(
          changed.map((e) => e.email),
          p.changing.map((c) => c.email),
        );
        assert.deepEqual(applyDomainChange(after, 'granulats-dupont.fr', 'dupont-materiaux.fr'), after);
        assert.ok(after.every((e) => e.email === null || domainOf(e.email) !== 'granulats-dupont.fr'));
      }),
    );
  });
});
