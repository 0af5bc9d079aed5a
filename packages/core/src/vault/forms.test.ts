/** VA-LOSTID, VA-PAPER, VA-PROFILE — what the forms check before sending (the server checks it again). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkEmailChange } from './forms.js';
import {
  EMPTY_IDENTIFIER_RECOVERY_FORM,
  IDENTIFIER_RECOVERY_FIELDS,
  checkIdentifierRecovery,
  isMobilePhone,
  normalizeMobilePhone,
  toIdentifierRecoveryRequest,
  type IdentifierRecoveryForm,
} from './identifier-recovery.js';
import { EMPTY_PAPER_REQUEST_FORM, checkPaperRequest, toPaperRequest } from './paper-request.js';
import { IdentifierRecoveryRequest, PaperRequest } from './schemas.js';

/** The example of seed 002 (« Je n'ai plus le courrier avec mes identifiants de connexion »). */
const SEED: IdentifierRecoveryForm = {
  lastName: 'Dupont',
  firstName: 'Paul',
  birthTown: 'Paris',
  birthMonth: 4,
  mobilePhone: '06 75 82 45 32',
  email: 'Dupontpaul@gmail.com',
  emailConfirmation: 'Dupontpaul@gmail.com',
  privateNumber: '588157',
  privacyPolicyAccepted: true,
};

describe('VA-LOSTID lost identifier form', () => {
  test('VA-LOSTID the seed’s example is valid and becomes a request the contract accepts', () => {
    assert.deepEqual(checkIdentifierRecovery(SEED), []);
    const request = toIdentifierRecoveryRequest(SEED);
    assert.equal(request.mobilePhone, '+33675824532');
    assert.ok(IdentifierRecoveryRequest.safeParse(request).success);
  });

  test('VA-LOSTID every field is required, reported in the seed’s order', () => {
    const issues = checkIdentifierRecovery(EMPTY_IDENTIFIER_RECOVERY_FORM);
    assert.deepEqual(
      issues.map((i) => i.field),
      [...IDENTIFIER_RECOVERY_FIELDS],
    );
    assert.deepEqual(
      issues.map((i) => i.issue),
      ['required', 'required', 'required', 'required', 'required', 'required', 'required', 'required', 'consent-required'],
    );
    assert.throws(() => toIdentifierRecoveryRequest(EMPTY_IDENTIFIER_RECOVERY_FORM), RangeError);
  });

  test('VA-LOSTID blank (spaces only) counts as empty', () => {
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, lastName: '   ' }), [{ field: 'lastName', issue: 'required' }]);
  });

  test('VA-LOSTID the e-mail confirmation must match (case aside); a malformed e-mail is said first', () => {
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, emailConfirmation: 'dupontpaul@gmail.fr' }), [
      { field: 'emailConfirmation', issue: 'email-mismatch' },
    ]);
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, emailConfirmation: 'DUPONTPAUL@gmail.com ' }), []);
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, email: 'dupont', emailConfirmation: 'dupont' }), [
      { field: 'email', issue: 'invalid-email' },
    ]);
  });

  test('VA-LOSTID month of birth 1–12 (0 and 13 refused); consent required', () => {
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, birthMonth: 0 }), [{ field: 'birthMonth', issue: 'invalid-month' }]);
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, birthMonth: 13 }), [{ field: 'birthMonth', issue: 'invalid-month' }]);
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, birthMonth: 1 }), []);
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, birthMonth: 12 }), []);
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, privacyPolicyAccepted: false }), [
      { field: 'privacyPolicyAccepted', issue: 'consent-required' },
    ]);
  });

  test('VA-LOSTID mobile numbers: French 06/07 in any spacing, +33, 0033, international; landlines refused', () => {
    for (const ok of [
      '06 75 82 45 32',
      '0675824532',
      '07.12.34.56.78',
      '+33 6 75 82 45 32',
      '0033675824532',
      '+44 7700 900123',
      '+32 470 12 34 56',
    ])
      assert.equal(isMobilePhone(ok), true, ok);
    for (const bad of ['01 23 45 67 89', '05 82 01 01 01', '06 75 82 45', '+33 1 23 45 67 89', 'zéro six', ''])
      assert.equal(isMobilePhone(bad), false, bad);
    assert.equal(normalizeMobilePhone('07 12 34 56 78'), '+33712345678');
    assert.equal(normalizeMobilePhone('0033 6 75 82 45 32'), '+33675824532');
    assert.equal(normalizeMobilePhone('+44 7700 900123'), '+447700900123');
    assert.deepEqual(checkIdentifierRecovery({ ...SEED, mobilePhone: '01 23 45 67 89' }), [
      { field: 'mobilePhone', issue: 'invalid-phone' },
    ]);
  });

  test('VA-LOSTID property: a form with no issue always makes a request the contract accepts', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, text, text, fc.integer({ min: 1, max: 12 }), text, (lastName, firstName, birthTown, birthMonth, privateNumber) => {
        const form = { ...SEED, lastName, firstName, birthTown, birthMonth, privateNumber };
        assert.deepEqual(checkIdentifierRecovery(form), []);
        assert.ok(IdentifierRecoveryRequest.safeParse(toIdentifierRecoveryRequest(form)).success);
      }),
    );
  });
});

describe('VA-PAPER paper request form', () => {
  test('VA-PAPER identifier, password, employer and the data policy are required', () => {
    assert.deepEqual(
      checkPaperRequest(EMPTY_PAPER_REQUEST_FORM).map((i) => `${i.field}:${i.issue}`),
      ['identifier:required', 'password:required', 'employer:required', 'dataPolicyAccepted:consent-required'],
    );
    const form = {
      identifier: ' 1234 5678 9012 ',
      password: ' Bulletin-2026! ',
      employer: ' Boulangerie Martin ',
      dataPolicyAccepted: true,
    };
    assert.deepEqual(checkPaperRequest(form), []);
    const request = toPaperRequest(form);
    assert.deepEqual(request, {
      identifier: '1234 5678 9012',
      password: ' Bulletin-2026! ',
      employer: 'Boulangerie Martin',
      dataPolicyAccepted: true,
    });
    assert.ok(PaperRequest.safeParse(request).success);
  });

  test('VA-PAPER an error never quotes the password', () => {
    try {
      toPaperRequest({ identifier: '', password: 'secret-Bulletin', employer: '', dataPolicyAccepted: false });
      assert.fail('expected a RangeError');
    } catch (e) {
      assert.ok(e instanceof RangeError);
      assert.doesNotMatch(e.message, /secret-Bulletin/);
    }
  });
});

describe('VA-PROFILE e-mail change', () => {
  test('VA-PROFILE the new e-mail twice, not the current one', () => {
    assert.deepEqual(checkEmailChange('paul.dupont@nouveau.fr', 'paul.dupont@nouveau.fr', 'paul.dupont@example.fr'), []);
    assert.deepEqual(checkEmailChange('paul.dupont@nouveau.fr', 'paul.dupond@nouveau.fr'), [
      { field: 'emailConfirmation', issue: 'email-mismatch' },
    ]);
    assert.deepEqual(checkEmailChange('Paul.Dupont@example.fr', 'paul.dupont@example.fr', 'paul.dupont@example.fr'), [
      { field: 'email', issue: 'same-email' },
    ]);
    assert.deepEqual(checkEmailChange('', ''), [
      { field: 'email', issue: 'required' },
      { field: 'emailConfirmation', issue: 'required' },
    ]);
  });
});
