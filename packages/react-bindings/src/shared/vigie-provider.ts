/**
 * @vigie/react — `<vigie-provider>` (X-PROVIDER). Importing this module registers the tag.
 *
 * Props: `apiUrl`, `locale`, `now`, `theme`, `getToken`, `client`, `support`. Event:
 * `onAccessChanged` (`e.access`, `e.level`: SR-INVOICE, restricted while an invoice is 30 days late).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { AccessChangedEvent } from '@vigie/components';
import { VigieProvider as VigieProviderElement } from '@vigie/components/define/vigie-provider.js';

export const VigieProvider = createComponent({
  tagName: 'vigie-provider',
  elementClass: VigieProviderElement,
  react: React,
  events: {
    onAccessChanged: 'access-changed' as EventName<AccessChangedEvent>,
  },
});
