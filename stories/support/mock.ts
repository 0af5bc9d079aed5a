/**
 * Shared by the stories and .storybook/preview.ts: the fixed "today" of every story and the
 * mock API parameters of a story (X-MOCK scenarios from @vigie/mock-api).
 *
 * Each story names a scenario. Two mechanisms carry it, so that a story shows the same thing
 * alone on its canvas and next to the other stories on its documentation page:
 * - `parameters.msw.handlers`: msw handlers of that scenario, installed by the msw loader;
 * - `parameters.vigie.scenario`: sent as the `X-Vigie-Scenario` header by the provider's client
 *   (preview.ts decorator), which every handler set honours per request. On a docs page all
 *   stories share one worker, so the header is what keeps each story on its own scenario.
 */
import { createHandlers, describeScenario, type ScenarioName } from '@vigie/mock-api';

/**
 * The token the story "host page" gives its provider (`getToken`): the mock requires a bearer
 * token on its private routes, as a real backend does (X-MOCK).
 */
export const STORY_HOST_TOKEN = 'storybook-host-token';
export const storyGetToken = () => STORY_HOST_TOKEN;

/** "Today" of every story: Tuesday 10 March 2026 (the provider's `now`). */
export const NOW = '2026-03-10';
/** The same day for the mock API (noon, Paris). */
export const NOW_MS = Date.parse('2026-03-10T12:00:00+01:00');
/**
 * How long `any:slow` waits. Long on purpose, so the Loading stories stay in their loading
 * state; one value for every handler set, so it does not depend on which set is installed.
 */
export const SLOW_MS = 10 * 60_000;

export interface VigieStoryParameters {
  /** The mock scenario of the story (default: the mock's default, `invoices:overdue`). */
  readonly scenario?: ScenarioName;
  /** Per-attempt and total time limits of the provider's client, in ms (Loading stories). */
  readonly timeout?: number;
  /** `false`: the story renders its own provider, or none at all. */
  readonly provider?: boolean;
}

/** The story parameters that select a mock scenario. */
export function mockApi(scenario: ScenarioName, options: Omit<VigieStoryParameters, 'scenario'> = {}) {
  return {
    vigie: { ...options, scenario } satisfies VigieStoryParameters,
    msw: { handlers: createHandlers({ scenario, now: () => NOW_MS, slowMs: SLOW_MS }).handlers },
  };
}

/** The story description of a scenario (French, as the mock describes it), plus a note. */
export function scenarioDoc(scenario: ScenarioName, note = ''): string {
  return `Scénario \`${scenario}\` : ${describeScenario(scenario, 'fr')}${note ? `\n\n${note}` : ''}`;
}
