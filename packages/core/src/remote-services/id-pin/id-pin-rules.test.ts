import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ID_PIN_ID_DIGITS,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  formatIdPinId,
  idPinIdIssue,
  normalizeIdPinId,
  pinIssue,
} from './id-pin-format.js';
import { IdPinIdentifier, Pin } from './schemas.js';
import { NICKNAME_MAX_LENGTH, checkNickname, normalizeNickname } from './nickname.js';
import { checkPinChange } from './pin-change.js';
import { HOLDER_NAME_MAX_LENGTH, checkHolder, holderOf, isFrenchPhone, normalizePhone } from './holder.js';
import { decideIdPinAttempt, idPinWaitUntil } from './throttle.js';
import { EMPTY_THROTTLE, THROTTLE_FIRST_WAIT_MS, THROTTLE_FREE_FAILURES } from '../../passport/throttle.js';

const digits = (n: number) => '1234567890'.repeat(3).slice(0, n);

test('RS-IDPIN ID: exactly 8 digits — 7 refused, 8 accepted, 9 refused', () => {
  assert.equal(ID_PIN_ID_DIGITS, 8);
  assert.equal(idPinIdIssue(digits(7)), 'id-format');
  assert.equal(idPinIdIssue(digits(8)), undefined);
  assert.equal(idPinIdIssue(digits(9)), 'id-format');
  assert.equal(idPinIdIssue(''), 'required');
  assert.equal(idPinIdIssue('   '), 'required');
  assert.equal(idPinIdIssue('4010 00A0'), 'id-format');
  assert.equal(IdPinIdentifier.safeParse(digits(8)).success, true);
  assert.equal(IdPinIdentifier.safeParse(digits(9)).success, false);
});

test('RS-IDPIN ID: spaces, dots, dashes and no-break spaces tolerated and dropped', () => {
  assert.equal(normalizeIdPinId(' 4010 0000 '), '40100000');
  assert.equal(normalizeIdPinId('4010-0000'), '40100000');
  assert.equal(normalizeIdPinId('40.10.00.00'), '40100000');
  assert.equal(normalizeIdPinId('4010\u00a00000'), '40100000');
  assert.equal(idPinIdIssue('4010 0000'), undefined);
  assert.equal(formatIdPinId('40100000'), '4010\u00a00000');
});

test('RS-IDPIN PIN: 4 to 6 digits — 3 refused, 4 and 6 accepted, 7 refused; digits only, never trimmed', () => {
  assert.deepEqual([PIN_MIN_DIGITS, PIN_MAX_DIGITS], [4, 6]);
  assert.equal(pinIssue(digits(3)), 'pin-length');
  assert.equal(pinIssue(digits(4)), undefined);
  assert.equal(pinIssue(digits(5)), undefined);
  assert.equal(pinIssue(digits(6)), undefined);
  assert.equal(pinIssue(digits(7)), 'pin-length');
  assert.equal(pinIssue(''), 'required');
  assert.equal(pinIssue(' 1234'), 'pin-digits');
  assert.equal(pinIssue('12a4'), 'pin-digits');
  assert.equal(pinIssue('١٢٣٤'), 'pin-digits', 'Arabic-Indic digits are not ASCII digits');
  assert.equal(Pin.safeParse(digits(6)).success, true);
  assert.equal(Pin.safeParse(digits(7)).success, false);
});

test('RS-IDPIN properties: the format rules agree with their patterns', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      assert.equal(pinIssue(s) === undefined, /^[0-9]{4,6}$/.test(s));
      assert.equal(Pin.safeParse(s).success, pinIssue(s) === undefined);
      const n = normalizeIdPinId(s);
      assert.equal(normalizeIdPinId(n), n, 'normalising is idempotent');
      if (idPinIdIssue(s) === undefined) {
        assert.equal(IdPinIdentifier.safeParse(n).success, true);
        assert.equal(normalizeIdPinId(formatIdPinId(n)), n, 'the shown ID reads back');
      }
    }),
  );
});

test('RS-IDPIN nickname: 60 characters accepted, 61 refused; trimmed; empty clears', () => {
  assert.equal(NICKNAME_MAX_LENGTH, 60);
  assert.deepEqual(checkNickname('a'.repeat(60), []), { nickname: 'a'.repeat(60) });
  assert.equal(checkNickname('a'.repeat(61), []).issue, 'nickname-too-long');
  assert.deepEqual(checkNickname('  Dépôt   Nord  ', []), { nickname: 'Dépôt Nord' });
  assert.deepEqual(checkNickname('   ', []), { nickname: null });
  assert.deepEqual(checkNickname('', []), { nickname: null });
  // Code points, not UTF-16 units: 60 emoji are 60 characters.
  assert.equal(checkNickname('🏭'.repeat(60), []).issue, undefined);
});

test('RS-IDPIN nickname: no control character; unique among the sites, case and accents ignored', () => {
  assert.equal(checkNickname('Dépôt\nNord', []).issue, 'nickname-control');
  assert.equal(checkNickname('Dépôt\tNord', []).issue, 'nickname-control');
  assert.equal(checkNickname('A\u0000', []).issue, 'nickname-control');
  assert.equal(checkNickname('depot nord', ['Dépôt Nord', null]).issue, 'nickname-taken');
  assert.equal(checkNickname('DÉPÔT NORD', ['Dépôt Nord']).issue, 'nickname-taken');
  assert.equal(checkNickname('Dépôt Sud', ['Dépôt Nord', null]).issue, undefined);
});

