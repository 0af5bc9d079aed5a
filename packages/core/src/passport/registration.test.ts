/** PP-REGISTER — « Inscription entreprise sous-traitante »: every starred field required, checked, in the seed's order. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import { fieldIssueList, hasFieldIssues } from './forms.js';
import {
  EMPTY_REGISTRATION_FORM,
  REGISTRATION_FIELDS,
  checkRegistration,
  toRegistrationRequest,
  type RegistrationForm,
} from './registration.js';
import { RegistrationRequest } from './schemas.js';

/** The seed's example, completed (the seed's SIRET example has 11 digits: a real one here). */
const SEED: RegistrationForm = {
  identification: 'siret',
  siret: '732 829 320 00074',
  vat: '',
  companyName: 'Entreprise',
  regions: ['84', '11'],
  referentLastName: 'Dupont',
  referentFirstName: 'Baptiste',
  email: 'baptiste@unpg.fr',
  emailConfirmation: 'Baptiste@UNPG.fr ',
  password: 'une phrase de passe',
  passwordConfirmation: 'une phrase de passe',
  antiRobotToken: 'token-from-the-host',
};

describe('PP-REGISTER registration form', () => {
  test('PP-REGISTER the seed’s example is valid and becomes a request the contract accepts', () => {
    assert.deepEqual(checkRegistration(SEED), {});
    const request = toRegistrationRequest(SEED);
    assert.deepEqual(request.identification, { kind: 'siret', siret: '73282932000074' });
    assert.deepEqual(request.regions, ['11', '84'], 'in the list’s order');
    assert.equal(request.referent.email, 'baptiste@unpg.fr');
    assert.equal('emailConfirmation' in request, false);
    assert.ok(RegistrationRequest.safeParse(request).success);
  });

  test('PP-REGISTER every starred field is required, reported in the seed’s order (the VAT field is not asked in SIRET mode)', () => {
    const issues = checkRegistration(EMPTY_REGISTRATION_FORM);
    assert.deepEqual(fieldIssueList(issues), [
      { field: 'siret', issue: 'required' },
      { field: 'companyName', issue: 'required' },
      { field: 'regions', issue: 'required' },
      { field: 'referentLastName', issue: 'required' },
      { field: 'referentFirstName', issue: 'required' },
      { field: 'email', issue: 'required' },
      { field: 'emailConfirmation', issue: 'required' },
      { field: 'password', issue: 'required' },
      { field: 'passwordConfirmation', issue: 'required' },
      { field: 'antiRobotToken', issue: 'robot-check-required' },
    ]);
    const order = Object.keys(issues);
    assert.deepEqual(
      order,
      REGISTRATION_FIELDS.filter((f) => order.includes(f)),
    );
    assert.throws(() => toRegistrationRequest(EMPTY_REGISTRATION_FORM), RangeError);
  });

  test('PP-REGISTER SIRET mode: the SIRET’s issue (format, checksum), the VAT field ignored', () => {
    assert.deepEqual(checkRegistration({ ...SEED, siret: '14809248896', vat: 'garbage' }), { siret: 'siret-format' });
    assert.deepEqual(checkRegistration({ ...SEED, siret: '73282932000075' }), { siret: 'siret-checksum' });
  });

  test('PP-REGISTER « Vous n’avez pas de numéro SIRET ? »: the VAT number is checked instead, the SIRET ignored', () => {
    const vat: RegistrationForm = { ...SEED, identification: 'vat', siret: '', vat: 'de 123 456 789' };
    assert.deepEqual(checkRegistration(vat), {});
    assert.deepEqual(toRegistrationRequest(vat).identification, { kind: 'vat', vat: 'DE123456789' });
    assert.deepEqual(checkRegistration({ ...vat, vat: '' }), { vat: 'required' });
    assert.deepEqual(checkRegistration({ ...vat, vat: 'GR123456789' }), { vat: 'vat-country' });
    assert.deepEqual(checkRegistration({ ...vat, vat: 'DE12345678' }), { vat: 'vat-format' });
    assert.deepEqual(checkRegistration({ ...vat, vat: 'FR41303265045' }), { vat: 'vat-checksum' });
  });

  test('PP-REGISTER regions: at least one, each one of the 18', () => {
    assert.deepEqual(checkRegistration({ ...SEED, regions: [] }), { regions: 'required' });
    assert.deepEqual(checkRegistration({ ...SEED, regions: ['84', 'XX'] }), { regions: 'invalid-region' });
  });

  test('PP-REGISTER blank names count as empty', () => {
    assert.deepEqual(checkRegistration({ ...SEED, companyName: '  ', referentFirstName: '\t' }), {
      companyName: 'required',
      referentFirstName: 'required',
    });
  });

  test('PP-REGISTER e-mail and confirmation: malformed said first; then equal (case aside)', () => {
    assert.deepEqual(checkRegistration({ ...SEED, email: 'baptiste', emailConfirmation: 'baptiste' }), { email: 'invalid-email' });
    assert.deepEqual(checkRegistration({ ...SEED, emailConfirmation: 'baptiste@unpg.com' }), { emailConfirmation: 'email-mismatch' });
  });

  test(`PP-REGISTER password: ${PASSWORD_MIN_LENGTH - 1} characters → too short; ${PASSWORD_MIN_LENGTH} → fine (boundary, code points)`, () => {
    const short = 'a'.repeat(PASSWORD_MIN_LENGTH - 1);
    const exact = 'a'.repeat(PASSWORD_MIN_LENGTH);
    assert.deepEqual(checkRegistration({ ...SEED, password: short, passwordConfirmation: short }), { password: 'password-too-short' });
    assert.deepEqual(checkRegistration({ ...SEED, password: exact, passwordConfirmation: exact }), {});
    const emoji = '😀'.repeat(PASSWORD_MIN_LENGTH);
    assert.deepEqual(checkRegistration({ ...SEED, password: emoji, passwordConfirmation: emoji }), {});
    assert.deepEqual(checkRegistration({ ...SEED, password: 'x'.repeat(129), passwordConfirmation: 'x'.repeat(129) }), {
      password: 'password-too-long',
    });
  });

  test('PP-REGISTER password confirmation: must be exactly the same (never trimmed)', () => {
    assert.deepEqual(checkRegistration({ ...SEED, passwordConfirmation: 'une phrase de passe ' }), {
      passwordConfirmation: 'password-mismatch',
    });
    assert.deepEqual(checkRegistration({ ...SEED, passwordConfirmation: '' }), { passwordConfirmation: 'required' });
  });

  test('PP-REGISTER the anti-robot step of the host: no token → robot-check-required', () => {
    assert.deepEqual(checkRegistration({ ...SEED, antiRobotToken: null }), { antiRobotToken: 'robot-check-required' });
    assert.deepEqual(checkRegistration({ ...SEED, antiRobotToken: '' }), { antiRobotToken: 'robot-check-required' });
  });

  test('property: a form with no issue always becomes a request the contract accepts', () => {
    const form = fc.record({
      identification: fc.constant('siret' as const),
      siret: fc.constantFrom('73282932000074', '55210055400013', '35600000049837'),
      vat: fc.constant(''),
      companyName: fc.string({ minLength: 1, maxLength: 50 }),
      regions: fc.subarray(['11', '24', '84', '04', '06']),
      referentLastName: fc.string({ minLength: 1, maxLength: 30 }),
      referentFirstName: fc.string({ minLength: 1, maxLength: 30 }),
      email: fc.constantFrom('a@b.fr', 'claire.martin@granulats-dupont.fr'),
      password: fc.string({ minLength: 11, maxLength: 40 }),
      antiRobotToken: fc.option(fc.constant('tok'), { nil: null }),
    });
    fc.assert(
      fc.property(form, (f) => {
        const full: RegistrationForm = { ...f, emailConfirmation: f.email, passwordConfirmation: f.password };
        const issues = checkRegistration(full);
        if (!hasFieldIssues(issues)) assert.ok(RegistrationRequest.safeParse(toRegistrationRequest(full)).success);
        else assert.throws(() => toRegistrationRequest(full), RangeError);
      }),
    );
  });
});
