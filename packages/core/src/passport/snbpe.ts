/**
 * PP-ENROLL — reciprocity with the SNBPE safety passport (seed 004, « Associer un passeport
 * sécurité SNBPE à un compte utilisateur UNPG »): an employee who holds an SNBPE passport « en
 * cours de validité » has the modules common to both programmes validated at once; the link is
 * made with the passport's date of issue (JJ/MM/AAAA) and is possible ONLY when the account is
 * created (« il n'est plus possible de lier un passeport SNBPE après avoir finalisé la création
 * d'un compte »).
 *
 * ASSUMPTIONS (documented here, the one place to change them), the seed being silent:
 * - which modules are common ({@link SNBPE_COMMON_MODULES}): those of any industrial site
 *   (rules, traffic, protective equipment, hazardous products, height, machinery, emergencies);
 *   the quarry-specific ones (blasting; faces, stockpiles and water; dust and noise) are not;
 * - how long an SNBPE passport is valid: {@link SNBPE_PASSPORT_VALID_YEARS} years from its date
 *   of issue, i.e. up to the day before its 3rd anniversary included (a passport issued on
 *   29 February is valid up to 28 February three years later).
 */
import { addDays, isCalendarDate, type CalendarDate } from '../shared/calendar.js';
import type { UnpgModuleId } from './modules.js';

/** PP-ENROLL: the UNPG modules an SNBPE passport in its validity validates at once. */
export const SNBPE_COMMON_MODULES = [
  'site-rules',
  'site-traffic',
  'protective-equipment',
  'hazardous-products',
  'working-at-height',
  'machinery-conveyors',
  'emergencies',
] as const satisfies readonly UnpgModuleId[];

/** PP-ENROLL (ASSUMPTION): an SNBPE passport is valid 3 years from its date of issue. */
export const SNBPE_PASSPORT_VALID_YEARS = 3;

export const SNBPE_REFUSAL_REASONS = ['date-required', 'invalid-date', 'future-date', 'expired'] as const;
/**
 * Why an SNBPE passport validates nothing: `date-required` (no date of issue), `invalid-date`
 * (not a real calendar date), `future-date` (issued after today), `expired` (past its validity).
 */
export type SnbpeRefusalReason = (typeof SNBPE_REFUSAL_REASONS)[number];

/** What the enrolment form says of the SNBPE passport. */
export interface SnbpeAnswer {
  readonly hasSnbpePassport: boolean;
  /** Its date of issue (`YYYY-MM-DD`, see {@link parseDateFr}), when it has one. */
  readonly issuedOn?: CalendarDate | null;
}

/** What the reciprocity gives. */
export type Reciprocity =
  /** No SNBPE passport: nothing is validated at once. */
  | { readonly kind: 'none' }
  /** A passport in its validity: these modules are validated at once. */
  | { readonly kind: 'validated'; readonly modules: readonly UnpgModuleId[]; readonly validUntil: CalendarDate }
  /** A passport that validates nothing, and why. */
  | { readonly kind: 'refused'; readonly reason: SnbpeRefusalReason };

const FR_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * `JJ/MM/AAAA` → `YYYY-MM-DD`, strictly: two-digit day and month, four-digit year, a real
 * calendar date (`29/02/2023` and `31/04/2026` are refused). Spaces around are ignored.
 * Undefined when it is not such a date.
 */
export function parseDateFr(value: string): CalendarDate | undefined {
  const m = FR_DATE.exec(value.trim());
  if (!m) return undefined;
  const date = `${m[3]}-${m[2]}-${m[1]}`;
  return isCalendarDate(date) ? date : undefined;
}

/** The last day an SNBPE passport issued on `issuedOn` is valid: the day before its 3rd anniversary. */
export function snbpeValidUntil(issuedOn: CalendarDate): CalendarDate {
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 29 February over to 1 March in a common year: the anniversary of a leap day.
  const anniversary = new Date(Date.UTC(y + SNBPE_PASSPORT_VALID_YEARS, m - 1, d)).toISOString().slice(0, 10);
  return addDays(anniversary, -1);
}

/**
 * PP-ENROLL: the modules an SNBPE passport validates at once, as of `today` (the calendar date
 * from the injected clock), or why it validates none.
 */
export function reciprocity(answer: SnbpeAnswer, today: CalendarDate): Reciprocity {
  if (!answer.hasSnbpePassport) return { kind: 'none' };
  const issuedOn = answer.issuedOn;
  if (issuedOn === undefined || issuedOn === null || issuedOn === '') return { kind: 'refused', reason: 'date-required' };
  if (!isCalendarDate(issuedOn)) return { kind: 'refused', reason: 'invalid-date' };
  if (issuedOn > today) return { kind: 'refused', reason: 'future-date' };
  const validUntil = snbpeValidUntil(issuedOn);
  if (today > validUntil) return { kind: 'refused', reason: 'expired' };
  return { kind: 'validated', modules: SNBPE_COMMON_MODULES, validUntil };
}

/** The modules validated at once (none unless the reciprocity applies). */
export const modulesValidatedBy = (answer: SnbpeAnswer, today: CalendarDate): readonly UnpgModuleId[] => {
  const r = reciprocity(answer, today);
  return r.kind === 'validated' ? r.modules : [];
};

/**
 * PP-ENROLL: an SNBPE passport can be linked only while the account is being created, never
 * when an existing employee is edited. The enrolment widget shows the question only when this is
 * true; the API refuses an SNBPE passport on an update.
 */
export function canLinkSnbpe(mode: 'create' | 'edit'): boolean {
  return mode === 'create';
}
