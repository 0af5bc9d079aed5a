/**
 * PP-ROSTER bench, Node side, run by `scripts/bench.mjs` in a child process (TypeScript sources and
 * the `@vigie/source` condition need `--conditions=@vigie/source --import tsx`):
 *
 *   node --conditions=@vigie/source --import tsx bench/roster/data-step.mjs <site dir> <size>,<size>…
 *
 * 1. Writes `<site dir>/roster-<size>.json`: `generateEmployees(size, 1)` serialized once; the
 *    browser pages all fetch this same file.
 * 2. Prints on stdout, as JSON, `measureRosterData({ sizes })` from `bench/roster-data.mjs`: the
 *    data step with no DOM (naive filter, prebuilt-haystack floor, our index; `Intl.Collator`
 *    sort, cached-rank floor, our sort) on the same rows (same generator, same seed).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateEmployees } from '../../packages/mock-api/src/passport/generate.ts';
import { measureRosterData } from '../roster-data.mjs';

const [dir, list] = process.argv.slice(2);
const sizes = list.split(',').map(Number);
const SEED = 1;

const files = sizes.map((size) => {
  const file = join(dir, `roster-${size}.json`);
  const json = JSON.stringify(generateEmployees(size, SEED));
  writeFileSync(file, json);
  return { size, file, bytes: Buffer.byteLength(json) };
});

const data = await measureRosterData({ sizes });
process.stdout.write(JSON.stringify({ seed: SEED, files, ...data }));
