/** PP-COMPANY — « Informations de l'entreprise »: checks, the handover warning, and the calls a save makes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkCompanyForm, companyFormOf, companyWarnings, isLoginChange, planCompanyChanges, type CompanyForm } from './company.js';
import { CompanyPasswordChangeRequest, CompanyUpdateRequest, HandoverRequest, type CompanyInfo } from './schemas.js';

const INFO: CompanyInfo = {
  identification: { kind: 'siret', siret: '73282932000074' },
  companyName: 'Granulats Dupont',
  regions: ['84', '93'],
  referent: { lastName: 'MARTIN', firstName: 'Claire', email: 'claire.martin@granulats-dupont.fr' },
  version: 3,
};
const FORM = companyFormOf(INFO);
const SEPARATE = { spacesLinked: false } as const;
const HANDOVER: CompanyForm = {
  ...FORM,
  referentLastName: 'LEFÈVRE',
  referentFirstName: 'Hélène',
  referentEmail: 'helene.lefevre@granulats-dupont.fr',
};

describe('PP-COMPANY company information form', () => {
  test('PP-COMPANY the form opens with the information and is valid as is; saving it unchanged makes no call', () => {
    assert.deepEqual(checkCompanyForm(INFO, FORM, SEPARATE), {});
    assert.deepEqual(planCompanyChanges(INFO, FORM, SEPARATE), []);
    assert.deepEqual(companyWarnings(INFO, FORM), []);
  });

  test('PP-COMPANY starred fields are required', () => {
    const empty: CompanyForm = { ...FORM, companyName: ' ', regions: [], referentLastName: '', referentFirstName: '', referentEmail: '' };
    assert.deepEqual(checkCompanyForm(INFO, empty, SEPARATE), {
      companyName: 'required',
      regions: 'required',
      referentLastName: 'required',
      referentFirstName: 'required',
      referentEmail: 'required',
    });
  });

  test('PP-COMPANY name and regions changed → one update (regions in the list’s order)', () => {
    const form = { ...FORM, companyName: ' Granulats Dupont & Fils ', regions: ['94', '84'] };
    assert.deepEqual(planCompanyChanges(INFO, form, SEPARATE), [
      {
        kind: 'update',
        request: { companyName: 'Granulats Dupont & Fils', regions: ['84', '94'], referent: { lastName: 'MARTIN', firstName: 'Claire' } },
      },
    ]);
    assert.deepEqual(
      planCompanyChanges(INFO, { ...FORM, regions: ['93', '84', '84'] }, SEPARATE),
      [],
      'the same regions in another order are no change',
    );
  });

  test('PP-COMPANY an optional new password (twice, by the policy) → one password change', () => {
    assert.deepEqual(checkCompanyForm(INFO, { ...FORM, password: 'court' }, SEPARATE), {
      password: 'password-too-short',
      passwordConfirmation: 'required',
    });
    assert.deepEqual(checkCompanyForm(INFO, { ...FORM, passwordConfirmation: 'orphan confirmation' }, SEPARATE), { password: 'required' });
    const changes = planCompanyChanges(
      INFO,
      { ...FORM, password: 'une phrase de passe', passwordConfirmation: 'une phrase de passe' },
      SEPARATE,
    );
    assert.deepEqual(changes, [{ kind: 'password', request: { password: 'une phrase de passe' } }]);
    assert.ok(CompanyPasswordChangeRequest.safeParse(changes[0]!.request).success);
  });

  test('PP-COMPANY the same e-mail in other letter case is not a login change', () => {
    assert.equal(isLoginChange(INFO, { referentEmail: ' Claire.Martin@Granulats-Dupont.fr ' }), false);
    assert.equal(isLoginChange(INFO, { referentEmail: 'pas-une-adresse' }), false);
  });
});

describe('PP-COMPANY handover (« passage de relais »)', () => {
  test('PP-COMPANY changing the referent e-mail warns that it becomes the company login', () => {
    assert.equal(isLoginChange(INFO, HANDOVER), true);
    assert.deepEqual(companyWarnings(INFO, HANDOVER), ['login-change']);
    assert.deepEqual(companyWarnings(INFO, { ...HANDOVER, handoverPassword: 'reset' }), ['login-change', 'handover-reset']);
  });

  test('PP-COMPANY a new e-mail asks what becomes of the password (no default)', () => {
    assert.deepEqual(checkCompanyForm(INFO, HANDOVER, SEPARATE), { handoverPassword: 'required' });
  });

  test('PP-COMPANY temporary password: required twice, by the policy; sent with the handover, in its one request (point 17)', () => {
    const temporary: CompanyForm = { ...HANDOVER, handoverPassword: 'temporary' };
    assert.deepEqual(checkCompanyForm(INFO, temporary, SEPARATE), { password: 'required', passwordConfirmation: 'required' });
    const typed = {
      ...temporary,
      companyName: ' Granulats Dupont SAS ',
      password: 'temporaire-2026',
      passwordConfirmation: 'temporaire-2026',
    };
    const changes = planCompanyChanges(INFO, typed, SEPARATE);
    assert.deepEqual(changes, [
      {
        kind: 'hand-over',
        request: {
          referent: { lastName: 'LEFÈVRE', firstName: 'Hélène' },
          email: 'helene.lefevre@granulats-dupont.fr',
          password: { mode: 'temporary', temporaryPassword: 'temporaire-2026' },
          companyName: 'Granulats Dupont SAS',
          regions: ['84', '93'],
        },
      },
    ]);
    assert.ok(HandoverRequest.safeParse(changes[0]!.request).success);
    assert.ok(CompanyUpdateRequest.safeParse({ companyName: 'X', regions: ['84'], referent: { lastName: 'A', firstName: 'B' } }).success);
  });

  test('PP-COMPANY reset or keep: no password asked, none sent; never a separate password change', () => {
    for (const mode of ['reset', 'keep'] as const) {
      const form: CompanyForm = { ...HANDOVER, handoverPassword: mode, password: 'ignored', passwordConfirmation: '' };
      assert.deepEqual(checkCompanyForm(INFO, form, SEPARATE), {}, mode);
      const changes = planCompanyChanges(INFO, form, SEPARATE);
      assert.deepEqual(
        changes.map((c) => c.kind),
        ['hand-over'],
      );
      assert.deepEqual((changes[0]!.request as { password: unknown }).password, { mode });
    }
  });

  test('PP-COMPANY the same person with a new e-mail: only the handover (names unchanged → no update)', () => {
    const form: CompanyForm = { ...FORM, referentEmail: 'claire.martin@dupont-granulats.fr', handoverPassword: 'keep' };
    assert.deepEqual(
      planCompanyChanges(INFO, form, SEPARATE).map((c) => c.kind),
      ['hand-over'],
    );
  });

  test('PP-COMPANY / PP-SPACES a new e-mail while the spaces are linked → spaces-linked (dissociate first)', () => {
    assert.deepEqual(checkCompanyForm(INFO, { ...HANDOVER, handoverPassword: 'keep' }, { spacesLinked: true }), {
      referentEmail: 'spaces-linked',
    });
    assert.deepEqual(
      checkCompanyForm(INFO, { ...FORM, companyName: 'Autre nom' }, { spacesLinked: true }),
      {},
      'other changes are fine while linked',
    );
    assert.throws(() => planCompanyChanges(INFO, { ...HANDOVER, handoverPassword: 'keep' }, { spacesLinked: true }), RangeError);
  });

  test('property: a valid form’s plan is one of: nothing, update, password, update + password, or the hand-over ALONE (point 17: one request)', () => {
    const form = fc.record({
      companyName: fc.constantFrom(INFO.companyName, 'Autre SARL'),
      regions: fc.constantFrom(['84', '93'], ['93', '84'], ['11']),
      referentLastName: fc.constantFrom('MARTIN', 'LEFÈVRE'),
      referentFirstName: fc.constantFrom('Claire', 'Hélène'),
      referentEmail: fc.constantFrom(INFO.referent.email, 'helene.lefevre@granulats-dupont.fr'),
      handoverPassword: fc.constantFrom(null, 'keep' as const, 'temporary' as const, 'reset' as const),
      password: fc.constantFrom('', 'une phrase de passe'),
    });
    fc.assert(
      fc.property(form, (f) => {
        const full: CompanyForm = { ...f, passwordConfirmation: f.password };
        const issues = checkCompanyForm(INFO, full, SEPARATE);
        fc.pre(Object.keys(issues).length === 0);
        const kinds = planCompanyChanges(INFO, full, SEPARATE)
          .map((c) => c.kind)
          .join('+');
        assert.ok(['', 'update', 'password', 'hand-over', 'update+password'].includes(kinds), kinds);
        assert.equal(kinds === 'hand-over', isLoginChange(INFO, full));
        // The handover's one request carries the whole form: nothing typed is left for another call.
        const plan = planCompanyChanges(INFO, full, SEPARATE);
        if (kinds === 'hand-over') {
          const request = plan[0]!.request as HandoverRequest;
          assert.equal(request.companyName, full.companyName.trim());
          assert.deepEqual(request.regions, [...new Set(full.regions)].sort());
        }
      }),
    );
  });
});
