// `prepack` of every package (npm runs it before `npm pack` and `npm publish`, in the package's folder):
// a package is never packed unbuilt or stale. If one of its outputs is missing, or older than a source
// file of the workspace's packages, it runs the whole `npm run build` (packages, CDN, manifest) once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const pkgDir = process.cwd();
const root = resolve(import.meta.dirname, '..');
const name = basename(pkgDir);

/** What each package must ship, beyond dist/index.js. */
const OUTPUTS = {
  core: ['dist/index.js', 'dist/index.d.ts', 'dist/openapi.json'],
  components: [
    'dist/index.js',
    'dist/index.d.ts',
    'custom-elements.json',
    'dist/cdn/vigie.js',
    'dist/cdn/vigie-all.js',
    'dist/cdn/integrity.json',
  ],
  'react-bindings': ['dist/index.js', 'dist/index.d.ts'],
  'mock-api': ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/vigie-mock.js', 'dist/cdn/mockServiceWorker.js'],
};

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (!/\.test(\.node)?\.tsx?$/.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const outputs = (OUTPUTS[name] ?? ['dist/index.js']).map((f) => join(pkgDir, f));
const missing = outputs.filter((f) => !existsSync(f));
const sources = Math.max(...Object.keys(OUTPUTS).map((p) => newest(join(root, 'packages', p, 'src'))));
// Declarations only need to exist: `tsc -b` leaves an unchanged .d.ts file (and its date) as it was.
const stale = missing.length ? [] : outputs.filter((f) => !f.endsWith('.d.ts') && statSync(f).mtimeMs < sources);

if (missing.length || stale.length) {
  console.error(
    `prepack ${name}: ${missing.length ? `missing ${missing.map((f) => f.slice(pkgDir.length + 1)).join(', ')}` : 'sources newer than the build'}; running npm run build`,
  );
  // The build's output goes to stderr: `npm pack --json` prints its JSON on stdout.
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
} else {
  console.error(`prepack ${name}: dist is up to date`);
}
