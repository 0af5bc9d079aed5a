/**
 * RS-OVERVIEW — viewing and editing a site's schedule as a pure flow (`shared/flow.ts`): load the
 * days today … today + 30, pick a day, add / edit / remove a temporary change. Every edit is checked
 * by core's {@link checkException} before it is sent (the server checks the same rules); a failure
 * keeps what the user typed; each outcome is told in a toast (seed 000 « Bannière pop-up ») and fires
 * `schedule-changed` when it succeeded.
 */
import type { ApiFailure } from '../../api/errors.js';
import { addDays, calendarDateOf, daysBetween, formatDateFr, type CalendarDate } from '../../shared/calendar.js';
import type { Flow, FlowEffect, Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import {
  checkException,
  MAX_RANGES_PER_DAY,
  normalizeException,
  scheduleFor,
  scheduleHorizon,
  type DaySchedule,
  type ExceptionDraft,
  type ScheduleException,
  type ScheduleFieldError,
  type TimeRange,
  type WeeklyPlan,
} from './schedule.js';

export interface ScheduleContext extends MachineContext {
  readonly siteId: string;
}

/** The server's schedule of a site for a range of days. */
export interface ScheduleAnswer {
  readonly plan: WeeklyPlan;
  readonly exceptions: readonly ScheduleException[];
}

export interface ExceptionForm {
  readonly mode: 'add' | 'edit';
  /** The exception being edited (edit), or null (add). */
  readonly id: string | null;
  readonly draft: ExceptionDraft;
  readonly errors: readonly ScheduleFieldError[];
  readonly saving: boolean;
}

export interface ScheduleState {
  readonly siteId: string;
  /** The site's calendar date when the flow started. */
  readonly today: CalendarDate;
  readonly status: 'loading' | 'ready' | 'error';
  readonly failure?: ApiFailure;
  readonly plan: WeeklyPlan;
  readonly exceptions: readonly ScheduleException[];
  /** Today … today + 30. */
  readonly days: readonly DaySchedule[];
  /** The day shown in detail. */
  readonly selected: CalendarDate;
  readonly form: ExceptionForm | null;
  /** The exception whose removal is under way, or null. */
  readonly removing: string | null;
}

export type ScheduleEvent =
  | { readonly type: 'retry' }
  | { readonly type: 'loaded'; readonly answer: ScheduleAnswer }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  | { readonly type: 'select'; readonly date: CalendarDate }
  | { readonly type: 'add' }
  | { readonly type: 'edit'; readonly id: string }
  | { readonly type: 'change'; readonly field: 'date' | 'reason'; readonly value: string }
  | { readonly type: 'change-range'; readonly index: number; readonly part: 'start' | 'end'; readonly value: string }
  | { readonly type: 'add-range' }
  | { readonly type: 'remove-range'; readonly index: number }
  | { readonly type: 'cancel' }
  | { readonly type: 'submit' }
  | { readonly type: 'saved'; readonly exception: ScheduleException }
  | { readonly type: 'save-failed'; readonly failure: ApiFailure; readonly errors?: readonly ScheduleFieldError[] }
  | { readonly type: 'remove'; readonly id: string }
  | { readonly type: 'removed'; readonly id: string }
  | { readonly type: 'remove-failed'; readonly failure: ApiFailure };

export type ScheduleRequest =
  | { readonly op: 'read-schedule'; readonly siteId: string; readonly from: CalendarDate; readonly to: CalendarDate }
  | { readonly op: 'create-exception'; readonly siteId: string; readonly body: ReturnType<typeof normalizeException> }
  | { readonly op: 'update-exception'; readonly siteId: string; readonly id: string; readonly body: ReturnType<typeof normalizeException> }
  | { readonly op: 'delete-exception'; readonly siteId: string; readonly id: string };

type Effect = FlowEffect<ScheduleRequest, ScheduleEvent>;
type SStep = Step<ScheduleState, ScheduleRequest, ScheduleEvent>;

/** The range a new change starts with when the day has none (a usual working day). */
export const DEFAULT_RANGE: TimeRange = { start: '08:00', end: '18:00' };

/** The `data-focus` target of a form field (`schedule-field-ranges.0.end`). */
export const fieldTarget = (field: string): string => `schedule-field-${field}`;
export const dayTarget = (date: CalendarDate): string => `day-${date}`;

const stay = (state: ScheduleState): SStep => ({ state, effects: [] });
const read = (s: Pick<ScheduleState, 'siteId' | 'today'>): Effect => {
  const { from, to } = scheduleHorizon(s.today);
  return { type: 'call', request: { op: 'read-schedule', siteId: s.siteId, from, to }, key: 'schedule' };
};

function withExceptions(state: ScheduleState, exceptions: readonly ScheduleException[]): ScheduleState {
  const { from, to } = scheduleHorizon(state.today);
  return { ...state, exceptions, days: scheduleFor(state.plan, exceptions, from, to) };
}

const updateForm = (state: ScheduleState, f: (form: ExceptionForm) => Partial<ExceptionForm>): SStep =>
  state.form && !state.form.saving ? stay({ ...state, form: { ...state.form, ...f(state.form) } }) : stay(state);

const setDraft = (form: ExceptionForm, draft: Partial<ExceptionDraft>): Partial<ExceptionForm> => ({ draft: { ...form.draft, ...draft } });

export const scheduleFlow: Flow<ScheduleState, ScheduleEvent, ScheduleRequest, ScheduleContext> = {
  init(ctx) {
    const today = calendarDateOf(ctx.now);
    const state: ScheduleState = { siteId: ctx.siteId, today, status: 'loading', plan: [], exceptions: [], days: [], selected: today, form: null, removing: null };
    return { state, effects: [read(state)] };
  },

  transition(state, event, ctx): SStep {
    switch (event.type) {
      case 'retry':
        return { state: { ...state, status: 'loading', failure: undefined }, effects: [read(state)] };
      case 'loaded':
        return stay(withExceptions({ ...state, status: 'ready', failure: undefined, plan: event.answer.plan }, event.answer.exceptions));
      case 'load-failed':
        return stay({ ...state, status: 'error', failure: event.failure });
      case 'select':
        // RS-OVERVIEW: only today … today + 30 can be chosen.
        return state.days.some((d) => d.date === event.date) ? stay({ ...state, selected: event.date }) : stay(state);
      case 'add': {
        if (state.status !== 'ready' || state.form?.saving) return stay(state);
        const day = state.days.find((d) => d.date === state.selected);
        // The selected day when it has no change yet; otherwise the first free day after it.
        const taken = new Set(state.exceptions.map((e) => e.date));
        let date = state.selected;
        while (taken.has(date) && daysBetween(date, scheduleHorizon(state.today).to) > 0) date = addDays(date, 1);
        const ranges = day && !day.exceptionId && day.ranges.length > 0 ? day.ranges : [DEFAULT_RANGE];
        return {
          state: { ...state, form: { mode: 'add', id: null, draft: { date: taken.has(date) ? '' : date, ranges, reason: '' }, errors: [], saving: false } },
          effects: [{ type: 'focus', target: fieldTarget('date') }],
        };
      }
      case 'edit': {
        const e = state.exceptions.find((x) => x.id === event.id);
        if (!e || state.form?.saving) return stay(state);
        return {
          state: { ...state, selected: e.date, form: { mode: 'edit', id: e.id, draft: { date: e.date, ranges: e.ranges, reason: e.reason ?? '' }, errors: [], saving: false } },
          effects: [{ type: 'focus', target: fieldTarget('date') }],
        };
      }
      case 'change':
        return updateForm(state, (f) => setDraft(f, { [event.field]: event.value }));
      case 'change-range':
        return updateForm(state, (f) => setDraft(f, { ranges: f.draft.ranges.map((r, i) => (i === event.index ? { ...r, [event.part]: event.value } : r)) }));
      case 'add-range': {
        if (!state.form || state.form.saving || state.form.draft.ranges.length >= MAX_RANGES_PER_DAY) return stay(state);
        const index = state.form.draft.ranges.length;
        return { state: updateForm(state, (f) => setDraft(f, { ranges: [...f.draft.ranges, { start: '', end: '' }] })).state, effects: [{ type: 'focus', target: fieldTarget(`ranges.${index}.start`) }] };
      }
      case 'remove-range': {
        if (!state.form || state.form.saving) return stay(state);
        const next = updateForm(state, (f) => ({
          ...setDraft(f, { ranges: f.draft.ranges.filter((_, i) => i !== event.index) }),
          errors: f.errors.filter((e) => !e.field.startsWith('ranges.')),
        })).state;
        return { state: next, effects: [{ type: 'focus', target: next.form!.draft.ranges.length > 0 ? fieldTarget(`ranges.${Math.max(0, event.index - 1)}.start`) : 'schedule-add-range' }] };
      }
      case 'cancel': {
        if (!state.form || state.form.saving) return stay(state);
        return { state: { ...state, form: null }, effects: [{ type: 'focus', target: state.form.id ? dayTarget(state.selected) : 'schedule-add' }] };
      }
      case 'submit': {
        const form = state.form;
        if (!form || form.saving) return stay(state);
        const others = state.exceptions.filter((e) => e.id !== form.id);
        const errors = checkException(form.draft, others, calendarDateOf(ctx.now));
        if (errors.length > 0) return { state: { ...state, form: { ...form, errors } }, effects: [{ type: 'focus', target: fieldTarget(errors[0]!.field) }] };
        const body = normalizeException(form.draft);
        const request: ScheduleRequest = form.id ? { op: 'update-exception', siteId: state.siteId, id: form.id, body } : { op: 'create-exception', siteId: state.siteId, body };
        return { state: { ...state, form: { ...form, errors: [], saving: true } }, effects: [{ type: 'call', request, key: 'schedule-save' }] };
      }
      case 'saved': {
        if (!state.form?.saving) return stay(state);
        const e = event.exception;
        const next = withExceptions({ ...state, form: null, selected: e.date }, [...state.exceptions.filter((x) => x.id !== e.id), e]);
        return {
          state: next,
          effects: [
            { type: 'emit', name: 'schedule-changed', detail: { siteId: state.siteId, date: e.date } },
            { type: 'announce', message: { key: 'rs.overview.schedule.saved', params: { date: formatDateFr(e.date) } }, tone: 'success' },
            { type: 'focus', target: dayTarget(e.date) },
          ],
        };
      }
      case 'save-failed': {
        const form = state.form;
        if (!form?.saving) return stay(state);
        const errors = event.errors ?? [];
        return {
          state: { ...state, form: { ...form, saving: false, errors } },
          effects: [{ type: 'announce', message: { key: 'rs.overview.schedule.saveFailed' }, tone: 'error' }, ...(errors[0] ? [{ type: 'focus', target: fieldTarget(errors[0].field) } as const] : [])],
        };
      }
      case 'remove': {
        if (state.removing || state.form?.saving || !state.exceptions.some((e) => e.id === event.id)) return stay(state);
        return { state: { ...state, removing: event.id }, effects: [{ type: 'call', request: { op: 'delete-exception', siteId: state.siteId, id: event.id }, key: 'schedule-remove' }] };
      }
      case 'removed': {
        const e = state.exceptions.find((x) => x.id === event.id);
        const next = withExceptions({ ...state, removing: null, form: state.form?.id === event.id ? null : state.form }, state.exceptions.filter((x) => x.id !== event.id));
        if (!e) return stay(next);
        return {
          state: next,
          effects: [
            { type: 'emit', name: 'schedule-changed', detail: { siteId: state.siteId, date: e.date } },
            { type: 'announce', message: { key: 'rs.overview.schedule.removed', params: { date: formatDateFr(e.date) } }, tone: 'success' },
            { type: 'focus', target: dayTarget(e.date) },
          ],
        };
      }
      case 'remove-failed':
        return { state: { ...state, removing: null }, effects: [{ type: 'announce', message: { key: 'rs.overview.schedule.removeFailed' }, tone: 'error' }] };
    }
  },
};
