/**
 * X-SEC (issue 8, point 9) — a page that embeds every Vigie widget the way the demo does, served
 * under the demo's Content-Security-Policy with `require-trusted-types-for 'script'`. It records
 * every Content-Security-Policy violation, every console error and every uncaught error, for
 * `trusted-types.test.ts` to read from `window.vigieTrustedTypes`.
 */
import { PASSPORT_DEMO_SESSION } from '@vigie/mock-api';
import { startMockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../src/shared/vigie-provider/vigie-provider.js';

interface Report {
  violations: string[];
  errors: string[];
  tags: string[];
  ready: boolean;
  failed?: string;
}
const report: Report = { violations: [], errors: [], tags: [], ready: false };
(window as unknown as { vigieTrustedTypes: Report }).vigieTrustedTypes = report;

document.addEventListener('securitypolicyviolation', (e) => report.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
addEventListener('error', (e) => report.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => report.errors.push(String(e.reason)));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  report.errors.push(args.map(String).join(' '));
  consoleError(...args);
};

try {
  // The demo's own policy for its mock worker (demo/trusted-types.js), then the mock, then Vigie.
  const demoPolicy = '/demo/trusted-types.js';
  const { allowMockWorker } = (await import(demoPolicy)) as { allowMockWorker: () => void };
  allowMockWorker();
  await startMockWorker({ scenario: 'passport:default', now: () => Date.parse('2026-03-10T12:00:00+01:00') });
  await import('../../src/define/all.js');

  // Every tag that `define/all.ts` registers through its services' entries (`define/<service>.ts`): a
  // new widget joins this page by being defined there.
  const importsOf = async (entry: string) =>
    [...(await (await fetch(`/packages/components/src/define/${entry}.ts`)).text()).matchAll(/import\s+['"]\.\/([a-z-]+)\.(?:js|ts)['"]/g)]
      .map((m) => m[1]!)
      .filter((name) => name !== 'vigie-provider');
  const services = await importsOf('all');
  report.tags = (await Promise.all(services.map(importsOf))).flat();

  const provider = document.getElementById('vigie') as VigieProvider;
  // The portal's bearer token, as the demo gives it: the invoices and Remote Services (its live
  // alarm stream included) answer with data, so their widgets render it under the policy too.
  provider.getToken = async () => 'demo-portail-trusted-types';
  provider.passportSession = PASSPORT_DEMO_SESSION;
  const { createClient } = await import('@vigie/core');
  const { vaultLogin } = await import('@vigie/core/vault/api');
  const answer = await vaultLogin(createClient({ baseUrl: '/api' }), '123456789012', 'Bulletin-2026!');
  if (answer.kind === 'signed-in') provider.vaultSession = answer.session;
  for (const tag of report.tags) {
    const el = document.createElement(tag);
    // The Remote Services widgets of one site show it (site-01 of `remote:default`), as a host would.
    if (['site-overview', 'call-list-editor', 'site-contacts'].includes(tag)) el.setAttribute('site-id', 'site-01');
    // The register's widgets of one intervention show it (a closed one with a PDF report, one to sign).
    if (tag === 'report-observations') el.setAttribute('intervention-id', 'int-201');
    if (tag === 'intervention-signature') el.setAttribute('intervention-id', 'int-101');
    provider.append(el);
  }
  report.ready = true;
} catch (e) {
  report.failed = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
