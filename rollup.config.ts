/**
 * Builds every package (ESM + .d.ts, modules preserved for tree-shaking) and the CDN bundle.
 * `npm run build` runs this, then the custom-elements manifest.
 *
 *   packages/<pkg>/dist/**        one .js per source module (+ .d.ts from `tsc -b`)
 *   packages/core/dist/openapi.json   the API contract, generated from the zod schemas
 *   The CDN folder, shipped inside @vigie/components (so a CDN that serves npm packages serves it):
 *   packages/components/dist/cdn/vigie.js      the CDN entry: provider + runtime, widgets loaded when their tag appears
 *   packages/components/dist/cdn/vigie-all.js  every element defined at once, one file up front
 *   packages/components/dist/cdn/vigie-<service>.js  one service's widgets defined at once (safety-register,
 *                                              vault, passport, remote-services), sharing vigie.js's chunks
 *   packages/components/dist/cdn/chunks/       shared runtime, widgets, data layer (ky, zod), catalogs, on-demand code
 *   packages/components/dist/cdn/pdfjs/        PDF.js's worker (SR-OBS)
 *   packages/components/dist/cdn/integrity.json  SRI hash (sha384) of every file of the folder
 *   packages/mock-api/dist/cdn/vigie-mock.js   the in-browser mock API for demos (+ mockServiceWorker.js)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import type { Plugin, RollupOptions, WarningHandlerWithDefault } from 'rollup';

const require = createRequire(import.meta.url);
const PACKAGES = ['core', 'components', 'react-bindings', 'mock-api'] as const;

/** TypeScript → JS with esbuild (legacy decorators, as the tsconfig says); `./x.js` imports find `./x.ts`. */
export function typescript(): Plugin {
  return {
    name: 'vigie-typescript',
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      for (const ext of ['.ts', '.tsx']) {
        const candidate = resolve(dirname(importer), source.slice(0, -3) + ext);
        if (!existsSync(candidate)) continue;
        // Let the other resolvers see the file (node-resolve reads its package's `sideEffects`, as a
        // consumer's bundler does with dist/): a side-effect-free module only imported for a
        // re-exported binding then brings none of its own code (e.g. zod schemas beside a list).
        const resolved = await this.resolve(candidate, importer, { skipSelf: true });
        return resolved && !resolved.external ? { ...resolved, id: candidate } : candidate;
      }
      return null;
    },
    async transform(code, id) {
      if (!/\.tsx?$/.test(id)) return null;
      const out = await transform(code, {
        loader: id.endsWith('x') ? 'tsx' : 'ts',
        format: 'esm',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        jsx: 'automatic',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
      });
      return { code: out.code, map: out.map };
    },
  };
}

/** `.d.ts` for every package, from the TypeScript project references (once per build). */
function declarations(): Plugin {
  let done = false;
  return {
    name: 'vigie-declarations',
    buildStart() {
      if (done) return;
      done = true;
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', ...PACKAGES.map((p) => `packages/${p}`)], {
        stdio: 'inherit',
      });
    },
  };
}

/** Writes the OpenAPI document from the freshly built core. */
function openapi(): Plugin {
  return {
    name: 'vigie-openapi',
    async writeBundle() {
      const { openApiDocument } = await import(pathToFileURL(resolve('packages/core/dist/openapi.js')).href);
      writeFileSync('packages/core/dist/openapi.json', JSON.stringify(openApiDocument(), null, 2) + '\n');
    },
  };
}

function copy(from: string, to: string): Plugin {
  return {
    name: 'vigie-copy',
    writeBundle() {
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    },
  };
}

/**
 * Issue 11, point 12: `DEV` (packages/components/src/base/dev.ts) is `true` in the sources; this
 * fixes it to `dev` in a build, so the production build drops every `if (DEV)` warning.
 */
