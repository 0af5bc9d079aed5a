/**
 * RS-OVERVIEW — the test mode of a site, its view part (what a page shows with no action: on/off, the
 * end, the countdown, the end by itself); the change part (choose, start, stop) is `test-mode-change.ts`,
 * and `test-mode.ts` joins them as `testModeFlow`. The test mode of a site (seed 000: « Mettre les systèmes d'alarme en mode test. Pour
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
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, FlowEffect, FlowMessage, Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';

/** RS-OVERVIEW: the durations a user may choose, in minutes (30 min, 1 h, 2 h, 4 h). */
export const TEST_MODE_DURATIONS = [30, 60, 120, 240] as const;
export type TestModeDuration = (typeof TEST_MODE_DURATIONS)[number];
/** The duration chosen until the user picks another (1 h: long enough for a test round). */
export const DEFAULT_TEST_MODE_DURATION: TestModeDuration = 60;
/** A polite « ends in 1 minute » is said this long before the end. */
export const TEST_MODE_WARNING_MS = 60_000;

export const isTestModeDuration = (n: unknown): n is TestModeDuration => (TEST_MODE_DURATIONS as readonly unknown[]).includes(n);

export interface TestModeContext extends MachineContext {
  readonly siteId: string;
}

export interface TestModeState {
  readonly siteId: string;
  /** `loading` until the server said; `ready`; a request under way; `error` when the first read failed. */
  readonly status: 'loading' | 'ready' | 'starting' | 'stopping' | 'error';
  readonly failure?: ApiFailure;
  /** The chosen duration. */
  readonly duration: TestModeDuration;
  /** The end as the server said it (ISO), or null when off. */
  readonly until: string | null;
  /** The end on the client's clock (ms), or null when off. */
  readonly endsAt: number | null;
  /** Whether the « ends in 1 minute » warning was said for this end. */
  readonly warned: boolean;
}

/** The server's answer about a site's test mode. */
export interface TestModeAnswer {
  readonly until: string | null;
  readonly serverTime: string;
}

export type TestModeEvent =
  | { readonly type: 'retry' }
  | { readonly type: 'loaded'; readonly answer: TestModeAnswer }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  | { readonly type: 'choose'; readonly duration: TestModeDuration }
  | { readonly type: 'start' }
  | { readonly type: 'started'; readonly answer: TestModeAnswer }
  | { readonly type: 'stop' }
  | { readonly type: 'stopped'; readonly answer: TestModeAnswer }
  | { readonly type: 'failed'; readonly failure: ApiFailure }
  | { readonly type: 'warn' }
  | { readonly type: 'expired' };

export type TestModeRequest =
  | { readonly op: 'read-test-mode'; readonly siteId: string }
  | { readonly op: 'start-test-mode'; readonly siteId: string; readonly minutes: TestModeDuration }
  | { readonly op: 'stop-test-mode'; readonly siteId: string };

export type Effect = FlowEffect<TestModeRequest, TestModeEvent>;
export type TStep = Step<TestModeState, TestModeRequest, TestModeEvent>;

/** The end on the client's clock: the server's `until` moved by the server's offset from `now`. */
export function clientEnd(answer: TestModeAnswer, now: number): number | null {
  if (answer.until === null) return null;
  const offset = Date.parse(answer.serverTime) - now;
  return Date.parse(answer.until) - (Number.isNaN(offset) ? 0 : offset);
}

/** RS-OVERVIEW: on strictly before the end, off at and after it. */
export const isTestModeOn = (state: Pick<TestModeState, 'endsAt'>, now: number): boolean => state.endsAt !== null && now < state.endsAt;

/** What is left, in ms (0 when off). */
export const remainingMs = (state: Pick<TestModeState, 'endsAt'>, now: number): number =>
  state.endsAt === null ? 0 : Math.max(0, state.endsAt - now);

export const read = (siteId: string): Effect => ({ type: 'call', request: { op: 'read-test-mode', siteId }, key: 'test-mode' });
export const changed = (siteId: string, until: string | null): Effect => ({
  type: 'emit',
  name: 'test-mode-changed',
  detail: { siteId, until },
});
export const say = (key: FlowMessage['key'], tone: 'success' | 'error' | 'status', params?: FlowMessage['params']): Effect => ({
  type: 'announce',
  message: params ? { key, params } : { key },
  tone,
});

export function withAnswer(state: TestModeState, answer: TestModeAnswer, now: number): TestModeState {
  const endsAt = clientEnd(answer, now);
  const on = endsAt !== null && now < endsAt;
  return {
    ...state,
    status: 'ready',
    failure: undefined,
    until: on ? answer.until : null,
    endsAt: on ? endsAt : null,
    warned: on && state.endsAt === endsAt ? state.warned : on && endsAt - now <= TEST_MODE_WARNING_MS,
  };
}

export const off = (state: TestModeState): TestModeState => ({ ...state, until: null, endsAt: null, warned: false });

/** The view's events (load, retry, the warning and the end); `undefined` for a change event. */
export function testModeViewTransition(state: TestModeState, event: TestModeEvent, ctx: TestModeContext): TStep | undefined {
  const { siteId } = state;
  switch (event.type) {
    case 'retry':
      return { state: { ...state, status: 'loading', failure: undefined }, effects: [read(siteId)] };
    case 'loaded': {
      const wasOn = isTestModeOn(state, ctx.now);
      const next = withAnswer(state, event.answer, ctx.now);
      // A confirmation after the end that says otherwise is followed, and told.
      const effects: Effect[] = wasOn !== isTestModeOn(next, ctx.now) && state.status === 'ready' ? [changed(siteId, next.until)] : [];
      return { state: next, effects };
    }
    case 'load-failed':
      return state.status === 'loading'
        ? { state: { ...state, status: 'error', failure: event.failure }, effects: [] }
        : { state: { ...state, status: 'ready' }, effects: [] };
    case 'warn':
      if (state.endsAt === null || state.warned) return { state, effects: [] };
      if (ctx.now >= state.endsAt) return testModeViewTransition(state, { type: 'expired' }, ctx);
      return { state: { ...state, warned: true }, effects: [say('rs.overview.testMode.endsSoon', 'status')] };
    case 'expired':
      if (state.endsAt === null || ctx.now < state.endsAt) return { state, effects: [] };
      return {
        state: state.status === 'stopping' ? off(state) : { ...off(state), status: state.status === 'starting' ? 'starting' : 'ready' },
        effects: [changed(siteId, null), say('rs.overview.testMode.ended', 'success'), read(siteId)],
      };
    default:
      return undefined;
  }
}

/** The view alone (a change event is left as is): init, the view's events and the deadlines. */
export const testModeViewFlow: Flow<TestModeState, TestModeEvent, TestModeRequest, TestModeContext> = {
  init: (ctx) => ({
    state: { siteId: ctx.siteId, status: 'loading', duration: DEFAULT_TEST_MODE_DURATION, until: null, endsAt: null, warned: false },
    effects: [read(ctx.siteId)],
  }),
  transition: (state, event, ctx) => testModeViewTransition(state, event, ctx) ?? { state, effects: [] },
  deadline(state) {
    if (state.endsAt === null) return undefined;
    if (!state.warned) return { at: state.endsAt - TEST_MODE_WARNING_MS, event: { type: 'warn' } };
    return { at: state.endsAt, event: { type: 'expired' } };
  },
};
