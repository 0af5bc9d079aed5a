/**
 * SR-SIGN — on a cold page (a test file is a page of its own), `<intervention-signature>` shows its
 * first screen without the box's code nor `signature_pad`; the keyboard path (« Saisir ») never loads
 * `signature_pad`; choosing « Dessiner » loads it then.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import '../../define/intervention-signature.js';
import type { InterventionSignature } from './intervention-signature.js';

/** Every request of the page (msw sees them all). */
const requests: string[] = [];
const loaded = () => requests;
const box = () => loaded().filter((u) => /intervention-signature-box\.on-demand/.test(u));
const pad = () => loaded().filter((u) => /signature_pad/.test(u));

describe('<intervention-signature> on a cold page: the box and signature_pad load on demand (SR-SIGN)', () => {
  it('nothing before the action; « Saisir » by keyboard without signature_pad; « Dessiner » loads it', async function () {
    this.timeout(30_000);
    const mock = await useScenario('register:default');
    mock.worker.events.on('request:start', ({ request }) => void requests.push(request.url));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} locale="fr"><intervention-signature intervention-id="int-104"></intervention-signature></vigie-provider></div>`,
    );
    const el = wrapper.querySelector<InterventionSignature>('intervention-signature')!;
    const root = el.shadowRoot!;
    await until(() => root.querySelector('fieldset.choice'), 'the first screen');
    expect(box(), 'no box code before an action').to.deep.equal([]);
    expect(pad(), 'no signature_pad').to.deep.equal([]);
    const provider = root.querySelector<HTMLInputElement>('input[value="provider"]')!;
    provider.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await until(() => box().length > 0, 'the box code asked for on focus (intent)');
    await sendKeys({ press: 'Enter' });
    await until(() => root.activeElement?.tagName === 'H3', 'the box open');
    expect(root.querySelector<HTMLInputElement>('input[type="radio"]:checked')!.value).to.equal('typed');
    expect(pad(), 'the keyboard path needs no drawing library').to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => root.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value === 'drawn', 'Dessiner chosen');
    await until(() => pad().length > 0, 'signature_pad loaded when the drawing box opens');
    await until(() => root.querySelector('canvas') && !root.querySelector('.pad-state'), 'the pad ready');
  });
});
