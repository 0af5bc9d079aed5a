import { defineElement } from '../base/define.js';
import { SiteContacts } from '../remote-services/site-contacts/site-contacts.js';

defineElement('site-contacts', SiteContacts);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { SiteContacts };
export * from '../remote-services/site-contacts/site-contacts.events.js';
