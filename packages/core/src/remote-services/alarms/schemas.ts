/**
 * RS-ALARMS — the contract of the live alarms: the snapshot, the cancel answer and the events of the
 * stream (`text/event-stream`).
 *
 * The stream's `id:` is the server's event sequence number (a decimal integer, increasing). The
 * snapshot carries the `cursor`, the sequence number of the last event it includes, so a client
 * that reads both knows which events the snapshot already holds (those with an id ≤ cursor). A
 * client that reconnects sends its last id as `Last-Event-ID`; the server replays what came after,
 * and the client loads a snapshot again anyway (a gap in the replay is then harmless).
 */
import * as z from 'zod/mini';
import { Alarm, RemoteId, RemoteInstant } from '../schemas.js';

/** An event sequence number as the stream's `id:` and the snapshot's `cursor` carry it. */
export const AlarmCursor = z.string().check(z.regex(/^\d{1,15}$/));

/** `GET remote/alarms[?siteId=]`: the open alarms, newest first, and the last event they include. */
export const AlarmSnapshot = z.object({
  items: z.array(Alarm),
  cursor: AlarmCursor,
});
export type AlarmSnapshot = z.infer<typeof AlarmSnapshot>;

/** `POST remote/alarms/{id}/cancel`: an empty object (the alarm is in the path). */
export const AlarmCancelBody = z.object({});

/** The stream's event names (`event:` lines). */
export const ALARM_STREAM_EVENTS = ['alarm-raised', 'alarm-updated', 'alarm-cancelled', 'alarm-closed'] as const;
export type AlarmStreamEventName = (typeof ALARM_STREAM_EVENTS)[number];

/** `alarm-raised`, `alarm-updated` (e.g. the patrol dispatched), `alarm-cancelled`: the alarm as it now is. */
export const AlarmEventData = z.object({ alarm: Alarm });
/** `alarm-closed`: the operators' centre closed the alarm (it leaves the active list). */
export const AlarmClosedData = z.object({ alarmId: RemoteId, siteId: RemoteId, closedAt: RemoteInstant });

/** One event of the stream, parsed and checked. */
export type AlarmStreamEvent =
  | { readonly seq: number; readonly type: 'alarm-raised' | 'alarm-updated' | 'alarm-cancelled'; readonly alarm: Alarm }
  | { readonly seq: number; readonly type: 'alarm-closed'; readonly alarmId: string; readonly siteId: string };

/**
 * A stream message (`id`, `event`, `data`) as an {@link AlarmStreamEvent}; undefined for a message
 * that is not one (an unknown event name is skipped, as an `EventSource` would ignore it), and a
 * TypeError for a known event whose data breaks the contract.
 */
export function parseAlarmStreamMessage(message: {
  readonly id?: string | undefined;
  readonly event?: string | undefined;
  readonly data: string;
}): AlarmStreamEvent | undefined {
  const type = message.event as AlarmStreamEventName | undefined;
  if (!type || !(ALARM_STREAM_EVENTS as readonly string[]).includes(type)) return undefined;
  const seq = AlarmCursor.safeParse(message.id);
  if (!seq.success) throw new TypeError(`RS-ALARMS stream: the event "${type}" has no sequence id`);
  let json: unknown;
  try {
    json = JSON.parse(message.data);
  } catch {
    throw new TypeError(`RS-ALARMS stream: the data of "${type}" is not JSON`);
  }
  if (type === 'alarm-closed') {
    const d = AlarmClosedData.safeParse(json);
    if (!d.success) throw new TypeError('RS-ALARMS stream: alarm-closed breaks the contract');
    return { seq: Number(seq.data), type, alarmId: d.data.alarmId, siteId: d.data.siteId };
  }
  const d = AlarmEventData.safeParse(json);
  if (!d.success) throw new TypeError(`RS-ALARMS stream: ${type} breaks the contract`);
  return { seq: Number(seq.data), type, alarm: d.data.alarm };
}
