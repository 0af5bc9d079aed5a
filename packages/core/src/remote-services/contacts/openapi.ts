/** RS-CONTACTS — this part's paths and schemas in the OpenAPI document (tag `remote-services`), from its table (`routes.ts`). */
import { Contact } from '../schemas.js';
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { REMOTE_PROBLEM_DOCS } from '../problem-docs.js';
import { REMOTE_CONTACTS_ROUTES } from './routes.js';
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

const { problem } = openApiBuilders<Component>('remote-services');
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
const CONTACT = 'The contact as it now is';

const DOCS: Record<keyof typeof REMOTE_CONTACTS_ROUTES, OperationDoc> = {
  siteContacts: {
    operationId: 'remoteListSiteContacts',
    summary:
      'RS-CONTACTS: the site’s contacts (invitation states as of now: an `invited` one past `expiresAt` reads `expired`) and the caller’s level',
    ok: 'The contacts and the caller',
    answers: { '404': NOT_FOUND },
  },
  updateContact: {
    operationId: 'remoteUpdateContact',
    summary:
      'RS-CONTACTS-EDIT: the personal data of a contact not yet granted access (French phone, up to 3 e-mails; an invited contact keeps one)',
    ok: CONTACT,
    answers: {
      '403': DENIED,
      '404': NOT_FOUND,
      '409': problem('Access was granted: the person keeps their data (`/problems/contact-locked`)'),
      '422': INVALID,
    },
  },
  changePermission: {
    operationId: 'remoteChangeContactPermission',
    summary:
      'RS-CONTACTS-CHANGE: another level; only a level the caller may grant (at or below their own, administrators and managers), on a contact whose level they may grant, never their own',
    ok: CONTACT,
    answers: { '403': DENIED, '404': NOT_FOUND, '422': INVALID },
  },
  grantAccess: {
    operationId: 'remoteGrantContactAccess',
    summary: `RS-CONTACTS-GRANT-ACCESS: e-mails the first invitation to a contact never invited (to their first address), valid ${INVITATION_VALID_DAYS} days`,
    ok: CONTACT,
    answers: { '403': DENIED, '404': NOT_FOUND, '409': STATE, '422': INVALID },
  },
  resendInvitation: {
    operationId: 'remoteResendInvitation',
    summary: `RS-CONTACTS-RESEND: a new invitation link to a pending or expired invitation, valid ${INVITATION_VALID_DAYS} days from now; the old link stops working`,
    ok: CONTACT,
    answers: { '403': DENIED, '404': NOT_FOUND, '409': STATE },
  },
  invite: {
    operationId: 'remoteInviteColleague',
    summary: `RS-CONTACTS invite: adds a colleague to the site’s contacts and e-mails an invitation valid ${INVITATION_VALID_DAYS} days. An address that already has a MySecuritas account gets the very same 201 (no enumeration)`,
    ok: 'The new contact, `invited`',
    answers: {
      '403': DENIED,
      '404': NOT_FOUND,
      '409': problem('One of this site’s contacts already has this address (`/problems/already-contact`): grant or resend instead'),
      '422': INVALID,
    },
  },
};

export function remoteContactsPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'remote-services',
    routes: REMOTE_CONTACTS_ROUTES,
    problems: REMOTE_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: REMOTE_PROBLEM_DOCS,
  });
}
