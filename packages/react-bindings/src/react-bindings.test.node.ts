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

test(
  'X-EVENTS every event of custom-elements.json has a typed onXxx prop in @vigie/react',
  { skip: !existsSync(manifestPath) && 'run `npm run cem` first' },
  () => {
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
        assert.match(
          source,
          new RegExp(`${camel(e.name)}: '${e.name}' as EventName`),
          `<${d.tagName}> fires ${e.name} but has no ${camel(e.name)} prop`,
        );
        checked++;
      }
    }
    assert.ok(checked >= 4, `only ${checked} events found in the manifest`);
  },
);

// Issue 11, point 7: `import { InvoiceBanner } from '@vigie/react'` bundles the banner alone. The index
// only re-exports (no side-effect import such as define/all.js), and each wrapper imports the define
// entry of its own tag and no other, so `"sideEffects": false` tells the truth.
test('@vigie/react tree-shakes: the index only re-exports, each wrapper imports only its own define/<tag>.js', () => {
  const dir = new URL('./', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.tsx?$/.test(f) && !/\.test(\.node)?\.tsx?$/.test(f),
  );
  const index = readFileSync(new URL('index.ts', dir), 'utf8');
  assert.doesNotMatch(index, /^import\s+['"]/m, 'index.ts has a side-effect import');
  assert.deepEqual([...index.matchAll(/^import\s(?!type\b)/gm)], [], 'index.ts imports values (it should only re-export)');
  let wrappers = 0;
  for (const f of files.filter((f) => f !== 'index.ts')) {
    const text = readFileSync(new URL(f, dir), 'utf8');
    const tag = /tagName: '([a-z0-9-]+)'/.exec(text)?.[1];
    assert.ok(tag, `${f} wraps no tag`);
    const defines = [...text.matchAll(/from '@vigie\/components\/define\/([a-z0-9-]+)\.js'/g)].map((m) => m[1]);
    assert.deepEqual(defines, [tag], `${f} should import @vigie/components/define/${tag}.js and no other define entry`);
    assert.doesNotMatch(text, /^import\s+['"]/m, `${f} has a bare side-effect import`);
    wrappers++;
  }
  assert.ok(wrappers >= 30, `only ${wrappers} wrappers found`);
});
