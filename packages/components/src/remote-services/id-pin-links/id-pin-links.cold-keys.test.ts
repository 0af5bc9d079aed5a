/**
 * RS-IDPIN — on a cold page (a test file is a page of its own), with the keyboard only: Tab to
 * « Modifier le PIN » (the focus starts loading the forms' code, `id-pin-links-edits.on-demand.ts`),
 * Enter opens the form, the PIN is changed (the new one twice), pin-changed fires, focus comes back.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_LINKED_PIN, type MockWorker } from '@vigie/mock-api/browser';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import '../../define/id-pin-links.js';
import type { IdPinLinks } from './id-pin-links.js';
import type { PinChangedEvent } from './id-pin-links.events.js';

const ON_DEMAND = /id-pin-links-edits\.on-demand/;
const editsRequests: string[] = [];
const norm = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

let mock: MockWorker;

describe('<id-pin-links> on a cold page: the keyboard opens a form whose code loads then (RS-IDPIN)', () => {
  before(async () => {
    mock = await useScenario('remote:default');
    mock.worker.events.on('request:start', ({ request }) => void (ON_DEMAND.test(request.url) && editsRequests.push(request.url)));
  });

  it('Tab to « Modifier le PIN », Enter, the PIN changed with the keyboard only', async function () {
    // A cold page: the first axe run loads axe itself (≈5 s on a busy machine), beside the API's 800 ms answers.
    this.timeout(30_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vigie-provider now=${NOW} locale="fr"><id-pin-links></id-pin-links></vigie-provider>
    </div>`);
    const el = wrapper.querySelector<IdPinLinks>('id-pin-links')!;
    await until(() => el.shadowRoot?.querySelector('.links'), 'the links');
    expect(editsRequests, 'no form code before an action').to.deep.equal([]);

    // From the title, Tab after Tab to the PIN button of the first link.
    el.shadowRoot!.querySelector<HTMLElement>('h2')!.focus();
    const label = 'Modifier le PIN de l’ID 4010 0000';
    for (let i = 0; i < 20 && norm(focused(el)?.getAttribute('aria-label') ?? '') !== label; i++) await sendKeys({ press: 'Tab' });
    expect(norm(focused(el)?.getAttribute('aria-label') ?? '')).to.equal(label);
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.getAttribute('name') === 'current-pin', 'focus on the current PIN');
    expect(editsRequests.length, 'the code was asked for').to.be.greaterThan(0);

    await sendKeys({ type: DEMO_LINKED_PIN });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '5678' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '5678' });
    const changed = oneEvent(el, 'pin-changed') as Promise<PinChangedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await changed).linkId).to.equal('lnk-1');
    await until(() => norm(focused(el)?.getAttribute('aria-label') ?? '') === label, 'focus back on the button');
    await until(
      () => norm(el.shadowRoot!.querySelector('.vigie-toasts')?.textContent ?? '').includes('Le PIN de l’ID 4010 0000 est modifié.'),
      'the toast',
    );
    expect(norm(el.shadowRoot!.querySelector('.link .meta')?.textContent ?? '')).to.contain('PIN modifié le 10/03/2026');
    expect(el.shadowRoot!.innerHTML).not.to.contain('5678');
    await expect(el).to.be.accessible();
  });
});
