// @web/test-runner plugin for stories/stories.test.ts (issue 11, point 17: every story runs as a test).
// - `/__vigie/stories.js?folder=<service>`: one lazy import per `stories/<service>/**/*.stories.ts` file
//   found on disk, so a new stories file is tested without being listed anywhere.
// - `custom-elements.json`, imported by .storybook/preview.ts, served as a JS module (an empty manifest
//   when `npm run cem` has not written it yet: the stories do not need it to render).
// - `@testing-library/dom` (which Storybook's browser code imports) bundled with esbuild: its
//   dependencies (aria-query, pretty-format, lz-string…) are CommonJS, which the browser cannot import.
// - `process.env.NODE_ENV` in Storybook's browser chunks replaced as Vite does (no `process` in a browser).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = process.cwd();

function storiesFiles(dir = join(root, 'stories')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? storiesFiles(join(dir, d.name)) : d.name.endsWith('.stories.ts') ? [join(dir, d.name)] : [],
  );
}

const BUNDLED = '/node_modules/@testing-library/dom/dist/@testing-library/dom.esm.js';
let bundled;
async function bundle() {
  const result = await build({
    entryPoints: [join(root, BUNDLED)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export function storiesIndex() {
  return {
    name: 'vigie-stories-index',
    async serve(context) {
      if (context.path === BUNDLED) {
        bundled ??= bundle();
        return { body: await bundled, type: 'js' };
      }
      if (context.path === '/__vigie/stories.js') {
        const folder = new URLSearchParams(context.querystring).get('folder') ?? '';
        if (!/^[a-z-]+$/.test(folder) || !existsSync(join(root, 'stories', folder)))
          return { body: `throw new Error('no stories folder ${folder}');`, type: 'js' };
        const files = storiesFiles(join(root, 'stories', folder))
          .map((f) => relative(root, f).split('\\').join('/'))
          .sort();
        const body = `export const storyFiles = {\n${files.map((f) => `  ${JSON.stringify(f)}: () => import(${JSON.stringify(`/${f}`)}),`).join('\n')}\n};\n`;
        return { body, type: 'js' };
      }
      if (context.path === '/packages/components/custom-elements.json') {
        const file = join(root, 'packages/components/custom-elements.json');
        const json = existsSync(file) ? readFileSync(file, 'utf8') : '{"schemaVersion":"1.0.0","modules":[]}';
        return { body: `export default ${json};`, type: 'js' };
      }
      return undefined;
    },
    transform(context) {
      if (
        context.path.startsWith('/node_modules/storybook/dist/') &&
        typeof context.body === 'string' &&
        context.body.includes('process.env.NODE_ENV')
      ) {
        return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
      }
      return undefined;
    },
  };
}
