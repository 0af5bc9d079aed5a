/**
 * RS-CONTACTS — where a contact is with MySecuritas: not invited → invited → access granted, and an
 * invitation left unanswered expires (it can be sent again).
 *
 * - RS-CONTACTS-EXPIRY: an invitation works for {@link INVITATION_VALID_DAYS} days from the moment it
 *   was sent; at `sentAt + 7 days` exactly it no longer works (`expiresAt` is the first instant it
 *   is expired). The server stores `invited`; whoever reads it at or after `expiresAt` sees `expired`
 *   ({@link invitationStateAt}), so a list left open goes from one to the other without a reload.
 * - RS-CONTACTS-GRANT-ACCESS: « Accorder l'accès » sends the first invitation to a contact who was never
 *   invited; it needs an e-mail address (the invitation goes to the contact's first address).
 * - RS-CONTACTS-RESEND: an invitation that is pending (`invited`) or `expired` can be sent again:
 *   a new link, a new `expiresAt` 7 days on; the old link stops working.
 * - Access granted is the end: the person has their MySecuritas account (they accepted).
 */
import type { Contact, InvitationState } from '../schemas.js';

/** RS-CONTACTS-EXPIRY: how long an invitation link works. */
export const INVITATION_VALID_DAYS = 7;
export const INVITATION_VALID_MS = INVITATION_VALID_DAYS * 24 * 3_600_000;

/** RS-CONTACTS-EXPIRY: when an invitation sent at `sentAt` (ms) stops working (ms). */
export const invitationExpiresAt = (sentAt: number): number => sentAt + INVITATION_VALID_MS;

/** RS-CONTACTS-EXPIRY: the state of an invitation at `now` (an `invited` one past its `expiresAt` is `expired`). */
export function invitationStateAt(invitation: Contact['invitation'], now: number): InvitationState {
  if (invitation.state === 'invited' && invitation.expiresAt !== null && Date.parse(invitation.expiresAt) <= now) return 'expired';
  return invitation.state;
}

/** A contact as seen at `now` (its invitation state made current). */
export function contactAt(contact: Contact, now: number): Contact {
  const state = invitationStateAt(contact.invitation, now);
  return state === contact.invitation.state ? contact : { ...contact, invitation: { ...contact.invitation, state } };
}

/**
 * RS-CONTACTS-EDIT: whether the site may edit this contact's personal data (until access is granted;
 * then the person keeps it up to date from their MySecuritas account). Also `personal-data.ts`'s.
 */
export const canEditPersonalData = (state: InvitationState): boolean => state !== 'granted';

/** What can be done about a contact's access, by state. */
export type InvitationAction = 'grant' | 'resend';

/** RS-CONTACTS-GRANT-ACCESS / RS-CONTACTS-RESEND: the action the state offers (none once access is granted). */
export function invitationActionOf(state: InvitationState): InvitationAction | undefined {
  switch (state) {
    case 'not-invited':
      return 'grant';
    case 'invited':
    case 'expired':
      return 'resend';
    case 'granted':
      return undefined;
  }
}

/** The first instant, after `now`, at which some contact's invitation expires (to re-render then); undefined if none. */
export function nextInvitationExpiry(contacts: readonly Contact[], now: number): number | undefined {
  let next: number | undefined;
  for (const c of contacts) {
    if (c.invitation.state !== 'invited' || c.invitation.expiresAt === null) continue;
    const at = Date.parse(c.invitation.expiresAt);
    if (at > now && (next === undefined || at < next)) next = at;
  }
  return next;
}

/** The invitation of a contact (re)invited at `now`. */
export function sentInvitation(now: number): Contact['invitation'] {
  return { state: 'invited', sentAt: new Date(now).toISOString(), expiresAt: new Date(invitationExpiresAt(now)).toISOString() };
}
