/**
 * Registers the provider and every widget of Remote Services (RS): a page that shows only this service
 * imports this entry (npm) or loads `vigie-remote-services.js` (CDN) and pays for no other service (issue 11, point 16).
 * Checked against `src/remote-services/` by `define/services.test.node.ts`.
 */
import './vigie-provider.js';
import './active-alarms.js';
import './call-list-editor.js';
import './id-pin-links.js';
import './remote-onboarding.js';
import './site-contacts.js';
import './site-list.js';
import './site-overview.js';
