/** VA-ACTIVATE — the invitation link is valid 15 days; VA-RESET — the reset link 24 hours. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ACTIVATION_LINK_VALID_DAYS,
  RESET_LINK_VALID_HOURS,
  activationLinkExpiresAt,
  activationLinkStatus,
  linkDaysLeft,
  resetLinkStatus,
} from './activation.js';

const DAY = 86_400_000;
const ISSUED = Date.parse('2026-03-10T09:30:00+01:00');

describe('VA-ACTIVATE invitation link', () => {
  test('VA-ACTIVATE constant: 15 days', () => {
    assert.equal(ACTIVATION_LINK_VALID_DAYS, 15);
  });

  test('VA-ACTIVATE day 14 after issue → valid', () => {
    assert.equal(activationLinkStatus(ISSUED, ISSUED + 14 * DAY), 'valid');
  });

  test('VA-ACTIVATE day 15: valid 1 ms before issue + 15 days, expired at issue + 15 days exactly', () => {
    assert.equal(activationLinkStatus(ISSUED, ISSUED + 15 * DAY - 1), 'valid');
    assert.equal(activationLinkStatus(ISSUED, ISSUED + 15 * DAY), 'expired');
  });

  test('VA-ACTIVATE day 16 after issue → expired', () => {
    assert.equal(activationLinkStatus(ISSUED, ISSUED + 16 * DAY), 'expired');
  });

  test('VA-ACTIVATE the day of issue → valid; 15 days to go', () => {
    assert.equal(activationLinkStatus(ISSUED, ISSUED), 'valid');
    assert.equal(linkDaysLeft(activationLinkExpiresAt(ISSUED), ISSUED), 15);
    assert.equal(linkDaysLeft(activationLinkExpiresAt(ISSUED), ISSUED + 14 * DAY + 1), 1);
    assert.equal(linkDaysLeft(activationLinkExpiresAt(ISSUED), ISSUED + 15 * DAY), 0);
  });

  test('VA-ACTIVATE 15 × 24 h even across the spring clock change (issued 2026-03-20, ends 2026-04-04 at the same UTC instant)', () => {
    const issued = Date.parse('2026-03-20T10:00:00Z');
    assert.equal(new Date(activationLinkExpiresAt(issued)).toISOString(), '2026-04-04T10:00:00.000Z');
  });

  test('VA-ACTIVATE property: valid exactly before issue + 15 days, and never valid again once expired', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: -DAY, max: 40 * DAY }), fc.nat(40 * DAY), (issued, dt, later) => {
        const status = activationLinkStatus(issued, issued + dt);
        assert.equal(status, dt < 15 * DAY ? 'valid' : 'expired');
        if (status === 'expired') assert.equal(activationLinkStatus(issued, issued + dt + later), 'expired');
      }),
    );
  });
});

describe('VA-RESET reset link', () => {
  test('VA-RESET valid 24 h: at +24 h − 1 ms valid, at +24 h expired', () => {
    assert.equal(RESET_LINK_VALID_HOURS, 24);
    assert.equal(resetLinkStatus(ISSUED, ISSUED + 23 * 3_600_000), 'valid');
    assert.equal(resetLinkStatus(ISSUED, ISSUED + DAY - 1), 'valid');
    assert.equal(resetLinkStatus(ISSUED, ISSUED + DAY), 'expired');
  });
});
