// `npm test`, step "packages as a user gets them" (issue 11, point 9): packs the four packages, installs
// the tarballs into a scratch project under the system temp dir (outside the workspace), then checks
// what a user gets: the tarballs' contents, every export imported with Node, an entry per package
// bundled with esbuild and Rollup, the CDN folder against its integrity.json, and a widget used from
// the CDN folder, from npm and from React (bundled, and the React wrapper rendered with react-dom/server);
// then that widget run in headless Chromium from each of the three (scripts/pack-browser.mjs).
// Prints one countable line: `N passed, N failed`. Alone: `node scripts/pack-test.mjs`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import { bundle } from '../bench/bundlers.mjs';
import { inBrowser } from './pack-browser.mjs';
import { packAndInstall } from './packed.mjs';

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (e) {
    failed++;
    console.log(
      `  ✖ ${name}\n      ${String(e?.stack ?? e)
        .split('\n')
        .slice(0, 4)
        .join('\n      ')}`,
    );
  }
}
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

/** Exports that Node cannot import, and why (they are bundled for the browser below instead). */
const BROWSER_ONLY = {
  '@vigie/mock-api/browser': 'msw/browser (a service worker)',
};

let scratch;
try {
  console.log('\n▶ Packages as a user gets them (npm pack → scratch project)\n');
  scratch = packAndInstall((m) => console.error(`  … ${m}`));
  const { dir, packs } = scratch;
  const nm = (name) => join(dir, 'node_modules', name);

  for (const p of packs) {
    await check(`${p.name}: the tarball holds LICENSE, README.md, dist/, no .tsbuildinfo, no sources (${p.files.length} files)`, () => {
      for (const f of ['LICENSE', 'README.md', 'package.json']) assert(p.files.includes(f), `${f} missing`);
      assert(!p.files.some((f) => f.includes('tsbuildinfo')), `.tsbuildinfo shipped: ${p.files.filter((f) => f.includes('tsbuildinfo'))}`);
      assert(!p.files.some((f) => f.startsWith('src/')), 'src/ shipped');
    });
    await check(
      `${p.name}: package.json is ready to publish (licence, repository, keywords, prepack, no public "source" condition)`,
      () => {
        const j = JSON.parse(readFileSync(join(nm(p.name), 'package.json'), 'utf8'));
        assert(j.license && j.license !== 'UNLICENSED', 'no licence');
        assert(j.repository?.url, 'no repository');
        assert(j.keywords?.length, 'no keywords');
        assert(j.scripts?.prepack, 'no prepack');
        assert(!JSON.stringify(j.exports).includes('"source"'), 'a "source" export condition');
        assert(
          p.pkg === 'mock-api' ? j.engines?.node : !j.engines,
          p.pkg === 'mock-api' ? 'the mock server runs in Node: engines expected' : 'a browser package declares engines',
        );
        // Every target of every public condition is shipped.
        const missing = [];
        for (const [sub, target] of Object.entries(j.exports)) {
          const targets =
            typeof target === 'string'
              ? [target]
              : Object.entries(target)
                  .filter(([c]) => c !== '@vigie/source')
                  .map(([, t]) => t);
          for (const t of targets) {
            if (t.includes('*')) {
              const [pre] = t.split('*');
              assert(
                p.files.some((f) => `./${f}`.startsWith(pre)),
                `${sub}: nothing shipped under ${pre}`,
              );
            } else if (!existsSync(join(nm(p.name), t))) missing.push(`${sub} → ${t}`);
          }
        }
        assert(!missing.length, `export targets not shipped: ${missing.join(', ')}`);
      },
    );
  }

  const components = packs.find((p) => p.pkg === 'components');
  await check('@vigie/components ships the CDN folder (vigie.js, vigie-all.js, chunks, integrity.json) and custom-elements.json', () => {
    for (const f of [
      'dist/cdn/vigie.js',
      'dist/cdn/vigie-all.js',
      'dist/cdn/integrity.json',
      'dist/cdn/pdfjs/pdf.worker.min.mjs',
      'custom-elements.json',
    ])
      assert(components.files.includes(f), `${f} missing`);
    assert(
      components.files.some((f) => f.startsWith('dist/cdn/chunks/')),
      'no chunks',
    );
  });
  await check('the CDN folder matches its integrity.json (sha384 of every file, as installed)', () => {
    const cdn = join(nm('@vigie/components'), 'dist/cdn');
    const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
    const listed = Object.keys(integrity);
    const shipped = components.files
      .filter((f) => f.startsWith('dist/cdn/') && !f.endsWith('.map') && !f.endsWith('integrity.json'))
      .map((f) => f.slice('dist/cdn/'.length));
    assert(listed.length === shipped.length, `${listed.length} hashes for ${shipped.length} files`);
    for (const f of shipped) {
      const sri =
        'sha384-' +
        createHash('sha384')
          .update(readFileSync(join(cdn, f)))
          .digest('base64');
      assert(integrity[f] === sri, `${f}: ${integrity[f]} ≠ ${sri}`);
    }
  });
  await check('vigie-all.js is one file up front (no static import; only on-demand chunks)', () => {
    const code = readFileSync(join(nm('@vigie/components'), 'dist/cdn/vigie-all.js'), 'utf8');
    const statics = parseAst(code).body.filter(
      (n) => n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || (n.type === 'ExportNamedDeclaration' && n.source),
    );
    assert(!statics.length, `vigie-all.js imports ${statics.map((n) => n.source.value).join(', ')} statically`);
    assert(/import\(/.test(code), 'no on-demand import() left (the code behind user actions should stay in chunks/)');
  });

  // Node: every export of every package, imported from the scratch project.
  for (const p of packs) {
    const j = JSON.parse(readFileSync(join(nm(p.name), 'package.json'), 'utf8'));
    const specifiers = [];
    for (const sub of Object.keys(j.exports)) {
      if (sub.endsWith('.json')) continue;
      // A types-only entry (the JSX typings) has nothing to run: the type tests cover it.
      const target = j.exports[sub];
      if (target && typeof target === 'object' && Object.keys(target).every((k) => k === 'types')) continue;
      if (sub.includes('*')) {
        const [pre, post] = sub.split('*');
        const folder = join(nm(p.name), 'dist', pre.slice(2));
        for (const f of readdirSync(folder)) if (f.endsWith(post) && !f.endsWith('.d.ts')) specifiers.push(`${p.name}/${pre.slice(2)}${f}`);
      } else specifiers.push(sub === '.' ? p.name : `${p.name}/${sub.slice(2)}`);
    }
    const runnable = specifiers.filter((s) => !BROWSER_ONLY[s]);
    await check(
      `${p.name}: Node imports its ${runnable.length} exports${specifiers.length > runnable.length ? ` (${specifiers.length - runnable.length} browser-only, bundled below)` : ''}`,
      async () => {
        const probe = join(dir, `probe-${p.pkg}.mjs`);
        writeFileSync(
          probe,
          runnable
            .map(
              (s, i) =>
                `import * as m${i} from '${s}';\nif (!Object.keys(m${i}).length && !'${s}'.includes('/define/')) throw new Error('${s}: no export');`,
            )
            .join('\n') + '\n',
        );
        await import(pathToFileURL(probe).href);
      },
    );
  }
  await check('@vigie/react in Node: <InvoiceBanner> renders with react-dom/server', async () => {
    const probe = join(dir, 'probe-react-ssr.mjs');
    writeFileSync(
      probe,
      `import * as React from 'react';\nimport { renderToString } from 'react-dom/server';\nimport { VigieProvider, InvoiceBanner } from '@vigie/react';\nexport default renderToString(React.createElement(VigieProvider, { apiUrl: '/api' }, React.createElement(InvoiceBanner)));\n`,
    );
    const html = (await import(pathToFileURL(probe).href)).default;
    assert(/<vigie-provider[^>]*>.*<invoice-banner/.test(html), `unexpected HTML: ${html.slice(0, 200)}`);
  });

  // Bundlers: an entry per package, as a user's app would import it.
  const ENTRIES = {
    core: `import { createClient } from '@vigie/core/api';\nimport { LOCALES } from '@vigie/core/i18n';\nglobalThis.__v = [createClient, LOCALES];\n`,
    components: `import '@vigie/components/define/vigie-provider.js';\nimport '@vigie/components/define/invoice-banner.js';\nimport { VaultLogin } from '@vigie/components';\ncustomElements.define('acme-login', VaultLogin);\n`,
    'react-bindings': `import { VigieProvider, InvoiceBanner } from '@vigie/react';\nglobalThis.__v = [VigieProvider, InvoiceBanner];\n`,
    'mock-api': `import { startMockWorker } from '@vigie/mock-api/browser';\nglobalThis.__v = startMockWorker;\n`,
  };
  mkdirSync(join(dir, 'pages'), { recursive: true });
  for (const [pkg, code] of Object.entries(ENTRIES)) {
    const entry = join(dir, 'pages', `${pkg}.js`);
    writeFileSync(entry, code);
    for (const b of ['esbuild', 'rollup']) {
      await check(`${packs.find((p) => p.pkg === pkg).name}: an app entry bundles with ${b}`, async () => {
        const r = await bundle(b, entry, dir);
        assert(r.upFront > 500, `only ${r.upFront} bytes up front`);
      });
    }
  }

  // In a browser (headless Chromium): the same widget from the CDN folder, an npm bundle and a React app.
  await inBrowser(dir, check, assert);
} catch (e) {
  failed++;
  console.log(
    `  ✖ packing or installing failed\n      ${String(e?.stack ?? e)
      .split('\n')
      .slice(0, 6)
      .join('\n      ')}`,
  );
} finally {
  if (scratch) rmSync(scratch.dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
