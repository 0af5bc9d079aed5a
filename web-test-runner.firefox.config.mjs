// The same element tests in a second engine: Debian's Firefox ESR, driven over WebDriver BiDi by
// puppeteer-core (no browser download; see TOOLCHAIN.md › A second engine). Everything but the browser
// comes from web-test-runner.config.mjs. Run: npx web-test-runner --config web-test-runner.firefox.config.mjs
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { findFirefox } from './scripts/firefox.mjs';

export default {
  ...base,
  // Firefox takes long to start on a loaded 2-core machine (a fresh profile each run): up to ~30 s seen.
  browserStartTimeout: 120000,
  // One test file at a time: Firefox opens each file's page as a tab of one window, and a tab behind
  // another is hidden (document.visibilityState 'hidden', no requestAnimationFrame), which Chromium's
  // headless pages never are. Two at once would freeze every wait that polls by frame.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true, protocol: 'webDriverBiDi' },
    }),
  ],
};
