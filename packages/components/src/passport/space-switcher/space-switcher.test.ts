/**
 * PP-SPACES — `<space-switcher>` in Chromium against the mock API (msw, `passport:default` where
 * the spaces are separate, `passport:linked-spaces` where they are linked), with the referent's
 * session obtained through core's `passportLogin` and handed to `<vigie-provider .passportSession>`:
 * the seed's explanation, linking (one request), the « onglet déroulant » with the keyboard
 * (arrows, Home/End, Escape, Tab), switching, the dissociation form and the seed's « DISTINGUER
 * MES ESPACES » screen, refusals with their reason, failures that keep what was typed, every
 * event, fr/en, axe per state, and no password left anywhere.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { passportMessages, type PassportSession } from '@vigie/core';
import { loadMessages } from '@vigie/core/i18n';
import { PASSPORT_DEMO_LOGIN, type MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, until, useScenario, captureConsole, typeInto, clickOn } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import { signInDemoReferent } from '../../../test/passport.js';
import '../../define/space-switcher.js';
import type { SpaceSwitcher } from './space-switcher.js';
import type {
  CompanyProfileRequestedEvent,
  SpaceSwitchedEvent,
  SpacesDissociatedEvent,
  SpacesLinkedEvent,
} from './space-switcher.events.js';
import type { PassportLoginRequestedEvent } from '../passport.events.js';

await loadMessages('en', passportMessages);

const USER_PASSWORD = 'Mon-Compte-Perso-2026';
const NEW_LOGIN = 'baptiste.martin@example.fr';

let mock: MockWorker;
const logged = captureConsole();

afterEach(() => {
  mock?.worker.resetHandlers();
});

async function mount(
  opts: { session?: PassportSession; locale?: string; theme?: 'dark'; loginHref?: string; companyHref?: string; width?: string } = {},
) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${opts.width ?? 'auto'}">
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)} .passportSession=${opts.session}>
      <space-switcher login-href=${ifDefined(opts.loginHref)} company-href=${ifDefined(opts.companyHref)}></space-switcher>
    </vigie-provider>
  </div>`);
  if (opts.theme === 'dark') wrapper.style.background = '#0d1117';
  const el = wrapper.querySelector<SpaceSwitcher>('space-switcher')!;
  await until(() => el.querySelector('.vigie-spaces'), 'the widget');
  return { el, wrapper };
}

async function mountLoaded(opts: Parameters<typeof mount>[0] = {}) {
  const session = opts.session ?? (await signInDemoReferent());
  const mounted = await mount({ ...opts, session });
  await until(() => mounted.el.querySelector('.vigie-spaces-state'), 'the spaces');
  return { ...mounted, session };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const writes = () => apiRequests().filter((r) => !r.startsWith('GET') && r !== 'POST /api/passport/login');
const menuButton = (el: Element) => el.querySelector<HTMLButtonElement>('.vigie-menu-button')!;
const menu = (el: Element) => el.querySelector<HTMLElement>('[role=menu]')!;
const items = (el: Element) => [...el.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
const problem = (status: number, slug: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `/problems/${slug}`, title: slug, status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** Replaces what `field` holds with `value`, with real key presses. */
async function replace(field: HTMLInputElement, value: string) {
  field.focus();
  field.select();
  if (field.value !== '') await sendKeys({ press: 'Backspace' });
  if (value !== '') await typeInto(field, value);
}

