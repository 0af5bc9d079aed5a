// `npm run bench`, part "bundlers" (issue 11, points 7 and 8): the up-front weight of a page under Rollup,
// esbuild and Vite, from the PACKED packages installed in a scratch project (scripts/packed.mjs), as a
// user gets them. A page's up-front weight is its entry chunk and every chunk it imports statically,
// minified by the bundler's own minifier (Rollup: terser), gzip -9, React left out (external).
// Alone: `node bench/bundlers.mjs` (VIGIE_TARBALLS=<dir with the four .tgz> measures given tarballs,
// e.g. those of an older commit). Also used by scripts/pack-test.mjs (bundle()).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import { packAndInstall } from '../scripts/packed.mjs';

export const BUNDLERS = ['rollup', 'esbuild', 'vite'];
const REACT = /^react(-dom)?(\/|$)/;
const gz = (code) => gzipSync(code, { level: zlibConstants.Z_BEST_COMPRESSION }).length;

/** The pages measured: what a user's entry imports (and uses, so nothing is shaken away). */
export const PAGES = [
  {
    key: 'banner',
    label: 'Provider + `<invoice-banner>` (npm, define entries)',
    code: `import '@vigie/components/define/vigie-provider.js';\nimport '@vigie/components/define/invoice-banner.js';\n`,
  },
  {
    key: 'fetching',
    label: 'Provider + `<invoice-list>`, a widget that asks the server on its first render (npm)',
    code: `import '@vigie/components/define/vigie-provider.js';\nimport '@vigie/components/define/invoice-list.js';\n`,
  },
  {
    key: 'react-banner',
    label: "React: `import { VigieProvider, InvoiceBanner } from '@vigie/react'` (React itself external)",
    code: `import { VigieProvider, InvoiceBanner } from '@vigie/react';\nglobalThis.__vigie = { VigieProvider, InvoiceBanner };\n`,
  },
  {
    key: 'react-fetching',
    label: "React: `import { VigieProvider, InvoiceList } from '@vigie/react'` (React itself external)",
    code: `import { VigieProvider, InvoiceList } from '@vigie/react';\nglobalThis.__vigie = { VigieProvider, InvoiceList };\n`,
  },
];

/** Issue 11, point 16: a page showing every widget of one service (its define entry, provider included). */
export const SERVICES = ['safety-register', 'vault', 'passport', 'remote-services'];
export const SERVICE_PAGES = SERVICES.map((s) => ({
  key: `service-${s}`,
  service: s,
  label: `Every widget of ${s} (npm: \`define/${s}.js\`)`,
  code: `import '@vigie/components/define/${s}.js';\n`,
}));

/** Up front = the entries and the chunks they import statically (given `imports` per chunk name). */
function upFront(chunks) {
  const byName = new Map(chunks.map((c) => [c.name, c]));
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c)) return;
    seen.add(c);
    for (const i of c.imports) visit(byName.get(i));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  const first = [...seen];
  return {
    upFront: first.reduce((t, c) => t + gz(c.code), 0),
    total: chunks.reduce((t, c) => t + gz(c.code), 0),
    chunks: chunks.length,
    modules: first.flatMap((c) => c.modules ?? []),
  };
}

/** Bundles `entry` (a file of the scratch project `dir`) for the browser; returns its weights (bytes, gzip -9). */
export async function bundle(bundler, entry, dir) {
  if (bundler === 'rollup') {
    const b = await rollup({
      input: entry,
      external: (id) => REACT.test(id),
      plugins: [nodeResolve({ browser: true, exportConditions: ['browser'] })],
      onwarn: () => {},
    });
    const { output } = await b.generate({ format: 'es', plugins: [terser({ format: { comments: false }, compress: { passes: 2 } })] });
    await b.close();
    const chunks = output
      .filter((o) => o.type === 'chunk')
      .map((c) => ({ name: c.fileName, imports: c.imports, isEntry: c.isEntry, code: c.code, modules: Object.keys(c.modules) }));
    return upFront(chunks);
  }
  if (bundler === 'esbuild') {
    const outdir = join(dir, 'out-esbuild');
    const r = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      outdir,
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    });
    const code = new Map(r.outputFiles.map((f) => [relative(dir, f.path), f.text]));
    const chunks = Object.entries(r.metafile.outputs)
      .filter(([name]) => name.endsWith('.js'))
      .map(([name, o]) => ({
        name,
        // The page's own entry only: esbuild's metafile gives every `import()` target an `entryPoint`
        // too (each is an entry of its own chunk), and counting those measured the lazy chunks as up front.
        isEntry: o.entryPoint === relative(dir, entry).split('\\').join('/'),
        imports: o.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path),
        code: code.get(name) ?? '',
        modules: Object.keys(o.inputs),
      }));
    return upFront(chunks);
  }
  if (bundler === 'vite') {
    const { build } = await import('vite');
    const out = await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, modulePreload: false, rollupOptions: { input: entry, external: (id) => REACT.test(id) } },
    });
    const output = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
    const chunks = output
      .filter((o) => o.type === 'chunk')
      .map((c) => ({ name: c.fileName, imports: c.imports, isEntry: c.isEntry, code: c.code, modules: Object.keys(c.modules) }));
    return upFront(chunks);
  }
  throw new Error(`unknown bundler ${bundler}`);
}

/**
 * Issue 11, point 16: what a page loads up front from the CDN folder as the package ships it
 * (`@vigie/components/dist/cdn/`): the file and every file it imports statically, each gzip -9
 * (the folder is already minified); `import()` targets are on demand, not counted.
 */
