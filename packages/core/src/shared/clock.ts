import { isCalendarDate } from './calendar.js';

/**
 * The one place every time-dependent rule reads "now" from.
 * Tests, stories and demos fix it; production reads the system clock.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** True for a stopped clock: nothing scheduled against it will ever come due. */
  readonly fixed?: boolean;
}

export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock stopped at `iso` (`YYYY-MM-DD` means midday in Paris that day, so the
 * calendar date is the same in every European time zone; a date-time is taken as is).
 */
export function fixedClock(iso: string): Clock {
  const at = parseInstant(iso);
  return { now: () => at, fixed: true };
}

/** Parses `YYYY-MM-DD` (as 12:00 Paris time) or an ISO date-time; throws a RangeError otherwise. */
export function parseInstant(iso: string): number {
  if (isCalendarDate(iso)) return Date.parse(`${iso}T12:00:00+01:00`);
  // Date.parse rolls 2026-02-30 over to March: check the calendar part first.
  const ms = isCalendarDate(iso.slice(0, 10)) && iso[10] === 'T' ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date or date-time: ${iso}`);
  return ms;
}
