/** SR-INVOICE — the register's React wrappers: `<InvoiceList onInvoicePaymentRequested>` and `<RegisterAccessNotice>`. */
import { expect } from '@open-wc/testing';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { InvoicePaymentRequestedEvent } from '@vigie/components';
import { VigieProvider } from '../shared/vigie-provider.js';
import { InvoiceList } from './invoice-list.js';
import { RegisterAccessNotice } from './register-access-notice.js';
import { NOW, clickOn, until, useScenario } from '../../../components/test/helpers.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('@vigie/react safety register (SR-INVOICE)', () => {
  it('SR-INVOICE onInvoicePaymentRequested: a host that cancels opens its own page; the notice shows while restricted', async () => {
    await useScenario('register:restricted');
    const requested: InvoicePaymentRequestedEvent[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <VigieProvider apiUrl="/api" now={NOW} locale="fr">
          <InvoiceList
            onInvoicePaymentRequested={(e) => {
              e.preventDefault();
              requested.push(e);
            }}
          />
          <RegisterAccessNotice feature="interventions" headingLevel={3} />
        </VigieProvider>,
      ),
    );
    const list = host.querySelector('invoice-list')!;
    const notice = host.querySelector('register-access-notice')!;
    await until(() => notice.shadowRoot!.querySelector('[part=notice]'), 'the notice in the React tree');
    expect(notice.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    const pay = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('.group.late [part~=pay]'), 'the pay button');
    await clickOn(pay);
    await until(() => requested.length === 1, 'onInvoicePaymentRequested');
    expect(requested[0]!.number).to.match(/^FA-/);
    expect(requested[0]!.amountCents).to.be.greaterThan(0);
    expect(list.shadowRoot!.querySelector('dialog.pay')).to.be.null;
    await act(async () => root.unmount());
    host.remove();
  });
});
