/**
 * RS-OVERVIEW — viewing and editing a site's schedule as a pure flow (`shared/flow.ts`): load the
 * days today … today + 30, pick a day, add / edit / remove a temporary change. Every edit is checked
 * by core's {@link checkException} before it is sent (the server checks the same rules); a failure
 * keeps what the user typed; each outcome is told in a toast (seed 000 « Bannière pop-up ») and fires
 * `schedule-changed` when it succeeded.
 *
 * Two parts, so a widget can show the schedule before it needs the editor: the view
 * (`schedule-view.ts`: load, retry, pick a day) and the edit (`schedule-edit.ts`).
 */
import type { Flow } from '../../shared/flow.js';
import { scheduleEditTransition } from './schedule-edit.js';
import {
  scheduleViewFlow,
  scheduleViewTransition,
  type ScheduleContext,
  type ScheduleEvent,
  type ScheduleRequest,
  type ScheduleState,
} from './schedule-view.js';

export * from './schedule-view.js';
export { DEFAULT_RANGE, scheduleEditTransition } from './schedule-edit.js';

export const scheduleFlow: Flow<ScheduleState, ScheduleEvent, ScheduleRequest, ScheduleContext> = {
  init: scheduleViewFlow.init,
  transition: (state, event, ctx) => scheduleViewTransition(state, event) ?? scheduleEditTransition(state, event, ctx),
};
