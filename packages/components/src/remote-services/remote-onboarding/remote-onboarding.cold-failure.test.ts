/**
 * RS-ONB — on a cold page, when the later steps' view cannot be loaded (offline, a new deploy), the
 * step says so under its heading, with « Réessayer », instead of waiting for ever; back online,
 * « Réessayer » loads it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { REMOTE_ONBOARDING_DEMO } from '@vigie/mock-api/browser';
import { NOW, clickOn, until, useScenario } from '../../../test/helpers.js';
import '../../define/remote-onboarding.js';
import type { RemoteOnboarding } from './remote-onboarding.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: Element, label: string) =>
  until(() => [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label), `the button « ${label} »`);

describe('<remote-onboarding> later steps on demand, failed load (RS-ONB)', function () {
  this.timeout(60_000);
  it('a failed load of the e-mail step shows a failure with « Réessayer » under the step’s heading, and « Réessayer » loads it', async () => {
    const mock = await useScenario('remote:onboarding-automatic-new');
    mock.worker.use(http.get(/later-steps\.on-demand/, () => HttpResponse.error()));
    const demo = REMOTE_ONBOARDING_DEMO['automatic-new'];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} locale="fr"><remote-onboarding></remote-onboarding></vigie-provider></div>`,
    );
    const el = wrapper.querySelector<RemoteOnboarding>('remote-onboarding')!;
    el.token = demo.invitation;
    await until(() => text(el).includes('Étape 1 sur 8'), 'the invitation step');
    await clickOn(await button(el, 'Non, créer un compte'));
    await until(() => text(el).includes('Cette étape n’a pas pu être chargée.'), 'the failure');
    expect(text(el.querySelector('.vigie-onboarding-step-title'))).to.include('Étape 2 sur 8');
    expect(el.querySelector('[role=alert]')).to.exist;
    await expect(el).to.be.accessible();
    // Back online: « Réessayer » (a real click) loads it.
    mock.worker.resetHandlers();
    await clickOn(await button(el, 'Réessayer'));
    await until(
      () => text(el.querySelector('.vigie-onboarding-step-title')).includes('Créez votre compte MySecuritas'),
      'the e-mail step, loaded',
    );
    expect(el.querySelector('input[name=email]')).to.exist;
  });
});
