#!/usr/bin/env node
/**
 * `npm run bench` — a benchmark (not a test: it never fails on a figure).
 *
 *   1. Sizes, min+gz (rollup + terser + gzip -9), of the CDN bundle, of a page showing one
 *      widget (provider + widget), of each further widget, and of lit / ky / zod alone;
 *      compared with the budgets (one-widget page ≤ 25 kB, each further widget ≤ 5 kB); Remote
 *      Services (issue 9, bench/rs-sizes.mjs): each RS widget's own code over the shared runtime
 *      ≤ 8 kB, the page provider + <site-overview> before any tab opens ≤ 25 kB before the data
 *      layer (a define/ file not merged yet is skipped, and the report says so).
 *   2. First render of <invoice-banner> in Chromium vs the same markup as plain HTML.
 *   3. PP-ROSTER at 10,000 and 100,000 employees: the data step with no DOM (Node, bench/roster-data.mjs),
 *      then <passport-roster> against @vaadin/grid and @lit-labs/virtualizer on the same rows in
 *      Chromium (bench/roster/): first paint, keystroke → next painted frame, sort → next painted
 *      frame, JS heap and DOM nodes, blank frames while flinging (issue 8), beside a bare-DOM floor
 *      page and a data-only page.
 *   4. RS-SITES at 5,000 and 50,000 sites: <site-list> and <passport-roster> at the same sizes, in
 *      the same run, on the roster's harness (bench/sites/): keystroke and sort → next painted frame
 *      (target: within 1.2× of the roster's) and DOM nodes (< 2,000).
 *   5. RS-ALARMS: the alarm stream's latency, from an event written by the mock to the row painted
 *      in <active-alarms> (bench/alarms/).
 *
 * Prints a table, writes bench/results.json (keys of parts not run this time are kept) and, after a
 * full run, the README block. See bench/README.md.
 * Env: BENCH_RUNS (default 15 loads per page, part 2), BENCH_ROSTER_RUNS (default 7 loads per roster
 * page and size), BENCH_SKIP_BROWSER=1 (no browser: sizes and the roster's Node data step only),
 * BENCH_ONLY=sizes,bundlers,render,roster,sites,alarms (only those parts; bundlers: bench/bundlers.mjs, the
 * same pages under Rollup, esbuild and Vite from the packed packages; the README block is rewritten by full
 * runs only), BENCH_ROSTER_SIZES (default 10000,100000), BENCH_ROSTER_PAGES (e.g. bare,ours: only those roster pages), BENCH_SITES_RUNS (default 3 loads per page and
 * size, part 4), BENCH_SITES_SIZES (default 5000,50000), BENCH_ALARM_RUNS (default 40 streamed alarms, part 5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { rollup, VERSION as ROLLUP_VERSION } from 'rollup';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';
import { alarmsReadme, alarmsReport, runAlarms } from '../bench/alarms/run.mjs';
import { bundlersReadme, runBundlers } from '../bench/bundlers.mjs';
import {
  KEYSTROKES,
  ROSTER_PAGES,
  ROSTER_TARGETS,
  SORT_CLICKS,
  VIEWPORT,
  rosterReadme,
  rosterReport,
  rosterVerdicts,
  runRoster,
} from '../bench/roster/run.mjs';
import {
  SITE_KEYSTROKES,
  SITE_PAGES,
  SITE_SIZES,
  SITE_SORT_CLICKS,
  SITE_TARGETS,
  runSites,
  sitesReadme,
  sitesReport,
  sitesVerdicts,
} from '../bench/sites/run.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT); // rollup.config.ts reads packages/ relative to the working directory
const { typescript, bundleResolve, onwarn } = await import('../rollup.config.ts');

const TMP = join(ROOT, 'bench/tmp');
const ENTRIES = join(TMP, 'entries');
const SITE = join(TMP, 'site');
const RESULTS = join(ROOT, 'bench/results.json');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS) || 15);
const SKIP_BROWSER = process.env.BENCH_SKIP_BROWSER === '1';
const ALL_PARTS = ['sizes', 'bundlers', 'render', 'roster', 'sites', 'alarms'];
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean);
for (const p of ONLY) if (!ALL_PARTS.includes(p)) throw new Error(`BENCH_ONLY: unknown part "${p}" (known: ${ALL_PARTS.join(', ')})`);
const PARTS = new Set(ONLY.length ? ONLY : ALL_PARTS);
const FULL_RUN = PARTS.size === ALL_PARTS.length && !SKIP_BROWSER;
const ROSTER_RUNS = Math.max(1, Number(process.env.BENCH_ROSTER_RUNS) || 7);
const ROSTER_SIZES = process.env.BENCH_ROSTER_SIZES ? process.env.BENCH_ROSTER_SIZES.split(',').map(Number) : [10_000, 100_000];
/** RS-SITES (part 4): loads per page and size, and the sizes (<site-list> and <passport-roster> at each). */
const SITES_RUNS = Math.max(1, Number(process.env.BENCH_SITES_RUNS) || 3);
const SITES_SIZES = process.env.BENCH_SITES_SIZES ? process.env.BENCH_SITES_SIZES.split(',').map(Number) : SITE_SIZES;

/** Same terser options as the CDN build in rollup.config.ts. */
const TERSER = { format: { comments: false }, compress: { passes: 2 } };
/** 1 kB = 1000 bytes (the stricter reading of the budgets; bytes are in results.json too). */
const KB = 1000;
const BUDGET_PAGE = 25 * KB;
const BUDGET_FURTHER = 5 * KB;

const started = performance.now();
const warnings = [];
const log = (...a) => console.error(...a); // progress on stderr, the report on stdout

rmSync(TMP, { recursive: true, force: true });
mkdirSync(ENTRIES, { recursive: true });
mkdirSync(SITE, { recursive: true });

// ---------------------------------------------------------------------------------------------
// Bundling
// ---------------------------------------------------------------------------------------------

const src = (p) => join(ROOT, 'packages', p);
const DEFINE = (name) => src(`components/src/define/${name}.ts`);
/** An import specifier from bench/tmp/entries to a source file (`.ts` → `.js`, as our sources write it). */
const spec = (file) => './' + relative(ENTRIES, file).split(sep).join('/').replace(/\.ts$/, '.js');

function entry(name, code) {
  const file = join(ENTRIES, `${name}.js`);
  writeFileSync(file, code);
  return file;
}
const importsOf = (...files) => files.map((f) => `import '${spec(f)}';`).join('\n') + '\n';

