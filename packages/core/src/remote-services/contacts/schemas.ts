/** RS-CONTACTS — the request and response bodies of this part (zod/mini). */
import * as z from 'zod/mini';
import { Contact, PERMISSION_LEVELS, RemoteId } from '../schemas.js';
import { CONTACT_FIELD_ISSUES, CONTACT_NAME_MAX, MAX_CONTACT_EMAILS } from './personal-data.js';

const Name = z.string().check(
  z.maxLength(CONTACT_NAME_MAX),
  z.refine((s) => s.trim() !== '' && s === s.trim()),
);
const Email = z.email().check(z.maxLength(254));

/** A site's contacts, and who is asking (their level decides what they may do and grant). */
export const SiteContacts = z.object({
  siteId: RemoteId,
  caller: z.object({
    permission: z.enum(PERMISSION_LEVELS),
    /** The caller's own contact on the site, or null. */
    contactId: z.nullable(RemoteId),
  }),
  contacts: z.array(Contact),
});
export type SiteContacts = z.infer<typeof SiteContacts>;

/** RS-CONTACTS-EDIT: the personal data of a contact not yet granted access. */
export const ContactUpdateRequest = z.object({
  firstName: Name,
  lastName: Name,
  /** A French number (`06 12 34 56 78`, `+33 6…`), or null. */
  phone: z.nullable(z.string().check(z.maxLength(32))),
  emails: z.array(Email).check(z.maxLength(MAX_CONTACT_EMAILS)),
});
export type ContactUpdateRequest = z.infer<typeof ContactUpdateRequest>;

/** RS-CONTACTS-CHANGE: a contact's new level. */
export const PermissionChangeRequest = z.object({ permission: z.enum(PERMISSION_LEVELS) });
export type PermissionChangeRequest = z.infer<typeof PermissionChangeRequest>;

/** RS-CONTACTS invite: a colleague who becomes a contact of the site, invited at once. */
export const InvitationRequest = z.object({
  firstName: Name,
  lastName: Name,
  email: Email,
  permission: z.enum(PERMISSION_LEVELS),
});
export type InvitationRequest = z.infer<typeof InvitationRequest>;

/** A field the server refused, with core's issue code. */
export const ContactFieldErrorSchema = z.object({ field: z.string(), issue: z.enum(CONTACT_FIELD_ISSUES) });
