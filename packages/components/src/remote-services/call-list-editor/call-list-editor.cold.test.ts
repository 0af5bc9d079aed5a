/**
 * RS-CALL — `<call-list-editor>` on a cold page (issue 9's size budgets): the code needed only once
 * the user acts is not loaded before they do, and their first action works while it loads —
 * the « Ajouter » combobox with the keyboard (call-list-add.on-demand.ts), the first pointer drag
 * with a REAL mouse (base/reorder-drag.on-demand.ts), the first conflict view after a save answered
 * 412, chosen and saved with the keyboard (call-list-merge.on-demand.ts). A file of its own: each
 * test file is a fresh page, so none of these modules is there yet.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createClient } from '@vigie/core';
import type { ScenarioName } from '@vigie/mock-api';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, pressSpaceOn, until, useScenario, pressKeys } from '../../../test/helpers.js';
import '../../define/call-list-editor.js';
import type { CallListEditor } from './call-list-editor.js';

const $ = <T extends Element = HTMLElement>(el: CallListEditor, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: CallListEditor, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const names = (el: CallListEditor) => $$(el, '[part~=item] .name').map((n) => text(n).replace(/^Position \d+ · /, ''));
const row = (el: CallListEditor, i: number) => $(el, `[part~=item][data-index="${i}"]`)!;
const spoken = (el: CallListEditor) => text($(el, '.vigie-toasts .vigie-visually-hidden'));
const focused = (el: CallListEditor) => el.shadowRoot!.activeElement as HTMLElement | null;
// The test page loads hundreds of modules: room for the ones loaded later.
performance.setResourceTimingBufferSize(100_000);
/** Whether the page has fetched a module whose URL contains `name`. */
const fetched = (name: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(name));

let mock: MockWorker | undefined;
afterEach(() => mock?.worker.resetHandlers());

async function mount(scenario: ScenarioName = 'remote:default') {
  mock = await useScenario(scenario);
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale="fr" .client=${client}>
      <call-list-editor site-id="site-04"></call-list-editor>
    </vigie-provider>
  `);
  const el = provider.querySelector('call-list-editor')!;
  await until(() => $(el, '[part~=list]'), 'the call list', 8000);
  await el.updateComplete;
  return el;
}

async function settle(el: CallListEditor) {
  await el.flow.settled();
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

describe('<call-list-editor> (RS-CALL) on a cold page: what follows an action loads with it', function () {
  this.timeout(30_000);

  it('the « Ajouter » combobox, first used with the keyboard: typed text kept, the contact added', async () => {
    const el = await mount();
    expect(fetched('call-list-add.on-demand'), 'not loaded before the user acts').to.equal(false);
    const input = $<HTMLInputElement>(el, 'input[role=combobox]')!;
    input.focus();
    await sendKeys({ type: 'zoe' });
    await until(() => $$(el, '[role=option]').length === 1, 'the matching option');
    expect(input.value).to.equal('zoe');
    expect(fetched('call-list-add.on-demand')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(names(el)).to.deep.equal(['Anne-Sophie Bonnet', 'François Duval', 'Élodie Rousseau', 'Zoé Girard']);
    expect(focused(el)).to.equal(input);
  });

  it('the first pointer drag (REAL mouse): its code loads as the pointer reaches the handle, the contact moves where dropped', async () => {
    const el = await mount();
    expect(fetched('reorder-drag.on-demand'), 'not loaded before the user acts').to.equal(false);
    const handle = row(el, 0).querySelector('[data-reorder-handle]')!;
    handle.scrollIntoView({ block: 'center' });
    const h = handle.getBoundingClientRect();
    const target = row(el, 2).getBoundingClientRect();
    const x = Math.round(h.left + h.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(h.top + h.height / 2)] });
    await sendMouse({ type: 'down' });
    await until(() => row(el, 0).hasAttribute('data-dragging'), 'picked up');
    expect(fetched('reorder-drag.on-demand')).to.equal(true);
    await sendMouse({ type: 'move', position: [x, Math.round(target.top + target.height / 2 + 10)] });
    await sendMouse({ type: 'move', position: [x, Math.round(target.bottom - 4)] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Élodie Rousseau', 'Anne-Sophie Bonnet']);
    await until(() => spoken(el) === 'Anne-Sophie Bonnet déplacé en position 3 sur 3', 'drop spoken');
  });

  it('the first conflict view after a 412, all with the keyboard: nothing lost while it loads, my choice saved', async () => {
    const el = await mount('remote:conflict');
    expect(fetched('call-list-merge.on-demand'), 'not loaded before the user acts').to.equal(false);
    // Alt+↓ on Anne-Sophie Bonnet's handle (he moved her to the end and added Raphaël D’Almeida).
    row(el, 0).querySelector<HTMLElement>('[data-reorder-handle]')!.focus();
    await pressKeys('Alt+ArrowDown');
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Anne-Sophie Bonnet', 'Élodie Rousseau']);
    const save = $$(el, '.actions .btn').at(-1)!;
    save.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part~=conflicts]'), 'the conflict view', 8000);
    await settle(el);
    expect(fetched('call-list-merge.on-demand')).to.equal(true);
    expect(text($(el, '#notice-title'))).to.equal('Jérôme Lefèvre a enregistré cette liste pendant que vous la modifiiez');
    expect(focused(el)).to.equal($(el, '#conflicts-title'));
    const fieldset = $(el, '.conflict')!;
    expect(text(fieldset)).to.contain('Vous l’avez déplacé en position 2');
    await pressSpaceOn(fieldset.querySelector<HTMLInputElement>('input[value=mine]')!);
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Anne-Sophie Bonnet', 'Élodie Rousseau', 'Raphaël D’Almeida']);
    $$(el, '.actions .btn').at(-1)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => mock!.remote.callListsOf('site-04')[0]!.version === 3, 'saved');
    expect(mock!.remote.callListsOf('site-04')[0]!.contactIds).to.deep.equal([
      'site-04-ct-2',
      'site-04-ct-1',
      'site-04-ct-3',
      'site-04-ct-4',
    ]);
  });
});
