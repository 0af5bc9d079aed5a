/** PP-ENROLL — « Inscrire un nouveau salarié » / « Modifier un salarié ». */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  EMPTY_ENROLLMENT_FORM,
  checkEnrollment,
  enrollmentFormOf,
  firstLoginRecipient,
  profileOfForm,
  toEmployeeCreateRequest,
  toEmployeeUpdateRequest,
  type EnrollmentForm,
} from './enrollment.js';
import { fieldIssueList } from './forms.js';
import { PROFILE_IDS, PROFILE_QUESTIONS, answersFor } from './profile.js';
import { EmployeeCreateRequest, EmployeeUpdateRequest } from './schemas.js';

const TODAY = '2026-03-10';
const CREATE = { mode: 'create', today: TODAY } as const;

const FORM: EnrollmentForm = {
  firstName: 'Sébastien',
  lastName: 'Petit',
  email: '',
  answers: { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: false },
  hasSnbpePassport: false,
  snbpeIssuedOn: '',
};

describe('PP-ENROLL enrolment form', () => {
  test('PP-ENROLL names and the three answers are required (no default), and the SNBPE question at creation', () => {
    assert.deepEqual(fieldIssueList(checkEnrollment(EMPTY_ENROLLMENT_FORM, CREATE)), [
      { field: 'firstName', issue: 'required' },
      { field: 'lastName', issue: 'required' },
      { field: 'intervenesTechnically', issue: 'required' },
      { field: 'leadsAwarenessSessions', issue: 'required' },
      { field: 'checksPassports', issue: 'required' },
      { field: 'hasSnbpePassport', issue: 'required' },
    ]);
  });

  test('PP-ENROLL « Pas d’adresse e-mail ? »: no e-mail is fine, the referent receives the first-login information', () => {
    assert.deepEqual(checkEnrollment(FORM, CREATE), {});
    assert.equal(firstLoginRecipient(FORM), 'referent');
    assert.equal(toEmployeeCreateRequest(FORM, TODAY).email, null);
    assert.equal(firstLoginRecipient({ email: 'sebastien.petit@granulats-dupont.fr' }), 'employee');
  });

  test('PP-ENROLL an e-mail, when given, must look like one', () => {
    assert.deepEqual(checkEnrollment({ ...FORM, email: 'sebastien' }, CREATE), { email: 'invalid-email' });
    assert.equal(toEmployeeCreateRequest({ ...FORM, email: ' s.petit@exemple.fr ' }, TODAY).email, 's.petit@exemple.fr');
  });

  test('PP-ENROLL the answers determine the profile (technical here)', () => {
    assert.equal(profileOfForm(FORM), 'technical');
    assert.equal(profileOfForm(EMPTY_ENROLLMENT_FORM), undefined);
    assert.deepEqual(toEmployeeCreateRequest(FORM, TODAY).answers, {
      intervenesTechnically: true,
      leadsAwarenessSessions: false,
      checksPassports: false,
    });
  });

  test('PP-ENROLL SNBPE « Oui »: the date of issue is required, JJ/MM/AAAA, real, not in the future, within validity', () => {
    const yes = { ...FORM, hasSnbpePassport: true };
    assert.deepEqual(checkEnrollment(yes, CREATE), { snbpeIssuedOn: 'required' });
    assert.deepEqual(checkEnrollment({ ...yes, snbpeIssuedOn: '2024-03-15' }, CREATE), { snbpeIssuedOn: 'date-format' });
    assert.deepEqual(checkEnrollment({ ...yes, snbpeIssuedOn: '30/02/2024' }, CREATE), { snbpeIssuedOn: 'date-format' });
    assert.deepEqual(checkEnrollment({ ...yes, snbpeIssuedOn: '11/03/2026' }, CREATE), { snbpeIssuedOn: 'date-future' });
    assert.deepEqual(checkEnrollment({ ...yes, snbpeIssuedOn: '10/03/2023' }, CREATE), { snbpeIssuedOn: 'snbpe-expired' });
    assert.deepEqual(checkEnrollment({ ...yes, snbpeIssuedOn: '11/03/2023' }, CREATE), {});
    assert.deepEqual(toEmployeeCreateRequest({ ...yes, snbpeIssuedOn: '10/03/2026' }, TODAY).snbpe, { issuedOn: '2026-03-10' });
  });

  test('PP-ENROLL SNBPE « Non »: no date asked, none sent', () => {
    assert.equal(toEmployeeCreateRequest({ ...FORM, snbpeIssuedOn: 'n’importe quoi' }, TODAY).snbpe, null);
  });

  test('PP-ENROLL editing: no SNBPE question; an SNBPE passport there is refused (only at creation)', () => {
    const edit = { ...FORM, hasSnbpePassport: null };
    assert.deepEqual(checkEnrollment(edit, { mode: 'edit' }), {});
    assert.deepEqual(checkEnrollment({ ...FORM, hasSnbpePassport: true, snbpeIssuedOn: '01/01/2026' }, { mode: 'edit' }), {
      hasSnbpePassport: 'snbpe-create-only',
    });
    const request = toEmployeeUpdateRequest(edit);
    assert.equal('snbpe' in request, false);
    assert.ok(EmployeeUpdateRequest.safeParse(request).success);
    assert.equal(
      EmployeeUpdateRequest.safeParse({ ...request, snbpe: { issuedOn: '2026-01-01' } }).success,
      false,
      'the contract refuses it too',
    );
  });

  test('PP-ROSTER « Modifier un salarié » opens with the employee’s names, e-mail and the answers of the profile', () => {
    const form = enrollmentFormOf({ firstName: 'Petit', lastName: 'SEBASTIEN', email: null, profile: 'technical-trainer' });
    assert.deepEqual(form.answers, { intervenesTechnically: true, leadsAwarenessSessions: true, checksPassports: false });
    assert.equal(form.email, '');
    assert.deepEqual(checkEnrollment(form, { mode: 'edit' }), {});
  });

  test('property: a profile round-trips through the edit form', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROFILE_IDS), (profile) => {
        const form = enrollmentFormOf({ firstName: 'A', lastName: 'B', email: null, profile });
        assert.equal(profileOfForm(form), profile);
        assert.deepEqual(toEmployeeUpdateRequest(form).answers, answersFor(profile));
      }),
    );
  });

  test('property: any unanswered question is reported, and only then', () => {
    const answer = fc.option(fc.boolean(), { nil: null });
    fc.assert(
      fc.property(answer, answer, answer, (a, b, c) => {
        const form = { ...FORM, answers: { intervenesTechnically: a, leadsAwarenessSessions: b, checksPassports: c } };
        const issues = checkEnrollment(form, CREATE);
        for (const [q, v] of PROFILE_QUESTIONS.map((q, i) => [q, [a, b, c][i]] as const))
          assert.equal(issues[q], v === null ? 'required' : undefined);
        if (a !== null && b !== null && c !== null)
          assert.ok(EmployeeCreateRequest.safeParse(toEmployeeCreateRequest(form, TODAY)).success);
      }),
    );
  });
});
