/**
 * @vigie/react — `<intervention-signature>` (SR-SIGN). Importing this module registers the tag.
 *
 * Props: `interventionId` (required), `hideDetails`. Events: `onInterventionSigned`
 * (`e.interventionId`, `e.role`, `e.method`) after each chosen signer's signature, and
 * `onInterventionClosed` (`e.interventionId`) when the last one signed. Needs a `<VigieProvider>`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { InterventionClosedEvent, InterventionSignedEvent } from '@vigie/components';
import { InterventionSignature as InterventionSignatureElement } from '@vigie/components/define/intervention-signature.js';

export const InterventionSignature = createComponent({
  tagName: 'intervention-signature',
  elementClass: InterventionSignatureElement,
  react: React,
  events: {
    onInterventionSigned: 'intervention-signed' as EventName<InterventionSignedEvent>,
    onInterventionClosed: 'intervention-closed' as EventName<InterventionClosedEvent>,
  },
});
