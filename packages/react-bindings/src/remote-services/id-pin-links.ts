/**
 * @vigie/react — `<id-pin-links>` (RS-IDPIN). Importing this module registers the tag.
 *
 * No props. Events: `onIdPinLinked` and `onIdPinUnlinked` (`e.linkId`: reload what shows the
 * user's sites), `onPinChanged` (`e.linkId`; never the PIN), `onSiteRenamed` (`e.siteId`,
 * `e.nickname`, null when cleared; `<site-list>` and `<site-overview>` also hear it on the
 * document). Needs a `<VigieProvider>` with the host's bearer token (`getToken`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { IdPinLinkedEvent, IdPinUnlinkedEvent, PinChangedEvent, SiteRenamedEvent } from '@vigie/components';
import { IdPinLinks as IdPinLinksElement } from '@vigie/components/define/id-pin-links.js';

export const IdPinLinks = createComponent({
  tagName: 'id-pin-links',
  elementClass: IdPinLinksElement,
  react: React,
  events: {
    onIdPinLinked: 'id-pin-linked' as EventName<IdPinLinkedEvent>,
    onIdPinUnlinked: 'id-pin-unlinked' as EventName<IdPinUnlinkedEvent>,
    onPinChanged: 'pin-changed' as EventName<PinChangedEvent>,
    onSiteRenamed: 'site-renamed' as EventName<SiteRenamedEvent>,
  },
});
