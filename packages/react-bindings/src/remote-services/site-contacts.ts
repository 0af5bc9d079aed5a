/**
 * @vigie/react — `<site-contacts>` (RS-CONTACTS). Importing this module registers the tag.
 *
 * Props: `siteId`. Events (each with `e.siteId`, `e.contactId`; never personal data):
 * `onContactUpdated` (personal data or level saved), `onContactInvited` (a colleague invited and
 * added to the site's contacts), `onAccessGranted` (a contact never invited was sent their
 * invitation), `onInvitationResent` (a pending or expired invitation sent again).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  SiteContacts as SiteContactsElement,
  type AccessGrantedEvent,
  type ContactInvitedEvent,
  type ContactUpdatedEvent,
  type InvitationResentEvent,
} from '@vigie/components/define/site-contacts.js';

export const SiteContacts = createComponent({
  tagName: 'site-contacts',
  elementClass: SiteContactsElement,
  react: React,
  events: {
    onContactUpdated: 'contact-updated' as EventName<ContactUpdatedEvent>,
    onContactInvited: 'contact-invited' as EventName<ContactInvitedEvent>,
    onAccessGranted: 'access-granted' as EventName<AccessGrantedEvent>,
    onInvitationResent: 'invitation-resent' as EventName<InvitationResentEvent>,
  },
});
