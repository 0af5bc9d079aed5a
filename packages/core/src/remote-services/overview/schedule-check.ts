/**
 * RS-OVERVIEW — the rules a temporary change of the schedule is checked against before it is sent
 * (core and mock alike; see `schedule.ts`). A module of its own so that a widget that only shows the
 * schedule does not carry them (they load with its editor).
 */
import { isCalendarDate, type CalendarDate } from '../../shared/calendar.js';
import {
  EXCEPTION_REASON_MAX,
  horizonIssue,
  MAX_RANGES_PER_DAY,
  minutesOf,
  rangesOverlap,
  sortRanges,
  type ExceptionDraft,
  type ScheduleException,
  type ScheduleFieldError,
  type TimeRange,
} from './schedule.js';

/**
 * RS-OVERVIEW: checks a temporary change against the rules (core and mock alike). `others` are the
 * site's other exceptions (the one being edited left out); `today` is the site's calendar date.
 * Returns every refusal, in the order of the form's fields; none means accepted.
 */
export function checkException(
  draft: ExceptionDraft,
  others: readonly Pick<ScheduleException, 'id' | 'date'>[],
  today: CalendarDate,
): ScheduleFieldError[] {
  const errors: ScheduleFieldError[] = [];
  if (draft.date === '') errors.push({ field: 'date', issue: 'required' });
  else if (!isCalendarDate(draft.date)) errors.push({ field: 'date', issue: 'date-format' });
  else {
    const h = horizonIssue(draft.date, today);
    if (h) errors.push({ field: 'date', issue: h });
    else if (others.some((o) => o.date === draft.date)) errors.push({ field: 'date', issue: 'date-taken' });
  }
  if (draft.ranges.length > MAX_RANGES_PER_DAY) errors.push({ field: 'ranges', issue: 'too-many-ranges' });
  const valid: { range: TimeRange; index: number }[] = [];
  draft.ranges.forEach((r, i) => {
    const s = minutesOf(r.start);
    const e = minutesOf(r.end);
    if (r.start === '') errors.push({ field: `ranges.${i}.start`, issue: 'required' });
    else if (Number.isNaN(s) || s === 1440) errors.push({ field: `ranges.${i}.start`, issue: 'time-format' });
    if (r.end === '') errors.push({ field: `ranges.${i}.end`, issue: 'required' });
    else if (Number.isNaN(e)) errors.push({ field: `ranges.${i}.end`, issue: 'time-format' });
    else if (!Number.isNaN(s) && s !== 1440) {
      if (e <= s) errors.push({ field: `ranges.${i}.end`, issue: 'end-before-start' });
      else {
        // Overlaps are reported on the later range (the one to change).
        if (valid.some((v) => rangesOverlap(v.range, r))) errors.push({ field: `ranges.${i}.start`, issue: 'overlap' });
        else valid.push({ range: r, index: i });
      }
    }
  });
  if ([...draft.reason].length > EXCEPTION_REASON_MAX) errors.push({ field: 'reason', issue: 'too-long' });
  return errors;
}

/** The draft as it is saved: ranges sorted, reason trimmed (null when blank). */
export function normalizeException(draft: ExceptionDraft): { date: CalendarDate; ranges: TimeRange[]; reason: string | null } {
  const reason = draft.reason.trim();
  return { date: draft.date, ranges: sortRanges(draft.ranges), reason: reason === '' ? null : reason };
}
