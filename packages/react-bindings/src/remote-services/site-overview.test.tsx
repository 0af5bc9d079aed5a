/** RS-OVERVIEW — `<SiteOverview>` in a React 19 tree: siteId and tab from React, typed onTabChanged / onTestModeChanged. */
import { expect } from '@open-wc/testing';
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { sendKeys } from '@web/test-runner-commands';
import type { SiteOverviewTab, TabChangedEvent } from '@vigie/components';
import { VigieProvider } from '../index.js';
import { SiteOverview } from './site-overview.js';
import { NOW, until, useScenario } from '../../../components/test/helpers.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('@vigie/react <SiteOverview> (RS-OVERVIEW)', () => {
  it('shows the site React names; the tab follows onTabChanged', async () => {
    await useScenario('remote:default');
    const seen: TabChangedEvent[] = [];
    function App() {
      const [tab, setTab] = useState<SiteOverviewTab>('systems');
      return (
        <VigieProvider apiUrl="/api" now={NOW} locale="fr">
          <SiteOverview
            siteId="site-01"
            tab={tab}
            onTabChanged={(e) => {
              seen.push(e);
              setTab(e.tab);
            }}
          />
        </VigieProvider>
      );
    }
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<App />));
    const el = host.querySelector('site-overview')!;
    await until(() => el.shadowRoot?.querySelector('h2')?.textContent === 'Le grand dépôt', 'the site', 8000);
    el.shadowRoot!.querySelector<HTMLElement>('[role=tab][aria-selected=true]')!.focus();
    await act(async () => sendKeys({ press: 'ArrowRight' }));
    await until(() => seen.length === 1, 'onTabChanged');
    expect(seen[0]!.tab).to.equal('events');
    expect(el.getAttribute('tab')).to.equal('events');
    await act(async () => root.unmount());
    host.remove();
  });
});
