import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Invoice } from '@vigie/core';
import type { AccessChangedEvent } from '../../shared/vigie-provider/vigie-provider.events.js';
import type { InvoicesRequestedEvent } from './invoice-banner.events.js';
import type { InvoiceList } from '../invoice-list/invoice-list.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, apiRequests, clickOn, shadowText, until, useScenario } from '../../../test/helpers.js';

async function mount(opts: { locale?: string; invoices?: Invoice[] } = {}) {
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider api-url="/api" now=${NOW} locale=${opts.locale ?? 'fr'}>
      <invoice-banner .invoices=${opts.invoices}></invoice-banner>
    </vigie-provider>
  `);
  const banner = provider.querySelector('invoice-banner')!;
  return { provider, banner };
}

describe('<invoice-banner> (SR-INVOICE)', () => {
  it('SR-INVOICE warning: orange, role=status, the seed text with the due date JJ/MM/AAAA', async () => {
    await useScenario('invoices:warning');
    const { banner } = await mount();
    await until(() => banner.level === 'warning', 'level warning');
    await banner.updateComplete;
    const base = banner.shadowRoot!.querySelector('[part~="base"]')!;
    expect(banner.getAttribute('level')).to.equal('warning');
    expect(base.getAttribute('role')).to.equal('status');
    expect(base.querySelector('svg')).to.exist;
    expect(shadowText(banner)).to.contain('Vous avez une ou plusieurs factures dont l’échéance de règlement est au 20/03/2026.');
    expect(shadowText(banner)).to.contain('Échéance proche');
    expect(banner.shadowRoot!.querySelector('[part~="action"]')!.textContent).to.contain('Régulariser mes factures');
    expect(apiRequests()).to.deep.equal(['GET /api/safety-register/invoices']);
    await expect(banner).to.be.accessible();
  });

  it('SR-INVOICE overdue: red, role=alert, the cut-off date (due date + 30 days)', async () => {
    await useScenario('invoices:overdue');
    const { banner } = await mount();
    await until(() => banner.level === 'overdue', 'level overdue');
    await banner.updateComplete;
    const base = banner.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('role')).to.equal('alert');
    // due 5 days ago = 05/03/2026 → cut-off 04/04/2026
    expect(shadowText(banner)).to.contain('afin d’éviter la coupure de votre accès le 04/04/2026');
    expect(shadowText(banner)).to.contain('Facture en retard');
    await expect(banner).to.be.accessible();
  });

  it('SR-INVOICE suspended: red, role=alert, the suspension text, and the provider restricts access', async () => {
    await useScenario('invoices:suspended');
    const provider = await fixture<VigieProvider>(html`<vigie-provider now=${NOW}></vigie-provider>`);
    const changed = oneEvent<AccessChangedEvent>(provider, 'access-changed');
    provider.append(document.createElement('invoice-banner'));
    const event = await changed;
    expect(event.access.kind).to.equal('restricted');
    expect(event.level).to.equal('suspended');
    expect(provider.access.kind).to.equal('restricted');
    const banner = provider.querySelector('invoice-banner')!;
    await banner.updateComplete;
    expect(banner.getAttribute('level')).to.equal('suspended');
    expect(banner.shadowRoot!.querySelector('[role=alert]')).to.exist;
    expect(shadowText(banner)).to.contain('Votre accès est donc suspendu jusqu’à la régularisation de votre compte');
    await expect(banner).to.be.accessible();
  });

  it('SR-INVOICE none: renders nothing and reflects level="none"', async () => {
    await useScenario('invoices:none');
    const { banner } = await mount();
    const levels: string[] = [];
    banner.addEventListener('invoice-level-changed', (e) => levels.push(e.level));
    await until(
      () => apiRequests().length > 0 && banner.hasAttribute('level') && banner.shadowRoot!.childElementCount === 0,
      'an empty banner',
    );
    expect(banner.getAttribute('level')).to.equal('none');
    expect(shadowText(banner)).to.equal('');
    expect(banner.getBoundingClientRect().height).to.equal(0);
  });

  it('uses the invoices property and fetches nothing', async () => {
    await useScenario('any:error-500');
    const invoices: Invoice[] = [{ id: 'a', number: 'FA-1', dueDate: '2026-03-01', amountCents: 1000, status: 'unpaid' }];
    const { banner } = await mount({ invoices });
    await until(() => banner.level === 'overdue', 'level overdue from the property');
    expect(apiRequests()).to.deep.equal([]);
    banner.invoices = [{ ...invoices[0]!, status: 'paid' }];
    await until(() => banner.level === 'none', 'level none once paid');
  });

  it('English: the same levels with the English texts, switched at run time without refetching', async () => {
    await useScenario('invoices:warning');
    const { provider, banner } = await mount();
    await until(() => banner.level === 'warning', 'level warning');
    const fetched = apiRequests().length;
    provider.locale = 'en';
    await until(() => shadowText(banner).includes('You have one or more invoices due for payment on 20/03/2026'), 'English text');
    expect(shadowText(banner)).to.contain('Settle my invoices');
    expect(apiRequests().length).to.equal(fetched);
  });

  it('the button dispatches a cancelable invoices-requested; cancelled, no dialog opens', async () => {
    await useScenario('invoices:overdue');
    const { provider, banner } = await mount();
    await until(() => banner.level === 'overdue', 'level overdue');
    provider.addEventListener('invoices-requested', (e) => e.preventDefault(), { once: true });
    const button = banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action"]')!;
    const requested = oneEvent<InvoicesRequestedEvent>(provider, 'invoices-requested');
    await clickOn(button);
    const event = await requested;
    expect(event.level).to.equal('overdue');
    expect(event.cancelable).to.be.true;
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('dialog')).to.be.null;
  });

  it('keyboard: Enter on the button opens the invoice list in a modal dialog; Escape closes it and focus returns', async () => {
    await useScenario('invoices:overdue');
    const { banner } = await mount();
    await until(() => banner.level === 'overdue', 'level overdue');
    const button = banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => banner.shadowRoot!.querySelector('dialog[open]'), 'the dialog');
    expect(dialog.matches(':modal')).to.be.true;
    expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
    const list = dialog.querySelector<InvoiceList>('invoice-list')!;
    await until(() => list.shadowRoot!.querySelector('table'), 'the invoice table');
    expect(shadowText(list)).to.contain('En retard');
    expect(shadowText(list)).to.contain('Payées');
    // The list reuses the banner's invoices: still a single request.
    expect(apiRequests().filter((r) => r.endsWith('/invoices'))).to.have.length(1);
    await expect(banner).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !banner.shadowRoot!.querySelector('dialog'), 'the dialog to close');
    expect(banner.shadowRoot!.activeElement).to.equal(button);
  });

  it('SR-INVOICE paying the late invoice inside its dialog, keyboard only: the dialog stays, then the red banner is gone', async () => {
    await useScenario('register:default');
    const { provider, banner } = await mount();
    await until(() => banner.level === 'overdue', 'level overdue');
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const list = await until(() => banner.shadowRoot!.querySelector<InvoiceList>('dialog[open] invoice-list'), 'the list in the dialog');
    const pay = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('.group.late [part~=pay]'), 'the pay button');
    pay.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => list.shadowRoot!.activeElement?.textContent?.includes('Confirmer le règlement'), 'the confirmation');
    await sendKeys({ press: 'Enter' });
    await until(() => list.shadowRoot!.querySelector('dialog.pay .outcome.ok'), 'paid');
    // The banner re-read the invoices (invoice-paid on the document): nothing late any more.
    await until(() => banner.level === 'none', 'the banner level none');
    expect(banner.shadowRoot!.querySelector('[part~="base"]')).to.be.null;
    // …while its dialog, and the payment's outcome in it, stayed.
    expect(banner.shadowRoot!.querySelector('dialog[open] invoice-list')).to.equal(list);
    await until(() => list.shadowRoot!.querySelectorAll('.group.late [part~=pay]').length === 0, 'the list up to date');
    await sendKeys({ press: 'Enter' }); // « Fermer » of the payment dialog
    await until(() => !list.shadowRoot!.querySelector('dialog.pay'), 'the payment dialog closed');
    await sendKeys({ press: 'Escape' });
    await until(() => !banner.shadowRoot!.querySelector('dialog'), 'the list dialog closed');
    expect(provider.access.kind).to.equal('full');
  });

  it('error: a 500 shows a neutral notice with a retry that recovers', async () => {
    const mock = await useScenario('any:error-500');
    const { banner } = await mount();
    const retry = await until(() => banner.shadowRoot!.querySelector<HTMLButtonElement>('.error button'), 'the error state', 8000);
    expect(shadowText(banner)).to.contain('Impossible de vérifier l’état de vos factures.');
    await expect(banner).to.be.accessible();
    mock.setScenario('invoices:warning');
    await clickOn(retry);
    await until(() => banner.level === 'warning', 'level warning after retry');
  });

  it('error: a body that breaks the contract is an error, never rendered', async () => {
    await useScenario('any:malformed');
    const { banner } = await mount();
    await until(() => banner.shadowRoot!.querySelector('.error'), 'the error state');
    expect(shadowText(banner)).to.contain('réponse inattendue');
  });
});
