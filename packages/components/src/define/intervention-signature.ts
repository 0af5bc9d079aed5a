/** Registers `<intervention-signature>` (SR-SIGN). */
import { defineElement } from '../base/define.js';
import { InterventionSignature } from '../safety-register/intervention-signature/intervention-signature.js';

defineElement('intervention-signature', InterventionSignature);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { InterventionSignature };
export * from '../safety-register/intervention-signature/intervention-signature.events.js';
