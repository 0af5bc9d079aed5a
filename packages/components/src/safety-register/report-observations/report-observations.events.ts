/** X-EVENTS — the event of `<report-observations>` (SR-OBS): bubbling, composed, typed. */
import type { Extract, ExtractionTarget } from '@vigie/core';

/** An observation (anomaly, prescription) was created from a text of the report and saved. */
export class ExtractCreatedEvent extends Event {
  static readonly eventName = 'extract-created';
  constructor(
    /** `observation`, `anomaly` or `prescription`. */
    readonly kind: ExtractionTarget,
    /** The intervention's id (observation) or the document's. */
    readonly sourceId: string,
    /** The saved item (its id, text, page). */
    readonly item: Extract,
  ) {
    super(ExtractCreatedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'extract-created': ExtractCreatedEvent;
  }
}
