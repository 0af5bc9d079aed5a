/**
 * VA-ACTIVATE / VA-RESET — how long the e-mailed links stay usable.
 *
 * - The invitation (activation) link is valid about 15 days (seed 003, « Étape 1 »); an expired
 *   link says so and sends the person to HR for a new one.
 * - The password reset link of « Mot de passe oublié » (seed 002, question 1): the seeds give no
 *   duration; 24 hours is the usual choice and a named constant here.
 *
 * Validity is a duration from the instant the link was issued (15 × 24 h, not calendar days), so
 * every backend and every time zone agree on the exact instant it ends.
 */

/** VA-ACTIVATE: an invitation link is valid 15 days after it was issued. */
export const ACTIVATION_LINK_VALID_DAYS = 15;
const DAY_MS = 86_400_000;
export const ACTIVATION_LINK_VALID_MS = ACTIVATION_LINK_VALID_DAYS * DAY_MS;

/** VA-RESET: a password reset link is valid 24 hours (not in the seeds: the usual choice). */
export const RESET_LINK_VALID_HOURS = 24;
export const RESET_LINK_VALID_MS = RESET_LINK_VALID_HOURS * 3_600_000;

export const LINK_STATUSES = ['valid', 'expired'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** When an invitation issued at `issuedAt` (ms) stops working. */
export const activationLinkExpiresAt = (issuedAt: number): number => issuedAt + ACTIVATION_LINK_VALID_MS;

/** VA-ACTIVATE: `valid` until `issuedAt` + 15 days − 1 ms, `expired` from `issuedAt` + 15 days on. */
export function activationLinkStatus(issuedAt: number, now: number): LinkStatus {
  return now < activationLinkExpiresAt(issuedAt) ? 'valid' : 'expired';
}

/** When a reset link issued at `issuedAt` (ms) stops working. */
export const resetLinkExpiresAt = (issuedAt: number): number => issuedAt + RESET_LINK_VALID_MS;

/** VA-RESET: `valid` until `issuedAt` + 24 h − 1 ms, `expired` from then on (a used link is the server's to say). */
export function resetLinkStatus(issuedAt: number, now: number): LinkStatus {
  return now < resetLinkExpiresAt(issuedAt) ? 'valid' : 'expired';
}

/** Whole days left before a link expiring at `expiresAt` ends, rounded up (0 once expired). */
export function linkDaysLeft(expiresAt: number, now: number): number {
  return Math.max(0, Math.ceil((expiresAt - now) / DAY_MS));
}
