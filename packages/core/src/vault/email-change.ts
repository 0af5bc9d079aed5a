/**
 * VA-PROFILE, X-SEC — changing the personal e-mail, which is also a login identifier (seed 002,
 * questions 2 and 4). The change is asked with the current password (a wrong one counts toward the
 * account's lock, `lockout.ts`), and the new address becomes a login only once its owner follows
 * the confirmation link e-mailed to it. Until then the current address stays the login and the
 * profile shows the change as pending (`VaultProfile.pendingEmail`).
 *
 * The confirmation link is a kind of its own: its token comes in the page's URL under
 * {@link EMAIL_CONFIRMATION_TOKEN_PARAM}, never another kind's (core's `LINK_TOKEN_PARAMS`), so that
 * no other link widget of the page takes it for its own and the other way round.
 */
import { LINK_TOKEN_PARAMS } from '../shared/links.js';

/** VA-PROFILE: a confirmation link is valid 24 hours (not in the seeds: the usual choice, as for the reset link). */
export const EMAIL_CONFIRMATION_LINK_VALID_HOURS = 24;
export const EMAIL_CONFIRMATION_LINK_VALID_MS = EMAIL_CONFIRMATION_LINK_VALID_HOURS * 3_600_000;

/** The URL query parameter of the e-mailed confirmation link (`…?email-token=<token>`). */
export const EMAIL_CONFIRMATION_TOKEN_PARAM = LINK_TOKEN_PARAMS['vault-email'];

/** When a confirmation link issued at `issuedAt` (ms) stops working. */
export const emailConfirmationLinkExpiresAt = (issuedAt: number): number => issuedAt + EMAIL_CONFIRMATION_LINK_VALID_MS;

/**
 * VA-PROFILE: `valid` until `issuedAt` + 24 h − 1 ms, `expired` from then on. A link replaced by a
 * newer request, or already followed, is the server's to say (`used` / `expired`).
 */
export function emailConfirmationLinkStatus(issuedAt: number, now: number): 'valid' | 'expired' {
  return now < emailConfirmationLinkExpiresAt(issuedAt) ? 'valid' : 'expired';
}
