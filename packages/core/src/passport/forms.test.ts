/** PP — the shared checks of the passport's forms (issue maps in field order, e-mail and password pairs). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import { PassportValidationProblem } from './schemas.js';
import { assertNoFieldIssues, emailPairIssues, fieldIssueList, hasFieldIssues, passwordPairIssues } from './forms.js';

const PAIR = ['email', 'confirmation'] as const;
const PASSWORDS = ['password', 'confirmation'] as const;

describe('PP forms', () => {
  test('PP-REGISTER e-mail pair: required, malformed, mismatch (case and spaces aside)', () => {
    assert.deepEqual(emailPairIssues('', '', PAIR), { email: 'required', confirmation: 'required' });
    assert.deepEqual(emailPairIssues('claire', 'claire', PAIR), { email: 'invalid-email' });
    assert.deepEqual(emailPairIssues('claire@dupont.fr', 'claire@dupont.com', PAIR), { confirmation: 'email-mismatch' });
    assert.deepEqual(emailPairIssues('claire@dupont.fr', ' CLAIRE@dupont.fr', PAIR), {});
  });

  test('PP-REGISTER password pair: the policy first, then the exact confirmation (never trimmed)', () => {
    const ok = 'x'.repeat(PASSWORD_MIN_LENGTH);
    assert.deepEqual(passwordPairIssues('', '', PASSWORDS), { password: 'required', confirmation: 'required' });
    assert.deepEqual(passwordPairIssues(ok.slice(1), ok.slice(1), PASSWORDS), { password: 'password-too-short' });
    assert.deepEqual(passwordPairIssues(ok, `${ok} `, PASSWORDS), { confirmation: 'password-mismatch' });
    assert.deepEqual(
      passwordPairIssues(' '.repeat(PASSWORD_MIN_LENGTH), ' '.repeat(PASSWORD_MIN_LENGTH), PASSWORDS),
      {},
      'spaces count: never trimmed',
    );
  });

  test('X-API the issues become the 422 body’s list, in field order, and the contract accepts it', () => {
    const list = fieldIssueList({ siret: 'siret-checksum', regions: 'required' });
    assert.deepEqual(list, [
      { field: 'siret', issue: 'siret-checksum' },
      { field: 'regions', issue: 'required' },
    ]);
    assert.ok(PassportValidationProblem.safeParse({ type: '/problems/validation', title: 'Invalid', status: 422, errors: list }).success);
  });

  test('PP assertNoFieldIssues throws a RangeError naming the issues', () => {
    assert.doesNotThrow(() => assertNoFieldIssues({}));
    assert.throws(() => assertNoFieldIssues({ siret: 'siret-format' }), { name: 'RangeError', message: /siret siret-format/ });
    assert.equal(hasFieldIssues({}), false);
  });

  test('property: the e-mail pair has no issue exactly when both are the same well-formed address', () => {
    const email = fc.constantFrom('a@b.fr', 'A@B.FR', 'claire@dupont.fr', 'claire', '', ' a@b.fr ');
    fc.assert(
      fc.property(email, email, (a, b) => {
        const ok = !hasFieldIssues(emailPairIssues(a, b, PAIR));
        assert.equal(ok, /@/.test(a) && a.trim().toLowerCase() === b.trim().toLowerCase());
      }),
    );
  });
});
