/** Registers `<intervention-list>` (SR-SIGN). */
import { defineElement } from '../base/define.js';
import { InterventionList } from '../safety-register/intervention-list/intervention-list.js';

defineElement('intervention-list', InterventionList);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { InterventionList };
export * from '../safety-register/intervention-list/intervention-list.events.js';
