/** VA-LOGIN — the one-time code: 6 digits (paste "123 456"), valid 10 minutes, resend after 60 s. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  CODE_LENGTH,
  CODE_VALIDITY_MINUTES,
  MAX_CODE_ATTEMPTS,
  RESEND_COOLDOWN_SECONDS,
  canResendCode,
  codeDeadlines,
  codeRemainingMs,
  isCodeExpired,
  nextCodeDeadline,
  normalizeCode,
  resendWaitSeconds,
  sanitizeCodeInput,
} from './one-time-code.js';

const T0 = Date.parse('2026-03-10T09:00:00+01:00');
const MIN = 60_000;

describe('VA-LOGIN one-time code', () => {
  test('VA-LOGIN constants: 6 digits, 10 minutes, 60 seconds, 5 attempts', () => {
    assert.equal(CODE_LENGTH, 6);
    assert.equal(CODE_VALIDITY_MINUTES, 10);
    assert.equal(RESEND_COOLDOWN_SECONDS, 60);
    assert.equal(MAX_CODE_ATTEMPTS, 5);
  });

  test('VA-LOGIN a pasted "123 456" or "123-456" fills the code: 123456', () => {
    for (const pasted of ['123456', '123 456', '123-456', ' 123 456 ', '12 34 56', '123\u00a0456', '123.456', '123–456']) {
      assert.equal(normalizeCode(pasted), '123456', JSON.stringify(pasted));
    }
  });

  test('VA-LOGIN 5 or 7 digits, letters → not a code', () => {
    for (const bad of ['12345', '1234567', '12a456', '', 'abcdef', '123 45']) assert.equal(normalizeCode(bad), undefined, bad);
  });

  test('VA-LOGIN sanitizeCodeInput keeps the digits, at most 6', () => {
    assert.equal(sanitizeCodeInput('12a 3-4'), '1234');
    assert.equal(sanitizeCodeInput('123 456 789'), '123456');
    assert.equal(sanitizeCodeInput('Votre code : 482 913'), '482913');
  });

  test('VA-LOGIN expiry: valid at +10 min − 1 ms, expired at +10 min exactly and after', () => {
    const d = codeDeadlines(T0);
    assert.equal(d.expiresAt, T0 + 10 * MIN);
    assert.equal(isCodeExpired(d, T0 + 9 * MIN), false);
    assert.equal(isCodeExpired(d, T0 + 10 * MIN - 1), false);
    assert.equal(isCodeExpired(d, T0 + 10 * MIN), true);
    assert.equal(isCodeExpired(d, T0 + 11 * MIN), true);
    assert.equal(codeRemainingMs(d, T0 + 10 * MIN - 1), 1);
    assert.equal(codeRemainingMs(d, T0 + 11 * MIN), 0);
  });

  test('VA-LOGIN resend cooldown: not at +59 s, yes at +60 s; wait rounded up in seconds', () => {
    const d = codeDeadlines(T0);
    assert.equal(d.resendAt, T0 + 60_000);
    assert.equal(canResendCode(d, T0), false);
    assert.equal(resendWaitSeconds(d, T0), 60);
    assert.equal(canResendCode(d, T0 + 59_000), false);
    assert.equal(resendWaitSeconds(d, T0 + 59_000), 1);
    assert.equal(resendWaitSeconds(d, T0 + 59_999), 1);
    assert.equal(canResendCode(d, T0 + 60_000), true);
    assert.equal(resendWaitSeconds(d, T0 + 60_000), 0);
  });

  test('VA-LOGIN nextCodeDeadline: resendAt, then expiresAt, then nothing', () => {
    const d = codeDeadlines(T0);
    assert.equal(nextCodeDeadline(d, T0), d.resendAt);
    assert.equal(nextCodeDeadline(d, d.resendAt), d.expiresAt);
    assert.equal(nextCodeDeadline(d, d.expiresAt), undefined);
  });

  test('VA-LOGIN property: any 6 digits with spaces or hyphens between them normalise to the digits', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{6}$/),
        fc.array(fc.constantFrom('', ' ', '-', '  '), { minLength: 7, maxLength: 7 }),
        (digits, seps) => {
          const typed = [...digits].map((c, i) => `${seps[i]}${c}`).join('') + seps[6];
          assert.equal(normalizeCode(typed), digits);
          assert.equal(sanitizeCodeInput(typed), digits);
        },
      ),
    );
  });
});
