// Trusted Types for the demo page (README › Content-Security-Policy).
// Vigie's widgets need one policy, `lit-html`, which Lit creates itself. The in-browser mock API is
// not Trusted-Types aware: msw registers its service worker with a plain URL string, which
// `require-trusted-types-for 'script'` refuses. This `default` policy lets exactly that URL through
// and refuses everything else, so the page's directive is `trusted-types lit-html default`.
// A partner page without the mock needs neither this file nor `default`.
export function allowMockWorker(workerUrl = '/mockServiceWorker.js') {
  if (!globalThis.trustedTypes || trustedTypes.defaultPolicy) return;
  const allowed = new URL(workerUrl, location.href).href;
  trustedTypes.createPolicy('default', {
    createScriptURL: (url) => (new URL(url, location.href).href === allowed ? url : null),
  });
}
