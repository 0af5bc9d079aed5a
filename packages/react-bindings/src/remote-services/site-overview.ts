/**
 * @vigie/react — `<site-overview>` (RS-OVERVIEW). Importing this module registers the tag.
 *
 * Props: `siteId` (the site shown; without it, a prompt to choose one), `tab` (`systems`, `events`,
 * `call-lists`, `contacts`). Events: `onTestModeChanged` (`siteId`, `until`), `onScheduleChanged`
 * (`siteId`, `date`), `onTabChanged` (`tab`). Needs a `<VigieProvider>` around it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  SiteOverview as SiteOverviewElement,
  type ScheduleChangedEvent,
  type TabChangedEvent,
  type TestModeChangedEvent,
} from '@vigie/components/define/site-overview.js';

export const SiteOverview = createComponent({
  tagName: 'site-overview',
  elementClass: SiteOverviewElement,
  react: React,
  events: {
    onTestModeChanged: 'test-mode-changed' as EventName<TestModeChangedEvent>,
    onScheduleChanged: 'schedule-changed' as EventName<ScheduleChangedEvent>,
    onTabChanged: 'tab-changed' as EventName<TabChangedEvent>,
  },
});
