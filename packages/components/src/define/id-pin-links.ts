/** Registers `<id-pin-links>` (RS-IDPIN). */
import { defineElement } from '../base/define.js';
import { IdPinLinks } from '../remote-services/id-pin-links/id-pin-links.js';

defineElement('id-pin-links', IdPinLinks);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { IdPinLinks };
export * from '../remote-services/id-pin-links/id-pin-links.events.js';
