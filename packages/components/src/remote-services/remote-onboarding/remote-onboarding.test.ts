/**
 * RS-ONB — `<remote-onboarding>` in Chromium against the mock API: the four paths of seed 000 with
 * real key presses and clicks, « Étape n sur N » with `aria-current="step"`, the focus on each step's
 * heading, the e-mailed link resuming in another widget (another tab) and leaving the address bar,
 * refusals and failures that keep what was typed, fr/en, axe per state, and no secret anywhere.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { REMOTE_ONBOARDING_DEMO, remoteOnboarding, type MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, captureConsole, clickOn, typeInto, until, useScenario } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import '../../define/remote-onboarding.js';
import type { RemoteOnboarding } from './remote-onboarding.js';
import type { OnboardingCompletedEvent, OnboardingExitedEvent, OnboardingStepChangedEvent } from './remote-onboarding.events.js';

const NEW_PASSWORD = 'Trois croissants au beurre';
const logged = captureConsole();
const START_URL = location.href;
let mock: MockWorker;

afterEach(() => {
  history.replaceState(null, '', START_URL);
  mock?.worker.resetHandlers();
});

interface MountOptions {
  readonly token?: string;
  readonly signupToken?: string;
  readonly locale?: string;
  readonly theme?: 'dark';
}

async function mount(opts: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
      <remote-onboarding mysecuritas-terms-href="https://exemple.fr/cgu-mysecuritas" remote-terms-href="https://exemple.fr/cgu-remote"></remote-onboarding>
    </vigie-provider>
  </div>`);
  // The host page of a dark theme is dark too (the widget's text is light).
  if (opts.theme === 'dark') wrapper.style.background = '#0d1117';
  const el = wrapper.querySelector<RemoteOnboarding>('remote-onboarding')!;
  const changes: { step: string; index: number; total: number }[] = [];
  el.addEventListener('onboarding-step-changed', (e: OnboardingStepChangedEvent) =>
    changes.push({ step: e.step, index: e.index, total: e.total }),
  );
  if (opts.token) el.token = opts.token;
  if (opts.signupToken) el.signupToken = opts.signupToken;
  return { wrapper, el, changes };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
const heading = (el: Element) => el.querySelector<HTMLElement>('.vigie-onboarding-step-title');
const button = (el: Element, label: string) =>
  until(() => [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label), `the button « ${label} »`);

/** Waits for the step « Étape n sur N » named `name`; checks the list's current step and (unless first) the focus on the heading. */
async function atStep(el: RemoteOnboarding, n: number, total: number, name: string, focus = true) {
  const h = await until(
    () => (text(heading(el)).includes(`Étape ${n} sur ${total}`) && text(heading(el)).includes(name) ? heading(el) : undefined),
    `step ${n}/${total} (${name})`,
  );
  const items = [...el.querySelectorAll('.vigie-onboarding-steps li')];
  expect(items.length).to.equal(total);
  expect(items.findIndex((li) => li.getAttribute('aria-current') === 'step')).to.equal(n - 1);
  if (focus) await until(() => document.activeElement === h, `the focus on the heading of step ${n}`);
  return h;
}

async function submitWithEnter(field: HTMLInputElement) {
  field.focus();
  await sendKeys({ press: 'Enter' });
}

async function logIn(el: RemoteOnboarding, email: string | undefined, password: string) {
  if (email !== undefined) {
    const field = input(el, 'email');
    field.select();
    await sendKeys({ press: 'Backspace' });
    await typeInto(field, email);
  }
  await typeInto(input(el, 'password'), password);
  await submitWithEnter(input(el, 'password'));
}

async function acceptTerms(el: RemoteOnboarding) {
  const box = await until(() => el.querySelector<HTMLInputElement>('input[type=checkbox]'), 'the terms box');
  await clickOn(box);
  await clickOn(await button(el, 'Accepter et continuer'));
}

const lastSignupLink = () => {
  const m = remoteOnboarding(mock.remote)
    .outbox()
    .filter((x) => x.kind === 'signup-link')
    .at(-1);
  if (!m || m.kind !== 'signup-link') throw new Error('no e-mailed link');
  return m.token;
};