export async function cdnWeights(cdnDir, files = ['vigie.js', 'vigie-all.js', ...SERVICES.map((s) => `vigie-${s}.js`)]) {
  const { init, parse } = await import('es-module-lexer');
  await init;
  const out = {};
  for (const file of files) {
    if (!existsSync(join(cdnDir, file))) continue;
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      const [imports] = parse(readFileSync(join(cdnDir, f), 'utf8'));
      for (const i of imports) if (i.d === -1 && i.n?.startsWith('.')) visit(posix.normalize(posix.join(posix.dirname(f), i.n)));
    };
    visit(file);
    out[file] = { upFront: [...seen].reduce((t, f) => t + gz(readFileSync(join(cdnDir, f))), 0), files: seen.size };
  }
  return out;
}

/** Installs the packages (packed now, or the tarballs of VIGIE_TARBALLS) and measures every page under every bundler. */
export async function runBundlers({ log = console.error, tarballs = process.env.VIGIE_TARBALLS } = {}) {
  let dir;
  if (tarballs) {
    dir = execFileSync('mktemp', ['-d', '-t', 'vigie-packed-XXXXXX'], { encoding: 'utf8' }).trim();
    const files = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
    const names = Object.fromEntries(files.map((f) => [f.replace(/^vigie-(.*)-\d+\.\d+\.\d+\.tgz$/, '@vigie/$1'), join(tarballs, f)]));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'vigie-scratch',
        private: true,
        type: 'module',
        dependencies: {
          ...Object.fromEntries(Object.entries(names).map(([n, f]) => [n, `file:${f}`])),
          react: '^19.0.0',
          'react-dom': '^19.0.0',
        },
        overrides: Object.fromEntries(Object.keys(names).map((n) => [n, `$${n}`])),
      }),
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], {
      cwd: dir,
      stdio: ['ignore', 2, 'inherit'],
    });
  } else {
    dir = packAndInstall(log).dir;
  }
  const results = {};
  try {
    mkdirSync(join(dir, 'pages'), { recursive: true });
    const pages = [...PAGES, ...(process.env.BENCH_SERVICES === '0' ? [] : SERVICE_PAGES)];
    for (const page of pages) {
      const entry = join(dir, 'pages', `${page.key}.js`);
      writeFileSync(entry, page.code);
      results[page.key] = {};
      for (const b of BUNDLERS) {
        log(`bundlers: ${page.key} with ${b}`);
        const r = await bundle(b, entry, dir);
        results[page.key][b] = {
          upFront: r.upFront,
          total: r.total,
          chunks: r.chunks,
          zodLocales: r.modules.filter((m) => /zod\/.*locales\//.test(m)).length,
        };
      }
    }
    results.cdn = await cdnWeights(join(dir, 'node_modules/@vigie/components/dist/cdn'));
  } finally {
    if (process.env.VIGIE_KEEP_SCRATCH) log(`bundlers: scratch project kept at ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const kb = (b) => `${(b / 1000).toFixed(2)} KB`;
/** The spread of a page's up-front weight: largest / smallest − 1. */
export const spread = (r) => {
  const w = BUNDLERS.map((b) => r[b].upFront);
  return Math.max(...w) / Math.min(...w) - 1;
};

/** Markdown for the README block. */
export function bundlersReadme(results) {
  const lines = [
    "Up-front weight of a page under three bundlers, from the packed packages installed in a scratch project (`bench/bundlers.mjs`; min+gz, each bundler's own minifier, React external; target: within 10 % of each other):",
    '',
    `| Page | Rollup | esbuild | Vite | spread | verdict |`,
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const page of [...PAGES, ...SERVICE_PAGES]) {
    const r = results[page.key];
    if (!r) continue;
    const s = spread(r);
    lines.push(
      `| ${page.label} | ${BUNDLERS.map((b) => kb(r[b].upFront)).join(' | ')} | ${(s * 100).toFixed(1)} % | ${s <= 0.1 ? 'OK' : 'OVER'} |`,
    );
  }
  const wrapper =
    results['react-banner'] && results.banner ? BUNDLERS.map((b) => results['react-banner'][b].upFront - results.banner[b].upFront) : null;
  if (wrapper)
    lines.push(
      '',
      `One React wrapper (\`@vigie/react\` provider + banner, less the same page from \`@vigie/components\`): ${BUNDLERS.map((b, i) => `${kb(wrapper[i])} (${b})`).join(', ')}.`,
    );
  if (results.cdn && Object.keys(results.cdn).length) {
    const c = results.cdn;
    const row = (file, what) => (c[file] ? [`| ${what} | \`${file}\` | ${kb(c[file].upFront)} | ${c[file].files} |`] : []);
    lines.push(
      '',
      'From the CDN folder as the package ships it (`@vigie/components/dist/cdn/`): what a page loads before anyone acts, the file and the chunks it imports statically (gzip -9):',
      '',
      '| Page | file | up front | files |',
      '| --- | --- | ---: | ---: |',
      ...row('vigie.js', 'The loader (provider + runtime; each widget fetched when its tag appears)'),
      ...SERVICES.flatMap((s) => row(`vigie-${s}.js`, `Every widget of ${s}, defined at once`)),
      ...row('vigie-all.js', 'Every widget of the four services, defined at once'),
    );
  }
  return lines.join('\n');
}

if (import.meta.main || process.argv[1] === import.meta.filename) {
  const results = await runBundlers();
  console.log(JSON.stringify(results, null, 2));
  console.log(bundlersReadme(results));
}
