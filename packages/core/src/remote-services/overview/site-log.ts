/**
 * RS-OVERVIEW — the site log (seed 000 « Consulter le journal du site »): what happened on a site,
 * newest first, and its filters by kind and by date range (pure; the mock filters with them too).
 */
import { calendarDateOf, type CalendarDate } from '../../shared/calendar.js';

/** What a log entry records. */
export const LOG_KINDS = [
  'armed',
  'partial',
  'disarmed',
  'alarm',
  'alarm-cancelled',
  'test-mode-on',
  'test-mode-off',
  'schedule-changed',
] as const;
export type LogKind = (typeof LOG_KINDS)[number];

/** The filter groups a person picks from (« Mises en service », « Alarmes », « Mode test », « Horaires »). */
export const LOG_GROUPS = ['arming', 'alarm', 'test-mode', 'schedule'] as const;
export type LogGroup = (typeof LOG_GROUPS)[number];

const GROUP_OF: Readonly<Record<LogKind, LogGroup>> = {
  armed: 'arming',
  partial: 'arming',
  disarmed: 'arming',
  alarm: 'alarm',
  'alarm-cancelled': 'alarm',
  'test-mode-on': 'test-mode',
  'test-mode-off': 'test-mode',
  'schedule-changed': 'schedule',
};
export const logGroupOf = (kind: LogKind): LogGroup => GROUP_OF[kind];

/** How far back the log goes, in days (today included). */
export const SITE_LOG_DAYS = 30;

export interface LogEntry {
  readonly id: string;
  readonly at: string;
  readonly kind: LogKind;
  /** Who did it (a display name), or null (the system, the operators' centre). */
  readonly actor: string | null;
  /** The alarm system concerned, or null. */
  readonly systemName: string | null;
  /** A short detail (the zone of an alarm, the date of a schedule change…), or null. */
  readonly detail: string | null;
}

export interface LogFilter {
  /** The groups shown; empty or absent: all. */
  readonly groups?: readonly LogGroup[];
  /** First calendar day shown (Paris), inclusive. */
  readonly from?: CalendarDate;
  /** Last calendar day shown (Paris), inclusive. */
  readonly to?: CalendarDate;
}

/** The entries that pass the filter, newest first. A `from` after `to` shows nothing. */
export function filterLog<T extends LogEntry>(entries: readonly T[], filter: LogFilter): T[] {
  const groups = filter.groups && filter.groups.length > 0 ? new Set(filter.groups) : undefined;
  return entries
    .filter((e) => {
      if (groups && !groups.has(GROUP_OF[e.kind])) return false;
      if (!filter.from && !filter.to) return true;
      const day = calendarDateOf(Date.parse(e.at));
      return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
    })
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
