import { defineElement } from '../base/define.js';
import { SiteContacts } from '../remote-services/site-contacts/site-contacts.js';

defineElement('site-contacts', SiteContacts);
