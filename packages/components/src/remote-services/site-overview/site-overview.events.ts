/** X-EVENTS — the events of `<site-overview>` (RS-OVERVIEW): bubbling, composed, typed. */

/** The tabs of `<site-overview>`, in order. */
export const SITE_OVERVIEW_TABS = ['systems', 'events', 'call-lists', 'contacts'] as const;
export type SiteOverviewTab = (typeof SITE_OVERVIEW_TABS)[number];

/** The site's test mode was started, stopped, or ended by itself (`until`: its end, ISO, or null when off). */
export class TestModeChangedEvent extends Event {
  static readonly eventName = 'test-mode-changed';
  constructor(
    readonly siteId: string,
    readonly until: string | null,
  ) {
    super(TestModeChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A temporary change of the site's schedule was saved or removed (`date`: its day, `YYYY-MM-DD`). */
export class ScheduleChangedEvent extends Event {
  static readonly eventName = 'schedule-changed';
  constructor(
    readonly siteId: string,
    readonly date: string,
  ) {
    super(ScheduleChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The user opened another tab (not fired when the host sets `tab`). */
export class TabChangedEvent extends Event {
  static readonly eventName = 'tab-changed';
  constructor(readonly tab: SiteOverviewTab) {
    super(TabChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'test-mode-changed': TestModeChangedEvent;
    'schedule-changed': ScheduleChangedEvent;
    'tab-changed': TabChangedEvent;
  }
}
