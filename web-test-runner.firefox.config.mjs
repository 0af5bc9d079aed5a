// The same element tests in a second engine: Debian's Firefox ESR, driven over WebDriver BiDi by
// puppeteer-core (no browser download; see TOOLCHAIN.md › A second engine). Everything but the browser
// comes from web-test-runner.config.mjs, but the stories' tests. Run: npx web-test-runner --config web-test-runner.firefox.config.mjs
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { findFirefox } from './scripts/firefox.mjs';

// Each test file's page is a window of its own (a tab behind another would be hidden: no frames). A window
// that is not the focused one counts as « in the background », whose timers Firefox clamps to 1 s or more:
// these prefs keep every window's timers on time, as in Chromium's headless pages.
const FIREFOX_PREFS = {
  'dom.min_background_timeout_value': 4,
  'dom.min_background_timeout_value_without_budget_throttling': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  'dom.suspend_inactive.enabled': false,
};

/**
 * The page object the runner's `sendKeys`/`sendMouse` drive, made to behave as under Playwright (the
 * Chromium runner):
 * - `press('Shift+Tab')`: puppeteer presses one key only, so a combination is pressed as its modifiers
 *   down, the key, the modifiers up;
 * - each key or mouse action returns once the page has run the tasks it queued (a round trip through a
 *   page task), as Playwright's do: Firefox fires, e.g., the click of a Space on a button after the
 *   action's reply, so a test's next line would read the state before it;
 * - a longer navigation timeout: a page of a loaded machine can take more than 30 s to fire `load`.
 */
function asUnderPlaywright(page) {
  page.setDefaultNavigationTimeout(120000);
  const settle = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))).catch(() => {});
  const { keyboard, mouse } = page;
  for (const [input, methods] of [
    [keyboard, ['press', 'type', 'down', 'up']],
    [mouse, ['click', 'down', 'up', 'move']],
  ]) {
    for (const m of methods) {
      const original = input[m].bind(input);
      input[m] = async (...args) => {
        await original(...args);
        await settle();
      };
    }
  }
  const press = keyboard.press;
  keyboard.press = async (key, options) => {
    if (key.length < 2 || !key.includes('+')) return press(key, options);
    const keys = key.split('+');
    const last = keys.pop();
    for (const m of keys) await keyboard.down(m);
    await press(last, options);
    for (const m of keys.reverse()) await keyboard.up(m);
  };
  return page;
}

/**
 * Test files not yet run in Firefox, each with what it hit there (see README › Tests). Remove a line
 * once its file passes: `npx web-test-runner --config web-test-runner.firefox.config.mjs <file>`.
 */
export const FIREFOX_PENDING = {};

export default {
  ...base,
  // The element tests (and the demo page's). The stories' tests (stories/<service>/stories.test.ts: each
  // story renders without a console error and passes axe) stay in Chromium alone: they check the stories'
  // markup and accessibility rather than the engine, and would add about as long again as the elements.
  files: [...base.files.filter((f) => !f.startsWith('stories/')), ...Object.keys(FIREFOX_PENDING).map((f) => `!${f}`)],
  // Firefox takes long to start on a loaded 2-core machine (a fresh profile each run): up to ~30 s seen.
  browserStartTimeout: 120000,
  // 30 s a test rather than 10: over WebDriver BiDi each key and pointer action is dispatched and awaited
  // one at a time, several times slower than Playwright's CDP on a loaded machine (a test that types two
  // passphrases took over 10 s there, alone it takes 2).
  testFramework: { config: { timeout: 30000 } },
  // Two test files at once, as in Chromium: each in a window of its own, so neither is a hidden tab (a tab
  // behind another gets no requestAnimationFrame, and every wait that polls by frame would freeze).
  concurrency: 2,
  browsers: [
    chromeLauncher({
      puppeteer,
      createPage: async ({ context }) => asUnderPlaywright(await context.newPage({ type: 'window' })),
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        protocol: 'webDriverBiDi',
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    }),
  ],
};
