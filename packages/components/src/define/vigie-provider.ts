/** Registers `<vigie-provider>` (X-PROVIDER). */
import { defineElement } from '../base/define.js';
import { VigieProvider } from '../shared/vigie-provider/vigie-provider.js';

defineElement('vigie-provider', VigieProvider);

// The class and its event, for hosts (and @vigie/react) that import this entry alone.
export { VigieProvider };
export * from '../shared/vigie-provider/vigie-provider.events.js';
