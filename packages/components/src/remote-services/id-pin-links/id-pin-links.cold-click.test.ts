/**
 * RS-IDPIN — the forms of `<id-pin-links>` load on demand (`id-pin-links-edits.on-demand.ts`): on
 * a cold page (a test file is a page of its own), the list shows without their code; a real click
 * on « Surnom » loads it (the button busy meanwhile, focus kept), then opens the nickname field,
 * and the nickname is saved. (A failed load: `id-pin-links.load-failure.test.ts`.)
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, passthrough } from 'msw';
import type { MockWorker } from '@vigie/mock-api/browser';
import { NOW, clickOn, until, useScenario } from '../../../test/helpers.js';
import '../../define/id-pin-links.js';
import type { IdPinLinks } from './id-pin-links.js';
import type { SiteRenamedEvent } from './id-pin-links.events.js';

const ON_DEMAND = /id-pin-links-edits\.on-demand/;
/** The requests of the forms' code this page made (msw sees every request of the page). */
const editsRequests: string[] = [];
const norm = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const button = (el: Element, label: RegExp) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    label.test(norm(b.getAttribute('aria-label') ?? b.textContent ?? '')),
  )!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

let mock: MockWorker;

async function mountLoaded() {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale="fr"><id-pin-links></id-pin-links></vigie-provider>
  </div>`);
  const el = wrapper.querySelector<IdPinLinks>('id-pin-links')!;
  await until(() => el.shadowRoot?.querySelector('.links'), 'the links');
  return el;
}

describe('<id-pin-links> on a cold page: a real click opens a form whose code loads then (RS-IDPIN)', () => {
  before(async () => {
    mock = await useScenario('remote:default');
    mock.worker.events.on('request:start', ({ request }) => void (ON_DEMAND.test(request.url) && editsRequests.push(request.url)));
  });

  it('a real click on « Surnom »: busy while the code loads, then the field, and the nickname saved', async function () {
    // A cold page: the first axe run loads axe itself (≈5 s on a busy machine), beside the API's 800 ms answers.
    this.timeout(30_000);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    mock.worker.use(
      http.get(ON_DEMAND, async () => {
        await gate;
        return passthrough();
      }),
    );
    const el = await mountLoaded();
    expect(editsRequests, 'no form code before an action').to.deep.equal([]);
    const rename = button(el, /^Donner un surnom à Agence/);
    await clickOn(rename);
    await until(() => rename.getAttribute('aria-busy') === 'true', 'the button busy');
    expect(focused(el)).to.equal(rename, 'focus stays on the button while it loads');
    expect($(el, 'input[name="nickname"]')).to.equal(null);
    release();
    await until(() => focused(el)?.getAttribute('name') === 'nickname', 'focus in the nickname field');
    expect(editsRequests.length, 'the code was asked for on the action').to.be.greaterThan(0);
    await sendKeys({ type: 'Bureau du siège' });
    const renamed = oneEvent(el, 'site-renamed') as Promise<SiteRenamedEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await renamed;
    expect(e.nickname).to.equal('Bureau du siège');
    await until(
      () => [...el.shadowRoot!.querySelectorAll('.site-label')].some((s) => norm(s.textContent ?? '') === 'Bureau du siège'),
      'the nickname shown',
    );
    expect(mock.remote.site(e.siteId)!.nickname).to.equal('Bureau du siège');
    await expect(el).to.be.accessible();
  });
});
