/**
 * X-SEC, VA-PROFILE, VA-LOSTID, PP-COMPANY, PP-SPACES (issue 8 #5, NIST SP 800-63B §3.1.1.2) — the one
 * check of every new password on the server: core's length policy, the list of common passwords,
 * the current and the temporary password; and both services' stores calling it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkNewPassword, parseInstant, PASSWORD_MIN_LENGTH } from '@vigie/core';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { isCommonPassword, newPasswordIssues } from './new-password.js';
import { createVaultStore, DEMO_ACCOUNTS, DEMO_ONE_TIME_CODE } from '../vault/store.js';
import { createPassportStore, PASSPORT_DEMO_LOGIN, PASSPORT_HANDOVER_LOGIN } from '../passport/store.js';

const T0 = parseInstant('2026-03-10T09:00:00+01:00');

describe('X-SEC the list of common passwords', () => {
  it('a real list: a few hundred entries, no duplicate, lower case, French ones included', () => {
    assert.ok(COMMON_PASSWORDS.length >= 300, `${COMMON_PASSWORDS.length}`);
    assert.equal(new Set(COMMON_PASSWORDS).size, COMMON_PASSWORDS.length);
    for (const p of COMMON_PASSWORDS) assert.equal(p, p.toLowerCase(), p);
    for (const p of ['azerty', 'motdepasse', 'soleil', 'jetaime', 'doudou', 'marseille', 'azertyuiop', '123456789012'])
      assert.ok(COMMON_PASSWORDS.includes(p), p);
  });

  it('matched case-insensitively, without accents, with digits and symbols around it, and one repeated character', () => {
    // Context-specific words too (the services' own names: « bulletin », « passeport »).
    for (const p of [
      'Bulletin-2026!',
      'Passeport-2026!',
      'AzertyUiop1',
      'MOTDEPASSE123',
      'Motdepasse2026!',
      '2026-Soleil-2026',
      'Sécurité-2026!',
      '!!Marseille13!!',
      'aaaaaaaaaaaa',
      '            ',
      'ÉÉÉÉÉÉÉÉÉÉÉ',
    ]) {
      assert.ok(isCommonPassword(p), p);
    }
    // A passphrase with a common word inside is not a common password.
    for (const p of [
      'soleil du matin sur la mer',
      'Mon nouveau coffre 🐚 2026',
      'Bulletin-de-mars',
      'Nouveau-Passeport-2027!',
      'cheval-batterie-agrafe',
      'aaaaaaaaaab',
    ]) {
      assert.ok(!isCommonPassword(p), p);
    }
  });

  it('property: a listed password with any digits appended is refused, whatever its case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMON_PASSWORDS.filter((p) => /\p{L}/u.test(p))),
        fc.stringMatching(/^[0-9!?.#-]{0,6}$/),
        fc.boolean(),
        (word, suffix, upper) => {
          assert.ok(isCommonPassword(`${upper ? word.toUpperCase() : word}${suffix}`));
        },
      ),
    );
  });
});

describe('X-SEC newPasswordIssues: one check for every new password', () => {
  it('length first (core’s policy, the boundary at 10/11), then the current or temporary one, then the list', () => {
    const word = 'Cheval-Batterie-Agrafe';
    assert.deepEqual(newPasswordIssues(word.slice(0, PASSWORD_MIN_LENGTH - 1)), ['too-short']);
    assert.deepEqual(newPasswordIssues(word.slice(0, PASSWORD_MIN_LENGTH)), []);
    assert.deepEqual(newPasswordIssues(word.slice(0, PASSWORD_MIN_LENGTH + 1)), []);
    assert.deepEqual(newPasswordIssues('court'), checkNewPassword('court'));
    assert.deepEqual(newPasswordIssues('azerty'), ['too-short']);
    assert.deepEqual(newPasswordIssues('azertyuiop1'), ['common']);
    assert.deepEqual(newPasswordIssues('Cheval-Batterie'), []);
    assert.deepEqual(newPasswordIssues('Cheval-Batterie', { isCurrent: (p) => p === 'Cheval-Batterie' }), ['same-as-current']);
    assert.deepEqual(newPasswordIssues('Cheval-Batterie', { isCurrent: (p) => p === 'Cheval-Batterie', currentIsTemporary: true }), [
      'same-as-temporary',
    ]);
    // Case matters for the current password (it is a password, not a word of the list).
    assert.deepEqual(newPasswordIssues('cheval-batterie', { isCurrent: (p) => p === 'Cheval-Batterie' }), []);
  });
});

describe('X-SEC the stores call it for every new password', () => {
  it('VA-LOSTID → must change: the temporary password again is refused (same-as-temporary), a common one too, then a good one signs in', () => {
    const store = createVaultStore('vault:default', () => T0);
    const paul = DEMO_ACCOUNTS[0]!;
    store.recoverIdentifier({
      lastName: paul.lastName,
      firstName: paul.firstName,
      birthTown: 'Paris',
      birthMonth: paul.birthMonth,
      mobilePhone: '06 75 82 45 32',
      email: paul.email,
      emailConfirmation: paul.email,
      privateNumber: paul.privateNumber,
      privacyPolicyAccepted: true,
    } as Parameters<typeof store.recoverIdentifier>[0]);
    const mail = store.outbox().find((m) => m.kind === 'identifier-and-temporary-password');
    assert.ok(mail && mail.kind === 'identifier-and-temporary-password');
    let step = store.login(paul.identifier, mail.temporaryPassword);
    if (step.kind === 'second-factor') step = store.verifyCode(step.challenge, DEMO_ONE_TIME_CODE) as typeof step;
    assert.equal(step.kind, 'must-change-password', JSON.stringify(step));
    const challenge = (step as { challenge: string }).challenge;
    assert.deepEqual(store.changeTemporaryPassword(challenge, mail.temporaryPassword), { kind: 'policy', issues: ['same-as-temporary'] });
    assert.deepEqual(store.changeTemporaryPassword(challenge, 'Motdepasse2026!'), { kind: 'policy', issues: ['common'] });
    assert.equal(store.changeTemporaryPassword(challenge, 'Cheval-Batterie-Agrafe').kind, 'signed-in');
  });

  it('VA-PROFILE: the current password again is refused (same-as-current), a common one too; the reset refuses a common one', () => {
    const store = createVaultStore('vault:default', () => T0);
    const paul = DEMO_ACCOUNTS[0]!;
    const id = paul.id;
    assert.deepEqual(store.changePassword(id, paul.password!, paul.password!), { kind: 'policy', issues: ['same-as-current'] });
    assert.deepEqual(store.changePassword(id, paul.password!, 'AZERTYUIOP123'), { kind: 'policy', issues: ['common'] });
    assert.deepEqual(store.changePassword(id, paul.password!, 'Cheval-Batterie-Agrafe'), { kind: 'done' });
  });

  it('PP-COMPANY and PP-SPACES: the company password again, a common one, the temporary one at the must-change step', () => {
    const company = createPassportStore('passport:default', () => T0);
    const login = company.login(PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
    assert.ok(login.kind === 'signed-in');
    const found = company.session(login.session.token);
    assert.ok(found.kind === 'session');
    const ref = { session: found };
    const field = (issue: string) => ({ kind: 'invalid', errors: [{ field: 'password', issue }] });
    assert.deepEqual(company.changeCompanyPassword(ref.session, PASSPORT_DEMO_LOGIN.password), field('password-same-as-current'));
    assert.deepEqual(company.changeCompanyPassword(ref.session, 'Soleil-2026!!'), field('password-common'));
    assert.deepEqual(company.changeCompanyPassword(ref.session, 'Cheval-Batterie-Agrafe'), { kind: 'done' });

    const handedOver = createPassportStore('passport:must-change-password', () => T0);
    const step = handedOver.login(PASSPORT_HANDOVER_LOGIN.email, PASSPORT_HANDOVER_LOGIN.password);
    assert.ok(step.kind === 'must-change-password');
    assert.deepEqual(
      handedOver.changeTemporaryPassword(step.challenge, PASSPORT_HANDOVER_LOGIN.password),
      field('password-same-as-temporary'),
    );
    assert.deepEqual(handedOver.changeTemporaryPassword(step.challenge, 'motdepasse12345'), field('password-common'));
    assert.equal(handedOver.changeTemporaryPassword(step.challenge, 'Claire-Durand-2026').kind, 'signed-in');
  });
});
