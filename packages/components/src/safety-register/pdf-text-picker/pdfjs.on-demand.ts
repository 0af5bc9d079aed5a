/**
 * SR-OBS — the part of pdfjs-dist the picker uses (its display layer: `getDocument`, the page's
 * `render`, `TextLayer`; never the PDF.js viewer), in a module of its own so that it loads when a
 * document is opened, not with the element (≈134 kB gz, plus the worker ≈369 kB gz, fetched by
 * PDF.js from `worker-src`).
 */
export { GlobalWorkerOptions, TextLayer, getDocument } from 'pdfjs-dist';

/**
 * X-SEC — the PDF.js worker under Trusted Types. `new Worker(url)` is a script-URL sink: a page that
 * enforces `require-trusted-types-for 'script'` refuses a plain string there. Vigie passes the worker's
 * URL through a policy of its own, `vigie-pdf`, which lets exactly a `pdf.worker(.min).mjs` file
 * through and nothing else; the host lists it (`trusted-types lit-html vigie-pdf`). Without Trusted
 * Types the URL goes as it is. A worker on another origin is left to PDF.js (it wraps it in a `blob:`
 * module: `worker-src blob:`).
 *
 * Returns the worker to hand to PDF.js as `GlobalWorkerOptions.workerPort`, or undefined when PDF.js
 * should load `workerSrc` itself.
 */
type Policy = { createScriptURL(url: string): unknown };
let policy: Policy | null | undefined;
const workers = new Map<string, Promise<Worker>>();

export function pdfWorker(href: string): Promise<Worker> | undefined {
  if (new URL(href).origin !== location.origin) return undefined;
  const known = workers.get(href);
  if (known) return known;
  const tt = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string | null }): Policy } }
  ).trustedTypes;
  if (tt && policy === undefined) {
    try {
      policy = tt.createPolicy('vigie-pdf', {
        createScriptURL: (url) =>
          new URL(url, location.href).origin === location.origin && /\/pdf\.worker(\.min)?\.mjs$/.test(new URL(url, location.href).pathname)
            ? url
            : null,
      });
    } catch {
      // The page's CSP does not list `vigie-pdf`: its `default` policy (if any) decides on the string.
      policy = null;
    }
  }
  const worker = new Worker((policy ? policy.createScriptURL(href) : href) as string, { type: 'module' });
  // The worker says « ready » once it runs; a file that cannot load fires `error` instead (PDF.js,
  // given a port, would wait forever): the document then fails to open, and a retry starts afresh.
  const started = new Promise<Worker>((resolve, reject) => {
    worker.addEventListener('message', () => resolve(worker), { once: true });
    worker.addEventListener(
      'error',
      () => {
        workers.delete(href);
        worker.terminate();
        reject(new Error(`The PDF.js worker could not start from ${href}`));
      },
      { once: true },
    );
  });
  workers.set(href, started);
  return started;
}
