/**
 * RS-ONB — on a cold page, the later steps' view (`remote-onboarding.later-steps.on-demand.ts`) is not
 * loaded on arrival; a real click on « Non, créer un compte » loads it and opens the e-mail step, where
 * the person completes the step (e-mail typed, sent with a real click): « check your e-mail ».
 */
import { expect, fixture, html } from '@open-wc/testing';
import { REMOTE_ONBOARDING_DEMO } from '@vigie/mock-api/browser';
import { NOW, clickOn, quiet, typeInto, until, useScenario } from '../../../test/helpers.js';
import '../../define/remote-onboarding.js';
import type { RemoteOnboarding } from './remote-onboarding.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Every module the page fetched from now on (an observer: the resource timing buffer may be full). */
const fetched: string[] = performance.getEntriesByType('resource').map((e) => e.name);
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource' });
const loaded = () => fetched.some((name) => name.includes('later-steps.on-demand'));
const button = (el: Element, label: string) =>
  until(() => [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label), `the button « ${label} »`);

describe('<remote-onboarding> later steps on demand, real click (RS-ONB)', function () {
  this.timeout(60_000);
  it('a cold page loads the e-mail step on « Non, créer un compte » (a real click), then sends the e-mail with a real click', async () => {
    await useScenario('remote:onboarding-automatic-new');
    const demo = REMOTE_ONBOARDING_DEMO['automatic-new'];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} locale="fr"><remote-onboarding></remote-onboarding></vigie-provider></div>`,
    );
    const el = wrapper.querySelector<RemoteOnboarding>('remote-onboarding')!;
    el.token = demo.invitation;
    await until(() => text(el).includes('Étape 1 sur 8'), 'the invitation step');
    // The first screen, its data arrived: still no later step's code.
    await quiet('nothing more to load');
    expect(loaded(), 'nothing loaded on arrival').to.equal(false);

    await clickOn(await button(el, 'Non, créer un compte'));
    const heading = await until(() => {
      const h = el.querySelector<HTMLElement>('.vigie-onboarding-step-title');
      return text(h).includes('Étape 2 sur 8') && text(h).includes('Créez votre compte MySecuritas') ? h : undefined;
    }, 'the e-mail step, its view loaded');
    expect(loaded()).to.equal(true);
    await until(() => document.activeElement === heading, 'the focus on the step’s heading');
    await expect(el).to.be.accessible();

    await typeInto(el.querySelector<HTMLInputElement>('input[name=email]')!, demo.invitee.email);
    await clickOn(await button(el, 'Recevoir le lien'));
    await until(() => text(el).includes('Étape 3 sur 8') && text(el).includes(demo.invitee.email), '« Consultez votre messagerie »');
  });
});
