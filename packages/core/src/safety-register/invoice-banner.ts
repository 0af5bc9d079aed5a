/**
 * SR-INVOICE — the banner level computed from the unpaid invoices and today (seed 001).
 *
 * - `none` while no unpaid invoice is due within 15 days;
 * - `warning` (orange) from 15 days before a due date up to the due date;
 * - `overdue` (red) from 1 day after a due date; the cut-off date is due date + 30 days;
 * - `suspended` (red) from 30 days after a due date: access is cut, except that users with
 *   the right may still generate their sites' synthesis.
 * The worst invoice decides. Dates are calendar dates in Europe/Paris.
 */
import { addDays, calendarDateOf, daysBetween, startOfDay, type CalendarDate } from '../shared/calendar.js';
import type { Machine, MachineContext } from '../shared/machine.js';
import type { Invoice } from './schemas.js';

/** SR-INVOICE: the orange banner appears this many days before a due date. */
export const WARNING_DAYS_BEFORE_DUE = 15;
/** SR-INVOICE: the red banner appears this many days after a due date. */
export const OVERDUE_DAYS_AFTER_DUE = 1;
/** SR-INVOICE: access is suspended this many days after a due date (the cut-off date). */
export const SUSPENDED_DAYS_AFTER_DUE = 30;

export const BANNER_LEVELS = ['none', 'warning', 'overdue', 'suspended'] as const;
export type BannerLevel = (typeof BANNER_LEVELS)[number];

const RANK: Record<BannerLevel, number> = { none: 0, warning: 1, overdue: 2, suspended: 3 };

export function compareLevels(a: BannerLevel, b: BannerLevel): number {
  return RANK[a] - RANK[b];
}

/** The level one invoice alone puts the account in on `today`. */
export function invoiceLevel(invoice: Pick<Invoice, 'dueDate' | 'status'>, today: CalendarDate): BannerLevel {
  if (invoice.status === 'paid') return 'none';
  const late = daysBetween(invoice.dueDate, today); // > 0: days after the due date
  if (late >= SUSPENDED_DAYS_AFTER_DUE) return 'suspended';
  if (late >= OVERDUE_DAYS_AFTER_DUE) return 'overdue';
  if (late >= -WARNING_DAYS_BEFORE_DUE) return 'warning';
  return 'none';
}

/** The date access is (or will be) cut for an unpaid invoice. */
export function cutoffDate(dueDate: CalendarDate): CalendarDate {
  return addDays(dueDate, SUSPENDED_DAYS_AFTER_DUE);
}

export interface Banner {
  readonly level: BannerLevel;
  /** The due date the text quotes: the earliest due date among the invoices at the banner's level. */
  readonly dueDate?: CalendarDate;
  /** For `overdue`: the date access will be cut (due date + 30 days). */
  readonly cutoffDate?: CalendarDate;
  /** The unpaid invoices that put the account at this level. */
  readonly invoiceIds: readonly string[];
}

/** SR-INVOICE: the worst invoice decides; the earliest of the worst gives the quoted date. */
export function bannerFor(invoices: readonly Invoice[], today: CalendarDate): Banner {
  let level: BannerLevel = 'none';
  let dueDate: CalendarDate | undefined;
  let ids: string[] = [];
  for (const invoice of invoices) {
    const l = invoiceLevel(invoice, today);
    if (l === 'none') continue;
    const c = compareLevels(l, level);
    if (c > 0) {
      level = l;
      dueDate = invoice.dueDate;
      ids = [invoice.id];
    } else if (c === 0) {
      ids.push(invoice.id);
      if (dueDate === undefined || invoice.dueDate < dueDate) dueDate = invoice.dueDate;
    }
  }
  if (level === 'none' || dueDate === undefined) return { level: 'none', invoiceIds: [] };
  return level === 'overdue' ? { level, dueDate, cutoffDate: cutoffDate(dueDate), invoiceIds: ids } : { level, dueDate, invoiceIds: ids };
}

/**
 * The next calendar date on which the level may change with these invoices, if any
 * (a renderer schedules its next re-render at the start of that day).
 */
export function nextLevelChange(invoices: readonly Invoice[], today: CalendarDate): CalendarDate | undefined {
  let next: CalendarDate | undefined;
  for (const inv of invoices) {
    if (inv.status === 'paid') continue;
    for (const offset of [-WARNING_DAYS_BEFORE_DUE, OVERDUE_DAYS_AFTER_DUE, SUSPENDED_DAYS_AFTER_DUE]) {
      const d = addDays(inv.dueDate, offset);
      if (d > today && (next === undefined || d < next)) next = d;
    }
  }
  return next;
}

// ── Access ────────────────────────────────────────────────────────────────────

/** Features a restricted account may still reach, for users holding the matching right. */
export const RESTRICTED_ALLOWED_FEATURES = ['site-synthesis'] as const;
export type Feature = 'site-synthesis' | (string & {});

export type AccessState =
  { readonly kind: 'full' } | { readonly kind: 'restricted'; readonly reason: 'invoices-suspended'; readonly allowed: readonly Feature[] };

export const FULL_ACCESS: AccessState = { kind: 'full' };

/** SR-INVOICE: `suspended` cuts access (web and mobile) but the site synthesis. */
export function accessFor(level: BannerLevel): AccessState {
  return level === 'suspended' ? { kind: 'restricted', reason: 'invoices-suspended', allowed: RESTRICTED_ALLOWED_FEATURES } : FULL_ACCESS;
}

/** Whether a user holding `rights` may use `feature` under `access`. */
export function canUse(access: AccessState, feature: Feature, rights: readonly string[] = []): boolean {
  if (access.kind === 'full') return true;
  return access.allowed.includes(feature) && rights.includes(feature);
}

// ── The machine ───────────────────────────────────────────────────────────────

export interface InvoiceBannerState {
  readonly invoices: readonly Invoice[];
  readonly today: CalendarDate;
}

export type InvoiceBannerEvent =
  | { readonly type: 'invoices-received'; readonly invoices: readonly Invoice[] }
  | { readonly type: 'invoice-paid'; readonly id: string }
  | { readonly type: 'clock-ticked' };

export interface InvoiceBannerContext extends MachineContext {
  /** The time zone calendar dates are read in (Europe/Paris). */
  readonly timeZone?: string;
}

export const invoiceBannerMachine: Machine<InvoiceBannerState, InvoiceBannerEvent, InvoiceBannerContext> = {
  initial: (ctx) => ({ invoices: [], today: calendarDateOf(ctx.now, ctx.timeZone) }),
  transition(state, event, ctx) {
    const today = calendarDateOf(ctx.now, ctx.timeZone);
    switch (event.type) {
      case 'invoices-received':
        return { invoices: event.invoices, today };
      case 'invoice-paid':
        return {
          invoices: state.invoices.map((i) => (i.id === event.id ? { ...i, status: 'paid' as const } : i)),
          today,
        };
      case 'clock-ticked':
        return today === state.today ? state : { ...state, today };
    }
  },
};

/** The banner of a machine state. */
export const bannerOf = (state: InvoiceBannerState): Banner => bannerFor(state.invoices, state.today);

/** The instant the banner of this state should next be recomputed, if ever. */
export function nextTick(state: InvoiceBannerState, timeZone?: string): number | undefined {
  const d = nextLevelChange(state.invoices, state.today);
  return d === undefined ? undefined : startOfDay(d, timeZone);
}