describe('<remote-onboarding> (RS-ONB)', function () {
  // Whole paths typed key by key: minutes on a loaded machine, never a timed test.
  this.timeout(90_000);
  it('without a token says to open the invitation link', async () => {
    mock = await useScenario('remote:onboarding-automatic-new');
    const { el } = await mount();
    await until(() => text(el).includes('Ouvrez le lien de votre invitation'), 'the no-token notice');
    await expect(el).to.be.accessible();
    expect(apiRequests()).to.deep.equal([]);
  });

  it('existing account, ID & PIN invitation: log in, connect the ID & PIN, confirm the contact details, success — with real input', async () => {
    mock = await useScenario('remote:onboarding-id-pin-existing');
    const demo = REMOTE_ONBOARDING_DEMO['id-pin-existing'];
    const { el, changes } = await mount({ token: demo.invitation });
    await atStep(el, 1, 9, 'Vous êtes invité', false);
    expect(text(el)).to.include('Securitas vous invite');
    await expect(el).to.be.accessible();

    await clickOn(await button(el, 'Oui, me connecter'));
    await atStep(el, 2, 4, 'Connectez-vous avec votre compte MySecuritas');
    expect(input(el, 'email').autocomplete).to.equal('username');
    expect(input(el, 'password').autocomplete).to.equal('current-password');
    expect(document.querySelector('input[autocomplete="current-password"]'), 'a password manager finds it in the light DOM').to.equal(
      input(el, 'password'),
    );
    await expect(el).to.be.accessible();
    await logIn(el, demo.account!.email, demo.account!.password);

    await atStep(el, 3, 4, 'ID & PIN');
    await expect(el).to.be.accessible();
    await typeInto(input(el, 'id'), demo.idPin!.id);
    await typeInto(input(el, 'pin'), demo.idPin!.pin);
    await submitWithEnter(input(el, 'pin'));

    await atStep(el, 4, 4, 'Vérifiez vos informations de contact');
    expect(input(el, 'lastName').value).to.equal('Martin', 'prefilled with what Securitas knows');
    await expect(el).to.be.accessible();
    const completed = oneEvent(el, 'onboarding-completed') as Promise<OnboardingCompletedEvent>;
    await clickOn(await button(el, 'Confirmer'));
    const done = await completed;
    expect([done.kind, done.user]).to.deep.equal(['id-pin', 'existing']);
    const h = await until(
      () => (text(heading(el)).includes('Intégration MySecuritas terminée avec succès') ? heading(el) : undefined),
      'the success',
    );
    await until(() => document.activeElement === h, 'the focus on the success heading');
    await expect(el).to.be.accessible();
    expect(changes.map((c) => `${c.step} ${c.index}/${c.total}`)).to.deep.equal([
      'invitation 1/9',
      'login 2/4',
      'id-pin 3/4',
      'contact 4/4',
    ]);
    await expectNoSecretLeft([demo.account!.password, demo.idPin!.pin, demo.invitation], { logged, root: el });
  });

  it('existing account, automatic invitation: three steps', async () => {
    mock = await useScenario('remote:onboarding-automatic-existing');
    const demo = REMOTE_ONBOARDING_DEMO['automatic-existing'];
    const { el } = await mount({ token: demo.invitation });
    await atStep(el, 1, 8, 'Vous êtes invité', false);
    expect(text(el)).to.include('Sophie Lefèvre vous invite');
    await clickOn(await button(el, 'Oui, me connecter'));
    await atStep(el, 2, 3, 'Connectez-vous');
    await logIn(el, demo.account!.email, demo.account!.password);
    await atStep(el, 3, 3, 'Vérifiez vos informations de contact');
    await clickOn(await button(el, 'Confirmer'));
    await until(() => text(el).includes('Intégration MySecuritas terminée avec succès'), 'the success');
  });

  for (const name of ['id-pin-new', 'automatic-new'] as const) {
    it(`new account, ${name === 'id-pin-new' ? 'ID & PIN' : 'automatic'} invitation: e-mail, the e-mailed link in another tab, password, log in, both terms,${name === 'id-pin-new' ? ' « Je n’ai pas d’ID & PIN » → « Oui, je suis nouveau »,' : ''} contact, success`, async () => {
      mock = await useScenario(REMOTE_ONBOARDING_DEMO[name].scenario);
      const demo = REMOTE_ONBOARDING_DEMO[name];
      const total = name === 'id-pin-new' ? 9 : 8;
      const first = await mount({ token: demo.invitation });
      await atStep(first.el, 1, total, 'Vous êtes invité', false);
      await clickOn(await button(first.el, 'Non, créer un compte'));
      await atStep(first.el, 2, total, 'Créez votre compte MySecuritas');
      await typeInto(input(first.el, 'email'), demo.invitee.email);
      await submitWithEnter(input(first.el, 'email'));
      await atStep(first.el, 3, total, 'Consultez votre messagerie');
      expect(text(first.el)).to.include(demo.invitee.email);
      await expect(first.el).to.be.accessible();

      // The e-mailed link opens in another tab: the page's address carries `rs-signup`.
      const token = lastSignupLink();
      history.replaceState(null, '', `${START_URL.split('#')[0]}${START_URL.includes('?') ? '&' : '?'}rs-signup=${token}#inscription`);
      const other = await mount();
      expect(location.href.includes(token), 'the token left the address bar').to.equal(false);
      expect(location.hash).to.equal('#inscription');
      await atStep(other.el, 4, total, 'Choisissez votre mot de passe', false);
      expect(input(other.el, 'password').autocomplete).to.equal('new-password');
      expect(other.el.querySelector<HTMLInputElement>('input[autocomplete=username]')!.value).to.equal(demo.invitee.email);
      await expect(other.el).to.be.accessible();

      // RS-ONB: 10 characters are refused before anything is sent; 11 pass.
      await typeInto(input(other.el, 'password'), 'a1b2c3d4e5');
      await typeInto(input(other.el, 'confirmation'), 'a1b2c3d4e5');
      const sent = apiRequests().length;
      await submitWithEnter(input(other.el, 'confirmation'));
      await until(() => text(other.el).includes('au moins 11 caractères'), 'the length refusal');
      expect(apiRequests().length).to.equal(sent);
      for (const f of ['password', 'confirmation']) {
        const field = input(other.el, f);
        field.select();
        await sendKeys({ press: 'Backspace' });
        await typeInto(field, NEW_PASSWORD);
      }
      await submitWithEnter(input(other.el, 'confirmation'));

      await atStep(other.el, 5, total, 'Connectez-vous avec votre nouveau compte');
      expect(input(other.el, 'email').value).to.equal(demo.invitee.email, 'the new account’s e-mail is prefilled');
      await logIn(other.el, undefined, NEW_PASSWORD);
      await atStep(other.el, 6, total, 'conditions générales de MySecuritas');
      const link = other.el.querySelector<HTMLAnchorElement>('a.vigie-panel-external')!;
      expect(link.target).to.equal('_blank');
      await expect(other.el).to.be.accessible();
      await acceptTerms(other.el);
      await atStep(other.el, 7, total, 'conditions générales de Remote Services');
      await acceptTerms(other.el);
      if (name === 'id-pin-new') {
        await atStep(other.el, 8, total, 'ID & PIN');
        await clickOn(await button(other.el, 'Je n’ai pas d’ID & PIN'));
        const q = await until(() => other.el.querySelector<HTMLElement>('[data-focus="no-id-pin"]'), 'the question');
        await until(() => document.activeElement === q, 'the focus on « Êtes-vous un nouvel utilisateur ? »');
        await expect(other.el).to.be.accessible();
        await clickOn(await button(other.el, 'Oui, je suis nouveau'));
      }
      await atStep(other.el, total, total, 'Vérifiez vos informations de contact');
      expect(input(other.el, 'firstName').value).to.equal(demo.invitee.firstName);
      await clickOn(await button(other.el, 'Confirmer'));
      await until(() => text(other.el).includes('Intégration MySecuritas terminée avec succès'), 'the success');
      await expectNoSecretLeft([NEW_PASSWORD, token], { logged, root: other.el });
    });
  }

  it('a wrong password says so, keeps the e-mail and empties the password (the server judged it)', async () => {
    mock = await useScenario('remote:onboarding-automatic-existing');
    const demo = REMOTE_ONBOARDING_DEMO['automatic-existing'];
    const { el } = await mount({ token: demo.invitation });
    await clickOn(await button(el, 'Oui, me connecter'));
    await atStep(el, 2, 3, 'Connectez-vous');
    await logIn(el, demo.account!.email, 'pas le bon mot de passe');
    await until(() => text(el).includes('Adresse e-mail ou mot de passe incorrect.'), 'the refusal');
    expect(el.querySelector('[role=alert]')).to.exist;
    expect(input(el, 'email').value).to.equal(demo.account!.email);
    expect(input(el, 'password').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a network failure keeps everything typed, the password too, and « Réessayer » sends it again', async () => {
    mock = await useScenario('remote:onboarding-automatic-existing');
    const demo = REMOTE_ONBOARDING_DEMO['automatic-existing'];
    const { el } = await mount({ token: demo.invitation });
    await clickOn(await button(el, 'Oui, me connecter'));
    await atStep(el, 2, 3, 'Connectez-vous');
    mock.worker.use(http.post('*/api/remote/onboarding/login', () => HttpResponse.error(), { once: true }));
    await logIn(el, demo.account!.email, demo.account!.password);
    await until(() => text(el).includes('La demande n’a pas abouti.'), 'the failure');
    expect(input(el, 'password').value).to.equal(demo.account!.password);
    await clickOn(await button(el, 'Réessayer'));
    await atStep(el, 3, 3, 'Vérifiez vos informations de contact');
  });

  it('an expired invitation says so; a load failure offers to retry', async () => {
    mock = await useScenario('remote:onboarding-automatic-new');
    const { el } = await mount({ token: 'rsinv-demo-expired-0Zz0Zz' });
    await until(() => text(el).includes('Cette invitation a expiré.'), 'the end');
    await expect(el).to.be.accessible();

    mock.worker.use(
      http.post(
        '*/api/remote/onboarding/invitation',
        () => HttpResponse.json({ type: '/problems/x', title: 'x', status: 500 }, { status: 500 }),
        { once: true },
      ),
    );
    el.token = REMOTE_ONBOARDING_DEMO['automatic-new'].invitation;
    await until(() => text(el).includes('Votre invitation n’a pas pu être chargée.'), 'the load failure');
    await expect(el).to.be.accessible();
    await clickOn(await button(el, 'Réessayer'));
    await atStep(el, 1, 8, 'Vous êtes invité', false);
  });

  it('takes the invitation from `rs-invitation` in the address and removes it; the token is write-only', async () => {
    mock = await useScenario('remote:onboarding-automatic-new');
    const token = REMOTE_ONBOARDING_DEMO['automatic-new'].invitation;
    history.replaceState(
      null,
      '',
      `${START_URL.split('#')[0]}${START_URL.includes('?') ? '&' : '?'}rs-invitation=${token}#telesurveillance-inscription`,
    );
    const { el } = await mount();
    expect(location.href.includes(token)).to.equal(false);
    expect(location.hash).to.equal('#telesurveillance-inscription');
    await atStep(el, 1, 8, 'Vous êtes invité', false);
    expect(el.token).to.equal(undefined);
    expect(el.hasAttribute('token')).to.equal(false);
  });

  it('in English, dark: « Step n of N »', async () => {
    mock = await useScenario('remote:onboarding-automatic-new');
    const { el } = await mount({ token: REMOTE_ONBOARDING_DEMO['automatic-new'].invitation, locale: 'en', theme: 'dark' });
    await until(() => text(heading(el)).includes('Step 1 of 8') && text(el).includes('You are invited'), 'the English step');
    await expect(el).to.be.accessible();
  });

  it('can be driven with the keyboard alone: Tab to a choice, Enter, back with « Retour »', async () => {
    mock = await useScenario('remote:onboarding-automatic-new');
    const { el } = await mount({ token: REMOTE_ONBOARDING_DEMO['automatic-new'].invitation });
    await atStep(el, 1, 8, 'Vous êtes invité', false);
    heading(el)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Oui, me connecter');
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Non, créer un compte');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 2, 8, 'Créez votre compte');
    await sendKeys({ press: 'Tab' });
    // The required note is text; the first control is the e-mail field.
    expect(document.activeElement).to.equal(input(el, 'email'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Retour');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 1, 8, 'Vous êtes invité');
  });

  it('« Quitter l’inscription » is cancelable; not cancelled, it says how to resume, and resumes', async () => {
    mock = await useScenario('remote:onboarding-automatic-new');
    const { el } = await mount({ token: REMOTE_ONBOARDING_DEMO['automatic-new'].invitation });
    await atStep(el, 1, 8, 'Vous êtes invité', false);
    const cancel = (e: OnboardingExitedEvent) => e.preventDefault();
    el.addEventListener('onboarding-exited', cancel, { once: true });
    await clickOn(await button(el, 'Quitter l’inscription'));
    await atStep(el, 1, 8, 'Vous êtes invité', false);
    const exited = oneEvent(el, 'onboarding-exited') as Promise<OnboardingExitedEvent>;
    await clickOn(await button(el, 'Quitter l’inscription'));
    expect((await exited).step).to.equal('invitation');
    await until(() => text(el).includes('Inscription interrompue'), 'the exit');
    await expect(el).to.be.accessible();
    await clickOn(await button(el, 'Reprendre l’inscription'));
    await atStep(el, 1, 8, 'Vous êtes invité');
  });
});
