/**
 * Sizes of Remote Services (issue 9, « Speed and size »), part of the size phase of `npm run bench`.
 *
 * Two budgets, min+gz (1 kB = 1000 bytes):
 * - **each RS widget's own code over the shared runtime ≤ 8 kB.** One rollup build with two
 *   entries, the runtime and the widget (`define/<tag>.ts`). The shared runtime is the layer every
 *   widget of the library is built on, which a page loads once whatever widgets it shows
 *   (`SHARED_RUNTIME` below): lit and @lit/context, the provider, the base element and its styles,
 *   the effect runner of flows (`FlowController`, core's `shared/flow.ts`), toasts, the form layer
 *   (`base/forms/`, used by 24 modules: the vault's, the passport's and the onboarding's forms),
 *   icons and the typed API errors. Pieces used by one or two widgets (the virtual table, the
 *   reorder controller) are not in it: they count as the widget's own code. The widget's own code is every chunk the widget's
 *   entry loads up front (itself and its static imports) that the runtime does not load. What it
 *   loads only through `import()` is counted apart, by kind: the data layer, tabs, catalogs;
 *   `<site-overview>` opens each tab's `define/` file on demand, so only its initial chunk counts;
 * - **a page with the provider and `<site-overview>`, before any tab opens, ≤ 25 kB before the
 *   data layer.** One entry importing both `define/` files; what the page loads up front is the
 *   entry and its static imports. The data layer is what a widget loads on its first request:
 *   - ky, zod (every `zod/…` module) and core's client (the `packages/core/src/api/` modules
 *     that import ky or zod; not `errors.ts`, the failure types widgets read),
 *   - the contract: core modules that import zod (`schemas.ts`, a part's request/response
 *     schemas), and the typed calls (`api.ts`).
 *   It is loaded through `import()` (the provider's lazy client, `import('@vigie/core/…/api')`),
 *   so it is not counted in the 25 kB. A data-layer module found in what the page loads up front
 *   is counted there (it is downloaded before the page can paint), and named in the report.
 *
 * A `define/` file that does not exist yet (a widget not merged) is skipped, and the report says
 * so. Over-budget entries are listed at the end of the size table; a benchmark reports, it never
 * fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

/**
 * The shared runtime (see the header), as paths from the repository; lit's modules as specifiers. A
 * widget's chunk that is also loaded by these is not its own code.
 */
export const SHARED_RUNTIME = [
  'packages/components/src/define/vigie-provider.ts',
  'packages/components/src/base/vigie-element.ts',
  'packages/components/src/base/styles.ts',
  'packages/components/src/base/icons.ts',
  'packages/components/src/base/flow-controller.ts',
  'packages/components/src/base/toast.ts',
  'packages/components/src/base/load-controller.ts',
  'packages/components/src/base/on-demand.ts',
  'packages/components/src/base/forms/index.ts',
  'packages/components/src/base/forms/panel-base.styles.ts',
  'packages/components/src/base/virtual-table/virtual-table.ts',
  'packages/components/src/base/virtual-table/rows.ts',
  'packages/components/src/base/virtual-table/sort-header.ts',
  'packages/components/src/base/virtual-table/idle-work.ts',
  'packages/components/src/base/virtual-table/virtual-table.styles.ts',
  'packages/core/src/shared/list-index.ts',
  'packages/core/src/shared/flow.ts',
  'packages/core/src/api/errors.ts',
  'lit',
  'lit/decorators.js',
  'lit/directives/if-defined.js',
  'lit/directives/live.js',
  'lit/directives/ref.js',
  'lit/directives/repeat.js',
  '@lit/context',
];

