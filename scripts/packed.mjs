// The four packages as a user gets them: `npm pack` each workspace (its `prepack` builds it if needed),
// then `npm install` the tarballs into a scratch project under the system temp dir, outside the
// workspace (so nothing resolves through the workspace's node_modules or its `@vigie/source` sources).
// Used by scripts/pack-test.mjs (npm test) and bench/bundlers.mjs (npm run bench).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const PACKAGES = ['core', 'components', 'react-bindings', 'mock-api'];

/**
 * Packs every package into `<dir>/tarballs` and returns `{ name, dir, filename, files }` per package
 * (`files`: the tarball's paths, as `npm pack --json` lists them).
 */
export function pack(dir, log = () => {}) {
  const out = join(dir, 'tarballs');
  mkdirSync(out, { recursive: true });
  const packs = [];
  for (const p of PACKAGES) {
    log(`npm pack packages/${p}`);
    const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
      cwd: join(ROOT, 'packages', p),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [info] = JSON.parse(json.slice(json.indexOf('[')));
    packs.push({
      pkg: p,
      name: info.name,
      file: join(out, info.filename),
      size: info.size,
      unpackedSize: info.unpackedSize,
      files: info.files.map((f) => f.path),
    });
  }
  return packs;
}

/**
 * A scratch project in the system temp dir with the tarballs installed (their dependencies from the
 * registry) and React 19. Returns `{ dir, packs }`; remove `dir` when done.
 */
export function packAndInstall(log = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-packed-'));
  const packs = pack(dir, log);
  const dependencies = Object.fromEntries(packs.map((p) => [p.name, `file:${p.file}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'vigie-scratch',
        private: true,
        type: 'module',
        dependencies: { ...dependencies, react: '^19.0.0', 'react-dom': '^19.0.0' },
        // The packages depend on each other by version (@vigie/core 0.1.0): take the tarballs.
        overrides: Object.fromEntries(packs.map((p) => [p.name, `$${p.name}`])),
      },
      null,
      2,
    ),
  );
  log(`npm install (scratch project ${dir})`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 2, 'inherit'],
  });
  return { dir, packs };
}
