/**
 * X-EVENTS — the events of `<intervention-signature>` (SR-SIGN): bubbling, composed, typed. They
 * name the intervention, the role and the method, never the drawing.
 */
import type { SignatureMethod, SignerRole } from '@vigie/core';

const init: EventInit = { bubbles: true, composed: true };

/** A chosen signer's signature was recorded by the server. */
export class InterventionSignedEvent extends Event {
  static readonly eventName = 'intervention-signed';
  constructor(
    readonly interventionId: string,
    readonly role: SignerRole,
    readonly method: SignatureMethod,
  ) {
    super(InterventionSignedEvent.eventName, init);
  }
}

/** The last chosen signer signed: the intervention is closed. */
export class InterventionClosedEvent extends Event {
  static readonly eventName = 'intervention-closed';
  constructor(readonly interventionId: string) {
    super(InterventionClosedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'intervention-signed': InterventionSignedEvent;
    'intervention-closed': InterventionClosedEvent;
  }
}
