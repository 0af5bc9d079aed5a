/**
 * RS-OVERVIEW — viewing a site's schedule as a pure flow (`shared/flow.ts`): load the days today …
 * today + 30 and pick a day ({@link scheduleViewFlow}). Editing (add / edit / remove a temporary
 * change) is `schedule-edit.ts`, which a widget loads when the user asks to edit; the whole flow is
 * `scheduleFlow` (`schedule-flow.ts`). The state and events are the whole flow's.
 */
import type { ApiFailure } from '../../api/errors.js';
import { calendarDateOf, type CalendarDate } from '../../shared/calendar.js';
import { stay, type Flow, type FlowEffect, type Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import {
  scheduleFor,
  scheduleHorizon,
  type DaySchedule,
  type ExceptionDraft,
  type ScheduleException,
  type ScheduleFieldError,
  type WeeklyPlan,
} from './schedule.js';
import type { normalizeException } from './schedule-check.js';

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
export type ScheduleStep = Step<ScheduleState, ScheduleRequest, ScheduleEvent>;

/** The `data-focus` target of a form field (`schedule-field-ranges.0.end`). */
export const fieldTarget = (field: string): string => `schedule-field-${field}`;
export const dayTarget = (date: CalendarDate): string => `day-${date}`;

const read = (s: Pick<ScheduleState, 'siteId' | 'today'>): Effect => {
  const { from, to } = scheduleHorizon(s.today);
  return { type: 'call', request: { op: 'read-schedule', siteId: s.siteId, from, to }, key: 'schedule' };
};

/** The state with these exceptions, and the days they make. */
export function withExceptions(state: ScheduleState, exceptions: readonly ScheduleException[]): ScheduleState {
  const { from, to } = scheduleHorizon(state.today);
  return { ...state, exceptions, days: scheduleFor(state.plan, exceptions, from, to) };
}

/** The view's events (load, retry, pick a day); undefined for an edit event (`schedule-edit.ts`). */
export function scheduleViewTransition(state: ScheduleState, event: ScheduleEvent): ScheduleStep | undefined {
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
    default:
      return undefined;
  }
}

/** The read-only schedule: the days today … today + 30 and the chosen day; edit events are ignored. */
export const scheduleViewFlow: Flow<ScheduleState, ScheduleEvent, ScheduleRequest, ScheduleContext> = {
  init(ctx) {
    const today = calendarDateOf(ctx.now);
    const state: ScheduleState = {
      siteId: ctx.siteId,
      today,
      status: 'loading',
      plan: [],
      exceptions: [],
      days: [],
      selected: today,
      form: null,
      removing: null,
    };
    return { state, effects: [read(state)] };
  },
  transition: (state, event) => scheduleViewTransition(state, event) ?? stay(state),
};
