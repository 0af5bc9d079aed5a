/**
 * RS-ONB — on a cold page, the later steps' view (`remote-onboarding.later-steps.on-demand.ts`) is not
 * loaded on arrival nor on the log-in step; the log-in submitted with the keyboard (Enter) loads it in
 * parallel with the request, and the person completes the next step with the keyboard alone (Tab to
 * « Confirmer », Enter): the success.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { REMOTE_ONBOARDING_DEMO } from '@vigie/mock-api/browser';
import { NOW, typeInto, until, useScenario } from '../../../test/helpers.js';
import '../../define/remote-onboarding.js';
import type { RemoteOnboarding } from './remote-onboarding.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Every module the page fetched from now on (an observer: the resource timing buffer may be full). */
const fetched: string[] = performance.getEntriesByType('resource').map((e) => e.name);
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource' });
const loaded = () => fetched.some((name) => name.includes('later-steps.on-demand'));

describe('<remote-onboarding> later steps on demand, keyboard (RS-ONB)', function () {
  this.timeout(60_000);
  it('a cold page loads the steps after the log-in when the log-in is sent with Enter; the contact step is confirmed with the keyboard', async () => {
    await useScenario('remote:onboarding-automatic-existing');
    const demo = REMOTE_ONBOARDING_DEMO['automatic-existing'];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} locale="fr"><remote-onboarding></remote-onboarding></vigie-provider></div>`,
    );
    const el = wrapper.querySelector<RemoteOnboarding>('remote-onboarding')!;
    el.token = demo.invitation;
    await until(() => text(el).includes('Étape 1 sur 8'), 'the invitation step');

    // Keyboard only: Tab to « Oui, me connecter », Enter.
    el.querySelector<HTMLElement>('.vigie-onboarding-step-title')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Oui, me connecter');
    await sendKeys({ press: 'Enter' });
    await until(() => text(el).includes('Étape 2 sur 3'), 'the log-in step');
    expect(loaded(), 'the log-in step is counted code').to.equal(false);

    await typeInto(el.querySelector<HTMLInputElement>('input[name=email]')!, demo.account!.email);
    await typeInto(el.querySelector<HTMLInputElement>('input[name=password]')!, demo.account!.password);
    await sendKeys({ press: 'Enter' });
    const heading = await until(() => {
      const h = el.querySelector<HTMLElement>('.vigie-onboarding-step-title');
      return text(h).includes('Étape 3 sur 3') && text(h).includes('Vérifiez vos informations de contact') ? h : undefined;
    }, 'the contact step, its view loaded');
    expect(loaded()).to.equal(true);
    await until(() => document.activeElement === heading, 'the focus on the step’s heading');
    expect(el.querySelector<HTMLInputElement>('input[name=lastName]')!.value).to.equal('Martin');
    await expect(el).to.be.accessible();

    // Tab through the fields to « Confirmer », then Enter.
    for (let i = 0; i < 12 && text(document.activeElement) !== 'Confirmer'; i++) await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Confirmer');
    await sendKeys({ press: 'Enter' });
    await until(() => text(el).includes('Intégration MySecuritas terminée avec succès'), 'the success');
  });
});
