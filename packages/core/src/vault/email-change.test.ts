/** VA-PROFILE, X-SEC — the e-mail change's confirmation link: 24 hours, boundary tests. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EMAIL_CONFIRMATION_LINK_VALID_HOURS,
  EMAIL_CONFIRMATION_LINK_VALID_MS,
  EMAIL_CONFIRMATION_TOKEN_PARAM,
  emailConfirmationLinkExpiresAt,
  emailConfirmationLinkStatus,
} from './email-change.js';

const T0 = Date.parse('2026-03-10T09:00:00+01:00');

describe('VA-PROFILE e-mail confirmation link', () => {
  test('VA-PROFILE the link is valid 24 hours', () => {
    assert.equal(EMAIL_CONFIRMATION_LINK_VALID_HOURS, 24);
    assert.equal(EMAIL_CONFIRMATION_LINK_VALID_MS, 86_400_000);
    assert.equal(emailConfirmationLinkExpiresAt(T0), T0 + 86_400_000);
  });

  test('VA-PROFILE boundary: valid at issue, at +24 h − 1 ms; expired at +24 h and after', () => {
    assert.equal(emailConfirmationLinkStatus(T0, T0), 'valid');
    assert.equal(emailConfirmationLinkStatus(T0, T0 + EMAIL_CONFIRMATION_LINK_VALID_MS - 1), 'valid');
    assert.equal(emailConfirmationLinkStatus(T0, T0 + EMAIL_CONFIRMATION_LINK_VALID_MS), 'expired');
    assert.equal(emailConfirmationLinkStatus(T0, T0 + EMAIL_CONFIRMATION_LINK_VALID_MS + 1), 'expired');
  });

  test('VA-PROFILE the link has a parameter of its own, not the reset and invitation links’ `token`', () => {
    assert.equal(EMAIL_CONFIRMATION_TOKEN_PARAM, 'email-token');
    assert.notEqual(EMAIL_CONFIRMATION_TOKEN_PARAM, 'token');
  });
});
