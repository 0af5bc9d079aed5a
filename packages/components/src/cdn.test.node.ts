// X-NAMES: the CDN loader knows every widget of src/define/ (a new widget cannot be forgotten).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

test('X-NAMES the CDN loader maps every define/ entry', () => {
  const loader = readFileSync(new URL('./cdn.ts', import.meta.url), 'utf8');
  const tags = readdirSync(new URL('./define/', import.meta.url))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((t) => !['all', 'vigie-provider', 'safety-register', 'vault', 'passport', 'remote-services'].includes(t)); // not tags: the provider, one entry per service, all
  assert.ok(tags.length >= 2);
  for (const tag of tags)
    assert.match(loader, new RegExp(`'${tag}': \\(\\) => import\\('\\./define/${tag}\\.js'\\)`), `<${tag}> missing from cdn.ts`);
});
