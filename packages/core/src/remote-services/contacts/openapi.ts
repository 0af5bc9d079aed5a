/** RS-CONTACTS — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
import { Contact } from '../schemas.js';
import { componentSchemas, idempotencyKey, openApiBuilders } from '../../shared/openapi-builders.js';
import { INVITATION_VALID_DAYS } from './invitations.js';
import { ContactUpdateRequest, InvitationRequest, PermissionChangeRequest, SiteContacts } from './schemas.js';

const COMPONENTS = {
  RemoteContact: Contact,
  RemoteSiteContacts: SiteContacts,
  RemoteContactUpdateRequest: ContactUpdateRequest,
  RemotePermissionChangeRequest: PermissionChangeRequest,
  RemoteInvitationRequest: InvitationRequest,
} as const;
type Component = keyof typeof COMPONENTS;

export function remoteContactsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}

const { json, problem, operation: op } = openApiBuilders<Component>('remote-services');
const siteId = { name: 'siteId', in: 'path', required: true, schema: { type: 'string' } };
const contactId = { name: 'contactId', in: 'path', required: true, schema: { type: 'string' } };
const DENIED = problem(
  'The caller’s level does not allow it (`/problems/permission-denied`; for a level change `reason`: `not-allowed`, `own-level`, `contact-above-caller`, `level-not-grantable`)',
);
const NOT_FOUND = problem('No such site or contact (`/problems/not-found`)');
const INVALID = problem(
  'A field is missing or malformed (`/problems/validation`, `errors` as `{ field, issue }`: `required`, `too-long`, `invalid-phone`, `invalid-email`, `duplicate-email`, `email-required`, `already-contact`)',
);
const STATE = problem(
  'Not in this invitation state (`/problems/invitation-state`): grant only a contact never invited, resend only a pending or expired invitation',
);
const CONTACT = json('RemoteContact', 'The contact as it now is');

export function remoteContactsPaths(): Record<string, unknown> {
  return {
    '/remote/sites/{siteId}/contacts': {
      get: op(
        'remoteListSiteContacts',
        'RS-CONTACTS: the site’s contacts (invitation states as of now: an `invited` one past `expiresAt` reads `expired`) and the caller’s level',
        undefined,
        {
          '200': json('RemoteSiteContacts', 'The contacts and the caller'),
          '404': NOT_FOUND,
        },
        { parameters: [siteId] },
      ),
    },
    '/remote/sites/{siteId}/contacts/{contactId}': {
      put: op(
        'remoteUpdateContact',
        'RS-CONTACTS-EDIT: the personal data of a contact not yet granted access (French phone, up to 3 e-mails; an invited contact keeps one)',
        'RemoteContactUpdateRequest',
        {
          '200': CONTACT,
          '403': DENIED,
          '404': NOT_FOUND,
          '409': problem('Access was granted: the person keeps their data (`/problems/contact-locked`)'),
          '422': INVALID,
        },
        { parameters: [siteId, contactId] },
      ),
    },
    '/remote/sites/{siteId}/contacts/{contactId}/permission': {
      put: op(
        'remoteChangeContactPermission',
        'RS-CONTACTS-CHANGE: another level; only a level the caller may grant (at or below their own, administrators and managers), on a contact whose level they may grant, never their own',
        'RemotePermissionChangeRequest',
        {
          '200': CONTACT,
          '403': DENIED,
          '404': NOT_FOUND,
          '422': INVALID,
        },
        { parameters: [siteId, contactId] },
      ),
    },
    '/remote/sites/{siteId}/contacts/{contactId}/grant-access': {
      post: op(
        'remoteGrantContactAccess',
        `RS-CONTACTS-GRANT-ACCESS: e-mails the first invitation to a contact never invited (to their first address), valid ${INVITATION_VALID_DAYS} days`,
        undefined,
        {
          '200': CONTACT,
          '403': DENIED,
          '404': NOT_FOUND,
          '409': STATE,
          '422': INVALID,
        },
        { parameters: [siteId, contactId, idempotencyKey] },
      ),
    },
    '/remote/sites/{siteId}/contacts/{contactId}/resend-invitation': {
      post: op(
        'remoteResendInvitation',
        `RS-CONTACTS-RESEND: a new invitation link to a pending or expired invitation, valid ${INVITATION_VALID_DAYS} days from now; the old link stops working`,
        undefined,
        {
          '200': CONTACT,
          '403': DENIED,
          '404': NOT_FOUND,
          '409': STATE,
        },
        { parameters: [siteId, contactId, idempotencyKey] },
      ),
    },
    '/remote/sites/{siteId}/invitations': {
      post: op(
        'remoteInviteColleague',
        `RS-CONTACTS invite: adds a colleague to the site’s contacts and e-mails an invitation valid ${INVITATION_VALID_DAYS} days. An address that already has a MySecuritas account gets the very same 201 (no enumeration)`,
        'RemoteInvitationRequest',
        {
          '201': json('RemoteContact', 'The new contact, `invited`'),
          '403': DENIED,
          '404': NOT_FOUND,
          '409': problem('One of this site’s contacts already has this address (`/problems/already-contact`): grant or resend instead'),
          '422': INVALID,
        },
        { parameters: [siteId, idempotencyKey] },
      ),
    },
  };
}
