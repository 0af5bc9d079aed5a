/**
 * RS-OVERVIEW — the test mode of a site (seed 000: « Mettre les systèmes d'alarme en mode test. Pour
 * des raisons de sécurité, le mode test sera automatiquement désactivé après un certain temps »), as a
 * pure flow (`shared/flow.ts`).
 *
 * - The user chooses a duration from {@link TEST_MODE_DURATIONS} (what monitoring portals offer: Blue
 *   by ADT and Alert360 pick a duration; research § 7 and 9); the server answers with the absolute
 *   end (`until`) and its own time (`serverTime`), so a wrong client clock does not shorten or
 *   lengthen it: the flow keeps `endsAt`, the end on the client's clock.
 * - The remaining time is derived from the clock ({@link remainingMs}); the mode is on strictly
 *   before `endsAt` and off from it ({@link isTestModeOn}).
 * - `deadline()` names the next instant: a spoken warning {@link TEST_MODE_WARNING_MS} before the
 *   end, then the end itself. The controller sends it on time and again when a hidden tab becomes
 *   visible (timers sleep there). At the end the flow turns off at once, says so in a toast, and
 *   asks the server to confirm (it is the authority: if it still says on, the new end is followed).
 * - « Arrêter le mode test » stops it early.
 *
 * Two parts, so a widget can show the test mode before the user asks to change it: the view
 * (`test-mode-view.ts`) and the change (`test-mode-change.ts`).
 */
import type { Flow } from '../../shared/flow.js';
import { testModeChangeTransition } from './test-mode-change.js';
import {
  testModeViewFlow,
  testModeViewTransition,
  type TestModeContext,
  type TestModeEvent,
  type TestModeRequest,
  type TestModeState,
} from './test-mode-view.js';

export {
  TEST_MODE_DURATIONS,
  DEFAULT_TEST_MODE_DURATION,
  TEST_MODE_WARNING_MS,
  isTestModeDuration,
  clientEnd,
  isTestModeOn,
  remainingMs,
  testModeViewFlow,
  testModeViewTransition,
} from './test-mode-view.js';
export type { TestModeDuration, TestModeContext, TestModeState, TestModeAnswer, TestModeEvent, TestModeRequest } from './test-mode-view.js';
export { testModeChangeTransition } from './test-mode-change.js';

export const testModeFlow: Flow<TestModeState, TestModeEvent, TestModeRequest, TestModeContext> = {
  init: testModeViewFlow.init,
  transition: (state, event, ctx) => testModeViewTransition(state, event, ctx) ?? testModeChangeTransition(state, event, ctx)!,
  deadline: testModeViewFlow.deadline,
};
