/**
 * SR-INVOICE — settling invoices in `<invoice-list>` against the mock API (msw), in Chromium, with
 * real clicks and keys: the PDF (viewer and download from `blob:` URLs), the payment (host event,
 * confirmation, Idempotency-Key reused on retry, errors by problem type) and, with
 * `register:restricted`, paying the late invoices until the banner and the access state change.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createClient } from '@vigie/core';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import type { InvoiceBanner } from '../invoice-banner/invoice-banner.js';
import type { RegisterAccessNotice } from '../register-access-notice/register-access-notice.js';
import { NOW, apiRequests, clickOn, shadowText, until, useScenario } from '../../../test/helpers.js';
import { overflowReport } from '../../../test/layout.js';
import type { InvoiceList } from './invoice-list.js';

const PAY = '/api/safety-register/invoices/:id/payment';
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
const head = async (url: string) => new TextDecoder().decode((await (await fetch(url)).arrayBuffer()).slice(0, 5));
const revoked = async (url: string) => {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
};
async function untilRevoked(url: string, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await revoked(url))) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${url} to be revoked`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The Idempotency-Key of every payment request the mock received. */
function paymentKeys(mock: MockWorker): string[] {
  const keys: string[] = [];
  mock.worker.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/payment')) keys.push(request.headers.get('Idempotency-Key') ?? '');
  });
  return keys;
}

