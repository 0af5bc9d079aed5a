/**
 * RS-OVERVIEW — the test mode's change part: choose a duration, start, stop (and their answers). A
 * widget loads it when the user asks to change the test mode; `test-mode.ts` joins it with the view.
 */
import { formatTimeOfDay } from '../../shared/calendar.js';
import {
  changed,
  isTestModeOn,
  off,
  say,
  withAnswer,
  type TestModeContext,
  type TestModeEvent,
  type TestModeState,
  type TStep,
} from './test-mode-view.js';

/** The change events (choose, start, started, stop, stopped, failed); `undefined` for a view event. */
export function testModeChangeTransition(state: TestModeState, event: TestModeEvent, ctx: TestModeContext): TStep | undefined {
  const { siteId } = state;
  switch (event.type) {
    case 'choose':
      return state.status === 'ready' && !isTestModeOn(state, ctx.now)
        ? { state: { ...state, duration: event.duration }, effects: [] }
        : { state, effects: [] };
    case 'start':
      if (state.status !== 'ready' || isTestModeOn(state, ctx.now)) return { state, effects: [] };
      return {
        state: { ...state, status: 'starting' },
        effects: [{ type: 'call', request: { op: 'start-test-mode', siteId, minutes: state.duration }, key: 'test-mode' }],
      };
    case 'started': {
      const next = withAnswer(state, event.answer, ctx.now);
      return {
        state: next,
        effects: [
          changed(siteId, next.until),
          say('rs.overview.testMode.started', 'success', { time: next.until ? formatTimeOfDay(Date.parse(next.until)) : '' }),
          { type: 'focus', target: 'test-mode-stop' },
        ],
      };
    }
    case 'stop':
      if (state.status !== 'ready' || !isTestModeOn(state, ctx.now)) return { state, effects: [] };
      return {
        state: { ...state, status: 'stopping' },
        effects: [{ type: 'call', request: { op: 'stop-test-mode', siteId }, key: 'test-mode' }],
      };
    case 'stopped':
      return {
        state: { ...off(state), status: 'ready' },
        effects: [changed(siteId, null), say('rs.overview.testMode.stopped', 'success'), { type: 'focus', target: 'test-mode-start' }],
      };
    case 'failed': {
      const key = state.status === 'stopping' ? 'rs.overview.testMode.stopFailed' : 'rs.overview.testMode.startFailed';
      // A failed stop may have come after the end: the clock still decides.
      const next = { ...state, status: 'ready' as const };
      return { state: isTestModeOn(next, ctx.now) ? next : off(next), effects: [say(key, 'error')] };
    }
    default:
      return undefined;
  }
}
