/** X-EVENTS — the events of `<intervention-list>` (SR-SIGN): bubbling, composed, typed. */
const init: EventInit = { bubbles: true, composed: true };

/**
 * The eye of an intervention was activated. Cancelable: when a listener calls `preventDefault()`,
 * the list does not open its details (the host shows the intervention its own way).
 */
export class InterventionSelectedEvent extends Event {
  static readonly eventName = 'intervention-selected';
  constructor(readonly interventionId: string) {
    super(InterventionSelectedEvent.eventName, { ...init, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'intervention-selected': InterventionSelectedEvent;
  }
}
