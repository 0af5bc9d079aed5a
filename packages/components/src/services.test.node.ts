// Issue 11, point 16: each service's define entry (define/<service>.ts) registers the provider and exactly the widgets of
// src/<service>/, and define/all.ts is the four of them (a new widget cannot be forgotten).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';

const SERVICES = ['safety-register', 'vault', 'passport', 'remote-services'] as const;
const src = new URL('./', import.meta.url);
const importsOf = (file: string) =>
  [...readFileSync(new URL(`define/${file}`, import.meta.url), 'utf8').matchAll(/^import '\.\/([\w-]+)\.js';$/gm)].map((m) => m[1]).sort();

for (const service of SERVICES)
  test(`define/${service}.ts registers the provider and every widget of src/${service}/`, () => {
    const widgets = readdirSync(new URL(`${service}/`, src)).filter((n) => statSync(new URL(`${service}/${n}`, src)).isDirectory());
    assert.ok(widgets.length >= 5);
    assert.deepEqual(importsOf(`${service}.ts`), ['vigie-provider', ...widgets].sort());
  });

test('define/all.ts is the provider and the four service entries', () => {
  assert.deepEqual(importsOf('all.ts'), ['vigie-provider', ...SERVICES].sort());
});
