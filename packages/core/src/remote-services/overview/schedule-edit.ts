/**
 * RS-OVERVIEW — editing a site's schedule, the edit part of `scheduleFlow` (pure): add / edit /
 * remove a temporary change. Every edit is checked by core's {@link checkException} before it is
 * sent (the server checks the same rules); a failure keeps what the user typed; each outcome is told
 * in a toast (seed 000 « Bannière pop-up ») and fires `schedule-changed` when it succeeded.
 *
 * A module of its own so that a widget shows the schedule without it and loads it when the user
 * asks to edit (issue 9's size budgets).
 */
import { addDays, calendarDateOf, daysBetween, formatDateFr } from '../../shared/calendar.js';
import { MAX_RANGES_PER_DAY, scheduleHorizon, type ExceptionDraft, type TimeRange } from './schedule.js';
import { checkException, normalizeException } from './schedule-check.js';
import { stay } from '../../shared/flow.js';
import {
  dayTarget,
  fieldTarget,
  withExceptions,
  type ExceptionForm,
  type ScheduleContext,
  type ScheduleEvent,
  type ScheduleRequest,
  type ScheduleState,
  type ScheduleStep,
} from './schedule-view.js';

/** The range a new change starts with when the day has none (a usual working day). */
export const DEFAULT_RANGE: TimeRange = { start: '08:00', end: '18:00' };

const updateForm = (state: ScheduleState, f: (form: ExceptionForm) => Partial<ExceptionForm>): ScheduleStep =>
  state.form && !state.form.saving ? stay({ ...state, form: { ...state.form, ...f(state.form) } }) : stay(state);

const setDraft = (form: ExceptionForm, draft: Partial<ExceptionDraft>): Partial<ExceptionForm> => ({ draft: { ...form.draft, ...draft } });

/** The edit events (add, edit, the form's fields, submit, remove and their answers); the view's are left to `scheduleViewTransition`. */
export function scheduleEditTransition(state: ScheduleState, event: ScheduleEvent, ctx: ScheduleContext): ScheduleStep {
  switch (event.type) {
    case 'add': {
      if (state.status !== 'ready' || state.form?.saving) return stay(state);
      const day = state.days.find((d) => d.date === state.selected);
      // The selected day when it has no change yet; otherwise the first free day after it.
      const taken = new Set(state.exceptions.map((e) => e.date));
      let date = state.selected;
      while (taken.has(date) && daysBetween(date, scheduleHorizon(state.today).to) > 0) date = addDays(date, 1);
      const ranges = day && !day.exceptionId && day.ranges.length > 0 ? day.ranges : [DEFAULT_RANGE];
      return {
        state: {
          ...state,
          form: { mode: 'add', id: null, draft: { date: taken.has(date) ? '' : date, ranges, reason: '' }, errors: [], saving: false },
        },
        effects: [{ type: 'focus', target: fieldTarget('date') }],
      };
    }
    case 'edit': {
      const e = state.exceptions.find((x) => x.id === event.id);
      if (!e || state.form?.saving) return stay(state);
      return {
        state: {
          ...state,
          selected: e.date,
          form: { mode: 'edit', id: e.id, draft: { date: e.date, ranges: e.ranges, reason: e.reason ?? '' }, errors: [], saving: false },
        },
        effects: [{ type: 'focus', target: fieldTarget('date') }],
      };
    }
    case 'change':
      return updateForm(state, (f) => setDraft(f, { [event.field]: event.value }));
    case 'change-range':
      return updateForm(state, (f) =>
        setDraft(f, { ranges: f.draft.ranges.map((r, i) => (i === event.index ? { ...r, [event.part]: event.value } : r)) }),
      );
    case 'add-range': {
      if (!state.form || state.form.saving || state.form.draft.ranges.length >= MAX_RANGES_PER_DAY) return stay(state);
      const index = state.form.draft.ranges.length;
      return {
        state: updateForm(state, (f) => setDraft(f, { ranges: [...f.draft.ranges, { start: '', end: '' }] })).state,
        effects: [{ type: 'focus', target: fieldTarget(`ranges.${index}.start`) }],
      };
    }
    case 'remove-range': {
      if (!state.form || state.form.saving) return stay(state);
      const next = updateForm(state, (f) => ({
        ...setDraft(f, { ranges: f.draft.ranges.filter((_, i) => i !== event.index) }),
        errors: f.errors.filter((e) => !e.field.startsWith('ranges.')),
      })).state;
      return {
        state: next,
        effects: [
          {
            type: 'focus',
            target: next.form!.draft.ranges.length > 0 ? fieldTarget(`ranges.${Math.max(0, event.index - 1)}.start`) : 'schedule-add-range',
          },
        ],
      };
    }
    case 'cancel': {
      if (!state.form || state.form.saving) return stay(state);
      return {
        state: { ...state, form: null },
        effects: [{ type: 'focus', target: state.form.id ? dayTarget(state.selected) : 'schedule-add' }],
      };
    }
    case 'submit': {
      const form = state.form;
      if (!form || form.saving) return stay(state);
      const others = state.exceptions.filter((e) => e.id !== form.id);
      const errors = checkException(form.draft, others, calendarDateOf(ctx.now));
      if (errors.length > 0)
        return { state: { ...state, form: { ...form, errors } }, effects: [{ type: 'focus', target: fieldTarget(errors[0]!.field) }] };
      const body = normalizeException(form.draft);
      const request: ScheduleRequest = form.id
        ? { op: 'update-exception', siteId: state.siteId, id: form.id, body }
        : { op: 'create-exception', siteId: state.siteId, body };
      return {
        state: { ...state, form: { ...form, errors: [], saving: true } },
        effects: [{ type: 'call', request, key: 'schedule-save' }],
      };
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
        effects: [
          { type: 'announce', message: { key: 'rs.overview.schedule.saveFailed' }, tone: 'error' },
          ...(errors[0] ? [{ type: 'focus', target: fieldTarget(errors[0].field) } as const] : []),
        ],
      };
    }
    case 'remove': {
      if (state.removing || state.form?.saving || !state.exceptions.some((e) => e.id === event.id)) return stay(state);
      return {
        state: { ...state, removing: event.id },
        effects: [{ type: 'call', request: { op: 'delete-exception', siteId: state.siteId, id: event.id }, key: 'schedule-remove' }],
      };
    }
    case 'removed': {
      const e = state.exceptions.find((x) => x.id === event.id);
      const next = withExceptions(
        { ...state, removing: null, form: state.form?.id === event.id ? null : state.form },
        state.exceptions.filter((x) => x.id !== event.id),
      );
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
      return {
        state: { ...state, removing: null },
        effects: [{ type: 'announce', message: { key: 'rs.overview.schedule.removeFailed' }, tone: 'error' }],
      };
    default:
      return stay(state);
  }
}
