/**
 * RS-CONTACTS — the `CallRunner` of {@link contactsFlow}: each `call` effect becomes one typed call,
 * its answer or its typed failure the event fed back. The calls are passed in (`ContactsCalls`, e.g.
 * `await import('@vigie/core/remote-services/api')`), so the widget loads the data layer on first use
 * and a Node test runs the same runner against the mock.
 */
import type { VigieClient } from '../../api/client.js';
import { isApiError } from '../../api/errors.js';
import type { CallRunner } from '../../shared/flow.js';
import type * as Api from './api.js';
import type { ContactsEvent, ContactsRequest } from './flow.js';

export type ContactsCalls = Pick<
  typeof Api,
  'listSiteContacts' | 'updateContact' | 'changeContactPermission' | 'inviteColleague' | 'grantContactAccess' | 'resendInvitation'
>;

export function contactsCallRunner(
  client: () => VigieClient,
  calls: () => ContactsCalls | Promise<ContactsCalls>,
): CallRunner<ContactsRequest, ContactsEvent> {
  return async (request, signal) => {
    const api = await calls();
    const opts = { signal };
    try {
      switch (request.op) {
        case 'list':
          return { type: 'loaded', data: await api.listSiteContacts(client(), request.siteId, opts) };
        case 'update':
          return { type: 'saved', contact: await api.updateContact(client(), request.siteId, request.contactId, request.body, opts) };
        case 'permission':
          return {
            type: 'saved',
            contact: await api.changeContactPermission(client(), request.siteId, request.contactId, request.permission, opts),
          };
        case 'invite':
          return { type: 'saved', contact: await api.inviteColleague(client(), request.siteId, request.body, opts) };
        case 'grant':
          return {
            type: 'invitation-sent',
            action: 'grant',
            contact: await api.grantContactAccess(client(), request.siteId, request.contactId, opts),
          };
        case 'resend':
          return {
            type: 'invitation-sent',
            action: 'resend',
            contact: await api.resendInvitation(client(), request.siteId, request.contactId, opts),
          };
      }
    } catch (error) {
      if (!isApiError(error)) throw error;
      const failure = error.failure;
      switch (request.op) {
        case 'list':
          return { type: 'load-failed', failure };
        case 'grant':
        case 'resend':
          return { type: 'invitation-failed', action: request.op, contactId: request.contactId, failure };
        default:
          return { type: 'save-failed', failure };
      }
    }
  };
}
