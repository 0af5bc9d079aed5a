/**
 * @vigie/react — `<site-list>` (RS-SITES). Importing this module registers the tag.
 *
 * Props: `selectedSiteId` (the site shown: marked as current), `sites` and `links` (when you already
 * have them: nothing is fetched), `query`, `location`, `testModeFilter` (`all`, `on`, `off`),
 * `sortColumn`, `sortDirection`, `groupBy` (`link` or `none`), `hideTitle`. Event: `onSiteSelected`
 * (`e.siteId`: open its overview, e.g. `<SiteOverview siteId=…>`). Reads the sites with the bearer
 * token of its `<VigieProvider>` (`getToken`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { SiteSelectedEvent } from '@vigie/components';
import { SiteList as SiteListElement } from '@vigie/components/define/site-list.js';

export const SiteList = createComponent({
  tagName: 'site-list',
  elementClass: SiteListElement,
  react: React,
  events: {
    onSiteSelected: 'site-selected' as EventName<SiteSelectedEvent>,
  },
});
