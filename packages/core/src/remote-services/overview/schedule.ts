/**
 * RS-OVERVIEW — the alarm schedule of a site (seed 000 « Examiner et modifier le programme d'alarme
 * jusqu'à 30 jours à l'avance », « Ajouter ou modifier des horaires temporaires »), as pure rules:
 *
 * - a site has a weekly plan: for each weekday, the opening hours (time ranges during which the site
 *   is open and its alarm may be disarmed); outside them the alarm is expected armed;
 * - a temporary change is a one-off exception for one date: its own opening hours replace the weekly
 *   plan that day (none: closed, under alarm all day — a holiday);
 * - the schedule is viewable and editable from today to today + {@link SCHEDULE_HORIZON_DAYS}
 *   (day 30 accepted, day 31 refused), in core and in the mock;
 * - an exception's ranges end after they start and never overlap; one exception per date (a second
 *   one is an edit of the first).
 *
 * Times are `HH:MM` wall-clock times of the site (Europe/Paris); `24:00` ends a range at midnight.
 */
import { addDays, daysBetween, type CalendarDate } from '../../shared/calendar.js';

/** RS-OVERVIEW: the schedule is viewable and editable up to this many days after today (seed 000: « jusqu'à 30 jours à l'avance »). */
export const SCHEDULE_HORIZON_DAYS = 30;
/** At most this many opening ranges in one day (more is no longer a schedule a person checks at a glance). */
export const MAX_RANGES_PER_DAY = 4;
/** The longest reason of a temporary change. */
export const EXCEPTION_REASON_MAX = 120;

/** A time range of one day, `HH:MM`–`HH:MM` (end `24:00` allowed). */
export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

/** The weekly plan: seven lists of opening ranges, Monday first. */
export type WeeklyPlan = readonly (readonly TimeRange[])[];

/** A temporary change: the opening ranges of one date (empty: closed all day). */
export interface ScheduleException {
  readonly id: string;
  readonly date: CalendarDate;
  readonly ranges: readonly TimeRange[];
  /** Why (« Inventaire annuel », « Jour férié »), or null. */
  readonly reason: string | null;
}

/** The schedule of one day as shown: where it comes from, and its opening ranges. */
export interface DaySchedule {
  readonly date: CalendarDate;
  readonly ranges: readonly TimeRange[];
  /** The temporary change of that day, or null (the weekly plan applies). */
  readonly exceptionId: string | null;
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes since midnight of `HH:MM` (`24:00` → 1440), or NaN when it is no time. */
export function minutesOf(time: string): number {
  if (!TIME_RE.test(time)) return Number.NaN;
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** RS-OVERVIEW: the days open for viewing and editing: today … today + 30. */
export function scheduleHorizon(today: CalendarDate): { readonly from: CalendarDate; readonly to: CalendarDate } {
  return { from: today, to: addDays(today, SCHEDULE_HORIZON_DAYS) };
}

/** Where a date stands against the horizon: inside, in the past, or beyond day 30. */
export function horizonIssue(date: CalendarDate, today: CalendarDate): 'past' | 'beyond-horizon' | undefined {
  const d = daysBetween(today, date);
  if (d < 0) return 'past';
  if (d > SCHEDULE_HORIZON_DAYS) return 'beyond-horizon';
  return undefined;
}

/** Monday = 0 … Sunday = 6. */
export function weekdayOf(date: CalendarDate): number {
  return (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/** Ranges sorted by start. */
export const sortRanges = (ranges: readonly TimeRange[]): TimeRange[] =>
  [...ranges].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));

/** Whether two ranges share a minute (touching ranges, 12:00–14:00 and 14:00–18:00, do not). */
export const rangesOverlap = (a: TimeRange, b: TimeRange): boolean =>
  minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);

/**
 * The schedule of each day from `from` to `to` (inclusive): the exception of the day when there is
 * one, the weekly plan otherwise.
 */
export function scheduleFor(
  plan: WeeklyPlan,
  exceptions: readonly ScheduleException[],
  from: CalendarDate,
  to: CalendarDate,
): DaySchedule[] {
  const byDate = new Map(exceptions.map((e) => [e.date, e]));
  const days: DaySchedule[] = [];
  for (let d = from; daysBetween(d, to) >= 0; d = addDays(d, 1)) {
    const e = byDate.get(d);
    days.push(
      e
        ? { date: d, ranges: sortRanges(e.ranges), exceptionId: e.id }
        : { date: d, ranges: sortRanges(plan[weekdayOf(d)] ?? []), exceptionId: null },
    );
  }
  return days;
}

/** The fields of a temporary change, as typed (`ranges.1.end`…). */
export interface ExceptionDraft {
  readonly date: string;
  readonly ranges: readonly TimeRange[];
  readonly reason: string;
}

export const SCHEDULE_ISSUES = [
  'required',
  'date-format',
  'past',
  'beyond-horizon',
  'date-taken',
  'time-format',
  'end-before-start',
  'overlap',
  'too-many-ranges',
  'too-long',
] as const;
export type ScheduleIssue = (typeof SCHEDULE_ISSUES)[number];

/** A refusal on one field: `date`, `reason`, `ranges`, `ranges.<i>.start`, `ranges.<i>.end`. */
export interface ScheduleFieldError {
  readonly field: string;
  readonly issue: ScheduleIssue;
}

// `checkException` and `normalizeException` (what an edit needs) are `schedule-check.ts`.
