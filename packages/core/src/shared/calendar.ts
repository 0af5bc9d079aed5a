/**
 * Calendar dates (`YYYY-MM-DD`) as the services' users read them: in Europe/Paris.
 * Arithmetic is done on the date itself (never on 24-hour steps), so a daylight-saving
 * change never moves a deadline by a day.
 */
export type CalendarDate = string;

export const PARIS = 'Europe/Paris';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

const HOUR = 3_600_000;

/**
 * Europe/Paris's offset from UTC at an instant, in ms, by the EU summer-time rule (since 1996):
 * UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, UTC+1
 * otherwise. Computed rather than asked of `Intl`, whose first time-zone formatter costs ~15 ms
 * of ICU set-up on a page's first render. A property test checks it against `Intl`; if the EU
 * ever drops the clock change, this is the one place to edit.
 */
export function parisOffset(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = Date.UTC(year, month + 1, 0); // last day of `month`
    return last - new Date(last).getUTCDay() * 24 * HOUR;
  };
  const summerStart = lastSunday(2) + HOUR;
  const summerEnd = lastSunday(9) + HOUR;
  return instant >= summerStart && instant < summerEnd ? 2 * HOUR : HOUR;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetIn(instant: number, timeZone: string): number {
  if (timeZone === PARIS) return parisOffset(instant);
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The calendar date of an instant in a time zone (Europe/Paris unless told). */
export function calendarDateOf(instant: number, timeZone: string = PARIS): CalendarDate {
  return new Date(instant + offsetIn(instant, timeZone)).toISOString().slice(0, 10);
}

function toUtcDays(date: CalendarDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000;
}

function fromUtcDays(days: number): CalendarDate {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDays(toUtcDays(date) + days);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toUtcDays(b) - toUtcDays(a);
}

/** The instant a calendar date starts in a time zone (used to schedule a re-render at midnight). */
export function startOfDay(date: CalendarDate, timeZone: string = PARIS): number {
  const utcMidnight = toUtcDays(date) * 24 * HOUR;
  // Offsets change in the small hours, never across local midnight: an hour before UTC
  // midnight has the same offset as the local midnight we are after (for Europe/Paris).
  let at = utcMidnight - offsetIn(utcMidnight - HOUR, timeZone);
  // Other zones: settle once more in case the first guess straddled a change.
  at = utcMidnight - offsetIn(at, timeZone);
  return at;
}

/** `JJ/MM/AAAA`, the form every French document of the services uses. */
export function formatDateFr(date: CalendarDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** The wall-clock time `HH:MM` (24 h) of an instant in a time zone (Europe/Paris unless told), e.g. for « à partir de 14:05 ». */
export function formatTimeOfDay(instant: number, timeZone: string = PARIS): string {
  return new Date(instant + offsetIn(instant, timeZone)).toISOString().slice(11, 16);
}
