// React 19 ships CommonJS only. For the React-bindings browser test, this @web/test-runner
// plugin serves React as real ES modules (named exports, one shared copy) bundled by esbuild.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const MODULES = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const file = (name) => name.replace(/\//g, '__') + '.js';

// Read the export names in a child process: requiring React inside the test runner would
// write to a console the runner has replaced.
const exportNames = (name) =>
  JSON.parse(
    execFileSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`], {
      encoding: 'utf8',
    }),
  );

let output;
async function bundle() {
  const result = await build({
    entryPoints: Object.fromEntries(MODULES.map((m) => [file(m).slice(0, -3), `vendor:${m}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: '/__vendor',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'vendor',
        setup(b) {
          b.onResolve({ filter: /^vendor:/ }, (a) => ({ path: a.path.slice(7), namespace: 'vendor' }));
          b.onLoad({ filter: /.*/, namespace: 'vendor' }, (a) => {
            const names = exportNames(a.path).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
            return {
              contents: `import m from ${JSON.stringify(a.path)}; export default m; export const { ${names.join(', ')} } = m;`,
              resolveDir: process.cwd(),
              loader: 'js',
            };
          });
        },
      },
    ],
  });
  const files = new Map();
  for (const f of result.outputFiles) files.set(f.path.replace(/^.*\/__vendor\//, ''), f.text);
  return files;
}

export function reactEsm() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (MODULES.includes(source)) return `/__vendor/${file(source)}`;
    },
    async serve(context) {
      if (!context.path.startsWith('/__vendor/')) return;
      output ??= bundle();
      const files = await output;
      const name = context.path.slice('/__vendor/'.length);
      const text = files.get(name);
      if (text !== undefined) return { body: text, type: 'js' };
      return { body: `throw new Error('unknown vendor module ${name}; have: ${[...files.keys()].join(', ')}')`, type: 'js' };
    },
  };
}