/** The seven RS tags, in the order of SPEC.md; `tabs`: the tags a widget opens on demand. */
export const RS_WIDGETS = [
  { tag: 'remote-onboarding', id: 'RS-ONB' },
  { tag: 'site-list', id: 'RS-SITES' },
  // Its tabs' elements load when a tab first opens (events, call lists, contacts); any other element it
  // loads by import() (e.g. <active-alarms> for « Alarmes ouvertes ») loads without a tab opening,
  // so the page's budget counts it.
  { tag: 'site-overview', id: 'RS-OVERVIEW', tabs: ['site-event-log', 'call-list-editor', 'site-contacts'] },
  { tag: 'call-list-editor', id: 'RS-CALL' },
  { tag: 'site-contacts', id: 'RS-CONTACTS' },
  { tag: 'active-alarms', id: 'RS-ALARMS' },
  { tag: 'id-pin-links', id: 'RS-IDPIN' },
  // The overview's « Événements » tab, when it is an element of its own.
  { tag: 'site-event-log', id: 'RS-OVERVIEW', optional: true },
  // SR — the safety register's widgets (issue 10), measured the same way, each once it exists.
  { tag: 'register-access-notice', id: 'SR-INVOICE', service: 'SR', optional: true },
  { tag: 'invoice-list', id: 'SR-INVOICE', service: 'SR', optional: true },
  { tag: 'invoice-banner', id: 'SR-INVOICE', service: 'SR', optional: true },
  { tag: 'user-profiles', id: 'SR-PROFILES', service: 'SR', optional: true },
  { tag: 'intervention-list', id: 'SR-SIGN', service: 'SR', optional: true },
  { tag: 'intervention-signature', id: 'SR-SIGN', service: 'SR', optional: true },
  { tag: 'report-observations', id: 'SR-OBS', service: 'SR', optional: true },
  { tag: 'pdf-text-picker', id: 'SR-OBS', service: 'SR', optional: true },
  { tag: 'anomaly-list', id: 'SR-ANOMALY', service: 'SR', optional: true },
  { tag: 'fire-permit-list', id: 'SR-PERMIT', service: 'SR', optional: true },
];
const OVERVIEW_TABS = RS_WIDGETS.find((w) => w.tag === 'site-overview').tabs;
export const KB = 1000;
export const BUDGET_RS_WIDGET = 8 * KB;
export const BUDGET_RS_PAGE = 25 * KB;

const gz = (code) => gzipSync(code, { level: zlibConstants.Z_BEST_COMPRESSION }).length;

/**
 * @param {object} o
 * @param {string} o.root the repository
 * @param {(name: string) => string} o.define path of `packages/components/src/define/<name>.ts`
 * @param {(name: string, code: string) => string} o.entry writes a bench entry, returns its path
 * @param {(...files: string[]) => string} o.importsOf `import '…';` lines for those files
 * @param {() => import('rollup').Plugin[]} o.plugins the repo's plugins (typescript, resolve)
 * @param {object} o.terserOptions the CDN build's terser options
 * @param {(warning: import('rollup').RollupLog) => void} o.onwarn rollup warnings (collected by the bench)
 * @param {(...a: unknown[]) => void} o.log progress (stderr)
 */
