/**
 * @vigie/react — `<intervention-list>` (SR-SIGN). Importing this module registers the tag.
 *
 * Props: `tab` (`to-sign` | `late` | `closed`), `selected` (an intervention id, its details open),
 * `detailsTab` (`details` | `reports`). Events: `onInterventionSelected` (`e.interventionId`; call
 * `e.preventDefault()` to show it your own way), `onInterventionSigned` and `onInterventionClosed`
 * (from the signature opened in its details). Needs a `<VigieProvider>`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { InterventionClosedEvent, InterventionSelectedEvent, InterventionSignedEvent } from '@vigie/components';
import { InterventionList as InterventionListElement } from '@vigie/components/define/intervention-list.js';

export const InterventionList = createComponent({
  tagName: 'intervention-list',
  elementClass: InterventionListElement,
  react: React,
  events: {
    onInterventionSelected: 'intervention-selected' as EventName<InterventionSelectedEvent>,
    onInterventionSigned: 'intervention-signed' as EventName<InterventionSignedEvent>,
    onInterventionClosed: 'intervention-closed' as EventName<InterventionClosedEvent>,
  },
});
