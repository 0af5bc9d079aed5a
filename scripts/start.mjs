// `npm start`: builds the CDN bundles and serves the demo partner portal on 127.0.0.1.
// The page embeds vigie.js from @vigie/components' CDN folder (packages/components/dist/cdn/) exactly as a partner would, and starts the in-browser mock API.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? process.argv.find((a) => a.startsWith('--port='))?.slice(7) ?? 4173);
const skipBuild = process.argv.includes('--no-build');

if (!skipBuild) {
  console.log('Building the CDN bundle and the demo mock…');
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.ts', '--environment', 'VIGIE_TARGET:cdn', '--silent'],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
// URL prefix → folder (the first that has the file). The CDN folder of @vigie/components, and the mock's
// bundle from @vigie/mock-api. The msw worker must be served from the root (its scope is `/`).
const CDN = join(root, 'packages/components/dist/cdn');
const MOCK_CDN = join(root, 'packages/mock-api/dist/cdn');
const MOUNTS = [
  ['/cdn/', CDN],
  ['/cdn/', MOCK_CDN],
  ['/pdfjs/', join(CDN, 'pdfjs')],
  ['/', join(root, 'demo')],
];

const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/') path = '/index.html';
  if (path === '/mockServiceWorker.js') path = '/cdn/mockServiceWorker.js';
  for (const [prefix, dir] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) continue;
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
});

server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/`;
  console.log(`\n  Vigie demo partner portal: ${url}\n  (in-browser mock API; pick a scenario in the page. Ctrl+C to stop.)\n`);
  if (process.env.DISPLAY && !process.env.CI) spawnSync('xdg-open', [url], { stdio: 'ignore' });
});
