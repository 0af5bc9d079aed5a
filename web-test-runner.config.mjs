// Element tests in real Chromium, with msw answering the API (see README › Tests).
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_FLAGS, findChromium } from './scripts/chromium.mjs';
import { reactEsm } from './scripts/wtr-react.mjs';
import { storiesIndex } from './scripts/wtr-stories.mjs';

const require = createRequire(import.meta.url);
const workerFile = require.resolve('msw/mockServiceWorker.js');
// SR-OBS: PDF.js's worker, served where <pdf-text-picker> looks by default (same origin: worker-src 'self').
const pdfWorkerFile = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs');
/** The demo page's Content-Security-Policy (its meta tag), Trusted Types included: the Trusted Types page gets it as a header. */
const demoCsp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(new URL('./demo/index.html', import.meta.url), 'utf8'),
)?.[1];

const DEMO_ROUTES = {
  '/demo.js': '/demo/demo.js',
  '/portal.css': '/demo/portal.css',
  '/favicon.svg': '/demo/favicon.svg',
  '/cdn/vigie.js': '/packages/components/src/cdn.ts',
  '/cdn/vigie-mock.js': '/packages/mock-api/src/browser.ts',
};

export default {
  files: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', '!packages/core/**', 'demo/**/*.test.ts', 'stories/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@vigie/source', 'browser', 'development'] },
  plugins: [
    reactEsm(),
    storiesIndex(),
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [
    // msw's service worker must be served from the root so its scope is `/`.
    function mockServiceWorker(ctx, next) {
      if (ctx.path !== '/mockServiceWorker.js') return next();
      ctx.type = 'application/javascript';
      ctx.body = createReadStream(workerFile);
    },
    function pdfWorker(ctx, next) {
      if (ctx.path !== '/pdfjs/pdf.worker.min.mjs') return next();
      ctx.type = 'text/javascript';
      ctx.body = createReadStream(pdfWorkerFile);
    },
    // The demo page (demo/*.test.ts loads demo/index.html): its root URLs lead to the demo's files and
    // to the sources of the bundles `npm start` builds (a redirect, so relative imports resolve).
    function demoPage(ctx, next) {
      const to = DEMO_ROUTES[ctx.path];
      if (!to) return next();
      ctx.redirect(to);
    },
    // X-SEC (issue 8, point 9): every widget under the demo's CSP (packages/components/src/base/trusted-types.test.ts).
    async function trustedTypesPage(ctx, next) {
      await next();
      if (ctx.path === '/packages/components/test/trusted-types/page.html' && demoCsp) ctx.set('Content-Security-Policy', demoCsp);
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  // A loaded machine (CI, or several runs at once) can take more than the default 30 s to open a page.
  browserStartTimeout: 120000,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // 10 min per test file: stories/<service>/stories.test.ts renders and checks with axe every story of a
  // service (up to ~50) in one page. A hung file is reported after this long, no sooner.
  testsFinishTimeout: 600000,
};