describe('<space-switcher> (PP-SPACES)', () => {
  it('without a session: « Connectez-vous à votre espace entreprise », a cancelable passport-login-requested, no request', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mount();
    const button = await until(() => el.querySelector<HTMLButtonElement>('button.vigie-spaces-sign-in'), 'the sign-in button');
    expect(text(el.querySelector('.vigie-spaces-signed-out'))).to.contain('Connectez-vous à votre espace entreprise');
    await expect(el).to.be.accessible();
    const requested = oneEvent(el, 'passport-login-requested') as Promise<PassportLoginRequestedEvent>;
    await clickOn(button);
    const event = await requested;
    expect([event.href, event.reason, event.cancelable]).to.deep.equal([undefined, 'signed-out', true]);
    expect(apiRequests()).to.deep.equal([]);
  });

  it('not linked: where the person is, the seed’s explanation (facultative, reversible), then « Lier mes espaces » once → spaces-linked', async () => {
    mock = await useScenario('passport:default');
    const session = await signInDemoReferent();
    let release: (() => void) | undefined;
    mock.worker.use(
      http.get('*/api/passport/spaces', async () => {
        await new Promise<void>((r) => (release = r));
      }),
    );
    const { el } = await mount({ session });
    const loading = await until(() => el.querySelector('.vigie-spaces-loading'), 'the loading state');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    (await until(() => release, 'the request'))();
    await until(() => el.querySelector('.vigie-spaces-state'), 'the spaces');
    expect(norm(text(el.querySelector('.vigie-spaces-current')))).to.equal('Espace actuel : Espace entreprise');
    expect(norm(text(el.querySelector('.vigie-spaces-state')))).to.equal(
      'Vos espaces ne sont pas liés : chacun a ses propres identifiants de connexion.',
    );
    expect(el.querySelector('.vigie-menu-button')).to.be.null;
    const card = norm(text(el.querySelector('.vigie-spaces-card')));
    expect(card).to.contain('Lier ce compte entreprise à mon compte utilisateur');
    expect(card).to.contain('Facultative');
    expect(card).to.contain('Réversible');
    expect(card).to.contain('Elle n’a un impact que sur votre modalité d’accès à vos différents espaces');
    expect(card).to.contain('Vous n’avez pas encore de compte utilisateur ? Il sera créé lors de la liaison');
    await expect(el).to.be.accessible();
    const linked = oneEvent(el, 'spaces-linked') as Promise<SpacesLinkedEvent>;
    const link = el.querySelector<HTMLButtonElement>('.vigie-spaces-link')!;
    // The link's answer is held until the second click is in: otherwise, on a slow machine, the second
    // click can land after the answer, on the page where the button was, and take the focus away.
    let answer: (() => void) | undefined;
    mock.worker.use(
      http.post(
        '*/api/passport/spaces/link',
        async () => {
          await new Promise<void>((r) => (answer = r));
        },
        { once: true },
      ),
    );
    await clickOn(link);
    await until(() => answer, 'the link request');
    await clickOn(link);
    answer!();
    const event = await linked;
    expect([event.spaces, event.active, event.bubbles, event.composed]).to.deep.equal([
      ['company', 'user', 'trainer'],
      'company',
      true,
      true,
    ]);
    expect(writes()).to.deep.equal(['POST /api/passport/spaces/link']);
    const notice = await until(() => el.querySelector<HTMLElement>('.vigie-spaces-notice'), 'the notice');
    expect(norm(text(notice))).to.equal('Vos espaces sont liés. Passez de l’un à l’autre avec le menu « Espace actuel », en haut.');
    expect(notice.closest('[role=status]')).to.exist;
    expect(document.activeElement).to.equal(notice);
    expect(norm(text(menuButton(el)))).to.equal('Espace actuel : Espace entreprise');
    expect([...el.querySelectorAll('.vigie-spaces-list li')].map(text)).to.deep.equal([
      'Espace entreprise',
      'Espace utilisateur',
      'Espace formateur',
    ]);
    expect(text(el.querySelector('.vigie-spaces-login'))).to.contain(PASSPORT_DEMO_LOGIN.email);
    await expect(el).to.be.accessible();
  });

  it('the « onglet déroulant » by keyboard: ↓ opens on the current space, arrows wrap, Home/End, Escape closes; Enter switches → space-switched', async () => {
    mock = await useScenario('passport:linked-spaces');
    const { el } = await mountLoaded();
    const button = menuButton(el);
    expect([button.getAttribute('aria-haspopup'), button.getAttribute('aria-expanded')]).to.deep.equal(['menu', 'false']);
    expect(menu(el).hidden).to.be.true;
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => document.activeElement === items(el)[0], 'the current space focused');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(items(el).map((i) => [text(i), i.getAttribute('aria-checked')])).to.deep.equal([
      ['Espace entreprise (espace actuel)', 'true'],
      ['Espace utilisateur', 'false'],
      ['Espace formateur', 'false'],
    ]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowUp' });
    expect(document.activeElement).to.equal(items(el)[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(items(el)[0]);
    await sendKeys({ press: 'End' });
    expect(document.activeElement).to.equal(items(el)[2]);
    await sendKeys({ press: 'Home' });
    expect(document.activeElement).to.equal(items(el)[0]);
    await sendKeys({ press: 'Escape' });
    await until(() => menu(el).hidden, 'the menu to close');
    expect(document.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // ↑ opens on the last; Tab closes and moves on.
    await sendKeys({ press: 'ArrowUp' });
    await until(() => document.activeElement === items(el)[2], 'the last space focused');
    await sendKeys({ press: 'Tab' });
    await until(() => menu(el).hidden, 'the menu to close on Tab');
    expect(writes()).to.deep.equal([]);
    // Enter on « Espace utilisateur ».
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement === items(el)[0], 'the menu open');
    await sendKeys({ press: 'ArrowDown' });
    const switched = oneEvent(el, 'space-switched') as Promise<SpaceSwitchedEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await switched;
    expect([event.space, event.previous]).to.deep.equal(['user', 'company']);
    expect(writes()).to.deep.equal(['POST /api/passport/spaces/switch']);
    await until(() => norm(text(menuButton(el))) === 'Espace actuel : Espace utilisateur', 'the new current space');
    expect(document.activeElement).to.equal(menuButton(el));
    expect(norm(text(el.querySelector('.vigie-spaces-notice')))).to.equal('Vous êtes maintenant dans votre Espace utilisateur.');
    await expect(el).to.be.accessible();
    // The current space again: nothing is sent.
    await clickOn(menuButton(el));
    await until(() => !menu(el).hidden, 'the menu open');
    await clickOn(items(el)[1]!);
    await until(() => menu(el).hidden, 'the menu closed');
    expect(writes()).to.have.length(1);
  });

  it('a click outside closes the menu; linked with 2 spaces (no trainer): 2 items', async () => {
    mock = await useScenario('passport:linked-spaces');
    mock.worker.use(
      http.get('*/api/passport/spaces', () =>
        HttpResponse.json({ linked: true, spaces: ['company', 'user'], active: 'user', canLink: false }),
      ),
    );
    const { el } = await mountLoaded();
    await clickOn(menuButton(el));
    await until(() => !menu(el).hidden, 'the menu open');
    expect(items(el).map(text)).to.deep.equal(['Espace entreprise', 'Espace utilisateur (espace actuel)']);
    (el.querySelector('.vigie-spaces-dissociate-open') as HTMLElement).focus();
    await until(() => menu(el).hidden, 'the menu to close');
  });

  it('dissociation (« Avoir un accès distinct… »): core’s checks, one request, spaces-dissociated, the seed’s « DISTINGUER MES ESPACES » screen', async () => {
    mock = await useScenario('passport:linked-spaces');
    const { el, session } = await mountLoaded({ companyHref: '#entreprise' });
    const open = el.querySelector<HTMLButtonElement>('.vigie-spaces-dissociate-open')!;
    expect(text(open)).to.equal('Avoir un accès distinct à mon compte utilisateur');
    await clickOn(open);
    const login = await until(() => el.querySelector<HTMLInputElement>('input[name=userLogin]'), 'the form');
    expect(document.activeElement).to.equal(login);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect([login.autocomplete, input(el, 'password').autocomplete]).to.deep.equal(['username', 'new-password']);
    expect(norm(text(el.querySelector(`#${login.getAttribute('aria-describedby')!.split(' ')[0]}`)))).to.contain(PASSPORT_DEMO_LOGIN.email);
    await expect(el).to.be.accessible();
    // The company's login is refused; then a short password; then a mismatch.
    await typeInto(login, PASSPORT_DEMO_LOGIN.email.toUpperCase());
    await typeInto(input(el, 'password'), 'court');
    await typeInto(input(el, 'passwordConfirmation'), 'court');
    await clickOn(el.querySelector<HTMLButtonElement>('form button[type=submit]')!);
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect(norm(text(summary))).to.contain('Cette adresse est déjà l’identifiant de connexion actuel');
    expect(norm(text(summary))).to.contain('Le mot de passe doit comporter au moins 11 caractères.');
    expect(document.activeElement).to.equal(login);
    await replace(login, NEW_LOGIN);
    await replace(input(el, 'password'), '');
    await replace(input(el, 'passwordConfirmation'), '');
    await typeInto(input(el, 'password'), USER_PASSWORD);
    await typeInto(input(el, 'passwordConfirmation'), USER_PASSWORD);
    const dissociated = oneEvent(el, 'spaces-dissociated') as Promise<SpacesDissociatedEvent>;
    // Sent twice, the second while the first is on its way (Enter: a click there would land on the
    // confirmation screen once the answer came): one request.
    input(el, 'passwordConfirmation').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect((await dissociated).userLogin).to.equal(NEW_LOGIN);
    expect(writes()).to.deep.equal(['POST /api/passport/spaces/dissociate']);
    const title = await until(() => el.querySelector<HTMLElement>('.vigie-spaces-done-title'), 'the confirmation screen');
    expect(document.activeElement).to.equal(title);
    const done = norm(text(el.querySelector('.vigie-spaces-done')));
    expect(done).to.contain('Distinguer mes espaces Vous disposez désormais de deux accès distincts pour vos 2 comptes :');
    expect([...el.querySelectorAll('.vigie-spaces-accounts > li')].map((li) => norm(text(li)))).to.deep.equal([
      `Le compte référent d’entreprise L’identifiant de connexion est l’adresse ${PASSPORT_DEMO_LOGIN.email}. Le mot de passe est resté le même.`,
      `Le compte d’intervenant L’identifiant de connexion est l’adresse ${NEW_LOGIN}. Le mot de passe est celui que vous venez de saisir.`,
    ]);
    expect(done).to.contain('Si vous avez un Espace Formateur, vous en conservez l’accès directement depuis votre compte utilisateur.');
    expect(done).to.contain('Procédez maintenant au passage de relais depuis la fiche Informations de l’entreprise.');
    await expect(el).to.be.accessible();
    // The way to the handover: a link to the host's page, cancelable.
    const company = el.querySelector<HTMLAnchorElement>('a.vigie-spaces-company-link')!;
    expect(company.getAttribute('href')).to.equal('#entreprise');
    el.addEventListener('company-profile-requested', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'company-profile-requested') as Promise<CompanyProfileRequestedEvent>;
    await clickOn(company);
    expect([(await requested).href, (await requested).cancelable]).to.deep.equal(['#entreprise', true]);
    // « Ok »: back to the spaces, now separate.
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-spaces-ok')!);
    const state = await until(() => el.querySelector<HTMLElement>('.vigie-spaces-state'), 'the spaces');
    expect(document.activeElement).to.equal(state);
    expect(norm(text(state))).to.contain('Vos espaces ne sont pas liés');
    expect(el.querySelector('.vigie-menu-button')).to.be.null;
    // The mock took it: the user account has its own login and password.
    await expectNoSecretLeft([USER_PASSWORD, session.token, PASSPORT_DEMO_LOGIN.password], { logged, root: el });
  });

  it('refusals with their reason (not a referent), a taken login (409), and a 500 that keeps the login typed', async () => {
    mock = await useScenario('passport:default');
    mock.worker.use(http.post('*/api/passport/spaces/link', () => problem(409, 'spaces-refused', { reason: 'not-referent' })));
    const { el } = await mountLoaded();
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-spaces-link')!);
    const refusal = await until(() => el.querySelector('.vigie-spaces-problem'), 'the refusal');
    expect(refusal.getAttribute('role')).to.equal('alert');
    expect(norm(text(refusal))).to.equal('Action impossible Seul le référent désigné sur le compte de l’entreprise peut lier ses espaces.');
    await expect(el).to.be.accessible();

    mock = await useScenario('passport:linked-spaces');
    const linked = (await mountLoaded()).el;
    await clickOn(linked.querySelector<HTMLButtonElement>('.vigie-spaces-dissociate-open')!);
    const login = await until(() => linked.querySelector<HTMLInputElement>('input[name=userLogin]'), 'the form');
    mock.worker.use(http.post('*/api/passport/spaces/dissociate', () => problem(409, 'email-unavailable')));
    await typeInto(login, NEW_LOGIN);
    await typeInto(input(linked, 'password'), USER_PASSWORD);
    await typeInto(input(linked, 'passwordConfirmation'), USER_PASSWORD);
    await clickOn(linked.querySelector<HTMLButtonElement>('form button[type=submit]')!);
    await until(
      () =>
        norm(text(linked.querySelector('.vigie-error-summary'))).includes('Cette adresse e-mail est déjà l’identifiant d’un autre compte'),
      'the taken login',
    );
    expect(login.value).to.equal(NEW_LOGIN);

    mock.worker.resetHandlers();
    mock.worker.use(http.post('*/api/passport/spaces/dissociate', () => problem(500, 'internal-error')));
    await typeInto(input(linked, 'password'), USER_PASSWORD);
    await typeInto(input(linked, 'passwordConfirmation'), USER_PASSWORD);
    await clickOn(linked.querySelector<HTMLButtonElement>('form button[type=submit]')!);
    const failure = await until(() => linked.querySelector('.vigie-failure'), 'the failure', 8000);
    expect(text(failure)).to.contain('(500)');
    expect(login.value).to.equal(NEW_LOGIN);
    // Never judged by the server: the passwords stay for the retry (issue 8 #18).
    expect(input(linked, 'password').value).to.equal(USER_PASSWORD);
    expect(input(linked, 'passwordConfirmation').value).to.equal(USER_PASSWORD);
    await expect(linked).to.be.accessible();
    input(linked, 'password').focus();
    input(linked, 'password').select();
    await sendKeys({ press: 'Backspace' });
    input(linked, 'passwordConfirmation').focus();
    input(linked, 'passwordConfirmation').select();
    await sendKeys({ press: 'Backspace' });
    await expectNoSecretLeft([USER_PASSWORD], { logged, root: linked });
  });

  it('the spaces fail to load (500): an alert and a retry', async () => {
    mock = await useScenario('passport:default');
    const session = await signInDemoReferent();
    mock.worker.use(http.get('*/api/passport/spaces', () => problem(500, 'internal-error')));
    const { el } = await mount({ session });
    const alert = await until(() => el.querySelector('[role=alert]'), 'the error', 8000);
    expect(text(alert)).to.contain('Impossible de charger vos espaces.');
    mock.worker.resetHandlers();
    await clickOn(alert.querySelector('button')!);
    await until(() => el.querySelector('.vigie-spaces-state'), 'the spaces after the retry');
  });

  it('in English, dark, 320 px: the menu and the explanation, accessible, nothing wider than the container', async () => {
    mock = await useScenario('passport:linked-spaces');
    const { el, wrapper } = await mountLoaded({ locale: 'en', theme: 'dark', width: '320px' });
    expect(norm(text(menuButton(el)))).to.equal('Current space: Company space');
    expect(text(el.querySelector('.vigie-spaces-dissociate-open'))).to.equal('Get separate access to my user account');
    await clickOn(menuButton(el));
    await until(() => !menu(el).hidden, 'the menu');
    expect(items(el).map(text)).to.deep.equal(['Company space (current space)', 'User space', 'Trainer space']);
    await expect(el).to.be.accessible();
    expect(el.scrollWidth).to.be.at.most(wrapper.clientWidth + 1);
    for (const b of el.querySelectorAll<HTMLElement>('button'))
      if (b.offsetParent) expect(b.getBoundingClientRect().height).to.be.at.least(44);
  });
});
