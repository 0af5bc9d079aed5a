/**
 * SR-SIGN — the drawing library cannot load (offline, a new deploy): the drawing box says so with
 * « Réessayer » (and points to « Saisir »), without retrying by itself; once the network is back,
 * « Réessayer » loads the pad.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { NOW, clickOn, until, useScenario } from '../../../test/helpers.js';
import '../../define/intervention-signature.js';
import type { InterventionSignature } from './intervention-signature.js';

const norm = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('<intervention-signature>: signature_pad fails to load (SR-SIGN)', () => {
  it('says so with « Réessayer »; the retry loads it', async function () {
    this.timeout(30_000);
    const mock = await useScenario('register:default');
    let offline = true;
    mock.worker.use(http.get(/signature_pad/, () => (offline ? HttpResponse.error() : undefined)));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} locale="fr"><intervention-signature intervention-id="int-101"></intervention-signature></vigie-provider></div>`,
    );
    const el = wrapper.querySelector<InterventionSignature>('intervention-signature')!;
    const root = el.shadowRoot!;
    const operator = await until(() => root.querySelector<HTMLInputElement>('input[value="operator"]'), 'the choice');
    await clickOn(operator);
    await el.updateComplete;
    await clickOn([...root.querySelectorAll('button')].find((b) => norm(b.textContent!) === 'Signer l’intervention')!);
    const failed = await until(() => root.querySelector('.pad-state[role="alert"]'), 'the failure said');
    expect(norm(failed.textContent!)).to.contain('La zone de dessin n’a pas pu être chargée. Réessayez, ou choisissez « Saisir ».');
    offline = false;
    await clickOn(failed.querySelector('button')!);
    await until(() => root.querySelector('canvas') && !root.querySelector('.pad-state'), 'the pad after the retry');
  });
});
