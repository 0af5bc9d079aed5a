#!/usr/bin/env node
/**
 * A quick look at one RS widget's size, for size work (not part of `npm run bench`, which writes the
 * figures): `node bench/rs-sizes-probe.mjs [tag … | page]` prints, per widget, its own code over the shared
 * runtime with every module (≈gz, pro rata), and the overview page. Same measure as bench/rs-sizes.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const { typescript, bundleResolve, onwarn } = await import('../rollup.config.ts');
const { measureRemoteServices } = await import('./rs-sizes.mjs');
const ENTRIES = join(ROOT, 'bench/tmp/probe-entries');
mkdirSync(ENTRIES, { recursive: true });
const DEFINE = (name) => join(ROOT, `packages/components/src/define/${name}.ts`);
const spec = (file) => './' + relative(ENTRIES, file).split(sep).join('/').replace(/\.ts$/, '.js');
const entry = (name, code) => {
  const file = join(ENTRIES, `${name}.js`);
  writeFileSync(file, code);
  return file;
};
const importsOf = (...files) => files.map((f) => `import '${spec(f)}';`).join('\n') + '\n';
const only = process.argv.slice(2);
const rs = await measureRemoteServices({
  root: ROOT,
  define: DEFINE,
  entry,
  importsOf,
  plugins: () => [typescript(), bundleResolve()],
  terserOptions: { format: { comments: false }, compress: { passes: 2 } },
  onwarn: (w) => onwarn(w, () => {}),
  log: () => {},
  allModules: true,
  only: only.length ? only : null,
  page: !only.length || only.includes('page'),
  extras: false,
});
const kb = (b) => (b / 1000).toFixed(2);
for (const w of rs.widgets) {
  if (only.length && !only.includes(w.tag)) continue;
  console.log(
    `<${w.tag}> ${kb(w.gzBytes)} kB own code (budget 8), on demand: data ${kb(w.onDemand.data)}, tabs ${kb(w.onDemand.tabs)}, en ${kb(w.onDemand.catalogs)}, other ${kb(w.onDemand.other)}`,
  );
  for (const m of w.topModules) console.log(`   ${kb(m.gzEstimate).padStart(6)}  ${m.module}`);
}
if (rs.page && (!only.length || only.includes('page'))) {
  console.log(
    `page ${kb(rs.page.gzBytes)} kB (budget 25): ${kb(rs.page.upFrontGzBytes)} up front + ${kb(rs.page.afterPaint.gzBytes)} after paint (${rs.page.afterPaint.tags.join(', ')})`,
  );
  for (const m of rs.page.topModules) console.log(`   ${kb(m.gzEstimate).padStart(6)}  ${m.module}`);
}
