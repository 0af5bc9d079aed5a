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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone (Europe/Paris unless told). */
export function calendarDateOf(instant: number, timeZone: string = PARIS): CalendarDate {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(instant);
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
  // Start from UTC midnight and correct by the zone's offset at that moment (twice, for DST days).
  let guess = toUtcDays(date) * 86_400_000;
  for (let i = 0; i < 2; i++) {
    const local = calendarDateOf(guess, timeZone);
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(guess);
    const [h, min] = parts.split(':').map(Number) as [number, number];
    const dayShift = daysBetween(date, local);
    guess -= (dayShift * 24 * 60 + h * 60 + min) * 60_000;
  }
  return guess;
}

/** `JJ/MM/AAAA`, the form every French document of the services uses. */
export function formatDateFr(date: CalendarDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
