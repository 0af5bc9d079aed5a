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
import { newIdempotencyKey } from '../../api/idempotency.js';
import { Contact, type PermissionLevel } from '../schemas.js';
import { SiteContacts, type ContactUpdateRequest, type InvitationRequest } from './schemas.js';

const enc = encodeURIComponent;
export const siteContactsPath = (siteId: string): string => `remote/sites/${enc(siteId)}/contacts`;
export const siteContactPath = (siteId: string, contactId: string): string => `${siteContactsPath(siteId)}/${enc(contactId)}`;
export const contactPermissionPath = (siteId: string, contactId: string): string => `${siteContactPath(siteId, contactId)}/permission`;
export const contactGrantAccessPath = (siteId: string, contactId: string): string => `${siteContactPath(siteId, contactId)}/grant-access`;
export const contactResendInvitationPath = (siteId: string, contactId: string): string =>
  `${siteContactPath(siteId, contactId)}/resend-invitation`;
export const siteInvitationsPath = (siteId: string): string => `remote/sites/${enc(siteId)}/invitations`;

type Opts = Pick<RequestOptions, 'signal'>;
export interface RemoteKeyedOpts extends Opts {
  /** The `Idempotency-Key` of this submission (default: a fresh one); reuse it to retry the same one. */
  readonly idempotencyKey?: string;
}
const keyed = (opts: RemoteKeyedOpts) => ({ signal: opts.signal, idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey() });

/** RS-CONTACTS: the site's contacts (invitation states as of the server's now) and the caller's level. */
export function listSiteContacts(client: VigieClient, siteId: string, opts: Opts = {}): Promise<SiteContacts> {
  return client.get(siteContactsPath(siteId), SiteContacts, opts);
}

/** RS-CONTACTS-EDIT: replaces the personal data of a contact not yet granted access (409 `contact-locked` after). */
export function updateContact(
  client: VigieClient,
  siteId: string,
  contactId: string,
  request: ContactUpdateRequest,
  opts: Opts = {},
): Promise<Contact> {
  return client.put(siteContactPath(siteId, contactId), request, Contact, opts);
}

/** RS-CONTACTS-CHANGE: gives a contact another level (403 `permission-denied` with `reason` when the caller may not). */
export function changeContactPermission(
  client: VigieClient,
  siteId: string,
  contactId: string,
  permission: PermissionLevel,
  opts: Opts = {},
): Promise<Contact> {
  return client.put(contactPermissionPath(siteId, contactId), { permission }, Contact, opts);
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
  return client.post(siteInvitationsPath(siteId), request, Contact, keyed(opts));
}

/** RS-CONTACTS-GRANT-ACCESS: e-mails the first invitation to a contact never invited (422 `email-required` without an address). */
export function grantContactAccess(client: VigieClient, siteId: string, contactId: string, opts: RemoteKeyedOpts = {}): Promise<Contact> {
  return client.post(contactGrantAccessPath(siteId, contactId), undefined, Contact, keyed(opts));
}

/** RS-CONTACTS-RESEND: a new invitation link (the old one stops working), valid 7 days from now. */
export function resendInvitation(client: VigieClient, siteId: string, contactId: string, opts: RemoteKeyedOpts = {}): Promise<Contact> {
  return client.post(contactResendInvitationPath(siteId, contactId), undefined, Contact, keyed(opts));
}
