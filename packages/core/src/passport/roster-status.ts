/**
 * PP-ROSTER / PP-BLOCK — what the « État » column of the roster says of an employee, today.
 *
 * The API gives a started account's state (`active` / `blocked`, PP-BLOCK) and the expiry date of
 * its awareness (seed 004, « e. Connaître la date d'expiration de sa sensibilisation »). An
 * awareness that expired is not « Actif » any more, whatever the account's state says: the
 * referent must see it at a glance, and the ones about to expire, to plan the next session.
 *
 * The rule (pure; « today » is a calendar date read from the injected clock):
 * - not started (no state): `not-started`, whatever the date;
 * - blocked: `blocked` (the referent's action comes first: unblock), whatever the date;
 * - active, and the expiry date is before today: `expired` (the expiry date is the last valid day);
 * - active, and the expiry date is today or within {@link EXPIRY_WARNING_DAYS} days: `expiring`;
 * - otherwise (later, or no expiry date): `active`.
 *
 * ASSUMPTION (the seed is silent on both): the expiry date is the last day the awareness is valid,
 * and « bientôt » means within 30 days — the lead time a referent needs to book a session.
 */
import { addDays, type CalendarDate } from '../shared/calendar.js';
import type { EmployeeState } from './blocking.js';

/** PP-ROSTER: an awareness that expires within this many days (today included) is « Expire bientôt ». */
export const EXPIRY_WARNING_DAYS = 30;

/** PP-ROSTER: every state the roster shows and filters by, in the filters' order. */
export const ROSTER_STATUSES = ['active', 'blocked', 'expired', 'expiring', 'not-started'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/** The two states the expiry date adds to an active account. */
export const ROSTER_EXPIRY_STATUSES = ['expired', 'expiring'] as const;
export type RosterExpiryStatus = (typeof ROSTER_EXPIRY_STATUSES)[number];

/** What the rule reads of a row. */
export interface RosterStatusInput {
  readonly state: EmployeeState | null;
  readonly expiresOn: string | null;
}

/**
 * The last expiry date that is still « Expire bientôt » today (expiry dates from `today` to this one,
 * both included). Computed once per day by callers that rate many rows.
 */
export const expiryWarningEnd = (today: CalendarDate): CalendarDate => addDays(today, EXPIRY_WARNING_DAYS);

/**
 * PP-ROSTER: the state shown for a row today. `warnUntil` may be given when rating many rows
 * (`expiryWarningEnd(today)`); ISO dates compare as text.
 */
export function rosterStatus(row: RosterStatusInput, today: CalendarDate, warnUntil: CalendarDate = expiryWarningEnd(today)): RosterStatus {
  if (row.state === null) return 'not-started';
  if (row.state === 'blocked') return 'blocked';
  const expiry = row.expiresOn;
  if (expiry === null) return 'active';
  if (expiry < today) return 'expired';
  if (expiry <= warnUntil) return 'expiring';
  return 'active';
}

/** Counts of rows by state (every state present, 0 when none). */
export type RosterStatusCounts = Readonly<Record<RosterStatus, number>>;

/** Zero of every state. */
export const NO_STATUS_COUNTS: RosterStatusCounts = Object.freeze({ active: 0, blocked: 0, expired: 0, expiring: 0, 'not-started': 0 });
