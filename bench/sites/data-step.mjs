/**
 * RS-SITES bench, Node side, run by `scripts/bench.mjs` in a child process (TypeScript sources and
 * the `@vigie/source` condition need `--conditions=@vigie/source --import tsx`):
 *
 *   node --conditions=@vigie/source --import tsx bench/sites/data-step.mjs <site dir> <size>,<size>…
 *
 * Writes, for each size, `<site dir>/sites-<size>.json`: `{ sites, links }` as `GET remote/sites`
 * answers it, from `generateRemoteData('large', NOW, size)` (the mock's `remote:large` data, 25 ID &
 * PIN links, at that size), each site with its derived state and open alarms as the mock's store
 * derives them; and `<site dir>/roster-<size>.json` (`generateEmployees(size, 1)`), so that
 * `<passport-roster>` is measured at the same sizes in the same run. Prints what it wrote (JSON).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteStateOf } from '../../packages/core/src/remote-services/schemas.ts';
import { generateRemoteData } from '../../packages/mock-api/src/remote-services/generate.ts';
import { generateEmployees } from '../../packages/mock-api/src/passport/generate.ts';

/** The bench's « now »: the stories' and tests' day, at noon in Paris. */
export const SITES_NOW = Date.parse('2026-03-10T12:00:00+01:00');

const [dir, list] = process.argv.slice(2);
const sizes = list.split(',').map(Number);
const files = [];
for (const size of sizes) {
  const data = generateRemoteData('large', SITES_NOW, size);
  const systems = new Map();
  for (const s of data.systems) (systems.get(s.siteId) ?? systems.set(s.siteId, []).get(s.siteId)).push(s);
  const open = new Map();
  for (const a of data.alarms) if (a.cancelledAt === null) open.set(a.siteId, (open.get(a.siteId) ?? 0) + 1);
  const sites = data.sites.map((s) => ({ ...s, state: siteStateOf(systems.get(s.id) ?? []), openAlarms: open.get(s.id) ?? 0 }));
  const json = JSON.stringify({ sites, links: data.links });
  const file = join(dir, `sites-${size}.json`);
  writeFileSync(file, json);
  const roster = JSON.stringify(generateEmployees(size, 1));
  writeFileSync(join(dir, `roster-${size}.json`), roster);
  files.push({ size, file, bytes: Buffer.byteLength(json), rosterBytes: Buffer.byteLength(roster) });
}
process.stdout.write(JSON.stringify({ now: SITES_NOW, files }));
