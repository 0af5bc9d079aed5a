import { expect } from '@open-wc/testing';
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { InvoicesRequestedEvent, AccessChangedEvent } from '@vigie/components';
import { InvoiceBanner, InvoiceList, VigieProvider } from './index.js';
import { NOW, until, useScenario } from '../../components/test/helpers.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('@vigie/react (React 19)', () => {
  it('renders the provider and both elements in a React tree, with typed onXxx event props', async () => {
    await useScenario('invoices:suspended');
    const requested: InvoicesRequestedEvent[] = [];
    const access: AccessChangedEvent[] = [];
    function App() {
      const [filter, setFilter] = useState<'all' | 'late'>('all');
      return (
        <VigieProvider apiUrl="/api" now={NOW} locale="fr" onAccessChanged={(e) => access.push(e)}>
          <InvoiceBanner
            onInvoicesRequested={(e) => {
              e.preventDefault(); // the host shows its own page
              requested.push(e);
              setFilter('late');
            }}
          />
          <InvoiceList filter={filter} />
        </VigieProvider>
      );
    }
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<App />));

    const banner = host.querySelector('invoice-banner')!;
    await until(() => banner.level === 'suspended', 'the banner in the React tree');
    await until(() => access.length > 0, 'onAccessChanged');
    expect(access[0]!.access.kind).to.equal('restricted');

    await act(async () => banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action"]')!.click());
    expect(requested).to.have.length(1);
    expect(requested[0]!.level).to.equal('suspended');
    // The host cancelled: no dialog; React state flowed back into the list as a property.
    expect(banner.shadowRoot!.querySelector('dialog')).to.be.null;
    const list = host.querySelector('invoice-list')!;
    await until(() => list.filter === 'late', 'the filter set by React');
    await act(async () => root.unmount());
    host.remove();
  });
});