/** Bundles `input` with the repo's plugins, minifies with terser; returns code, sizes and modules. */
async function build(input, { keepModules = false } = {}) {
  const bundle = await rollup({
    input,
    plugins: [typescript(), bundleResolve()],
    onwarn: (w) => onwarn(w, (x) => warnings.push(`${x.code ?? 'WARN'}: ${x.message ?? x}`)),
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser(TERSER)] });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  // What a page loads up front: the entry and its static imports. Chunks reached only by
  // `import()` (e.g. the invoice list the banner opens on demand) are counted apart.
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (c) => {
    if (!c || initial.has(c)) return;
    initial.add(c);
    for (const i of c.imports) visit(byName.get(i));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  const gzOf = (list) => list.reduce((t, c) => t + gzipSync(c.code, { level: zlibConstants.Z_BEST_COMPRESSION }).length, 0);
  const first = [...initial];
  const lazy = chunks.filter((c) => !initial.has(c));
  const code = first.map((c) => c.code).join('\n');
  const min = Buffer.byteLength(code);
  const gz = gzOf(first);
  const lazyGz = gzOf(lazy);
  const modules = keepModules ? Object.entries(Object.assign({}, ...first.map((c) => c.modules))) : [];
  return {
    code,
    min,
    gz,
    lazyGz,
    chunks: chunks.length,
    modules,
    files: chunks.map((c) => ({ fileName: c.fileName, code: c.code, isEntry: c.isEntry, upFront: initial.has(c) })),
  };
}

