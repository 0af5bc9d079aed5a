// scripts/pack-test.mjs, last part (issue 11, point 9): a widget as a user runs it, in headless Chromium,
// from the packages installed in the scratch project. The same page three ways:
//   (a) the CDN folder: `<script type="module" integrity=…>` of vigie-all.js, hash from integrity.json;
//   (b) an npm app: define entries bundled by esbuild;
//   (c) a React app: react-dom/client + @vigie/react, bundled by esbuild.
// Each page starts the mock API (the packed @vigie/mock-api, msw's service worker), then shows
// `<invoice-banner>` in `<vigie-provider>`; the check is what a user sees (the banner's text in its shadow
// DOM), with no console error, no page error and Lit in production mode. No backend, no download.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import * as esbuild from 'esbuild';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};
// What a user sees with the mock's « invoices:overdue » scenario (French catalog, seed 001).
const SEEN = ['Facture en retard', 'Régulariser mes factures'];
const SCENARIO = 'invoices:overdue';
// The host's sign-in gives the provider a bearer token: the mock, like the real API, refuses a private route without one.
const TOKEN = 'jeton-du-portail';

/** Serves the scratch project as a site would: the CDN folders under /vigie/ and /vigie-mock/, msw's worker at the root. */
function serve(dir) {
  const nm = join(dir, 'node_modules/@vigie');
  const roots = [
    ['/vigie/', join(nm, 'components/dist/cdn/')],
    ['/vigie-mock/', join(nm, 'mock-api/dist/cdn/')],
    ['/', join(dir, 'web/')],
  ];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file =
      path === '/mockServiceWorker.js'
        ? join(nm, 'mock-api/dist/cdn/mockServiceWorker.js')
        : roots.filter(([prefix]) => path.startsWith(prefix)).map(([prefix, root]) => join(root, normalize(path.slice(prefix.length))))[0];
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const page = (head, body = '') =>
  `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>Vigie</title><link rel="icon" href="data:,">\n${head}\n</head>\n<body>${body}</body>\n</html>\n`;
const startMock = `import { startMockWorker } from '@vigie/mock-api/browser';\nawait startMockWorker({ scenario: '${SCENARIO}' });\n`;

/** Writes the three pages into `<dir>/web/`, bundling (b) and (c) with esbuild. */
async function writePages(dir) {
  const web = join(dir, 'web');
  mkdirSync(web, { recursive: true });
  const integrity = JSON.parse(readFileSync(join(dir, 'node_modules/@vigie/components/dist/cdn/integrity.json'), 'utf8'));
  // (a) The README's CDN page: the mock started first, then the markup shown.
  writeFileSync(
    join(web, 'cdn.html'),
    page(
      `<script type="module" src="/vigie/vigie-all.js" integrity="${integrity['vigie-all.js']}" crossorigin="anonymous"></script>\n` +
        `<script type="module">\n  import { startMockWorker } from '/vigie-mock/vigie-mock.js';\n  await startMockWorker({ scenario: '${SCENARIO}' });\n` +
        `  document.body.append(document.querySelector('template').content.cloneNode(true));\n` +
        `  document.querySelector('vigie-provider').getToken = async () => '${TOKEN}';\n</script>`,
      `<template><vigie-provider api-url="/api" locale="fr"><invoice-banner></invoice-banner></vigie-provider></template>`,
    ),
  );
  writeFileSync(
    join(web, 'npm-entry.js'),
    `import '@vigie/components/define/vigie-provider.js';\nimport '@vigie/components/define/invoice-banner.js';\n${startMock}` +
      `const provider = document.createElement('vigie-provider');\nprovider.setAttribute('api-url', '/api');\nprovider.getToken = async () => '${TOKEN}';\n` +
      `provider.append(document.createElement('invoice-banner'));\ndocument.body.append(provider);\n`,
  );
  writeFileSync(
    join(web, 'react-entry.js'),
    `import { createElement as h } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { VigieProvider, InvoiceBanner } from '@vigie/react';\n${startMock}` +
      `createRoot(document.getElementById('root')).render(h(VigieProvider, { apiUrl: '/api', getToken: async () => '${TOKEN}' }, h(InvoiceBanner)));\n`,
  );
  for (const app of ['npm', 'react']) {
    await esbuild.build({
      entryPoints: { [app]: join(web, `${app}-entry.js`) },
      absWorkingDir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      outdir: join(web, app),
      logLevel: 'silent',
    });
    writeFileSync(
      join(web, `${app}.html`),
      page(`<script type="module" src="/${app}/${app}.js"></script>`, app === 'react' ? '<div id="root"></div>' : ''),
    );
  }
}

/** Opens `url` in a fresh browser context; returns the banner's visible text and what the console said. */
async function visit(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    const warnings = [];
    tab.on('console', (m) => (m.type() === 'error' ? errors : warnings).push(m.text()));
    tab.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
    tab.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
    tab.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await tab.goto(url, { waitUntil: 'load' });
    await tab
      .waitForFunction(
        (seen) => seen.every((s) => document.querySelector('invoice-banner')?.shadowRoot?.textContent?.includes(s)),
        { timeout: 30000 },
        SEEN,
      )
      .catch(() => {});
    const text = await tab.evaluate(() =>
      (document.querySelector('invoice-banner')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    return { text, errors, warnings };
  } finally {
    await context.close();
  }
}

/** Runs the three pages as `check`s of pack-test.mjs. */
export async function inBrowser(dir, check, assert) {
  let browser;
  let server;
  try {
    await writePages(dir);
    server = await serve(dir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'),
    });
    const PAGES = [
      ['cdn.html', 'the CDN folder (<script type=module integrity> of vigie-all.js)'],
      ['npm.html', 'an npm app bundled by esbuild (define entries)'],
      ['react.html', 'a React app bundled by esbuild (react-dom/client + @vigie/react)'],
    ];
    for (const [file, how] of PAGES) {
      await check(`in Chromium, <invoice-banner> from ${how} shows « ${SEEN.join(' … ')} », no console error`, async () => {
        const { text, errors, warnings } = await visit(browser, `${origin}/${file}`);
        assert(!errors.length, `console errors: ${errors.join(' | ')}`);
        assert(
          SEEN.every((s) => text.includes(s)),
          `the banner shows « ${text.slice(0, 160)} »`,
        );
        assert(!warnings.some((w) => /dev mode/i.test(w)), `Lit in dev mode: ${warnings.join(' | ')}`);
      });
    }
  } catch (e) {
    await check('in Chromium: the pages are built and a browser starts', () => {
      throw e;
    });
  } finally {
    await browser?.close();
    server?.close();
  }
}
