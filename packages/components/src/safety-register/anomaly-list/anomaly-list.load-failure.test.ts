/**
 * SR-ANOMALY — the dialog's code of `<anomaly-list>` (`anomaly-details.on-demand.ts`) cannot load
 * (offline, a new deploy): on a cold page, a real click on an eye says so above the table, with a
 * retry; once the network is back, the retry (busy while it loads, focus kept) opens the anomaly,
 * its heading focused. The first screen never loaded that code before the click or intent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, passthrough, HttpResponse } from 'msw';
import { NOW, apiRequests, clickOn, until, useScenario } from '../../../test/helpers.js';
import type { AnomalyList } from './anomaly-list.js';

const ON_DEMAND = /anomaly-details\.on-demand/;
const focused = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('<anomaly-list>: the dialog’s code fails to load (SR-ANOMALY)', () => {
  it('a failed load is said with a retry that then opens the anomaly', async function () {
    this.timeout(30_000);
    const mock = await useScenario('register:default');
    let offline = true;
    let release!: () => void;
    const back = new Promise<void>((r) => (release = r));
    let asked = 0;
    mock.worker.use(
      http.get(ON_DEMAND, async () => {
        asked++;
        if (offline) return HttpResponse.error();
        await back;
        return passthrough();
      }),
    );
    const provider = await fixture(html`<vigie-provider now=${NOW} locale="fr"><anomaly-list></anomaly-list></vigie-provider>`);
    const list = provider.querySelector<AnomalyList>('anomaly-list')!;
    const eye = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('tbody button.eye'), 'the rows');
    expect(asked, 'nothing loaded before the user acts').to.equal(0);
    await clickOn(eye);
    const alert = await until(() => list.shadowRoot!.querySelector('.state.error[role=alert]'), 'the failure');
    expect(alert.textContent).to.contain('Vérifiez votre connexion');
    expect(list.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
    offline = false;
    const retry = alert.querySelector<HTMLButtonElement>('button')!;
    await clickOn(retry);
    await until(() => retry.getAttribute('aria-busy') === 'true', 'the retry busy');
    expect(focused()).to.equal(retry);
    release();
    await until(() => list.shadowRoot!.querySelector('dialog[open]'), 'the dialog');
    await until(() => focused()?.getAttribute('data-focus') === 'details-title', 'the focus on the anomaly’s heading');
    expect(apiRequests().some((r) => /GET \/api\/safety-register\/anomalies\/ano-/.test(r))).to.equal(true);
    await expect(list).to.be.accessible();
  });
});
