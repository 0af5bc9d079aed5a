/** Shared helpers of the element tests (Chromium, msw answering the API). */
import { startMockWorker, type MockWorker } from '@vigie/mock-api/browser';
import type { ScenarioName } from '@vigie/mock-api';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define/all.js';

/**
 * A failed assertion whose actual or expected value is a DOM node cannot be sent back to the runner
 * (structured clone refuses nodes: the file then hangs until the runner's file timeout instead of
 * failing, modernweb-dev/web#2967). A root hook, registered once by the first test file that imports
 * these helpers, turns such values into text, so the failure is reported with its message.
 */
afterEach(function reportableFailure(this: Mocha.Context) {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = err[key];
    if (typeof value !== 'object' || value === null) continue;
    try {
      structuredClone(value);
    } catch {
      err[key] = value instanceof Element ? `<${value.localName}> ${value.textContent?.trim().slice(0, 80) ?? ''}` : String(value);
    }
  }
});

/** "Today" of every element test: Tuesday 10 March 2026, Paris. */
export const NOW = '2026-03-10';

let mock: Promise<MockWorker> | undefined;
const requests: string[] = [];

/** Starts the mock API once per test file, at the fixed date; switches scenario. */
export async function useScenario(scenario: ScenarioName): Promise<MockWorker> {
  // requireAuth: false — the documented opt-out (X-MOCK): the test pages mount providers without a
  // host token. It drops only the mock's "any bearer token" check; the vault's and the passport's
  // private routes still want their own session, which the tests sign in for. The default (a token
  // required, as a real backend) is tested in packages/mock-api and on the demo page.
  mock ??= startMockWorker({ now: () => Date.parse(`${NOW}T12:00:00+01:00`), scenario, slowMs: 800, requireAuth: false }).then((m) => {
    m.worker.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.startsWith('/api/')) requests.push(`${request.method} ${new URL(request.url).pathname}`);
    });
    return m;
  });
  const m = await mock;
  // Handlers a test added with worker.use() must not leak into the next test.
  m.worker.resetHandlers();
  m.reset();
  m.setScenario(scenario);
  requests.length = 0;
  return m;
}

/** API requests seen since the last `useScenario`. */
export const apiRequests = (): readonly string[] => requests;

/**
 * How long a wait for a condition lasts by default: 5 s, 15 s in Firefox, whose WebDriver BiDi input is
 * slower (each key and pointer action is dispatched and awaited in turn). A met condition ends it at once.
 */
const WAIT_MS = navigator.userAgent.includes('Firefox/') ? 15000 : 5000;

/** Waits until `check` returns a truthy value (polling each frame), or fails after `ms`. */
export async function until<T>(check: () => T, what: string, ms = WAIT_MS): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v as NonNullable<T>;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * Waits until the page is quiet: no new API request (seen by the mock) and no new resource loaded
 * (a module, a font…) for `frames` frames in a row. What a test that checks that something did NOT
 * happen (a second request, a lazy module) waits for, instead of a fixed sleep.
 */
export async function quiet(what = 'the page to be quiet', frames = 10, ms = WAIT_MS): Promise<void> {
  let last = '';
  let same = 0;
  await until(
    () => {
      const now = `${requests.length} ${performance.getEntriesByType('resource').length}`;
      same = now === last ? same + 1 : 0;
      last = now;
      return same >= frames;
    },
    what,
    ms,
  );
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Keeps what the code under test writes to the console instead of printing it, so that a test can
 * check that no secret was written there. Call it once at the top of a test file: it swaps the
 * console before each test and puts it back after; the returned function gives what the current
 * test wrote (each call's arguments).
 */
export function captureConsole(): () => readonly unknown[][] {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  let logged: unknown[][] = [];
  beforeEach(() => {
    logged = [];
    for (const m of methods) console[m] = (...args: unknown[]) => void logged.push(args);
  });
  afterEach(() => methods.forEach((m, i) => (console[m] = originals[i]!)));
  return () => logged;
}

/** Whether the tests run in Firefox (the second engine, web-test-runner.firefox.config.mjs). */
export const inFirefox = navigator.userAgent.includes('Firefox/');

/**
 * Presses a key combination such as `Control+A` or `Shift+Tab`: the modifiers held down, the key
 * pressed, the modifiers released. `sendKeys({ press: 'Control+A' })` works only with Playwright;
 * puppeteer (Firefox) knows single keys only. `ControlOrMeta` is Control (the tests run on Linux).
 */
export async function pressKeys(combo: string): Promise<void> {
  const keys = combo.split('+').map((k) => (k === 'ControlOrMeta' ? 'Control' : k));
  const key = keys.pop()!;
  for (const m of keys) await sendKeys({ down: m });
  await sendKeys({ press: key.length === 1 ? key.toLowerCase() : key });
  for (const m of keys.reverse()) await sendKeys({ up: m });
}

/** Types `value` at the end of what `field` holds, with real key presses. */
export async function typeInto(field: HTMLInputElement, value: string): Promise<void> {
  field.focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: value });
}

/**
 * A real click (the mouse pressed and released) in the middle of `el`, scrolled into view first:
 * what a person does on a checkbox, a radio or a button. The browser then fires `input` and
 * `change` as separate tasks, with renders in between (unlike `el.click()`).
 */
export async function clickOn(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await sendMouse({ type: 'click', position: visibleCentre(el) });
}

/** Two real clicks in a row at the same spot of `el` (a person's double click), with no frame waited between. */
export async function doubleClickOn(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const position = visibleCentre(el);
  await sendMouse({ type: 'click', position });
  await sendMouse({ type: 'click', position });
}

/**
 * The middle of the part of `el` inside the viewport. An element taller or wider than the viewport (or
 * half hidden by a scroll container) has its middle outside it: Chromium clicks there anyway, Firefox's
 * WebDriver refuses a pointer « out of bounds ».
 */
function visibleCentre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  const left = Math.max(r.left, 0);
  const top = Math.max(r.top, 0);
  const right = Math.min(r.right, innerWidth - 1);
  const bottom = Math.min(r.bottom, innerHeight - 1);
  // Nothing of it in view (a page that cannot scroll to it): its middle, as before.
  if (left > right || top > bottom) return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
  return [Math.round((left + right) / 2), Math.round((top + bottom) / 2)];
}

/** Focuses `el` and presses Space: ticks a box, chooses a radio, presses a button. */
export async function pressSpaceOn(el: HTMLElement): Promise<void> {
  el.focus();
  await sendKeys({ press: 'Space' });
}

/**
 * Chooses the option of a native `<select>` whose value is `value`, with the keyboard as a person
 * does on a closed list (focus, then ArrowDown/ArrowUp until it is selected).
 */
export async function chooseOption(select: HTMLSelectElement, value: string): Promise<void> {
  const target = [...select.options].findIndex((o) => o.value === value);
  if (target < 0) throw new Error(`no option ${value}`);
  select.focus();
  for (let guard = 0; select.selectedIndex !== target && guard < select.options.length; guard++) {
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
  }
  if (select.selectedIndex !== target) throw new Error(`could not choose ${value}`);
}