async function mount(opts: { locale?: string; banner?: boolean } = {}) {
  // No retries: a failure shows at once (the client's retry policy is tested in core).
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} .client=${client}>
      ${opts.banner ? html`<invoice-banner></invoice-banner>` : ''}
      <invoice-list></invoice-list>
      <register-access-notice feature="interventions"></register-access-notice>
    </vigie-provider>
  `);
  const list = provider.querySelector('invoice-list')!;
  await until(() => $(list, 'table'), 'the invoices');
  return {
    provider,
    list,
    banner: provider.querySelector<InvoiceBanner>('invoice-banner'),
    notice: provider.querySelector<RegisterAccessNotice>('register-access-notice')!,
  };
}

const payButtons = (list: InvoiceList, group = 'late') => $$<HTMLButtonElement>(list, `.group.${group} [part~=pay]`);
const dialog = (list: InvoiceList) => $<HTMLDialogElement>(list, 'dialog.pay');
const button = (root: Element | null, label: RegExp) =>
  [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => label.test(text(b)))!;

/** « Régler » on the first late invoice, by click; resolves with the open confirmation dialog. */
async function requestFirst(list: InvoiceList): Promise<HTMLDialogElement> {
  await clickOn(payButtons(list)[0]!);
  return until(() => (dialog(list)?.open ? dialog(list) : undefined), 'the payment dialog');
}

let mock: MockWorker;

describe('<invoice-list> settling invoices (SR-INVOICE)', () => {
  it('SR-INVOICE register:restricted: paying the late invoices with real clicks and keys lifts the banner and the access state; another widget’s notice disappears', async () => {
    mock = await useScenario('register:restricted');
    const keys = paymentKeys(mock);
    const { provider, list, banner, notice } = await mount({ banner: true });
    const changes: string[] = [];
    provider.addEventListener('access-changed', (e) => changes.push(e.access.kind));
    await until(() => banner!.level === 'suspended' && provider.access.kind === 'restricted', 'the suspended account');
    await until(() => shadowText(notice).includes('Interventions'), 'the notice of another widget');
    // The invoices stay usable while access is restricted: paying is how one gets out.
    expect(payButtons(list)).to.have.length(2);

    // The first late invoice, by click: the confirmation says the amount (French formatting), number and due date.
    const first = await requestFirst(list);
    const facts = text(first.querySelector('.facts'));
    expect(facts).to.match(/N° de facture ?FA-\d{4}-\d{4}/);
    expect(facts).to.contain('3 120,00 €');
    expect(facts).to.match(/Échéance ?\d{2}\/\d{2}\/\d{4}/);
    expect(list.shadowRoot!.activeElement?.textContent).to.contain('Confirmer le règlement');
    await expect(list).to.be.accessible();
    await clickOn(button(first, /Confirmer le règlement/));
    await until(() => /est enregistré/.test(text(dialog(list))), 'the payment done');
    await until(() => shadowText(list).includes('est réglée'), 'the success toast');
    await clickOn(button(dialog(list), /^Fermer$/));
    await until(() => !dialog(list), 'the dialog closed');
    // One invoice still late (12 days): the banner turns to « overdue », access comes back.
    await until(() => banner!.level === 'overdue', 'the banner re-read the invoices');
    await until(() => provider.access.kind === 'full', 'the access state');
    await until(() => !notice.shadowRoot!.querySelector('[part=notice]'), 'the other widget’s notice gone');
    await until(() => payButtons(list).length === 1, 'the list reloaded');

    // The second one with the keyboard only: Enter on « Régler », Enter on « Confirmer », Enter on « Fermer ».
    payButtons(list)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(list)?.open && list.shadowRoot!.activeElement?.textContent?.includes('Confirmer'), 'the focused confirmation');
    await sendKeys({ press: 'Enter' });
    await until(() => list.shadowRoot!.activeElement?.textContent?.trim() === 'Fermer', 'the focus on « Fermer »');
    await sendKeys({ press: 'Enter' });
    await until(() => !dialog(list), 'the dialog closed');
    await until(() => banner!.level === 'none' && !$(banner!, '[part=base]'), 'the red banner gone');
    expect(payButtons(list)).to.have.length(0);
    expect(changes).to.deep.equal(['full']);
    expect(keys).to.have.length(2);
    expect(new Set(keys).size).to.equal(2);
  });

  it('SR-INVOICE a retry after a network failure reuses the same Idempotency-Key and pays once', async () => {
    mock = await useScenario('register:default');
    const keys = paymentKeys(mock);
    mock.worker.use(http.post(PAY, () => HttpResponse.error(), { once: true }));
    const { list } = await mount();
    const d = await requestFirst(list);
    await clickOn(button(d, /Confirmer le règlement/));
    const retry = await until(() => button(dialog(list), /Réessayer/), 'the retry');
    expect(text(dialog(list)!.querySelector('[role=alert]'))).to.contain('ne sera jamais réglée deux fois');
    expect(list.shadowRoot!.activeElement).to.equal(retry);
    await clickOn(retry);
    await until(() => /est enregistré/.test(text(dialog(list))), 'the payment done');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.not.equal('');
    expect(keys[1]).to.equal(keys[0]);
    expect(apiRequests().filter((r) => r.startsWith('POST'))).to.have.length(2);
  });

  it('SR-INVOICE already paid (409 invoice-already-paid): says so and refreshes the list', async () => {
    mock = await useScenario('register:default');
    mock.worker.use(
      http.post(
        PAY,
        () =>
          HttpResponse.json(
            { type: '/problems/invoice-already-paid', title: 'Invoice already paid', status: 409 },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const { list } = await mount();
    const paid = new Promise<boolean>((resolve) => list.addEventListener('invoice-paid', (e) => resolve(e.alreadyPaid), { once: true }));
    const d = await requestFirst(list);
    const before = apiRequests().filter((r) => r === 'GET /api/safety-register/invoices').length;
    await clickOn(button(d, /Confirmer le règlement/));
    await until(() => /déjà réglée/.test(text(dialog(list))), 'the already-paid message');
    expect(await paid).to.be.true;
    expect(button(dialog(list), /Réessayer/)).to.be.undefined;
    await until(() => apiRequests().filter((r) => r === 'GET /api/safety-register/invoices').length > before, 'the list refreshed');
  });

  it('SR-INVOICE a host that cancels invoice-payment-requested opens its own page: no dialog, nothing paid', async () => {
    mock = await useScenario('register:default');
    const { list } = await mount();
    const seen: { invoiceId: string; number: string; amountCents: number }[] = [];
    list.addEventListener('invoice-payment-requested', (e) => {
      seen.push({ invoiceId: e.invoiceId, number: e.number, amountCents: e.amountCents });
      e.preventDefault();
    });
    await clickOn(payButtons(list)[0]!);
    await until(() => seen.length === 1, 'the host event');
    await list.updateComplete;
    expect(seen[0]!.amountCents).to.be.a('number');
    expect(seen[0]!.number).to.match(/^FA-/);
    expect(dialog(list)).to.be.null;
    expect(apiRequests().some((r) => r.startsWith('POST'))).to.be.false;
  });

  it('SR-INVOICE « Annuler » and Escape close the confirmation without paying; the focus goes back to « Régler »', async () => {
    mock = await useScenario('register:default');
    const { list } = await mount();
    const trigger = payButtons(list)[0]!;
    const d = await requestFirst(list);
    await clickOn(button(d, /Annuler/));
    await until(() => !dialog(list), 'closed');
    expect(list.shadowRoot!.activeElement).to.equal(trigger);
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(list)?.open, 'open again');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(list), 'closed by Escape');
    expect(list.shadowRoot!.activeElement).to.equal(trigger);
    expect(apiRequests().some((r) => r.startsWith('POST'))).to.be.false;
  });

  it('SR-INVOICE « Voir »: the PDF in a viewer on a blob: URL, a French file name, revoked on close, focus back', async () => {
    mock = await useScenario('register:restricted');
    const { list } = await mount();
    const view = $$<HTMLButtonElement>(list, '.actions button').find((b) => text(b) === 'Voir')!;
    expect(view.getAttribute('aria-label')).to.match(/^Voir la facture FA-/);
    view.focus();
    await sendKeys({ press: 'Enter' });
    const viewer = await until(() => $<HTMLDialogElement>(list, 'dialog.viewer'), 'the viewer');
    await until(() => viewer.open, 'open');
    const url = viewer.querySelector('iframe')!.src;
    expect(url).to.match(/^blob:/);
    expect(await head(url)).to.equal('%PDF-');
    expect(viewer.querySelector<HTMLAnchorElement>('a[download]')!.download).to.match(/^facture-FA-\d{4}-\d{4}\.pdf$/);
    await expect(list).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(list, 'dialog.viewer'), 'closed');
    expect(await revoked(url)).to.be.true;
    expect(list.shadowRoot!.activeElement).to.equal(view);
  });

  it('SR-INVOICE « Télécharger »: an <a download> on a blob: URL of the real PDF, French file name, revoked afterwards', async () => {
    mock = await useScenario('register:default');
    const { list } = await mount();
    const clicked: { href: string; download: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      await clickOn($$<HTMLButtonElement>(list, '.actions button').find((b) => text(b) === 'Télécharger')!);
      await until(() => clicked.length === 1, 'the download');
      expect(clicked[0]!.download).to.match(/^facture-FA-\d{4}-\d{4}\.pdf$/);
      expect(clicked[0]!.href).to.match(/^blob:/);
      expect(await head(clicked[0]!.href)).to.equal('%PDF-');
      await untilRevoked(clicked[0]!.href);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('SR-INVOICE 360 px: the rows’ actions and the confirmation fit, nothing runs out', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      mock = await useScenario('register:default');
      const { list } = await mount();
      expect(overflowReport(list)).to.deep.equal([]);
      const d = await requestFirst(list);
      expect(d.getBoundingClientRect().right).to.be.at.most(360);
      expect(d.scrollWidth).to.be.at.most(d.clientWidth);
      await sendKeys({ press: 'Escape' });
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('SR-INVOICE en: the confirmation in English', async () => {
    mock = await useScenario('register:default');
    const { list } = await mount({ locale: 'en' });
    const d = await requestFirst(list);
    expect(text(d)).to.contain('Confirm payment');
    expect(text(d.querySelector('h2'))).to.match(/^Pay invoice FA-/);
    expect(text(d.querySelector('.facts'))).to.match(/€/);
    await sendKeys({ press: 'Escape' });
  });
});
