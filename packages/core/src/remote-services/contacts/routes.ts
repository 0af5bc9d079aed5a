/** RS-CONTACTS — this part's rows of the Remote Services contract table (see `../routes.ts`). */
import { defineRoutes } from '../../shared/contract.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { Contact } from '../schemas.js';
import { ContactUpdateRequest, InvitationRequest, PermissionChangeRequest, SiteContacts } from './schemas.js';

const CONTACT = 'remote/sites/{siteId}/contacts/{contactId}';

export const REMOTE_CONTACTS_ROUTES = defineRoutes(REMOTE_PROBLEMS, {
  siteContacts: {
    method: 'get',
    path: 'remote/sites/{siteId}/contacts',
    response: SiteContacts,
    problems: ['notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  updateContact: {
    method: 'put',
    path: CONTACT,
    body: ContactUpdateRequest,
    response: Contact,
    problems: ['permissionDenied', 'notFound', 'contactLocked', 'validation'],
    auth: 'provider',
    idempotency: 'safe',
  },
  changePermission: {
    method: 'put',
    path: `${CONTACT}/permission`,
    body: PermissionChangeRequest,
    response: Contact,
    problems: ['permissionDenied', 'notFound', 'validation'],
    auth: 'provider',
    idempotency: 'safe',
  },
  grantAccess: {
    method: 'post',
    path: `${CONTACT}/grant-access`,
    response: Contact,
    problems: ['permissionDenied', 'notFound', 'invitationState', 'validation'],
    auth: 'provider',
    idempotency: 'keyed',
  },
  resendInvitation: {
    method: 'post',
    path: `${CONTACT}/resend-invitation`,
    response: Contact,
    problems: ['permissionDenied', 'notFound', 'invitationState'],
    auth: 'provider',
    idempotency: 'keyed',
  },
  invite: {
    method: 'post',
    path: 'remote/sites/{siteId}/invitations',
    body: InvitationRequest,
    response: Contact,
    status: 201,
    problems: ['permissionDenied', 'notFound', 'alreadyContact', 'validation'],
    auth: 'provider',
    idempotency: 'keyed',
  },
});