test('RS-IDPIN nickname properties: what is accepted is normalised, short enough, and checks again the same', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (raw) => {
      const c = checkNickname(raw, []);
      if (c.issue) return;
      if (c.nickname === null) {
        assert.equal(raw.trim(), '');
        return;
      }
      assert.equal(c.nickname, normalizeNickname(c.nickname));
      assert.ok([...c.nickname].length <= NICKNAME_MAX_LENGTH);
      assert.deepEqual(checkNickname(c.nickname, []), c);
      assert.equal(checkNickname(c.nickname, [c.nickname]).issue, 'nickname-taken', 'a nickname is taken by itself');
    }),
  );
});

test('RS-IDPIN PIN change: current, new twice, numeric, must differ', () => {
  assert.deepEqual(checkPinChange('1234', '5678', '5678'), []);
  assert.deepEqual(checkPinChange('1234', '1234', '1234'), [{ field: 'newPin', issue: 'pin-same' }]);
  assert.deepEqual(checkPinChange('1234', '5678', '5679'), [{ field: 'confirmation', issue: 'pin-mismatch' }]);
  assert.deepEqual(checkPinChange('', '', ''), [
    { field: 'currentPin', issue: 'required' },
    { field: 'newPin', issue: 'required' },
    { field: 'confirmation', issue: 'required' },
  ]);
  assert.deepEqual(checkPinChange('1234', '567', '567'), [{ field: 'newPin', issue: 'pin-length' }]);
  assert.deepEqual(checkPinChange('1234', '5678901', '5678901'), [{ field: 'newPin', issue: 'pin-length' }]);
  assert.deepEqual(checkPinChange('1234', '56a8', '56a8'), [{ field: 'newPin', issue: 'pin-digits' }]);
});

test('RS-IDPIN PIN change property: no issue exactly when all three are PINs, the two new equal and different from the current', () => {
  const pinish = fc.oneof(fc.stringMatching(/^[0-9]{3,7}$/), fc.constantFrom('1234', '5678', ''));
  fc.assert(
    fc.property(pinish, pinish, pinish, (c, n, k) => {
      const ok = /^[0-9]{4,6}$/.test(c) && /^[0-9]{4,6}$/.test(n) && n === k && n !== c;
      assert.equal(checkPinChange(c, n, k).length === 0, ok);
    }),
  );
});

test('RS-IDPIN personal information: names 1–80, French phone optional, e-mail required', () => {
  const ok = { firstName: 'Claire', lastName: 'Martin', phone: '', email: 'claire.martin@exemple.fr' };
  assert.deepEqual(checkHolder(ok), []);
  assert.deepEqual(checkHolder({ ...ok, firstName: 'a'.repeat(HOLDER_NAME_MAX_LENGTH) }), []);
  assert.deepEqual(checkHolder({ ...ok, firstName: 'a'.repeat(HOLDER_NAME_MAX_LENGTH + 1) }), [{ field: 'firstName', issue: 'too-long' }]);
  assert.deepEqual(checkHolder({ ...ok, lastName: ' ' }), [{ field: 'lastName', issue: 'required' }]);
  assert.deepEqual(checkHolder({ ...ok, email: '' }), [{ field: 'email', issue: 'required' }]);
  assert.deepEqual(checkHolder({ ...ok, email: 'claire@' }), [{ field: 'email', issue: 'invalid-email' }]);
  assert.deepEqual(checkHolder({ ...ok, phone: '06 12 34 56' }), [{ field: 'phone', issue: 'invalid-phone' }]);
  for (const p of ['06 12 34 56 78', '0612345678', '06.12.34.56.78', '+33 6 12 34 56 78', '0033612345678']) assert.ok(isFrenchPhone(p), p);
  for (const p of ['00 12 34 56 78', '061234567', '06123456789', '+44 20 7946 0958']) assert.ok(!isFrenchPhone(p), p);
  assert.equal(normalizePhone('0612345678'), '06 12 34 56 78');
  assert.equal(normalizePhone('+33612345678'), '+33 6 12 34 56 78');
  assert.deepEqual(holderOf({ ...ok, firstName: ' Claire ', phone: '   ' }), { ...ok, phone: null });
});

test('RS-IDPIN throttle: the passport rule, counted per account — the 5th wrong pair in a row starts a 30 s wait', () => {
  let state = EMPTY_THROTTLE;
  for (let i = 1; i < THROTTLE_FREE_FAILURES; i++) {
    const r = decideIdPinAttempt(state, 'claire', false, 0);
    assert.equal(r.decision.kind, 'refused');
    state = r.state;
  }
  const fifth = decideIdPinAttempt(state, 'claire', false, 0);
  assert.deepEqual(fifth.decision, { kind: 'wait', retryAt: THROTTLE_FIRST_WAIT_MS });
  // During the wait even the right pair waits; another account does not.
  assert.equal(decideIdPinAttempt(fifth.state, 'claire', true, THROTTLE_FIRST_WAIT_MS - 1).decision.kind, 'wait');
  assert.equal(decideIdPinAttempt(fifth.state, 'paul', false, 1).decision.kind, 'refused');
  assert.equal(idPinWaitUntil(fifth.state, 'claire', THROTTLE_FIRST_WAIT_MS - 1), THROTTLE_FIRST_WAIT_MS);
  assert.equal(idPinWaitUntil(fifth.state, 'claire', THROTTLE_FIRST_WAIT_MS), undefined);
  assert.equal(decideIdPinAttempt(fifth.state, 'claire', true, THROTTLE_FIRST_WAIT_MS).decision.kind, 'accepted');
});
