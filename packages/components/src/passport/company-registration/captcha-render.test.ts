/**
 * Issue 11, point 13 — `captchaRender`: the anti-robot step without moving the host's nodes. A
 * framework (React, Vue…) owns its tree and fights a widget that moves a child of it; so the widget
 * gives the host an empty place of its own inside the form, and the host draws its anti-robot
 * widget there (as `turnstile.render(place)` does). Driven with real keys and clicks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PASSPORT_TEST_CAPTCHA_TOKEN, PASSPORT_UNREGISTERED } from '@vigie/mock-api/browser';
import { NOW, apiRequests, captureConsole, clickOn, typeInto, until, useScenario } from '../../../test/helpers.js';
import '../../define/company-registration.js';
import type { CompanyRegistration } from './company-registration.js';

const PASSWORD = 'une phrase de passe facile à retenir';
const logged = captureConsole();

beforeEach(async () => {
  await useScenario('passport:default');
});

describe('<company-registration> captchaRender (issue 11 #13)', () => {
  it('draws the host’s step into a place the widget owns, inside the form; the host’s own children never move; the token is sent; cleanup on removal', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vigie-provider now=${NOW} locale="fr">
        <company-registration><p class="host-owned">Texte du site hôte</p></company-registration>
      </vigie-provider>
    </div>`);
    const el = wrapper.querySelector<CompanyRegistration>('company-registration')!;
    const hostOwned = el.querySelector('.host-owned')!;
    const hostParent = hostOwned.parentNode;
    const places: HTMLElement[] = [];
    let cleanups = 0;
    let box: HTMLInputElement | undefined;
    el.captchaRender = (place) => {
      places.push(place);
      // What an anti-robot service's `render(place)` does: draw its own UI in the place.
      const label = document.createElement('label');
      box = document.createElement('input');
      box.type = 'checkbox';
      label.append(box, ' Je ne suis pas un robot (test)');
      place.append(label);
      return () => {
        cleanups++;
        label.remove();
      };
    };
    el.captchaToken = () => (box?.checked ? PASSPORT_TEST_CAPTCHA_TOKEN : '');
    await until(() => box?.isConnected, 'the host’s step drawn');
    const form = el.querySelector('form')!;
    expect(places).to.have.length(1);
    expect(box!.form).to.equal(form);
    expect(el.querySelector('.vigie-registration__captcha')!.contains(box!)).to.be.true;
    expect(hostOwned.parentNode, 'the host’s node is not moved').to.equal(hostParent);

    const field = (name: string) => el.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
    await typeInto(field('identifier'), PASSPORT_UNREGISTERED.siret);
    await typeInto(field('companyName'), 'Carrières du Val SAS');
    await clickOn([...el.querySelectorAll('fieldset label')].find((l) => l.textContent?.trim() === 'Bretagne')!);
    await typeInto(field('referentLastName'), 'Dupont');
    await typeInto(field('referentFirstName'), 'Baptiste');
    await typeInto(field('email'), 'baptiste.dupont@carrieres-du-val.fr');
    await typeInto(field('emailConfirmation'), 'baptiste.dupont@carrieres-du-val.fr');
    await typeInto(field('password'), PASSWORD);
    await typeInto(field('passwordConfirmation'), PASSWORD);
    await clickOn(box!);
    expect(box!.checked).to.be.true;
    field('passwordConfirmation').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.getAttribute('status') === 'registered', 'registered');
    expect(apiRequests().filter((r) => r === 'POST /api/passport/companies')).to.have.length(1);
    // Drawn once: the same place stays while the confirmation shows.
    expect(places).to.have.length(1);
    expect(hostOwned.parentNode).to.equal(hostParent);
    expect(logged().flat().join(' ')).not.to.contain('anti-robot');
    el.remove();
    expect(cleanups).to.equal(1);
  });
});