/** `packages/components/src/base/x.ts`, `lit-html/lit-html.js` (node_modules stripped). */
function moduleName(id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf(`node_modules${sep}`);
  if (nm >= 0)
    return clean
      .slice(nm + 'node_modules/'.length)
      .split(sep)
      .join('/');
  return relative(ROOT, clean).split(sep).join('/');
}
function packageOf(name) {
  if (name.startsWith('packages/')) return '@vigie/' + name.split('/')[1];
  const parts = name.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Per-module weight estimate: each module's rendered (tree-shaken) code minified alone with esbuild. */
async function moduleWeights(result) {
  const rows = [];
  for (const [id, m] of result.modules) {
    if (!m.code || !m.renderedLength) continue;
    let min = m.code.length;
    try {
      min = Buffer.byteLength((await transform(m.code, { minify: true, loader: 'js', format: 'esm' })).code);
    } catch {
      /* a fragment esbuild cannot parse alone: keep the unminified length */
    }
    const name = moduleName(id);
    rows.push({ module: name, package: packageOf(name), renderedBytes: m.renderedLength, minBytes: min });
  }
  const totalMin = rows.reduce((s, r) => s + r.minBytes, 0) || 1;
  // gzip does not split by module: spread the bundle's real min+gz over modules pro rata.
  for (const r of rows) r.gzEstimate = Math.round((r.minBytes / totalMin) * result.gz);
  rows.sort((a, b) => b.minBytes - a.minBytes);
  const byPackage = {};
  for (const r of rows) {
    const p = (byPackage[r.package] ??= { package: r.package, modules: 0, minBytes: 0, gzEstimate: 0 });
    p.modules++;
    p.minBytes += r.minBytes;
    p.gzEstimate += r.gzEstimate;
  }
  return { modules: rows, packages: Object.values(byPackage).sort((a, b) => b.minBytes - a.minBytes) };
}

// Remote Services (issue 9): their size budgets, bench/rs-sizes.mjs.
const { measureRemoteServices, remoteServicesBudgets, remoteServicesReport } = await import('../bench/rs-sizes.mjs');

const P = DEFINE('vigie-provider');
const B = DEFINE('invoice-banner');
const L = DEFINE('invoice-list');

const SIZE_CASES = [
  { key: 'cdn', label: 'CDN entry dist/cdn/vigie.js (provider + runtime; widgets on demand)', input: src('components/src/cdn.ts') },
  { key: 'cdn-all', label: 'CDN dist/cdn/vigie-all.js (every element at once)', input: DEFINE('all') },
  { key: 'provider', label: '<vigie-provider> alone', input: P },
  {
    key: 'provider+banner',
    label: 'page: provider + <invoice-banner>',
    input: entry('provider-banner', importsOf(P, B)),
    budget: BUDGET_PAGE,
  },
  { key: 'provider+list', label: 'page: provider + <invoice-list>', input: entry('provider-list', importsOf(P, L)), budget: BUDGET_PAGE },
  { key: 'provider+banner+list', label: 'provider + banner + list', input: entry('provider-banner-list', importsOf(P, B, L)) },
  { key: 'provider+list+banner', label: 'provider + list + banner', input: entry('provider-list-banner', importsOf(P, L, B)) },
  {
    key: 'data',
    label: 'data layer, loaded on the first request (ky + zod + client + SR contract)',
    input: entry(
      'data',
      `export { createClient } from '${spec(src('core/src/api/index.ts'))}';\nexport { listInvoices } from '${spec(src('core/src/safety-register/api.ts'))}';\n`,
    ),
  },
  { key: 'banner', label: 'define/invoice-banner.ts alone (no provider)', input: B },
  { key: 'list', label: 'define/invoice-list.ts alone (no provider)', input: L },
  {
    key: 'lit',
    label: 'context: lit (+ decorators used)',
    input: entry(
      'lit',
      `export { LitElement, html, svg, css, nothing } from 'lit';\nexport { property, state, query } from 'lit/decorators.js';\n`,
    ),
  },
  {
    key: 'lit+context',
    label: 'context: lit + @lit/context',
    input: entry(
      'lit-context',
      `export { LitElement, html, svg, css, nothing } from 'lit';\nexport { property, state, query } from 'lit/decorators.js';\nexport { ContextProvider, ContextRoot, consume, createContext } from '@lit/context';\n`,
    ),
  },
  {
    key: 'ky',
    label: 'context: ky (as used by the client)',
    input: entry('ky', `export { default as ky, isHTTPError, isNetworkError, isTimeoutError } from 'ky';\n`),
  },
  {
    key: 'zod-mini',
    label: 'context: zod/mini + the core schemas',
    input: entry(
      'zod-mini',
      `export { Invoice, InvoiceListResponse } from '${spec(src('core/src/safety-register/schemas.ts'))}';\nexport { ProblemDetails } from '${spec(src('core/src/api/problem.ts'))}';\n`,
    ),
  },
];

/** Part 1: every bundle of SIZE_CASES, the further-widget deltas and the per-module weights. */
async function measureSizes() {
  log('bench: bundling…');
  const sizes = {};
  for (const c of SIZE_CASES) {
    const t = performance.now();
    const r = await build(c.input, { keepModules: ['provider', 'provider+banner', 'cdn'].includes(c.key) });
    sizes[c.key] = {
      label: c.label,
      input: relative(ROOT, c.input),
      minBytes: r.min,
      gzBytes: r.gz,
      lazyGzBytes: r.lazyGz,
      chunks: r.chunks,
      budgetBytes: c.budget,
      _result: r,
    };
    log(`  ${c.key.padEnd(22)} ${(r.gz / KB).toFixed(1).padStart(5)} kB min+gz  (${Math.round(performance.now() - t)} ms)`);
  }

  const delta = (m) => ({
    ...m,
    minBytes: sizes[m.to].minBytes - sizes[m.from].minBytes,
    gzBytes: sizes[m.to].gzBytes - sizes[m.from].gzBytes,
  });
  /** Each further widget on a page that already shows one (budgeted). */
  const marginal = [
    { key: 'list after banner', from: 'provider+banner', to: 'provider+banner+list' },
    { key: 'banner after list', from: 'provider+list', to: 'provider+list+banner' },
  ].map((m) => ({ ...delta(m), budgetBytes: BUDGET_FURTHER }));
  /** A page whose widget fetches: its up-front code plus the data layer (two downloads). */
  const fetchingPage = {
    key: 'page: provider + <invoice-banner> + data layer (the widget fetches)',
    gzBytes: sizes['provider+banner'].gzBytes + sizes.data.gzBytes,
    budgetBytes: BUDGET_PAGE,
  };
  /** For context: what the first widget adds to the provider alone. */
  const firstWidget = [
    { key: 'banner on top of the provider', from: 'provider', to: 'provider+banner' },
    { key: 'list on top of the provider', from: 'provider', to: 'provider+list' },
  ].map(delta);

  const weights = {
    provider: await moduleWeights(sizes.provider._result),
    'provider+banner': await moduleWeights(sizes['provider+banner']._result),
    cdn: await moduleWeights(sizes.cdn._result),
  };
  for (const s of Object.values(sizes)) delete s._result;
  log('bench: Remote Services sizes…');
  const remoteServices = await measureRemoteServices({
    root: ROOT,
    define: DEFINE,
    entry,
    importsOf,
    plugins: () => [typescript(), bundleResolve()],
    terserOptions: TERSER,
    onwarn: (w) => onwarn(w, (x) => warnings.push(`${x.code ?? 'WARN'}: ${x.message ?? x}`)),
    log,
  });
  return { sizes, marginal, fetchingPage, firstWidget, weights, remoteServices };
}
const { sizes, marginal, fetchingPage, firstWidget, weights, remoteServices } = PARTS.has('sizes') ? await measureSizes() : {};

// ---------------------------------------------------------------------------------------------
// First render in Chromium
// ---------------------------------------------------------------------------------------------

const NOW = '2026-03-10';
const INVOICES = [
  { id: 'inv-1', number: 'FA-2026-0142', dueDate: '2026-03-05', amountCents: 123400, status: 'unpaid', issueDate: '2026-02-05' },
];

const PAGE_HEAD = (title) =>
  `<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n`;

const twoFrames = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`;

async function buildPageA() {
  const t0 = entry('page-a-t0', `globalThis.__benchT0 = performance.now();\n`);
  const run = entry(
    'page-a-run',
    `const invoices = ${JSON.stringify(INVOICES)};
const provider = document.querySelector('vigie-provider');
const banner = document.createElement('invoice-banner');
banner.invoices = invoices; // set before insertion: the banner fetches nothing
provider.append(banner);
const rendered = () => !!banner.shadowRoot?.querySelector('.banner.overdue');
let updates = 0;
while (!rendered() && updates < 50) { await banner.updateComplete; updates++; }
const updated = performance.now();
await ${twoFrames};
window.__bench = { t0: globalThis.__benchT0, updated, painted: performance.now(), updates, ok: rendered() };
`,
  );
  // t0 first, so its statement is the bundle's first: "script start" is module evaluation start.
  const r = await build(entry('page-a', `import '${spec(t0)}';\n${importsOf(P, B)}import '${spec(run)}';\n`));
  // Chunks as rollup wrote them (the entry imports the others by file name).
  for (const f of r.files) {
    mkdirSync(dirname(join(SITE, f.fileName)), { recursive: true });
    writeFileSync(join(SITE, f.fileName), f.code);
  }
  const body = `</head>\n<body>\n<vigie-provider now="${NOW}"></vigie-provider>\n</body>\n</html>\n`;
  const script = `<script type="module" src="${r.files.find((f) => f.isEntry).fileName}"></script>\n`;
  writeFileSync(join(SITE, 'a.html'), `${PAGE_HEAD('A: <invoice-banner>')}${script}${body}`);
  // Issue 11, point 15, what a host can do: page C is page A whose head also lists, as
  // <link rel="modulepreload">, every file the entry imports statically (the README's CDN snippet),
  // so the browser fetches them at once instead of one import level at a time.
  const preloads = r.files
    .filter((f) => f.upFront && !f.isEntry)
    .map((f) => `<link rel="modulepreload" href="${f.fileName}">\n`)
    .join('');
  writeFileSync(join(SITE, 'c.html'), `${PAGE_HEAD('C: <invoice-banner>, modulepreload')}${preloads}${script}${body}`);
  return r;
}

/** Page B: the banner's rendered shadow DOM and styles, as static HTML (declarative shadow DOM). */
function writePageB(snapshot) {
  const attrs = snapshot.hostAttributes.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join('');
  writeFileSync(
    join(SITE, 'b.html'),
    `${PAGE_HEAD('B: plain HTML')}<script type="module">
const t0 = performance.now();
await ${twoFrames};
window.__bench = { t0, updated: t0, painted: performance.now(), updates: 0, ok: !!document.querySelector('#banner').shadowRoot?.querySelector('.banner.overdue') };
</script>
</head>
<body>
<div style="display: contents"><div id="banner"${attrs}><template shadowrootmode="open"><style>
${snapshot.css}
</style>${snapshot.markup}</template></div></div>
</body>
</html>
`,
  );
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};
function startServer() {
  const hits = {};
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    hits[path] = (hits[path] ?? 0) + 1;
    const file = join(SITE, path);
    if (!file.startsWith(SITE + sep)) return res.writeHead(403).end();
    let st;
    try {
      st = statSync(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-length': st.size,
      'cache-control': 'public, max-age=3600',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, hits, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

/** One fresh page: navigate, wait for the harness, collect paint timings. */
async function load(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(`console.${m.type()}: ${m.text()}`));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench, null, { timeout: 15000 });
    const r = await page.evaluate(async () => {
      const paint = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      const lcp = await new Promise((done) => {
        let last = null;
        const po = new PerformanceObserver((l) => {
          for (const e of l.getEntries()) last = e;
        });
        po.observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          po.disconnect();
          done(last && { startTime: last.startTime, size: last.size });
        }, 50);
      });
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        ...window.__bench,
        fp: paint('first-paint'),
        fcp: paint('first-contentful-paint'),
        lcp: lcp?.startTime ?? null,
        lcpSize: lcp?.size ?? null, // (its element is in a shadow root: not exposed)
        responseEnd: nav?.responseEnd ?? null,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      };
    });
    return { ...r, errors };
  } finally {
    await page.close();
  }
}

/** Renders both pages once more and diffs their screenshots pixel by pixel, in the browser. */
async function compareScreens(context, origin) {
  const shots = {};
  for (const p of ['a', 'b']) {
    const page = await context.newPage();
    await page.goto(`${origin}/${p}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench);
    shots[p] = await page.screenshot({ fullPage: true });
    writeFileSync(join(TMP, `${p}.png`), shots[p]);
    await page.close();
  }
  const page = await context.newPage();
  await page.goto(`${origin}/a.html`);
  const diff = await page.evaluate(
    async ([a, b]) => {
      const img = async (b64) => {
        const i = new Image();
        i.src = `data:image/png;base64,${b64}`;
        await i.decode();
        const c = new OffscreenCanvas(i.width, i.height);
        const g = c.getContext('2d');
        g.drawImage(i, 0, 0);
        return { w: i.width, h: i.height, d: g.getImageData(0, 0, i.width, i.height).data };
      };
      const [x, y] = [await img(a), await img(b)];
      if (x.w !== y.w || x.h !== y.h) return { sameSize: false, a: [x.w, x.h], b: [y.w, y.h], differingPixels: null };
      let n = 0;
      for (let i = 0; i < x.d.length; i += 4) if (x.d[i] !== y.d[i] || x.d[i + 1] !== y.d[i + 1] || x.d[i + 2] !== y.d[i + 2]) n++;
      return { sameSize: true, size: [x.w, x.h], differingPixels: n, totalPixels: x.w * x.h };
    },
    [shots.a.toString('base64'), shots.b.toString('base64')],
  );
  await page.close();
  return diff;
}

