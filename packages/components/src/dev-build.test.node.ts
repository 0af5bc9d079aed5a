// Issue 11, point 12: the production build (dist/, the CDN) carries none of the development
// warnings; the development build (dist/dev/, the `development` export condition) carries them.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../dist/', import.meta.url);
const built = existsSync(new URL('dev/base/dev.js', dist)) && existsSync(new URL('base/dev.js', dist));
const WARNINGS = ['A typo?', 'is already defined by another class', 'is not a heading level'];

const read = (dir: URL, skipDev: boolean) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && !(skipDev && f.startsWith('dev/')))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .join('\n');

test('X-DEV the package exports a development build under the `development` condition', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  for (const [entry, target] of [
    ['.', './dist/dev/index.js'],
    ['./define/*.js', './dist/dev/define/*.js'],
  ] as const) {
    const conditions = Object.keys(pkg.exports[entry]);
    assert.equal(pkg.exports[entry].development, target);
    assert.ok(conditions.indexOf('development') < conditions.indexOf('default'), `${entry}: development before default`);
  }
});

test(
  'X-DEV production has no development warning, the development build has them all',
  { skip: !built && 'run `npm run build` first' },
  () => {
    const production = read(dist, true);
    const development = read(new URL('dev/', dist), false);
    for (const w of WARNINGS) {
      assert.ok(!production.includes(w), `dist/ carries « ${w} »`);
      assert.ok(development.includes(w), `dist/dev/ lacks « ${w} »`);
    }
    assert.match(readFileSync(new URL('base/dev.js', dist), 'utf8'), /const DEV = false/);
  },
);
