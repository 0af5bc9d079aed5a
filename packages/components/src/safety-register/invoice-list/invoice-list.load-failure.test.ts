/**
 * SR-INVOICE — the payment's and the PDF's code of `<invoice-list>` (`invoice-list-actions.on-demand.ts`)
 * cannot load (offline, a new deploy): on a cold page, a real click on « Régler » says so with a
 * retry, the focus stays on the button, the list is untouched and nothing is paid; once the network
 * is back, the retry (busy while it loads) opens the confirmation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, passthrough, HttpResponse } from 'msw';
import type { MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, clickOn, until, useScenario } from '../../../test/helpers.js';
import type { InvoiceList } from './invoice-list.js';

const ON_DEMAND = /invoice-list-actions\.on-demand/;

let mock: MockWorker;

describe('<invoice-list>: the payment’s code fails to load (SR-INVOICE)', () => {
  it('SR-INVOICE a failed load is said with a retry, nothing is paid; the retry then opens the confirmation', async function () {
    this.timeout(30_000);
    mock = await useScenario('register:default');
    let offline = true;
    let release!: () => void;
    const back = new Promise<void>((r) => (release = r));
    mock.worker.use(
      http.get(ON_DEMAND, async () => {
        if (offline) return HttpResponse.error();
        await back;
        return passthrough();
      }),
    );
    const provider = await fixture(html`<vigie-provider now=${NOW} locale="fr"><invoice-list></invoice-list></vigie-provider>`);
    const list = provider.querySelector<InvoiceList>('invoice-list')!;
    const pay = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('.group.late [part~=pay]'), 'the pay button');
    await clickOn(pay);
    const alert = await until(() => list.shadowRoot!.querySelector('[role=alert]'), 'the failure');
    expect(alert.textContent).to.contain('Impossible de charger cette action.');
    expect(list.shadowRoot!.activeElement).to.equal(pay);
    expect(list.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(apiRequests().some((r) => r.startsWith('POST'))).to.be.false;
    await expect(list).to.be.accessible();

    offline = false;
    const retry = [...alert.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Réessayer')!;
    await clickOn(retry);
    await until(() => retry.getAttribute('aria-busy') === 'true', 'the retry busy');
    release();
    await until(() => list.shadowRoot!.querySelector<HTMLDialogElement>('dialog.pay')?.open, 'the confirmation');
    expect(list.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(apiRequests().some((r) => r.startsWith('POST'))).to.be.false;
  });
});
