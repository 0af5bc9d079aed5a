/** Registers `<fire-permit-list>` (SR-PERMIT). */
import { defineElement } from '../base/define.js';
import { FirePermitList } from '../safety-register/fire-permit-list/fire-permit-list.js';

defineElement('fire-permit-list', FirePermitList);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { FirePermitList };
export * from '../safety-register/fire-permit-list/fire-permit-list.events.js';
