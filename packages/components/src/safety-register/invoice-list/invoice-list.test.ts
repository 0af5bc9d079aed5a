import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { InvoiceList } from './invoice-list.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, shadowText, until, useScenario } from '../../../test/helpers.js';
import { overflowReport } from '../../../test/layout.js';

async function mount(locale = 'fr') {
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${locale}><invoice-list></invoice-list></vigie-provider>
  `);
  return { provider, list: provider.querySelector('invoice-list')! };
}

const rows = (list: InvoiceList, group: string) =>
  [...list.shadowRoot!.querySelectorAll(`.group.${group} tbody tr`)].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );

describe('<invoice-list> (SR-INVOICE)', () => {
  it('groups every invoice as late / to pay / paid, sorted by due date, amounts in euros', async () => {
    await useScenario('invoices:suspended');
    const { list } = await mount();
    await until(() => list.shadowRoot!.querySelector('table'), 'the table');
    const late = rows(list, 'late');
    expect(late.length).to.be.greaterThan(1);
    const dueDates = late.map((r) => r[1]!.split('/').reverse().join('-'));
    expect(dueDates).to.deep.equal([...dueDates].sort());
    expect(late[0]![2]).to.match(/^\d[\d\s\u202f\u00a0]*,\d{2}\s?€$/);
    expect(late[0]![3]).to.match(/En retard de \d+ j/);
    expect(rows(list, 'paid').every((r) => r[3] === 'Payée')).to.be.true;
    expect(list.shadowRoot!.querySelectorAll('.status svg').length).to.be.greaterThan(0);
    await expect(list).to.be.accessible();
  });

  it('filters with the keyboard (arrow keys on the radio group) and fires change', async () => {
    await useScenario('invoices:overdue');
    const { list } = await mount();
    const first = await until(() => list.shadowRoot!.querySelector<HTMLInputElement>('input[value=all]'), 'the filters');
    first.focus();
    const changed = oneEvent(list, 'change');
    await sendKeys({ press: 'ArrowRight' });
    await changed;
    expect(list.filter).to.equal('late');
    await list.updateComplete;
    expect(list.shadowRoot!.querySelectorAll('section.group')).to.have.length(1);
    expect(list.getAttribute('filter')).to.equal('late');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => list.filter === 'to-pay', 'to-pay filter');
    expect(shadowText(list)).to.contain('À régler');
  });

  it('loading: says so and is busy until the answer comes', async () => {
    await useScenario('any:slow');
    const { list } = await mount();
    await list.updateComplete;
    expect(shadowText(list)).to.contain('Chargement…');
    expect(list.shadowRoot!.querySelector('[aria-busy=true]')).to.exist;
    await expect(list).to.be.accessible();
    await until(() => list.shadowRoot!.querySelector('table'), 'the table after the delay', 8000);
  });

  it('empty: a clear message', async () => {
    await useScenario('invoices:empty');
    const { list } = await mount();
    await until(() => list.shadowRoot!.querySelector('[part~=empty]'), 'the empty state');
    expect(shadowText(list)).to.contain('Vous n’avez aucune facture pour le moment.');
    await expect(list).to.be.accessible();
  });

  it('error: a message and a retry button that recovers', async () => {
    const mock = await useScenario('any:error-500');
    const { list } = await mount();
    const retry = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('[part~=error] button'), 'the error state', 8000);
    expect(shadowText(list)).to.contain('Impossible de charger vos factures.');
    await expect(list).to.be.accessible();
    mock.setScenario('invoices:warning');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => list.shadowRoot!.querySelector('table'), 'the table after retry');
  });

  it('English: labels and amounts for the locale', async () => {
    await useScenario('invoices:warning');
    const { list } = await mount('en');
    await until(() => list.shadowRoot!.querySelector('table'), 'the table');
    expect(shadowText(list)).to.contain('To pay');
    expect(rows(list, 'to-pay')[0]![2]).to.match(/^€[\d,]+\.\d{2}$/);
  });

  it('X-API a 4xx problem shows a catalog message, never the server’s own detail text', async () => {
    const mock = await useScenario('invoices:overdue');
    mock.worker.use(
      http.get('*/api/safety-register/invoices', () =>
        HttpResponse.json(
          { type: '/problems/forbidden', title: 'Forbidden', status: 403, detail: 'User paul.dupont@example.fr has no access' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { list } = await mount();
    await until(() => list.shadowRoot!.querySelector('[part~=error]'), 'the error state');
    expect(shadowText(list)).to.contain('La demande n’a pas pu aboutir (403).');
    expect(shadowText(list)).not.to.contain('paul.dupont');
  });

  it('never renders server text as HTML', async () => {
    await useScenario('invoices:none');
    const provider = await fixture<VigieProvider>(html`<vigie-provider now=${NOW}><invoice-list></invoice-list></vigie-provider>`);
    const list = provider.querySelector('invoice-list')!;
    list.invoices = [
      { id: 'x', number: '<img src=x onerror="window.__pwned=1">', dueDate: '2026-03-01', amountCents: 100, status: 'unpaid' },
    ];
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('img')).to.be.null;
    expect(shadowText(list)).to.contain('<img src=x');
  });

  describe('long strings at every width', () => {
    /** A 100-character invoice number without a break (a partner's own numbering). */
    const LONG = `FA-${'0123456789'.repeat(10)}`.slice(0, 100);
    const INVOICES = [
      { id: 'a', number: LONG, dueDate: '2026-02-01', amountCents: 123_456_78, status: 'unpaid', pdfUrl: '/factures/a.pdf' },
      { id: 'b', number: `${LONG}-BIS`, dueDate: '2026-04-01', amountCents: 99_00, status: 'unpaid' },
      { id: 'c', number: 'FA-2025-0001', dueDate: '2025-12-01', amountCents: 10_00, status: 'paid', pdfUrl: '/factures/c.pdf' },
    ] as const;
    after(() => setViewport({ width: 800, height: 600 }));

    // The box (1,264 px: the table), the page at 360 px (stacked rows), and a card in it.
    for (const [viewport, width] of [
      [1280, 1264],
      [360, 344],
      [360, 264],
    ] as const) {
      it(`${width} px in a ${viewport} px page: a 100-character number wraps inside its cell, nothing runs out of the widget`, async () => {
        await setViewport({ width: viewport, height: 800 });
        await useScenario('invoices:none');
        const { list } = await mount();
        list.style.width = `${width}px`;
        list.invoices = INVOICES;
        await list.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        expect(list.getBoundingClientRect().width).to.equal(width);
        expect(list.scrollWidth, 'the widget').to.be.at.most(width);
        expect(overflowReport(list)).to.deep.equal([]);
        // The whole number is there to read (wrapped, not cut).
        expect(shadowText(list)).to.contain(LONG);
      });
    }
  });
});