export function devFlag(dev: boolean): Plugin {
  return {
    name: 'vigie-dev-flag',
    transform(code, id) {
      if (!/[\\/]components[\\/]src[\\/]base[\\/]dev\.ts$/.test(id)) return null;
      const flag = /export const DEV: boolean = true;/;
      if (!flag.test(code)) this.error('base/dev.ts: `export const DEV: boolean = true;` not found');
      return { code: code.replace(flag, `export const DEV: boolean = ${dev};`), map: null };
    },
  };
}

/** The development build of @vigie/components (`dist/dev/`, the `development` export condition): the same modules with `DEV` true. */
const componentsDev = (): RollupOptions => {
  const build = packageBuild('components');
  return {
    ...build,
    plugins: [devFlag(true), typescript(), coreDeepImports()],
    output: { ...(build.output as object), dir: 'packages/components/dist/dev' },
  };
};

export const onwarn: WarningHandlerWithDefault = (warning, warn) => {
  // zod's pure annotations and internal cycles are harmless and very noisy.
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

function sources(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path, pattern);
    return pattern.test(name) && !/\.test(\.node)?\.tsx?$|\.d\.ts$/.test(name) ? [path] : [];
  });
}

/**
 * Issue 11, point 8: in @vigie/components' dist, `import { a } from '@vigie/core'` (or a service's
 * barrel) becomes `import { a } from '@vigie/core/<module>.js'`, the module of core's dist that
 * defines `a`. esbuild carries into a page's first chunk every module reachable through a barrel the
 * page imports that some chunk of the page uses, lazy ones included: through `@vigie/core`, the
 * whole data layer (ky, zod, every contract) the first request loads. Rollup and Vite do not, so
 * the sources keep their barrels; only the shipped files are rewritten. A name defined by more than
 * one module of core stays on its barrel.
 */
export function coreDeepImports(coreDist = 'packages/core/dist'): Plugin {
  let origin: Map<string, string | null> | undefined;
  const modules = async () => {
    if (origin) return origin;
    const { init, parse } = await import('es-module-lexer');
    await init;
    origin = new Map();
    for (const file of sources(coreDist, /\.js$/)) {
      const path = relative(coreDist, file).split('\\').join('/');
      for (const e of parse(readFileSync(file, 'utf8'))[1])
        if (e.ln !== undefined) origin.set(e.n, origin.has(e.n) && origin.get(e.n) !== path ? null : path);
    }
    return origin;
  };
  const barrel = /^@vigie\/core(\/(api|i18n|shared|safety-register|vault|passport|remote-services))?$/;
  return {
    name: 'vigie-core-deep-imports',
    async renderChunk(code) {
      if (!code.includes('@vigie/core')) return null;
      const map = await modules();
      let changed = false;
      const out = code.replace(/^import \{([^}]*)\} from '(@vigie\/core[^']*)';$/gm, (all, names: string, from: string) => {
        if (!barrel.test(from)) return all;
        const by = new Map<string, string[]>();
        for (const spec of names
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)) {
          const where = map.get(spec.split(/\s+as\s+/)[0]!);
          const to = where ? `@vigie/core/${where}` : from;
          by.set(to, [...(by.get(to) ?? []), spec]);
        }
        changed = true;
        // On one line: the source map's lines stay true.
        return [...by].map(([to, specs]) => `import { ${specs.join(', ')} } from '${to}';`).join(' ');
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