export async function measureRemoteServices({
  root,
  define,
  entry,
  importsOf,
  plugins,
  terserOptions,
  onwarn,
  log,
  allModules = false,
  only = null,
  page: withPage = true,
  extras = true,
}) {
  const top = (list, n) => (allModules ? list : list.slice(0, n));
  const nodeModules = `node_modules${sep}`;
  /** `packages/core/src/x.ts` or `zod/v4/mini/…` (what follows the last node_modules/). */
  const nameOf = (id) => {
    const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
    const nm = clean.lastIndexOf(nodeModules);
    return (nm >= 0 ? clean.slice(nm + nodeModules.length) : relative(root, clean)).split(sep).join('/');
  };
  const importsZod = new Map();
  /** A module of the data layer (see the header). */
  const isDataLayer = (id) => {
    const name = nameOf(id);
    if (/^(ky|zod|@zod\/[^/]+)\//.test(name)) return true;
    if (!name.startsWith('packages/core/src/')) return false;
    // The typed calls; core's client (ky) and problem schema (zod) are caught below. Its error
    // classes (api/errors.ts), which widgets use to read a failure, are not the data layer.
    if (name === 'packages/core/src/api/index.ts' || /\/api\.ts$/.test(name)) return true;
    if (!importsZod.has(id)) {
      let source = '';
      try {
        source = readFileSync(id.replace(/\?.*$/, ''), 'utf8');
      } catch {
        /* a virtual module: not the contract */
      }
      importsZod.set(id, /\bfrom\s+['"](zod(\/[^'"]*)?|ky)['"]/.test(source));
    }
    return importsZod.get(id);
  };
  const isCatalog = (name) => /messages[^/]*\.en\.ts$|\/[a-z-]+\.en\.ts$/.test(name);

  /** One build; per chunk: its gz, its modules (name, rendered length), its imports. */
  async function graph(input) {
    const bundle = await rollup({ input, plugins: plugins(), onwarn: (w) => onwarn(w) });
    const { output } = await bundle.generate({ format: 'es', plugins: [terser(terserOptions)] });
    await bundle.close();
    const chunks = new Map(
      output
        .filter((o) => o.type === 'chunk')
        .map((c) => [
          c.fileName,
          {
            fileName: c.fileName,
            name: c.name,
            isEntry: c.isEntry,
            facade: c.facadeModuleId ? nameOf(c.facadeModuleId) : null,
            imports: c.imports,
            dynamicImports: c.dynamicImports,
            gz: gz(c.code),
            modules: Object.entries(c.modules)
              .filter(([, m]) => m.renderedLength > 0)
              .map(([id, m]) => ({ id, name: nameOf(id), length: m.renderedLength, data: isDataLayer(id) })),
          },
        ]),
    );
    /** The chunks `fileName` loads up front: itself and its static imports. */
    const closure = (fileName) => {
      const seen = new Set();
      const visit = (f) => {
        // `imports` also names external modules (an unresolved import): not a chunk of ours.
        if (seen.has(f) || !chunks.has(f)) return;
        seen.add(f);
        for (const i of chunks.get(f)?.imports ?? []) visit(i);
      };
      visit(fileName);
      return seen;
    };
    const entryChunk = (name) => [...chunks.values()].find((c) => c.isEntry && c.name === name)?.fileName;
    /**
     * What loads without the user doing anything: `fileName`, its static imports, and every chunk it
     * reaches by `import()` that is not loaded on demand (see `isOnDemand`), with their own imports.
     */
    const loadedAtOnce = (fileName, tabs = []) => {
      const seen = new Set();
      const visit = (f) => {
        if (seen.has(f) || !chunks.has(f)) return;
        seen.add(f);
        const c = chunks.get(f);
        for (const i of c.imports) visit(i);
        for (const d of c.dynamicImports) if (chunks.has(d) && !isOnDemand(chunks.get(d), tabs)) visit(d);
      };
      visit(fileName);
      return seen;
    };
    return { chunks, closure, entryChunk, loadedAtOnce };
  }

  /**
   * A chunk reached by `import()` that loads only on demand, so it is not counted in a budget: the
   * data layer (loaded with the first request), an English catalog (fr is the default), one of the
   * overview's tabs (`tabs`), or a module named `*.on-demand.ts`: code a widget imports only when the
   * user acts (opens a dialog, a form, a later step). Anything else a widget imports by `import()` (a
   * part of its first screen loaded after its first paint) is counted.
   */
  const isOnDemand = (c, tabs) => {
    if (c.modules.some((m) => m.data)) return true;
    if (c.facade && isCatalog(c.facade)) return true;
    if (c.modules.length && c.modules.every((m) => isCatalog(m.name))) return true;
    // By the modules a chunk holds, not its facade: rollup drops a dynamic entry's facade when an
    // on-demand module imports from its chunk. A module reached only through a tab (or an
    // on-demand module) shares its chunk with no module that loads without the user acting.
    const tagOf = (name) => name.match(/^packages\/components\/src\/.*\/([a-z-]+)\.ts$/)?.[1];
    if (c.modules.some((m) => tabs.includes(tagOf(m.name)))) return true;
    return /\.on-demand\.ts$/.test(c.facade ?? '') || c.modules.some((m) => /\.on-demand\.ts$/.test(m.name));
  };
  const sum = (g, files) => [...files].reduce((t, f) => t + g.chunks.get(f).gz, 0);
  /** What loads on demand from `upFront`, by kind (a chunk with any data-layer module is data). */
  function onDemand(g, upFront) {
    const lazy = [...g.chunks.values()].filter((c) => !upFront.has(c.fileName));
    const kinds = { data: 0, tabs: 0, catalogs: 0, other: 0 };
    const tabs = [];
    for (const c of lazy) {
      if (c.modules.some((m) => m.data)) kinds.data += c.gz;
      else if (c.facade && /packages\/components\/src\/define\//.test(c.facade)) {
        kinds.tabs += c.gz;
        tabs.push(`${c.facade.replace(/^.*\/define\/|\.ts$/g, '')} ${(c.gz / KB).toFixed(2)}`);
      } else if (c.facade && isCatalog(c.facade)) kinds.catalogs += c.gz;
      else if (c.modules.length && c.modules.every((m) => isCatalog(m.name))) kinds.catalogs += c.gz;
      else if (c.modules.length && c.modules.every((m) => /\/define\//.test(m.name) || !m.name.startsWith('packages/'))) kinds.tabs += c.gz;
      else kinds.other += c.gz;
    }
    return { ...kinds, total: lazy.reduce((t, c) => t + c.gz, 0), tabs: kinds.tabs, tabTags: tabs };
  }
  /** Data-layer modules in `files`, with a gz estimate (their share of each chunk's rendered code). */
  function dataUpFront(g, files) {
    const found = [];
    let bytes = 0;
    for (const f of files) {
      const c = g.chunks.get(f);
      const total = c.modules.reduce((t, m) => t + m.length, 0) || 1;
      for (const m of c.modules.filter((x) => x.data)) {
        found.push(m.name);
        bytes += (m.length / total) * c.gz;
      }
    }
    return { modules: found, gzEstimate: Math.round(bytes) };
  }
  /** Up-front code by module (≈ gz, pro rata of rendered length), heaviest first. */
  function byModule(g, files) {
    const out = [];
    for (const f of files) {
      const c = g.chunks.get(f);
      const total = c.modules.reduce((t, m) => t + m.length, 0) || 1;
      for (const m of c.modules) out.push({ module: m.name, gzEstimate: Math.round((m.length / total) * c.gz) });
    }
    return out.sort((a, b) => b.gzEstimate - a.gzEstimate);
  }
  /** Up-front code by package (≈ gz, pro rata of rendered length), heaviest first. */
  function byPackage(g, files) {
    const out = {};
    for (const f of files) {
      const c = g.chunks.get(f);
      const total = c.modules.reduce((t, m) => t + m.length, 0) || 1;
      for (const m of c.modules) {
        const key = m.name.startsWith('packages/')
          ? m.name.split('/').slice(0, 4).join('/').replace(/\.ts$/, '')
          : m.name.split('/')[0].startsWith('@')
            ? m.name.split('/').slice(0, 2).join('/')
            : m.name.split('/')[0];
        out[key] = (out[key] ?? 0) + (m.length / total) * c.gz;
      }
    }
    return Object.entries(out)
      .map(([what, b]) => ({ what, gzEstimate: Math.round(b) }))
      .sort((a, b) => b.gzEstimate - a.gzEstimate);
  }

  // The runtime entry re-exports every module of SHARED_RUNTIME, so none is tree-shaken into a widget.
  const runtimeEntry = (() => {
    const probe = entry('rs-runtime', '');
    const spec = (m) =>
      m.startsWith('packages/') ? './' + relative(dirname(probe), join(root, m)).split(sep).join('/').replace(/\.ts$/, '.js') : m;
    return entry(
      'rs-runtime',
      SHARED_RUNTIME.map((m) => (m.endsWith('define/vigie-provider.ts') ? `import '${spec(m)}';` : `export * from '${spec(m)}';`)).join(
        '\n',
      ) + '\n',
    );
  })();
  const provider = define('vigie-provider');
  const widgets = [];
  const skipped = [];
  for (const w of RS_WIDGETS) {
    if (only && !only.includes(w.tag)) continue;
    const file = define(w.tag);
    if (!existsSync(file)) {
      if (w.optional) continue;
      skipped.push({ tag: w.tag, file: relative(root, file).split(sep).join('/') });
      continue;
    }
    const t = performance.now();
    const g = await graph({ runtime: runtimeEntry, widget: file });
    const runtime = g.closure(g.entryChunk('runtime'));
    // Another RS widget it loads (the overview's <active-alarms>) is that widget's own code, in its
    // own row; the page below counts it.
    const others = RS_WIDGETS.map((x) => x.tag).filter((t) => t !== w.tag);
    const mine = new Set([...g.loadedAtOnce(g.entryChunk('widget'), [...(w.tabs ?? []), ...others])].filter((f) => !runtime.has(f)));
    const later = onDemand(g, new Set([...runtime, ...mine]));
    const data = dataUpFront(g, mine);
    const row = {
      tag: w.tag,
      id: w.id,
      input: relative(root, file).split(sep).join('/'),
      gzBytes: sum(g, mine),
      runtimeGzBytes: sum(g, runtime),
      chunks: mine.size,
      onDemand: later,
      dataLayerUpFront: data,
      topModules: top(byModule(g, mine), 5),
      // The shared virtual table, in the runtime: named beside <site-list>, which uses it.
      virtualTableGzBytes:
        w.tag === 'site-list'
          ? byModule(g, runtime)
              .filter((m) => m.module.includes('/base/virtual-table/'))
              .reduce((t, m) => t + m.gzEstimate, 0)
          : undefined,
      budgetBytes: BUDGET_RS_WIDGET,
    };
    widgets.push(row);
    log(`  rs ${w.tag.padEnd(19)} ${(row.gzBytes / KB).toFixed(1).padStart(5)} kB own code  (${Math.round(performance.now() - t)} ms)`);
  }

  // The page: provider + <site-overview>, before any tab opens.
  let page = null;
  const overview = define('site-overview');
  if (withPage && existsSync(overview)) {
    const t = performance.now();
    const g = await graph({ page: entry('rs-provider-overview', importsOf(provider, overview)) });
    const upFront = g.closure(g.entryChunk('page'));
    // Everything the page loads without a tab opening: the entry, its static imports, and what it
    // imports by import() at once (e.g. <active-alarms> for « Alarmes ouvertes », the schedule),
    // after its first paint. Not the tabs, the data layer, English, or `*.on-demand.ts` code.
    const atOnce = new Set([...g.loadedAtOnce(g.entryChunk('page'), OVERVIEW_TABS)].filter((f) => !upFront.has(f)));
    const atOnceTags = [...atOnce]
      .map((f) => g.chunks.get(f).facade?.match(/packages\/components\/src\/(?:define\/)?(?:[a-z-]+\/)*([a-z-]+)\.ts$/)?.[1])
      .filter(Boolean);
    const loaded = new Set([...upFront, ...atOnce]);
    const later = onDemand(g, loaded);
    const data = dataUpFront(g, loaded);
    page = {
      label: `page: provider + <site-overview>, before any tab opens${atOnceTags.length ? ` (with ${atOnceTags.join(', ')}, loaded after its first paint)` : ''}`,
      gzBytes: sum(g, loaded),
      upFrontGzBytes: sum(g, upFront),
      afterPaint: { tags: atOnceTags, gzBytes: sum(g, atOnce) },
      chunks: loaded.size,
      onDemand: later,
      dataLayerUpFront: data,
      byPackage: byPackage(g, loaded).slice(0, 12),
      topModules: top(byModule(g, loaded), 12),
      budgetBytes: BUDGET_RS_PAGE,
    };
    log(`  rs page provider+overview ${(page.gzBytes / KB).toFixed(1).padStart(5)} kB up front  (${Math.round(performance.now() - t)} ms)`);
  }

  // For scale: every RS widget present on one page over the runtime, and the RS data layer alone.
  let together = null;
  if (extras && widgets.length > 1) {
    const g = await graph({ runtime: runtimeEntry, widgets: entry('rs-all', importsOf(...widgets.map((w) => define(w.tag)))) });
    const runtime = g.closure(g.entryChunk('runtime'));
    const mine = [...g.closure(g.entryChunk('widgets'))].filter((f) => !runtime.has(f));
    together = {
      label: `the ${widgets.length} RS widgets present, together, over the runtime`,
      gzBytes: sum(g, mine),
      tags: widgets.map((w) => w.tag),
    };
  }
  if (!extras) return { widgets, skipped, page, together, dataLayer: null };
  const schemas =
    './' +
    relative(dirname(entry('rs-probe', '')), join(root, 'packages/core/src/remote-services/schemas.js'))
      .split(sep)
      .join('/');
  const dataEntry = entry(
    'rs-data',
    `export { createClient } from '@vigie/core/api';\nexport * from '@vigie/core/remote-services/api';\nexport * from '${schemas}';\n`,
  );
  const dg = await graph({ data: dataEntry });
  const dataLayer = {
    label: 'RS data layer alone (ky + zod + client + the RS contract and calls)',
    gzBytes: sum(dg, dg.closure(dg.entryChunk('data'))),
  };
  // SR-OBS: the PDF.js worker is a file the worker fetches, not a module: its size is stated apart.
  let pdfWorkerGzBytes = 0;
  try {
    pdfWorkerGzBytes = gz(readFileSync(join(root, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs')));
  } catch {
    /* pdfjs-dist not installed */
  }
  return { widgets, skipped, page, together, dataLayer, pdfWorkerGzBytes };
}

/** Report lines (the size table's RS part) and the over-budget list. */
export function remoteServicesReport(rs, { table }) {
  const kb = (b) => (b / KB).toFixed(2);
  const verdict = (b, budget) => (b <= budget ? 'OK' : 'OVER');
  const out = [];
  out.push('');
  out.push(
    '   Remote Services (issue 9) and the safety register (issue 10, SR-*): each widget’s own code over the shared runtime (SHARED_RUNTIME in bench/rs-sizes.mjs: provider, lit, context, base element, flows, toasts, forms), and the overview page',
  );
  const lazy = (o) =>
    [
      o.data ? `data ${kb(o.data)}` : '',
      o.tabs ? `tabs ${kb(o.tabs)}` : '',
      o.catalogs ? `en ${kb(o.catalogs)}` : '',
      o.other ? `on action ${kb(o.other)}` : '',
    ]
      .filter(Boolean)
      .join(', ');
  const rows = rs.widgets.map((w) => [
    `<${w.tag}> own code (${w.id}${w.tag === 'site-overview' ? ', initial chunk; tabs on demand' : ''})`,
    kb(w.gzBytes),
    lazy(w.onDemand),
    `≤ ${w.budgetBytes / KB}`,
    verdict(w.gzBytes, w.budgetBytes),
  ]);
  if (rs.page)
    rows.push([
      rs.page.label,
      kb(rs.page.gzBytes),
      lazy(rs.page.onDemand),
      `≤ ${rs.page.budgetBytes / KB}`,
      verdict(rs.page.gzBytes, rs.page.budgetBytes),
    ]);
  if (rs.together) rows.push([rs.together.label, kb(rs.together.gzBytes), '', '', '']);
  rows.push([rs.dataLayer.label, kb(rs.dataLayer.gzBytes), '', '', '']);
  out.push(table(['bundle', 'min+gz kB', 'the page loads on demand (min+gz kB)', 'budget', ''], rows, ['l', 'r', 'l', 'r', 'l']));
  if (rs.widgets[0])
    out.push(
      `   shared runtime (provider, lit, @lit/context, base element, flows, toasts, forms, icons, errors), not counted above: ${kb(rs.widgets[0].runtimeGzBytes)} kB`,
    );
  const list = rs.widgets.find((w) => w.tag === 'site-list');
  if (list?.virtualTableGzBytes)
    out.push(
      `   <site-list> also uses the virtual table it shares with <passport-roster> (≈${kb(list.virtualTableGzBytes)} kB, in the shared runtime above)`,
    );
  if (rs.pdfWorkerGzBytes)
    out.push(
      `   SR-OBS: the PDF.js worker (pdf.worker.min.mjs, a static file fetched when a report first opens, not a module of the graph): ${kb(rs.pdfWorkerGzBytes)} kB gz`,
    );
  for (const s of rs.skipped) out.push(`   skipped <${s.tag}>: ${s.file} does not exist (not merged yet)`);
  if (!rs.page) out.push('   skipped the overview page: define/site-overview.ts does not exist (not merged yet)');
  for (const w of [...rs.widgets, ...(rs.page ? [{ ...rs.page, tag: 'page' }] : [])]) {
    if (w.dataLayerUpFront.modules.length)
      out.push(
        `   !! ${w.tag === 'page' ? 'the overview page' : `<${w.tag}>`} loads data-layer code up front (≈${kb(w.dataLayerUpFront.gzEstimate)} kB, counted): ${w.dataLayerUpFront.modules.slice(0, 6).join(', ')}${w.dataLayerUpFront.modules.length > 6 ? ', …' : ''} — import it with import() instead`,
      );
  }
  if (rs.page?.afterPaint.tags.length)
    out.push(
      `   overview page: ${kb(rs.page.upFrontGzBytes)} kB before the first paint + ${kb(rs.page.afterPaint.gzBytes)} kB right after it (${rs.page.afterPaint.tags.join(', ')}: loaded by import() without a tab opening, so counted)`,
    );
  if (rs.page)
    out.push(
      `   overview page before any tab opens, by package (≈gz kB): ${rs.page.byPackage.map((p) => `${p.what} ${kb(p.gzEstimate)}`).join(', ')}`,
    );
  if (rs.page)
    out.push(
      `   … its heaviest modules (≈gz kB): ${rs.page.topModules.map((m) => `${m.module.replace(/^packages\//, '')} ${kb(m.gzEstimate)}`).join(', ')}`,
    );
  for (const w of rs.widgets.filter((x) => x.gzBytes > x.budgetBytes))
    out.push(
      `   <${w.tag}> over budget; its heaviest modules (≈gz kB): ${w.topModules.map((m) => `${m.module.replace(/^packages\//, '')} ${kb(m.gzEstimate)}`).join(', ')}`,
    );
  const tabs = rs.widgets.find((w) => w.tag === 'site-overview')?.onDemand.tabTags;
  if (tabs)
    out.push(
      `   <site-overview> loads these elements by import() (entry chunk, min+gz kB): ${tabs.length ? tabs.join(', ') : 'none found (are its tabs imported with import()?)'}`,
    );
  return out;
}

/** The RS budgets, in the shape of results.json's `budgets`. */
export function remoteServicesBudgets(rs) {
  const v = (b, budget) => (b <= budget ? 'OK' : 'OVER');
  return [
    ...rs.widgets.map((w) => ({
      what: `<${w.tag}> own code over the runtime`,
      gzBytes: w.gzBytes,
      budgetBytes: w.budgetBytes,
      verdict: v(w.gzBytes, w.budgetBytes),
    })),
    ...(rs.page
      ? [
          {
            what: rs.page.label,
            gzBytes: rs.page.gzBytes,
            budgetBytes: rs.page.budgetBytes,
            verdict: v(rs.page.gzBytes, rs.page.budgetBytes),
          },
        ]
      : []),
  ];
}
