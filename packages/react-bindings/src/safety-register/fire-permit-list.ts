/**
 * @vigie/react — `<fire-permit-list>` (SR-PERMIT). Importing this module registers the tag.
 *
 * No props. Events: `onFirePermitSelected` (`e.permitId`, `e.state`), `onSignatureLinkShown`
 * (`e.permitId`, `e.awaiting`: `operator` | `provider`), `onSignatureLinkCopied` (`e.permitId`;
 * never the link nor its token). Needs a `<VigieProvider>` with the host's bearer token (`getToken`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { FirePermitSelectedEvent, SignatureLinkCopiedEvent, SignatureLinkShownEvent } from '@vigie/components';
import { FirePermitList as FirePermitListElement } from '@vigie/components/define/fire-permit-list.js';

export const FirePermitList = createComponent({
  tagName: 'fire-permit-list',
  elementClass: FirePermitListElement,
  react: React,
  events: {
    onFirePermitSelected: 'fire-permit-selected' as EventName<FirePermitSelectedEvent>,
    onSignatureLinkShown: 'signature-link-shown' as EventName<SignatureLinkShownEvent>,
    onSignatureLinkCopied: 'signature-link-copied' as EventName<SignatureLinkCopiedEvent>,
  },
});
