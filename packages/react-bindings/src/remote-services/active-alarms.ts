/**
 * @vigie/react — `<active-alarms>` (RS-ALARMS). Importing this module registers the tag.
 *
 * Props: `siteId` (only that site's alarms, « Alarmes ouvertes »). Events: `onAlarmRaised` (a new
 * alarm came in: `e.alarm`, to notify the person), `onAlarmCancelled` (`e.alarmId`, `e.siteId`).
 * Needs a `<VigieProvider>` whose `getToken` gives the bearer token (the live stream sends it).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { AlarmCancelledEvent, AlarmRaisedEvent } from '@vigie/components';
import { ActiveAlarms as ActiveAlarmsElement } from '@vigie/components/define/active-alarms.js';

export const ActiveAlarms = createComponent({
  tagName: 'active-alarms',
  elementClass: ActiveAlarmsElement,
  react: React,
  events: {
    onAlarmRaised: 'alarm-raised' as EventName<AlarmRaisedEvent>,
    onAlarmCancelled: 'alarm-cancelled' as EventName<AlarmCancelledEvent>,
  },
});
