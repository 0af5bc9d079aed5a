/**
 * X-EVENTS — the events of `<active-alarms>` (RS-ALARMS): bubbling, composed, typed.
 */
import type { Alarm } from '@vigie/core';

const init = (): EventInit => ({ bubbles: true, composed: true });

/**
 * A new alarm came in (on the stream, or found by a snapshot after a reconnection): a host may
 * notify the person (a sound, a system notification). Not fired for the list shown on first load.
 */
export class AlarmRaisedEvent extends Event {
  static readonly eventName = 'alarm-raised';
  constructor(readonly alarm: Alarm) {
    super(AlarmRaisedEvent.eventName, init());
  }
}

/** The person cancelled an alarm (priority 2 or 3, before dispatch) and the server confirmed it. */
export class AlarmCancelledEvent extends Event {
  static readonly eventName = 'alarm-cancelled';
  constructor(
    readonly alarmId: string,
    readonly siteId: string,
  ) {
    super(AlarmCancelledEvent.eventName, init());
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alarm-raised': AlarmRaisedEvent;
    'alarm-cancelled': AlarmCancelledEvent;
  }
}
