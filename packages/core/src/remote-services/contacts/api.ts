/**
 * RS-CONTACTS — paths and typed calls of this part through the shared client. Private routes: the
 * provider's bearer token. Every write answers the contact as it now is.
 *
 * Problems (RFC 9457, `REMOTE_PROBLEM_TYPES`): 403 `/problems/permission-denied` (the caller's level
 * does not allow it; `reason` for a level change: `LevelChangeRefusal`), 404 `/problems/not-found`,
 * 409 `/problems/contact-locked` (access granted: the person keeps their data), 409
 * `/problems/invitation-state` (no such action in this state), 422 `/problems/validation` (`errors`
 * as `{ field, issue }`, issues of `CONTACT_FIELD_ISSUES`).
 */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import type { Contact, PermissionLevel } from '../schemas.js';
import { REMOTE_CONTACTS_ROUTES as R } from './routes.js';
import type { ContactUpdateRequest, InvitationRequest, SiteContacts } from './schemas.js';

export const siteContactsPath = (siteId: string): string => pathOf(R.siteContacts, { siteId });
export const siteContactPath = (siteId: string, contactId: string): string => pathOf(R.updateContact, { siteId, contactId });
export const contactPermissionPath = (siteId: string, contactId: string): string => pathOf(R.changePermission, { siteId, contactId });
export const contactGrantAccessPath = (siteId: string, contactId: string): string => pathOf(R.grantAccess, { siteId, contactId });
export const contactResendInvitationPath = (siteId: string, contactId: string): string => pathOf(R.resendInvitation, { siteId, contactId });
export const siteInvitationsPath = (siteId: string): string => pathOf(R.invite, { siteId });

type Opts = Pick<RequestOptions, 'signal'>;
export interface RemoteKeyedOpts extends Opts {
  /** The `Idempotency-Key` of this submission (default: a fresh one); reuse it to retry the same one. */
  readonly idempotencyKey?: string;
}
const keyed = (opts: RemoteKeyedOpts) => ({ signal: opts.signal, idempotencyKey: opts.idempotencyKey });

/** RS-CONTACTS: the site's contacts (invitation states as of the server's now) and the caller's level. */
export function listSiteContacts(client: VigieClient, siteId: string, opts: Opts = {}): Promise<SiteContacts> {
  return callRoute(client, R.siteContacts, { params: { siteId }, ...opts });
}

/** RS-CONTACTS-EDIT: replaces the personal data of a contact not yet granted access (409 `contact-locked` after). */
export function updateContact(
  client: VigieClient,
  siteId: string,
  contactId: string,
  request: ContactUpdateRequest,
  opts: Opts = {},
): Promise<Contact> {
  return callRoute(client, R.updateContact, { params: { siteId, contactId }, body: request, ...opts });
}

/** RS-CONTACTS-CHANGE: gives a contact another level (403 `permission-denied` with `reason` when the caller may not). */
export function changeContactPermission(
  client: VigieClient,
  siteId: string,
  contactId: string,
  permission: PermissionLevel,
  opts: Opts = {},
): Promise<Contact> {
  return callRoute(client, R.changePermission, { params: { siteId, contactId }, body: { permission }, ...opts });
}

/**
 * RS-CONTACTS invite: adds a colleague to the site's contacts and e-mails them an invitation (201, the
 * new contact, `invited`). An address that already has a MySecuritas account gets the very same
 * answer (no enumeration): the invitation tells its owner to sign in. 409 `already-contact` only
 * for an address one of this site's contacts has (the caller sees those anyway).
 */
export function inviteColleague(
  client: VigieClient,
  siteId: string,
  request: InvitationRequest,
  opts: RemoteKeyedOpts = {},
): Promise<Contact> {
  return callRoute(client, R.invite, { params: { siteId }, body: request, ...keyed(opts) });
}

/** RS-CONTACTS-GRANT-ACCESS: e-mails the first invitation to a contact never invited (422 `email-required` without an address). */
export function grantContactAccess(client: VigieClient, siteId: string, contactId: string, opts: RemoteKeyedOpts = {}): Promise<Contact> {
  return callRoute(client, R.grantAccess, { params: { siteId, contactId }, ...keyed(opts) });
}

/** RS-CONTACTS-RESEND: a new invitation link (the old one stops working), valid 7 days from now. */
export function resendInvitation(client: VigieClient, siteId: string, contactId: string, opts: RemoteKeyedOpts = {}): Promise<Contact> {
  return callRoute(client, R.resendInvitation, { params: { siteId, contactId }, ...keyed(opts) });
}