function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { n: 0, median: null, p90: null, min: null, max: null };
  const q = (p) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    return v[lo] + (v[Math.ceil(i)] - v[lo]) * (i - lo);
  };
  return { n: v.length, median: q(0.5), p90: q(0.9), min: v[0], max: v.at(-1) };
}

// ---------------------------------------------------------------------------------------------
// PP-ROSTER: the data step in Node, the pages for Chromium (driven by bench/roster/run.mjs)
// ---------------------------------------------------------------------------------------------

/**
 * Writes `roster-<n>.json` (generateEmployees(n, 1)) into the site and measures the data step with
 * no DOM (`measureRosterData` of bench/roster-data.mjs) on the same rows, in a child Node process
 * that loads the TypeScript sources (tsx, `@vigie/source` condition).
 */
function measureRosterDataStep() {
  log('bench: roster data step (Node, no DOM)…');
  const t = performance.now();
  const stdout = execFileSync(
    process.execPath,
    ['--conditions=@vigie/source', '--import', 'tsx', join(ROOT, 'bench/roster/data-step.mjs'), SITE, ROSTER_SIZES.join(',')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  log(`  done (${Math.round(performance.now() - t)} ms)`);
  return JSON.parse(stdout);
}

const ROSTER_DEFINE = DEFINE('passport-roster');

/** Bundles each roster page (minified like the others) into site/roster/ and writes its HTML. */
async function buildRosterPages() {
  log('bench: building the roster pages…');
  const pages = [];
  for (const page of ROSTER_PAGES) {
    if (page.ours && !existsSync(ROSTER_DEFINE)) {
      log(`  ${page.key}: skipped (${relative(ROOT, ROSTER_DEFINE)} does not exist yet)`);
      continue;
    }
    const r = await build(join(ROOT, 'bench/roster', page.entry));
    const dir = join(SITE, 'roster');
    for (const f of r.files) {
      mkdirSync(dirname(join(dir, f.fileName)), { recursive: true });
      writeFileSync(join(dir, f.fileName), f.code);
    }
    writeFileSync(
      join(SITE, `roster-${page.key}.html`),
      `${PAGE_HEAD(`Roster: ${page.label}`)}<link rel="icon" href="data:,">
<style>
html, body { margin: 0; height: 100%; }
body { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
#app { display: flex; flex-direction: column; gap: 8px; height: 100vh; padding: 8px 16px; box-sizing: border-box; }
</style>
<script type="module" src="roster/${r.files.find((f) => f.isEntry).fileName}"></script>
</head>
<body>
<div id="app"></div>
</body>
</html>
`,
    );
    pages.push({ ...page, bundle: { minBytes: r.min, gzBytes: r.gz } });
    log(`  ${page.key.padEnd(12)} ${(r.gz / KB).toFixed(1).padStart(6)} kB min+gz`);
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------
// RS-SITES: the data (sites and employees at the same sizes) and the two pages (bench/sites/)
// ---------------------------------------------------------------------------------------------

/** Writes `sites-<n>.json` and `roster-<n>.json` for the sites part's sizes (bench/sites/data-step.mjs, in a child Node process). */
function writeSitesData() {
  log('bench: sites data (Node)…');
  const t = performance.now();
  const stdout = execFileSync(
    process.execPath,
    ['--conditions=@vigie/source', '--import', 'tsx', join(ROOT, 'bench/sites/data-step.mjs'), SITE, SITES_SIZES.join(',')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  log(`  done (${Math.round(performance.now() - t)} ms)`);
  return JSON.parse(stdout);
}

/** Bundles `<passport-roster>`'s page and `<site-list>`'s (minified like the others) into site/roster/. */
async function buildSitePages() {
  log('bench: building the sites pages…');
  const pages = [];
  for (const page of SITE_PAGES) {
    const r = await build(join(ROOT, 'bench/roster', page.entry));
    const dir = join(SITE, 'roster');
    for (const f of r.files) {
      mkdirSync(dirname(join(dir, f.fileName)), { recursive: true });
      writeFileSync(join(dir, f.fileName), f.code);
    }
    writeFileSync(
      join(SITE, `roster-${page.key}.html`),
      `${PAGE_HEAD(`Sites: ${page.label}`)}<link rel="icon" href="data:,">
<style>
html, body { margin: 0; height: 100%; }
body { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
#app { display: flex; flex-direction: column; gap: 8px; height: 100vh; padding: 8px 16px; box-sizing: border-box; }
</style>
<script type="module" src="roster/${r.files.find((f) => f.isEntry).fileName}"></script>
</head>
<body>
<div id="app"></div>
</body>
</html>
`,
    );
    pages.push({ ...page, bundle: { minBytes: r.min, gzBytes: r.gz } });
    log(`  ${page.key.padEnd(12)} ${(r.gz / KB).toFixed(1).padStart(6)} kB min+gz`);
  }
  return pages;
}

let sitesBrowser = null;
let sitePagesBuilt = SITE_PAGES;
const sitesData = PARTS.has('sites') ? writeSitesData() : null;

let render = null;
let rosterBrowser = null;
let rosterPagesBuilt = ROSTER_PAGES;
let browserVersion = null;
const rosterData = PARTS.has('roster') ? measureRosterDataStep() : null;
if (!SKIP_BROWSER && (PARTS.has('render') || PARTS.has('roster') || PARTS.has('sites'))) {
  const pageA = PARTS.has('render') ? (log('bench: building page A…'), await buildPageA()) : null;
  const rosterPages = PARTS.has('roster') ? await buildRosterPages() : null;
  if (rosterPages) rosterPagesBuilt = rosterPages;
  // After the roster's pages: its `ours` page is built again here with the same entry (same bundle).
  const sitePages = PARTS.has('sites') ? await buildSitePages() : null;
  if (sitePages) sitePagesBuilt = sitePages;
  const { chromium } = await import('playwright-core');
  const { server, hits, origin } = await startServer();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  browserVersion = browser.version();
  try {
    if (pageA) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });

      // Warm-up A (HTTP cache, V8 code cache), and take B's markup from A's actual render.
      const page = await context.newPage();
      await page.goto(`${origin}/a.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__bench);
      const snapshot = await page.evaluate(() => {
        const el = document.querySelector('invoice-banner');
        const root = el.shadowRoot;
        const sheets = root.adoptedStyleSheets.length
          ? root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'))
          : [...root.querySelectorAll('style')].map((s) => s.textContent);
        const markup = [...root.childNodes]
          .filter((n) => n.localName !== 'style')
          .map((n) => (n.nodeType === 1 ? n.outerHTML : n.nodeType === 3 ? n.textContent : ''))
          .join('')
          .replace(/<!--[\s\S]*?-->/g, '')
          .trim();
        return {
          css: sheets.join('\n'),
          markup,
          hostAttributes: [...el.attributes].map((a) => [a.name, a.value]),
          text: root.textContent.replace(/\s+/g, ' ').trim(),
        };
      });
      await page.close();
      writePageB(snapshot);
      for (let i = 0; i < 2; i++) for (const p of ['a', 'b', 'c']) await load(context, `${origin}/${p}.html`);

      log(`bench: ${RUNS} loads of each page (alternating A/B)…`);
      const runs = { A: [], B: [], C: [] };
      for (let i = 0; i < RUNS; i++) {
        // ABBA: neither page always goes first.
        const order = i % 2 === 0 ? ['A', 'B', 'C'] : ['C', 'B', 'A'];
        for (const p of order) runs[p].push(await load(context, `${origin}/${p.toLowerCase()}.html`));
      }
      const screens = await compareScreens(context, origin);
      await context.close();

      const summarize = (rs) => ({
        fcp: stats(rs.map((r) => r.fcp)),
        lcp: stats(rs.map((r) => r.lcp)),
        scriptStart: stats(rs.map((r) => r.t0)),
        scriptToPainted: stats(rs.map((r) => r.painted - r.t0)),
        navToPainted: stats(rs.map((r) => r.painted)),
      });
      const summary = { A: summarize(runs.A), B: summarize(runs.B), C: summarize(runs.C) };
      const ratio = (k, of = 'A') => (summary.B[k].median ? summary[of][k].median / summary.B[k].median : null);
      render = {
        url: { A: 'a.html', B: 'b.html', C: 'c.html (A + modulepreload)' },
        upFrontFiles: pageA.files.filter((f) => f.upFront).length,
        markup: `<vigie-provider now="${NOW}"><invoice-banner></invoice-banner></vigie-provider>, invoices = ${JSON.stringify(INVOICES)}`,
        renderedText: snapshot.text,
        pageABundle: { minBytes: pageA.min, gzBytes: pageA.gz },
        pageBBytes: Buffer.byteLength(readFileSync(join(SITE, 'b.html'))),
        runsPerPage: RUNS,
        summary,
        ratios: { fcp: ratio('fcp'), lcp: ratio('lcp'), navToPainted: ratio('navToPainted'), scriptToPainted: ratio('scriptToPainted') },
        ratiosPreload: { fcp: ratio('fcp', 'C'), lcp: ratio('lcp', 'C'), navToPainted: ratio('navToPainted', 'C') },
        target: 1.3,
        screenshots: screens,
        invalidRuns: {
          A: runs.A.filter((r) => !r.ok).length,
          B: runs.B.filter((r) => !r.ok).length,
          C: runs.C.filter((r) => !r.ok).length,
        },
        pageErrors: [...new Set([...runs.A, ...runs.B, ...runs.C].flatMap((r) => r.errors))],
        lcpSizes: { A: [...new Set(runs.A.map((r) => r.lcpSize))], B: [...new Set(runs.B.map((r) => r.lcpSize))] },
        updatesAwaited: [...new Set(runs.A.map((r) => r.updates))],
        requests: { ...hits },
        runs,
      };
    }
    if (rosterPages)
      rosterBrowser = await runRoster({
        browser,
        origin,
        sizes: ROSTER_SIZES,
        runs: ROSTER_RUNS,
        pages: rosterPages,
        stats,
        shotsDir: TMP,
        log,
      });
    if (sitePages) sitesBrowser = await runSites({ browser, origin, sizes: SITES_SIZES, runs: SITES_RUNS, pages: sitePages, stats, log });
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// RS-ALARMS: the alarm stream's latency (bench/alarms/), its own page, server and browser
// ---------------------------------------------------------------------------------------------

let alarms = null;
if (!SKIP_BROWSER && PARTS.has('alarms')) {
  const { chromium } = await import('playwright-core');
  const { server, origin } = await startServer();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  browserVersion ??= browser.version();
  try {
    alarms = await runAlarms({
      build,
      root: ROOT,
      site: SITE,
      browser,
      origin,
      stats,
      log,
      runs: Math.max(5, Number(process.env.BENCH_ALARM_RUNS) || 40),
    });
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

// Issue 11, points 7 and 8: the same pages under Rollup, esbuild and Vite, from the packed packages.
const bundlers = PARTS.has('bundlers') ? await runBundlers({ log }) : null;

const kb = (b) => (b / KB).toFixed(2);
const verdict = (bytes, budget) => (budget ? (bytes <= budget ? 'OK' : 'OVER') : '');
function table(headers, rows, align) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (align[i] === 'r' ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ');
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

const out = [];
out.push(
  `Vigie bench — ${new Date().toISOString()}  ·  Node ${process.version}  ·  ${browserVersion ? `Chromium ${browserVersion}` : 'no browser'}  ·  ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()})`,
);
out.push('');
if (sizes) {
  out.push('1. Sizes — rollup + terser (passes 2) + gzip -9; 1 kB = 1000 bytes');
  out.push(
    table(
      ['bundle', 'min kB', 'min+gz kB', 'on demand', 'budget', ''],
      [
        ...Object.values(sizes).map((s) => [
          s.label,
          kb(s.minBytes),
          kb(s.gzBytes),
          s.lazyGzBytes ? `+${kb(s.lazyGzBytes)}` : '',
          s.budgetBytes ? `≤ ${s.budgetBytes / KB}` : '',
          verdict(s.gzBytes, s.budgetBytes),
        ]),
        [fetchingPage.key, '', kb(fetchingPage.gzBytes), '', `≤ ${BUDGET_PAGE / KB}`, verdict(fetchingPage.gzBytes, BUDGET_PAGE)],
        ...firstWidget.map((m) => [`first widget: ${m.key} (${m.to} − ${m.from})`, kb(m.minBytes), kb(m.gzBytes), '', '', '']),
        ...marginal.map((m) => [
          `further widget: ${m.key} (${m.to} − ${m.from})`,
          kb(m.minBytes),
          kb(m.gzBytes),
          '',
          `≤ ${m.budgetBytes / KB}`,
          verdict(m.gzBytes, m.budgetBytes),
        ]),
      ],
      ['l', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  if (marginal.some((m) => Math.abs(m.gzBytes) < 50))
    out.push('   note: a ~0 further-widget cost means the first widget already bundles the second.');
  out.push(
    '   "on demand": chunks loaded only by import() (the banner loads <invoice-list> when its dialog first opens; catalogs other than French).',
  );
  out.push('');
  const top = weights['provider+banner'];
  out.push(
    '   Heaviest modules of the one-widget page (provider + banner); min = module minified alone (esbuild), gz ≈ share of the real min+gz',
  );
  out.push(
    table(
      ['module', 'min kB', '≈gz kB'],
      top.modules.slice(0, 10).map((m) => [m.module, kb(m.minBytes), kb(m.gzEstimate)]),
      ['l', 'r', 'r'],
    ),
  );
  out.push('');
  out.push('   By package (same bundle)');
  out.push(
    table(
      ['package', 'modules', 'min kB', '≈gz kB'],
      top.packages.map((p) => [p.package, p.modules, kb(p.minBytes), kb(p.gzEstimate)]),
      ['l', 'r', 'r', 'r'],
    ),
  );
  out.push(
    `   <vigie-provider> alone, by package (≈gz kB): ${weights.provider.packages.map((p) => `${p.package} ${kb(p.gzEstimate)}`).join(', ')}`,
  );
  out.push(...remoteServicesReport(remoteServices, { table }));
  // Every budget of this run in one place: a benchmark reports, it never fails on a figure.
  const over = [
    ...Object.values(sizes)
      .filter((s) => s.budgetBytes && s.gzBytes > s.budgetBytes)
      .map((s) => [s.label, s.gzBytes, s.budgetBytes]),
    ...(fetchingPage.gzBytes > BUDGET_PAGE ? [[fetchingPage.key, fetchingPage.gzBytes, BUDGET_PAGE]] : []),
    ...marginal.filter((m) => m.gzBytes > m.budgetBytes).map((m) => [`further widget: ${m.key}`, m.gzBytes, m.budgetBytes]),
    ...remoteServicesBudgets(remoteServices)
      .filter((b) => b.verdict === 'OVER')
      .map((b) => [b.what, b.gzBytes, b.budgetBytes]),
  ];
  out.push('');
  if (over.length) {
    out.push(`   OVER BUDGET (${over.length}):`);
    for (const [what, bytes, budget] of over) out.push(`   !! ${what}: ${kb(bytes)} kB > ${budget / KB} kB (+${kb(bytes - budget)} kB)`);
  } else out.push('   Every size budget is met.');
}

if (render) {
  const ms = (x) => (x == null ? '—' : x.toFixed(1));
  const s = render.summary;
  const row = (label, k) => [
    label,
    ms(s.A[k].median),
    ms(s.A[k].p90),
    ms(s.B[k].median),
    ms(s.B[k].p90),
    render.ratios[k] == null ? '—' : `${render.ratios[k].toFixed(2)}×`,
  ];
  out.push('');
  out.push(
    `2. First render of <invoice-banner> (A: minified bundle ${kb(render.pageABundle.gzBytes)} kB min+gz) vs the same markup as plain HTML (B: declarative shadow DOM, no JS)`,
  );
  out.push(`   ${RUNS} loads per page, alternating, fresh page each, warm cache; ms from navigation start unless said`);
  out.push(
    table(
      ['metric', 'A median', 'A p90', 'B median', 'B p90', 'A/B'],
      [
        row('first contentful paint', 'fcp'),
        row('largest contentful paint', 'lcp'),
        row('banner painted (nav → 2 rAF)', 'navToPainted'),
        [...row('script start (module eval)', 'scriptStart').slice(0, 5), ''],
        row('script start → banner painted', 'scriptToPainted'),
      ],
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  const target = render.ratios.fcp != null && render.ratios.fcp <= render.target ? 'OK' : 'OVER';
  out.push(`   Target "within ${render.target}×" on first contentful paint: ${render.ratios.fcp?.toFixed(2)}× → ${target}`);
  const rp = render.ratiosPreload;
  out.push(
    `   C (A + <link rel="modulepreload"> for its ${render.upFrontFiles - 1} imported files): fcp median ${ms(s.C.fcp.median)} ms → ${rp.fcp?.toFixed(2)}× B (${rp.fcp != null && rp.fcp <= render.target ? 'OK' : 'OVER'}), banner painted ${rp.navToPainted?.toFixed(2)}×`,
  );
  out.push('   B has no work to do after its script starts: its "script start → painted" is just the two-frame floor.');
  out.push('   This Chromium renders in software (--disable-gpu, headless): ratios matter more than milliseconds.');
  const sc = render.screenshots;
  out.push(
    `   Screenshots A vs B: ${sc.sameSize ? `${sc.differingPixels} differing pixels of ${sc.totalPixels}` : `different sizes ${sc.a} vs ${sc.b}`} (bench/tmp/a.png, b.png)`,
  );
  if (render.invalidRuns.A || render.invalidRuns.B || render.invalidRuns.C)
    out.push(
      `   !! runs where the banner was not rendered: A ${render.invalidRuns.A}, B ${render.invalidRuns.B}, C ${render.invalidRuns.C}`,
    );
  if (render.pageErrors.length) out.push(`   !! page errors/warnings: ${render.pageErrors.join(' | ')}`);
}
if (rosterData || rosterBrowser) {
  out.push('');
  out.push(...rosterReport({ dataStep: rosterData, bySize: rosterBrowser, pages: rosterPagesBuilt, table }));
}
if (sitesBrowser) {
  out.push('');
  out.push(...sitesReport({ bySize: sitesBrowser, pages: sitePagesBuilt, runs: SITES_RUNS, table }));
}
if (alarms) out.push('', ...alarmsReport(alarms, table));
const uniqueWarnings = [...new Set(warnings)];
if (uniqueWarnings.length) out.push('', `Rollup warnings (${uniqueWarnings.length}): ${uniqueWarnings.slice(0, 5).join(' | ')}`);
if (bundlers) out.push('', '2b. Bundlers (bench/bundlers.mjs) — packed packages in a scratch project', bundlersReadme(bundlers));
out.push('', `Total ${((performance.now() - started) / 1000).toFixed(1)} s · results in bench/results.json`);
console.log(out.join('\n'));

// Keep the README's figures true. A full run replaces the block between the bench markers. A run of
// some parts (BENCH_ONLY) rewrites only the sub-blocks of the parts it ran (sizes, bundlers, render,
// each between its own markers, each saying which run it comes from) and leaves the others as they were.
const mark = (part) => [`<!-- bench:${part}:start -->`, `<!-- bench:${part}:end -->`];
const runLine = (parts) =>
  `Measured ${new Date().toISOString().slice(0, 10)} by \`${FULL_RUN ? 'npm run bench' : `BENCH_ONLY=${[...PARTS].join(',')} npm run bench`}\` (Node ${process.version}${browserVersion ? `, Chromium ${browserVersion}` : ''}, ${os.cpus().length} cores${parts.includes('render') ? '; software rendering' : ''}).`;
const row = (label, gz, budget) => `| ${label} | ${kb(gz)} KB | ${budget ? `≤ ${budget / KB} KB ${verdict(gz, budget).trim()}` : ''} |`;

function sizesBlock() {
  const floor = sizes['lit+context'].gzBytes + sizes.ky.gzBytes + sizes['zod-mini'].gzBytes;
  return [
    `${runLine(['sizes'])} Sizes are min+gz, 1 KB = 1000 bytes.`,
    '',
    '| What a page loads | min+gz | budget |',
    '| --- | ---: | --- |',
    row('Provider + `<invoice-banner>`, up front', sizes['provider+banner'].gzBytes, BUDGET_PAGE),
    row('Provider + `<invoice-list>`, up front', sizes['provider+list'].gzBytes, BUDGET_PAGE),
    row('Data layer, on the first request (ky, zod, client, contract)', sizes.data.gzBytes),
    row(
      `Provider + banner + data layer (a page whose widget fetches): ${(fetchingPage.gzBytes / floor).toFixed(2)}× lit + @lit/context + ky + zod/mini (issue 11, point 14: ≤ 1.25× = ${kb(1.25 * floor)} KB)`,
      fetchingPage.gzBytes,
      BUDGET_PAGE,
    ),
    ...marginal.map((m) => row(`A further widget: ${m.key}`, m.gzBytes, m.budgetBytes)),
    row('CDN `vigie.js` (provider + runtime + loader), up front', sizes.cdn.gzBytes),
    row('CDN `vigie-all.js` (every element), up front', sizes['cdn-all'].gzBytes),
    row('For scale: lit + @lit/context / ky / zod/mini + schemas', floor),
    ...(remoteServices.page
      ? [
          row(
            'Provider + `<site-overview>`, all it loads before any tab opens (schedule and `<active-alarms>` included; data layer on demand)',
            remoteServices.page.gzBytes,
            remoteServices.page.budgetBytes,
          ),
        ]
      : []),
    ...remoteServices.widgets.map((w) =>
      row(
        `\`<${w.tag}>\`, its own code over the shared runtime${w.tag === 'site-overview' ? " (its schedule included; its tabs, `<active-alarms>` and what a user's action opens are on demand)" : w.onDemand.other ? `; ${(w.onDemand.other / KB).toFixed(2)} KB more on a user's action` : ''}`,
        w.gzBytes,
        w.budgetBytes,
      ),
    ),
    row('Remote Services data layer, on the first request (ky, zod, client, RS contract)', remoteServices.dataLayer.gzBytes),
    ...(remoteServices.pdfWorkerGzBytes
      ? [row('SR-OBS: the PDF.js worker, a static file fetched when a report first opens', remoteServices.pdfWorkerGzBytes)]
      : []),
  ].join('\n');
}

function renderBlock() {
  const r = (x) => (x != null ? `${x.toFixed(2)}×` : 'n/a');
  return [
    `${runLine(['render'])} First paint of \`<invoice-banner>\` (data given as a property) against the same markup as plain HTML, medians of ${RUNS} loads each: first contentful paint ${r(render.ratios.fcp)} (target ≤ 1.3×), banner painted ${r(render.ratios.navToPainted)}.`,
    `The same page with a \`<link rel="modulepreload">\` for each of the ${render.upFrontFiles - 1} files its entry imports (what a host can do, see « By CDN »): first contentful paint ${r(render.ratiosPreload.fcp)}, banner painted ${r(render.ratiosPreload.navToPainted)}.`,
  ].join('\n');
}

const readmePath = join(ROOT, 'README.md');
let readme = readFileSync(readmePath, 'utf8');
const blocks = {
  sizes: sizes && sizesBlock,
  bundlers: bundlers && (() => `${runLine(['bundlers'])}\n${bundlersReadme(bundlers)}`),
  render: render && renderBlock,
};
if (FULL_RUN) {
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i >= 0 && j > i) {
    const sub = (part) => [mark(part)[0], blocks[part](), mark(part)[1]];
    const block = [
      start,
      ...sub('sizes'),
      '',
      ...sub('bundlers'),
      '',
      ...sub('render'),
      '',
      `Roster (PP-ROSTER, issues 4 and 8): the same generated rows in every page, ${ROSTER_RUNS} loads per page and size, one Chromium (software rendering: compare ratios, not milliseconds); contenders as their docs show them, method in \`bench/README.md\`. The data-step targets come from Node, with no DOM.`,
      '',
      ...rosterReadme({ dataStep: rosterData, bySize: rosterBrowser, pages: rosterPagesBuilt }),
      '',
      `Sites (RS-SITES, issue 9): \`<site-list>\` and \`<passport-roster>\` at the same sizes in the same run, on the roster's harness, ${SITES_RUNS} loads per page and size; each types its own keystrokes and clicks its own headers (method in \`bench/README.md\`, part 4).`,
      '',
      ...sitesReadme({ bySize: sitesBrowser }),
      ...(alarms ? ['', alarmsReadme(alarms)] : []),
      end,
    ].join('\n');
    writeFileSync(readmePath, readme.slice(0, i) + block + readme.slice(j + end.length));
  }
} else {
  for (const [part, text] of Object.entries(blocks)) {
    if (!text) continue;
    const [start, end] = mark(part);
    const i = readme.indexOf(start);
    const j = readme.indexOf(end);
    if (i >= 0 && j > i) readme = readme.slice(0, i) + start + '\n' + text() + '\n' + readme.slice(j);
  }
  writeFileSync(readmePath, readme);
}

/** results.json: this run's parts replace their keys; the keys of parts not run are kept. */
let previous = {};
try {
  previous = JSON.parse(readFileSync(RESULTS, 'utf8'));
} catch {
  /* first run, or an unreadable file: start afresh */
}
const kept = (part, entries) =>
  PARTS.has(part) && (part === 'sizes' || !SKIP_BROWSER || part === 'roster')
    ? entries
    : Object.fromEntries(Object.keys(entries).map((k) => [k, previous[k] ?? null]));
const cpus = os.cpus();
writeFileSync(
  RESULTS,
  JSON.stringify(
    {
      ...previous,
      parts: { run: [...PARTS], skipBrowser: SKIP_BROWSER },
      date: new Date().toISOString(),
      node: process.version,
      chromium: browserVersion,
      rollup: ROLLUP_VERSION,
      machine: {
        platform: `${os.platform()} ${os.release()}`,
        arch: os.arch(),
        cores: cpus.length,
        cpu: cpus[0]?.model.trim(),
        memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
      },
      method: {
        sizes:
          'rollup API with the plugins of rollup.config.ts (esbuild TS, node-resolve with the source condition, lit production), terser {comments:false, passes:2}, gzip level 9',
        kB: KB,
        budgets: { onePageBytes: BUDGET_PAGE, furtherWidgetBytes: BUDGET_FURTHER },
        moduleWeights: 'each module’s rendered code minified alone with esbuild; gz estimated pro rata of the bundle’s real min+gz',
      },
      ...kept('sizes', {
        sizes,
        firstWidget,
        marginal,
        budgets: sizes && [
          ...Object.entries(sizes)
            .filter(([, s]) => s.budgetBytes)
            .map(([k, s]) => ({ what: k, gzBytes: s.gzBytes, budgetBytes: s.budgetBytes, verdict: verdict(s.gzBytes, s.budgetBytes) })),
          {
            what: fetchingPage.key,
            gzBytes: fetchingPage.gzBytes,
            budgetBytes: BUDGET_PAGE,
            verdict: verdict(fetchingPage.gzBytes, BUDGET_PAGE),
          },
          ...marginal.map((m) => ({
            what: m.key,
            gzBytes: m.gzBytes,
            budgetBytes: m.budgetBytes,
            verdict: verdict(m.gzBytes, m.budgetBytes),
          })),
          ...(remoteServices ? remoteServicesBudgets(remoteServices) : []),
        ],
        remoteServices,
        moduleWeights: weights,
      }),
      ...kept('bundlers', { bundlers }),
      ...kept('render', { render }),
      ...kept('roster', {
        roster: {
          method: {
            rows: 'generateEmployees(n, 1) from packages/mock-api/src/passport/generate.ts, serialized once (roster-<n>.json); every page fetches the same file',
            viewport: VIEWPORT,
            firstPaint:
              'performance.now() before the list is created (rows already parsed) → the first frame whose DOM, read after the frame, shows the first rows; also from navigation start',
            painted:
              'rAF → scheduler.postTask(user-blocking) right after the frame; the DOM is read there (layout clean); first frame showing the expected rows',
            initialOrder:
              'every page starts sorted by Nom ascending (the roster’s default); each page is checked against its own order: collator (stable), code units (the grid’s sorter, stable) or the roster’s (collation, ties by last name, first name, id)',
            keystroke:
              'keydown event.timeStamp (window, capture) → first painted frame showing the first rows matching the query in the page’s order (reference: folded haystack + includes)',
            sort: 'click event.timeStamp on the header → first painted frame whose visible rows all have the column’s first value in that page’s order',
            heap: 'CDP HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage (usedSize = JS, embedderHeapUsedSize = Blink/Oilpan) and Memory.getDOMCounters; DOM nodes also counted by walking the document and its shadow trees',
            keystrokes: KEYSTROKES,
            sortClicks: SORT_CLICKS,
            targets: ROSTER_TARGETS,
          },
          runsPerPage: ROSTER_RUNS,
          pages: rosterPagesBuilt.map(({ key, label, entry, bundle }) => ({ key, label, entry, bundle })),
          dataStep: rosterData,
          browser: rosterBrowser,
          verdicts: rosterVerdicts(rosterData, rosterBrowser),
        },
      }),
      ...kept('sites', {
        sites: {
          method: {
            data: "generateRemoteData('large', 2026-03-10T12:00+01:00, n) from packages/mock-api/src/remote-services/generate.ts (25 ID & PIN links), each site with its derived state and open alarms (sites-<n>.json); generateEmployees(n, 1) for the roster at the same sizes",
            harness:
              'bench/roster/harness.js and measureLoad of bench/roster/run.mjs; <site-list> checked against bench/sites/reference.js (folded includes, collator sorts, then the ID & PIN groups)',
            keystrokes: SITE_KEYSTROKES,
            sortClicks: SITE_SORT_CLICKS,
            targets: SITE_TARGETS,
          },
          runsPerPage: SITES_RUNS,
          data: sitesData,
          pages: sitePagesBuilt.map(({ key, label, entry, bundle }) => ({ key, label, entry, bundle })),
          browser: sitesBrowser,
          verdicts: sitesVerdicts(sitesBrowser),
        },
      }),
      ...kept('alarms', { alarms }),
      rollupWarnings: uniqueWarnings,
      durationSeconds: +((performance.now() - started) / 1000).toFixed(1),
    },
    null,
    2,
  ) + '\n',
);