const packageBuild = (pkg: (typeof PACKAGES)[number]): RollupOptions => {
  const src = `packages/${pkg}/src`;
  const input = Object.fromEntries(sources(src).map((f) => [relative(src, f).replace(/\.tsx?$/, ''), f]));
  return {
    input,
    // Every bare import is a dependency, resolved by the consumer's bundler.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:/.test(id),
    plugins: [
      declarations(),
      devFlag(false),
      typescript(),
      ...(pkg === 'core' ? [openapi()] : []),
      ...(pkg === 'components' ? [coreDeepImports()] : []),
    ],
    output: { dir: `packages/${pkg}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: src, sourcemap: true },
    onwarn,
  };
};

/** Resolution for bundles: our packages from source, lit in production mode. */
export const bundleResolve = () =>
  nodeResolve({ exportConditions: ['@vigie/source', 'browser', 'import', 'default'], extensions: ['.ts', '.js'] });

export const CDN_DIR = 'packages/components/dist/cdn';
export const MOCK_CDN_DIR = 'packages/mock-api/dist/cdn';

/**
 * Writes `integrity.json` beside the CDN files: `{ "vigie.js": "sha384-…", … }` for every file of the
 * folder (maps excepted), for the `integrity` attributes and import maps of the hosts (README › By CDN).
 * At `closeBundle`, after every `writeBundle` (the copies included).
 */
function integrity(dir: string): Plugin {
  return {
    name: 'vigie-integrity',
    closeBundle() {
      const files = sources(dir, /\.(m?js|json)$/).filter((f) => !f.endsWith('integrity.json') && !f.endsWith('.map'));
      const hashes = Object.fromEntries(
        files
          .map((f) => relative(dir, f).split('\\').join('/'))
          .sort()
          .map((name) => [
            name,
            'sha384-' +
              createHash('sha384')
                .update(readFileSync(join(dir, name)))
                .digest('base64'),
          ]),
      );
      writeFileSync(join(dir, 'integrity.json'), JSON.stringify(hashes, null, 2) + '\n');
    },
  };
}

/** Empties the CDN folder before its first build, so no chunk of an older build is shipped or hashed. */
function clean(dir: string): Plugin {
  return { name: 'vigie-clean', buildStart: () => rmSync(dir, { recursive: true, force: true }) };
}

const cdnPlugins = () => [devFlag(false), typescript(), bundleResolve(), terser({ format: { comments: false }, compress: { passes: 2 } })];

/** Issue 11, point 16: one CDN entry per service (`vigie-<service>.js`, from `define/<service>.ts`). */
export const SERVICES = ['safety-register', 'vault', 'passport', 'remote-services'] as const;

// vigie.js: provider + runtime + a loader that fetches each widget when its tag appears; and
// vigie-<service>.js: the provider and every widget of one service, defined at once. Built together,
// so a page that loads two of them (or one and the loader) shares the runtime's chunks.
const cdn: RollupOptions = {
  input: {
    vigie: 'packages/components/src/cdn.ts',
    ...Object.fromEntries(SERVICES.map((s) => [`vigie-${s}`, `packages/components/src/define/${s}.ts`])),
  },
  plugins: [
    clean(CDN_DIR),
    ...cdnPlugins(),
    // SR-OBS: PDF.js's worker, to host on the page's origin at /pdfjs/ (<pdf-text-picker worker-src>).
    copy(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), `${CDN_DIR}/pdfjs/pdf.worker.min.mjs`),
  ],
  output: { dir: CDN_DIR, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  onwarn,
};

// vigie-all.js: every element defined at once, for hosts that prefer one request. Built alone, so all
// it needs up front is in that one file; only code behind a user's action (dialogs, editors, later
// steps, PDF.js) is fetched later from chunks/. Written after vigie.js's build, then integrity.json.
const cdnAll: RollupOptions = {
  input: { 'vigie-all': 'packages/components/src/define/all.ts' },
  plugins: [...cdnPlugins(), integrity(CDN_DIR)],
  output: { dir: CDN_DIR, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  onwarn,
};

const mock: RollupOptions = {
  input: { 'vigie-mock': 'packages/mock-api/src/browser.ts' },
  plugins: [
    typescript(),
    bundleResolve(),
    terser({ format: { comments: false } }),
    copy(require.resolve('msw/mockServiceWorker.js'), `${MOCK_CDN_DIR}/mockServiceWorker.js`),
  ],
  output: { dir: MOCK_CDN_DIR, format: 'es', sourcemap: true },
  onwarn,
};

// `--environment VIGIE_TARGET:cdn` builds only the browser bundles (what `npm start` needs).
export default process.env.VIGIE_TARGET === 'cdn'
  ? [cdn, cdnAll, mock]
  : [...PACKAGES.map(packageBuild), componentsDev(), cdn, cdnAll, mock];
