// Issue 11, point 10: what scripts/custom-data.mjs generates from custom-elements.json (the public
// API): VS Code and JetBrains data list every tag and its options, and the JSX types type-check raw
// tags in React 19 (a fixture with good and bad props and events).
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
// @ts-expect-error: a plain .mjs script without types.
import { elementsOf, generate } from '../../../scripts/custom-data.mjs';

const componentsDir = fileURLToPath(new URL('../', import.meta.url));
const manifestPath = join(componentsDir, 'custom-elements.json');
const skip = !existsSync(manifestPath) && 'run `npm run cem` first';
const manifest = () => JSON.parse(readFileSync(manifestPath, 'utf8'));

type Element = {
  tagName: string;
  name: string;
  since?: string;
  status?: string;
  members?: { name: string; privacy?: string }[];
  attributes?: { name: string; type?: { text: string } }[];
};

test(
  'X-MANIFEST custom-elements.json: public members only, a definition per define/<tag>.ts, since and status, expanded types',
  { skip },
  () => {
    const m = manifest();
    const elements = elementsOf(m) as Element[];
    assert.ok(elements.length >= 30, `${elements.length} elements`);
    for (const el of elements) {
      assert.ok(el.since && el.status, `<${el.tagName}> has since and status`);
      for (const member of el.members ?? []) {
        assert.ok(!/^[#_]/.test(member.name) && (!member.privacy || member.privacy === 'public'), `<${el.tagName}> exposes ${member.name}`);
        assert.ok(!['styles', 'lightStyles', 'messages'].includes(member.name), `<${el.tagName}> exposes ${member.name}`);
      }
    }
    const definitions = m.modules.flatMap(
      (mod: { path: string; exports?: { kind: string; name: string; declaration: { name: string } }[] }) =>
        (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [mod.path, e.name, e.declaration.name]),
    );
    // A tag's entry, not `all.ts` nor a service's entry (`define/<service>.ts`, which imports its tags' entries).
    const defineFiles = m.modules.filter((mod: { path: string }) =>
      /^src\/define\/(?!(?:all|vault|passport|safety-register|remote-services)\.ts)[\w-]+\.ts$/.test(mod.path),
    );
    assert.equal(definitions.length, defineFiles.length, 'one definition per define/<tag>.ts');
    assert.ok(
      definitions.some(
        ([path, tag, cls]: string[]) => path === 'src/define/vault-login.ts' && tag === 'vault-login' && cls === 'VaultLogin',
      ),
    );
    const login = elements.find((e) => e.tagName === 'vault-login')!;
    assert.match(login.attributes!.find((a) => a.name === 'status')!.type!.text, /^'idle' \| 'submitting'/);
  },
);

test('X-MANIFEST VS Code and JetBrains data: every tag, and the options of a literal attribute', { skip }, () => {
  const files = generate(manifest());
  const vscode = JSON.parse(files['vscode.html-custom-data.json']);
  const web = JSON.parse(files['web-types.json']);
  const tags = elementsOf(manifest()).map((e: Element) => e.tagName);
  assert.deepEqual(
    vscode.tags.map((t: { name: string }) => t.name),
    tags,
  );
  assert.deepEqual(
    web.contributions.html.elements.map((t: { name: string }) => t.name),
    tags,
  );
  const filter = vscode.tags
    .find((t: { name: string }) => t.name === 'invoice-list')
    .attributes.find((a: { name: string }) => a.name === 'filter');
  assert.deepEqual(
    filter.values.map((v: { name: string }) => v.name),
    ['all', 'late', 'to-pay', 'paid'],
  );
  const login = web.contributions.html.elements.find((t: { name: string }) => t.name === 'vault-login');
  assert.ok(login.js.events.some((e: { name: string }) => e.name === 'vault-signed-in'));
  assert.ok(
    login.css.classes.some((c: { name: string }) => c.name === 'vigie-panel-message'),
    'light-DOM class hooks documented',
  );
});

test(
  'X-MANIFEST the generated React JSX types check raw tags: good props pass, wrong values, payloads and props fail',
  { skip, timeout: 240_000 },
  () => {
    // The generated files in a scratch copy beside a fixture that imports them as a user would.
    const dir = mkdtempSync(join(tmpdir(), 'vigie-jsx-'));
    try {
      for (const [name, text] of Object.entries(generate(manifest()) as Record<string, string>)) writeFileSync(join(dir, name), text);
      const fixture = join(dir, 'fixture.tsx');
      writeFileSync(fixture, readFileSync(join(componentsDir, 'test/types/jsx-react.fixture.tsx'), 'utf8'));
      const program = ts.createProgram([fixture], {
        jsx: ts.JsxEmit.ReactJSX,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        target: ts.ScriptTarget.ES2022,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        experimentalDecorators: true,
        useDefineForClassFields: false,
        customConditions: ['@vigie/source'],
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: [],
        typeRoots: [fileURLToPath(new URL('../../../node_modules/@types', import.meta.url))],
        baseUrl: dir,
        paths: {
          '@vigie/components/jsx-react': [join(dir, 'jsx-react.d.ts')],
          '@vigie/components': [join(componentsDir, 'src/index.ts')],
          react: [fileURLToPath(new URL('../../../node_modules/@types/react/index.d.ts', import.meta.url))],
          'react/jsx-runtime': [fileURLToPath(new URL('../../../node_modules/@types/react/jsx-runtime.d.ts', import.meta.url))],
        },
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program, program.getSourceFile(fixture))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      assert.deepEqual(diagnostics, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
