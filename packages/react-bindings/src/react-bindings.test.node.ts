// The React wrappers cannot drift from the elements: every `@fires` of the manifest has its onXxx prop.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifestPath = new URL('../../components/custom-elements.json', import.meta.url);
// Every wrapper module of the package (index.ts and one file per service folder).
const source = readdirSync(new URL('./', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f) && !/\.test(\.node)?\.tsx?$/.test(f))
  .map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'))
  .join('\n');

test('X-EVENTS every event of custom-elements.json has a typed onXxx prop in @vigie/react', { skip: !existsSync(manifestPath) && 'run `npm run cem` first' }, () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
    tagName?: string;
    events?: { name: string }[];
  }[];
  const camel = (name: string) => 'on' + name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
  let checked = 0;
  for (const d of declarations) {
    if (!d.tagName) continue;
    assert.match(source, new RegExp(`tagName: '${d.tagName}'`), `<${d.tagName}> has no React wrapper`);
    for (const e of d.events ?? []) {
      assert.match(source, new RegExp(`${camel(e.name)}: '${e.name}' as EventName`), `<${d.tagName}> fires ${e.name} but has no ${camel(e.name)} prop`);
      checked++;
    }
  }
  assert.ok(checked >= 4, `only ${checked} events found in the manifest`);
});
