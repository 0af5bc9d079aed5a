/** RS-OVERVIEW — the contract of the site overview (zod/mini): bodies of requests and answers. */
import * as z from 'zod/mini';
import { AlarmSystem, RemoteDay, RemoteId, RemoteInstant, RemoteText, Site } from '../schemas.js';
import { LOG_KINDS } from './site-log.js';
import { EXCEPTION_REASON_MAX, MAX_RANGES_PER_DAY } from './schedule.js';
import { TEST_MODE_DURATIONS } from './test-mode.js';

/** A wall-clock time `HH:MM` (`24:00` ends a day). */
export const ScheduleTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));
export const TimeRangeSchema = z.object({ start: ScheduleTime, end: ScheduleTime });

/** The test mode of a site: its end (null: off) and the server's time, so the client derives what is left. */
export const TestModeStatus = z.object({ siteId: RemoteId, until: z.nullable(RemoteInstant), serverTime: RemoteInstant });
export type TestModeStatus = z.infer<typeof TestModeStatus>;

/** « Mettre en mode test »: one of the durations of core (minutes). */
export const TestModeStartRequest = z.object({
  minutes: z.union(
    TEST_MODE_DURATIONS.map((m) => z.literal(m)) as unknown as [
      z.ZodMiniLiteral<30>,
      z.ZodMiniLiteral<60>,
      z.ZodMiniLiteral<120>,
      z.ZodMiniLiteral<240>,
    ],
  ),
});
export type TestModeStartRequest = z.infer<typeof TestModeStartRequest>;

/** The overview of a site: the site (with its nickname) and its alarm systems. */
export const SiteOverview = z.object({ site: Site, systems: z.array(AlarmSystem), serverTime: RemoteInstant });
export type SiteOverview = z.infer<typeof SiteOverview>;

export const ScheduleExceptionSchema = z.object({
  id: RemoteId,
  date: RemoteDay,
  ranges: z.array(TimeRangeSchema).check(z.maxLength(MAX_RANGES_PER_DAY)),
  reason: z.nullable(RemoteText(EXCEPTION_REASON_MAX)),
});

export const DayScheduleSchema = z.object({ date: RemoteDay, ranges: z.array(TimeRangeSchema), exceptionId: z.nullable(RemoteId) });

/** The schedule of a site from `from` to `to`: the weekly plan (Monday first), the changes, each day. */
export const SiteSchedule = z.object({
  siteId: RemoteId,
  from: RemoteDay,
  to: RemoteDay,
  plan: z.array(z.array(TimeRangeSchema)).check(z.length(7)),
  exceptions: z.array(ScheduleExceptionSchema),
  days: z.array(DayScheduleSchema),
});
export type SiteSchedule = z.infer<typeof SiteSchedule>;

/**
 * A temporary change as sent (create or replace). The shape only: the rules (horizon, order,
 * overlaps, one per date) are core's `checkException`, applied by the server as 422 field issues.
 */
export const ScheduleExceptionRequest = z.object({
  date: z.string(),
  ranges: z.array(z.object({ start: z.string(), end: z.string() })),
  reason: z.nullable(z.string()),
});
export type ScheduleExceptionRequest = z.infer<typeof ScheduleExceptionRequest>;

export const LogEntrySchema = z.object({
  id: RemoteId,
  at: RemoteInstant,
  kind: z.enum(LOG_KINDS),
  actor: z.nullable(RemoteText()),
  systemName: z.nullable(RemoteText()),
  detail: z.nullable(RemoteText()),
});
export const SiteLog = z.object({ siteId: RemoteId, entries: z.array(LogEntrySchema) });
export type SiteLog = z.infer<typeof SiteLog>;

/** A 422 field issue of a temporary change (`date` / `beyond-horizon`…). */
export const ScheduleFieldErrorSchema = z.object({ field: z.string(), issue: z.string() });
