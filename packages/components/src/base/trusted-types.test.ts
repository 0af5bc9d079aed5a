/**
 * X-SEC (issue 8, point 9) — Vigie under Trusted Types. A page that embeds every widget as the demo
 * does (`test/trusted-types/page.html`: the mock, then `define/all`, every tag of it in one
 * provider, both sessions) is served with the demo's own Content-Security-Policy as a header:
 * `require-trusted-types-for 'script'; trusted-types lit-html default`. Every widget must render,
 * in French and in English, with zero violation and no console report of one.
 */
import { expect } from '@open-wc/testing';
import { quiet, until } from '../../test/helpers.js';

interface Report {
  violations: string[];
  errors: string[];
  tags: string[];
  ready: boolean;
  failed?: string;
}

const PAGE = '/packages/components/test/trusted-types/page.html';
const CSP_REPORT = /trusted|content security policy|policy|csp/i;

async function open(): Promise<{ win: Window & { vigieTrustedTypes?: Report }; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  document.body.append(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = PAGE;
  await loaded;
  return { win: frame.contentWindow as Window & { vigieTrustedTypes?: Report }, frame };
}

/** What a widget shows: its shadow root's text, or its own (light-DOM widgets). */
const shown = (el: Element) => ((el.shadowRoot ?? el).textContent ?? '').replace(/\s+/g, ' ').trim();

describe('X-SEC Trusted Types: the CSP a host gets from the README', () => {
  it('the README gives the exact directives, and the demo page enforces them', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme.includes("require-trusted-types-for 'script'; trusted-types lit-html"), 'the README’s directive').to.equal(true);
    const demo = await (await fetch('/demo/index.html')).text();
    expect(/require-trusted-types-for 'script'; trusted-types lit-html vigie-pdf default"/.test(demo), 'the demo’s CSP').to.equal(true);
  });

  it('every widget renders under require-trusted-types-for, in French then in English: zero violation, no report', async function () {
    this.timeout(90_000);
    const { win, frame } = await open();
    const report = await until(
      () => (win.vigieTrustedTypes?.ready || win.vigieTrustedTypes?.failed ? win.vigieTrustedTypes : undefined),
      'the page',
      30_000,
    );
    expect(report.failed, report.failed).to.equal(undefined);
    expect(report.tags).to.include.members([
      'invoice-banner',
      'vault-login',
      'vault-documents',
      'passport-roster',
      'company-profile',
      'employee-enrollment',
    ]);

    const doc = win.document;
    // Each widget shows something of its own: not empty, not the missing-provider error.
    for (const tag of report.tags) {
      // The register's access notice renders nothing while access is full (its own tests cover it).
      if (tag === 'register-access-notice') continue;
      const el = doc.querySelector(tag)!;
      await until(() => shown(el).length > 20, `<${tag}> rendered`, 20_000);
      expect(el.querySelector('.vigie-missing') ?? el.shadowRoot?.querySelector('.missing') ?? null, tag).to.equal(null);
    }
    await until(
      () =>
        /40\s*salariés/.test(shown(doc.querySelector('passport-roster')!)) &&
        doc.querySelector('passport-roster')!.shadowRoot!.querySelector('tbody tr td'),
      'the roster’s rows',
      20_000,
    );
    await until(() => shown(doc.querySelector('vault-documents')!).includes('Bulletins de paie'), 'the documents', 20_000);

    const provider = doc.getElementById('vigie') as HTMLElement & { locale: string };
    provider.locale = 'en';
    await until(() => shown(doc.querySelector('passport-roster')!).includes('employees'), 'the roster in English', 20_000);
    await until(
      () => shown(doc.querySelector('vault-documents')!).includes('My documents'),
      `the documents in English (${shown(doc.querySelector('vault-documents')!).slice(0, 300)})`,
      20_000,
    );
    await quiet('the widgets done rendering');

    expect(report.violations, report.violations.join('\n')).to.deep.equal([]);
    expect(report.errors.filter((e) => CSP_REPORT.test(e))).to.deep.equal([]);

    // The policy is really enforced: a raw string into a sink is refused and reported.
    expect(() => {
      doc.createElement('div').innerHTML = '<b>not trusted</b>';
    }).to.throw(/TrustedHTML|Sink type mismatch/); // Chromium names the type, Firefox says « Sink type mismatch »
    await until(() => report.violations.length === 1, 'the control violation');
    expect(report.violations[0]).to.match(/^require-trusted-types-for/);
    frame.remove();
  });
});
