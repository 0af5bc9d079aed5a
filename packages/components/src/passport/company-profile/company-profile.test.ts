/**
 * PP-COMPANY — `<company-profile>` in Chromium against the mock API (msw, passport scenarios), with
 * the referent's passport session obtained through core's `passportLogin` and the mock's demo
 * credentials, handed to `<vigie-provider .passportSession>`: every state, the edit and its
 * checks, the password change, the conflict (a real 412 from the mock), the handover (seed
 * « ETAPE 2 ») with its warning, its password choice and its confirmation, the e-mail domain
 * change with its preview counts, the linked-spaces dialog, every event, keyboard paths, fr/en,
 * axe per state, and no secret left anywhere.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { passportMessages, translate, type PassportSession } from '@vigie/core';
import { loadMessages } from '@vigie/core/i18n';
import { PASSPORT_DEMO_COMPANY, PASSPORT_DEMO_LOGIN, PASSPORT_DEMO_USER_LOGIN, type MockWorker } from '@vigie/mock-api/browser';
import { expectNoSecretLeft } from '../../../test/suites/no-secret-left.js';
import { NOW, apiRequests, until, useScenario, captureConsole, typeInto, clickOn, pressSpaceOn } from '../../../test/helpers.js';
import { signInDemoReferent } from '../../../test/passport.js';
import '../../define/company-profile.js';
import type { CompanyProfile } from './company-profile.js';
import type {
  CompanyHandedOverEvent,
  CompanyUpdatedEvent,
  EmployeesEmailDomainChangedEvent,
  SpacesLinkRequestedEvent,
} from './company-profile.events.js';
import type { PassportLoginRequestedEvent } from '../passport.events.js';

await loadMessages('en', passportMessages);

const TEMPORARY = 'Relais-Temporaire-2026';
const NEW_PASSWORD = 'Nouveau-Passeport-2027!';

let mock: MockWorker;
const logged = captureConsole();

afterEach(() => {
  mock?.worker.resetHandlers();
});

async function mount(opts: { session?: PassportSession; locale?: string; theme?: 'dark'; loginHref?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)} .passportSession=${opts.session}>
      <company-profile login-href=${ifDefined(opts.loginHref)}></company-profile>
    </vigie-provider>
  </div>`);
  // The host page of a dark theme is dark too (the widget's text is light).
  if (opts.theme === 'dark') wrapper.style.background = '#0d1117';
  const el = wrapper.querySelector<CompanyProfile>('company-profile')!;
  await until(() => el.querySelector('.vigie-company'), 'the widget');
  return el;
}

async function mountLoaded(opts: Parameters<typeof mount>[0] = {}) {
  const session = opts.session ?? (await signInDemoReferent());
  const el = await mount({ ...opts, session });
  await until(() => input(el, 'companyName'), 'the company information');
  return { el, session };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`.vigie-company-form input[name=${name}]`)!;
const submit = (el: Element) => el.querySelector<HTMLButtonElement>('.vigie-company-form button[type=submit]')!;
const summary = (el: Element) => norm(text(el.querySelector('.vigie-company-form .vigie-error-summary')));
const radio = (el: Element, value: string) => el.querySelector<HTMLInputElement>(`input[name=handoverPassword][value=${value}]`)!;
const region = (el: Element, code: string) => el.querySelector<HTMLInputElement>(`input[name=regions][value="${code}"]`)!;

/** Replaces what `field` holds with `value`, with real key presses. */
async function replace(field: HTMLInputElement, value: string) {
  field.focus();
  field.select();
  if (field.value !== '') await sendKeys({ press: 'Backspace' });
  if (value !== '') await typeInto(field, value);
}

/** The requests that change something (the test's own sign-in aside). */
const writes = () => apiRequests().filter((r) => !r.startsWith('GET') && r !== 'POST /api/passport/login');

const problem = (status: number, slug: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `/problems/${slug}`, title: slug, status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('<company-profile> (PP-COMPANY)', () => {
  it('without a session: « Connectez-vous à votre espace entreprise », a cancelable passport-login-requested, no request', async () => {
    mock = await useScenario('passport:default');
    const el = await mount({ loginHref: '#connexion' });
    const link = await until(() => el.querySelector<HTMLAnchorElement>('a.vigie-company-sign-in'), 'the sign-in link');
    expect(text(el.querySelector('.vigie-company-signed-out'))).to.contain('Connectez-vous à votre espace entreprise');
    expect(link.getAttribute('href')).to.equal('#connexion');
    await expect(el).to.be.accessible();
    el.addEventListener('passport-login-requested', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'passport-login-requested') as Promise<PassportLoginRequestedEvent>;
    const href = location.href;
    link.focus();
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect([event.href, event.reason, event.cancelable, event.bubbles, event.composed]).to.deep.equal([
      '#connexion',
      'signed-out',
      true,
      true,
      true,
    ]);
    expect(location.href).to.equal(href);
    expect(apiRequests()).to.deep.equal([]);
  });

  it('loading, then the seed’s fields filled from the server: SIRET read only, name, regions, referent; the session as a bearer token', async () => {
    mock = await useScenario('passport:default');
    const session = await signInDemoReferent();
    const auth: string[] = [];
    let release: (() => void) | undefined;
    mock.worker.use(
      http.get('*/api/passport/company', async ({ request }) => {
        auth.push(request.headers.get('Authorization') ?? '');
        await new Promise<void>((r) => (release = r));
      }),
    );
    const el = await mount({ session });
    const loading = await until(() => el.querySelector('.vigie-company-loading'), 'the loading state');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(text(loading.querySelector('[role=status]'))).to.equal('Chargement…');
    await expect(el).to.be.accessible();
    (await until(() => release, 'the request'))();
    await until(() => input(el, 'companyName'), 'the form');
    expect(auth).to.deep.equal([`Bearer ${session.token}`]);
    const siret = el.querySelector<HTMLInputElement>('.vigie-company-identification input')!;
    expect([siret.readOnly, norm(siret.value), siret.name]).to.deep.equal([true, '847 269 156 00018', '']);
    expect(text(siret.labels![0])).to.equal('Numéro de SIRET');
    expect(input(el, 'companyName').value).to.equal(PASSPORT_DEMO_COMPANY.companyName);
    const checked = [...el.querySelectorAll<HTMLInputElement>('input[name=regions]:checked')].map((i) => i.value);
    expect(checked).to.deep.equal(['27', '44', '84']);
    expect(el.querySelectorAll('input[name=regions]')).to.have.length(18);
    expect(input(el, 'referentLastName').value).to.equal('MARTIN');
    expect(input(el, 'referentFirstName').value).to.equal('Baptiste');
    expect(input(el, 'referentEmail').value).to.equal(PASSPORT_DEMO_LOGIN.email);
    expect(input(el, 'referentEmail').autocomplete).to.equal('username');
    const labels = [...el.querySelectorAll('.vigie-company-form label.vigie-label, .vigie-company-form legend')].map((l) =>
      norm(text(l)).replace(' (obligatoire)', ''),
    );
    for (const label of [
      'Nom de l’entreprise *',
      'Régions d’intervention *',
      'Nom du référent *',
      'Prénom du référent *',
      'Adresse e-mail du référent *',
      'Nouveau mot de passe',
      'Confirmation du nouveau mot de passe',
    ]) {
      expect(labels).to.include(label);
    }
    expect(text(el.querySelector('.vigie-company-link-action'))).to.equal('Lier ce compte entreprise à mon compte utilisateur');
    // As the seed places it: right after the referent's e-mail.
    expect(input(el, 'referentEmail').closest('.vigie-field')!.contains(el.querySelector('.vigie-company-link-action'))).to.be.true;
    expect(text(submit(el))).to.equal('Enregistrer les modifications');
    expect(text(el.querySelector('.vigie-company-cancel'))).to.equal('Annuler');
    // Password managers find the login and the new password in one form.
    expect(document.querySelector('input[autocomplete="new-password"]')!.closest('form')).to.equal(input(el, 'referentEmail').form);
    await expect(el).to.be.accessible();
  });

  it('the information fails to load (500): an alert and a retry', async () => {
    mock = await useScenario('passport:default');
    const session = await signInDemoReferent();
    mock.worker.use(http.get('*/api/passport/company', () => problem(500, 'internal-error')));
    const el = await mount({ session });
    const alert = await until(() => el.querySelector('[role=alert]'), 'the error', 8000);
    expect(text(alert)).to.contain('Impossible de charger les informations de l’entreprise.');
    expect(text(alert)).to.contain('(500)');
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    await clickOn(alert.querySelector('button')!);
    await until(() => input(el, 'companyName'), 'the form after the retry');
  });

  it('checks (core’s): required fields, no region, a bad e-mail, a password without its confirmation — typed passwords stay', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    await replace(input(el, 'companyName'), '');
    for (const code of ['27', '44', '84']) await clickOn(region(el, code));
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await clickOn(submit(el));
    await until(() => summary(el).startsWith('Le formulaire contient 3 erreurs'), 'the summary');
    expect(summary(el)).to.contain('Nom de l’entreprise : Ce champ est obligatoire.');
    expect(summary(el)).to.contain('Régions d’intervention : Ce champ est obligatoire.');
    expect(summary(el)).to.contain('Confirmation du nouveau mot de passe : Ce champ est obligatoire.');
    expect(document.activeElement === input(el, 'companyName'), 'focus on input(el, companyName)').to.be.true;
    // Checked before anything was sent: the password typed is still there.
    expect(input(el, 'password').value).to.equal(NEW_PASSWORD);
    await expect(el).to.be.accessible();
    expect(writes()).to.deep.equal([]);
    await replace(input(el, 'referentEmail'), 'pas-une-adresse');
    await clickOn(submit(el));
    await until(() => summary(el).includes('Adresse e-mail du référent : '), 'the e-mail error');
    expect(input(el, 'password').value).to.equal(NEW_PASSWORD);
    await replace(input(el, 'password'), '');
  });

  it('the regions change with a real click and with Space, on the box and on its label (issue 8 #10)', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    await clickOn(region(el, '11'));
    await el.updateComplete;
    expect(region(el, '11').checked, 'ticked by a click').to.be.true;
    await clickOn(region(el, '84'));
    await el.updateComplete;
    expect(region(el, '84').checked, 'unticked by a click').to.be.false;
    await pressSpaceOn(region(el, '32'));
    await el.updateComplete;
    expect(region(el, '32').checked, 'ticked by Space').to.be.true;
    await clickOn(region(el, '53').labels![0]!);
    await el.updateComplete;
    expect(region(el, '53').checked, 'ticked from its label').to.be.true;
    // And they are what is saved.
    const updated = oneEvent(el, 'company-updated') as Promise<CompanyUpdatedEvent>;
    await clickOn(submit(el));
    expect((await updated).company.regions).to.deep.equal(['11', '27', '32', '44', '53']);
    expect(text(el.querySelector('.vigie-company-dirty'))).to.equal('');
  });

  it('edit and save: dirty note, one PUT with If-Match on a double click, company-updated, the saved values', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    expect(el.querySelector('.vigie-company-dirty') === null, 'no el.querySelector(.vigie-company-dirty)').to.be.true;
    await replace(input(el, 'companyName'), 'Granulats Dupont et Fils');
    await clickOn(region(el, '11'));
    await el.updateComplete;
    expect(text(el.querySelector('.vigie-company-dirty'))).to.equal('Vous avez des modifications non enregistrées.');
    const ifMatch: string[] = [];
    // The answer is held until the second click is in: on a loaded machine the first save could
    // otherwise be over before it, and the second would be a new « nothing to save ».
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    mock.worker.use(
      http.put('*/api/passport/company', async ({ request }) => {
        ifMatch.push(request.headers.get('If-Match') ?? '');
        await held;
        return undefined;
      }),
    );
    const updated = oneEvent(el, 'company-updated') as Promise<CompanyUpdatedEvent>;
    await clickOn(submit(el));
    await until(() => ifMatch.length === 1, 'the save on its way');
    await clickOn(submit(el));
    release();
    const event = await updated;
    expect(event.company.companyName).to.equal('Granulats Dupont et Fils');
    expect(event.company.regions).to.deep.equal(['11', '27', '44', '84']);
    expect(event.passwordChanged).to.be.false;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(ifMatch).to.deep.equal(['"1"']);
    expect(apiRequests().filter((r) => r === 'PUT /api/passport/company')).to.have.length(1);
    const saved = await until(() => el.querySelector('.vigie-company-result .vigie-company-saved'), 'the confirmation');
    expect(text(saved)).to.equal('Les informations de l’entreprise ont été enregistrées.');
    expect(saved.closest('[role=status]')).to.exist;
    expect(el.querySelector('.vigie-company-dirty') === null, 'no el.querySelector(.vigie-company-dirty)').to.be.true;
    await expect(el).to.be.accessible();
    // Nothing changed since: nothing is sent.
    await clickOn(submit(el));
    await until(() => text(el.querySelector('.vigie-company-saved')) === 'Aucune modification à enregistrer.', 'nothing to save');
    expect(apiRequests().filter((r) => r === 'PUT /api/passport/company')).to.have.length(1);
  });

  it('« Annuler » restores the server’s values and empties the passwords', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    await replace(input(el, 'referentFirstName'), 'Baptistine');
    await clickOn(region(el, '84'));
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-company-cancel')!);
    await until(() => text(el.querySelector('.vigie-company-saved')) === 'Les informations enregistrées ont été rétablies.', 'the restore');
    expect(input(el, 'referentFirstName').value).to.equal('Baptiste');
    expect(region(el, '84').checked).to.be.true;
    expect(input(el, 'password').value).to.equal('');
    expect(writes()).to.deep.equal([]);
  });

  it('the company password: the current one again, then a common one, are refused by the server with their reason; the other edits stay (issue 8 #5)', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    await replace(input(el, 'companyName'), 'Granulats Dupont Ouest');
    await typeInto(input(el, 'password'), PASSPORT_DEMO_LOGIN.password);
    await typeInto(input(el, 'passwordConfirmation'), PASSPORT_DEMO_LOGIN.password);
    await clickOn(submit(el));
    await until(
      () => summary(el).includes('Le nouveau mot de passe doit être différent du mot de passe actuel.'),
      'the same-as-current refusal',
      8000,
    );
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont Ouest');
    await expect(el).to.be.accessible();
    await typeInto(input(el, 'password'), 'Azerty123456');
    await typeInto(input(el, 'passwordConfirmation'), 'Azerty123456');
    await clickOn(submit(el));
    await until(() => summary(el).includes('Ce mot de passe est trop courant'), 'the common refusal', 8000);
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont Ouest');
  });

  it('the company password: changed with the new password twice (policy and mismatch first), company-updated, no secret left', async () => {
    mock = await useScenario('passport:default');
    const { el, session } = await mountLoaded();
    await typeInto(input(el, 'password'), 'court');
    await typeInto(input(el, 'passwordConfirmation'), 'court');
    await clickOn(submit(el));
    await until(() => summary(el).includes('Le mot de passe doit comporter au moins 11 caractères.'), 'the policy');
    await replace(input(el, 'password'), NEW_PASSWORD);
    await replace(input(el, 'passwordConfirmation'), `${NEW_PASSWORD}?`);
    await clickOn(submit(el));
    await until(() => summary(el).includes('Les deux mots de passe ne sont pas identiques.'), 'the mismatch');
    await replace(input(el, 'passwordConfirmation'), NEW_PASSWORD);
    const updated = oneEvent(el, 'company-updated') as Promise<CompanyUpdatedEvent>;
    await clickOn(submit(el));
    expect((await updated).passwordChanged).to.be.true;
    await until(
      () => text(el.querySelector('.vigie-company-saved')) === 'Le mot de passe du compte de l’entreprise a été modifié.',
      'the confirmation',
    );
    expect(apiRequests()).to.include('POST /api/passport/company/password');
    // The mock took it.
    const { createClient } = await import('@vigie/core/api');
    const { passportLogin } = await import('@vigie/core/passport/api');
    expect((await passportLogin(createClient({ baseUrl: '/api' }), PASSPORT_DEMO_LOGIN.email, NEW_PASSWORD)).kind).to.equal('signed-in');
    await expectNoSecretLeft([NEW_PASSWORD, PASSPORT_DEMO_LOGIN.password, session.token], { logged, root: el });
  });

  it('a 500 on save keeps everything typed, the passwords too (never judged); « Réessayer » saves (issue 8 #18)', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    mock.worker.use(http.put('*/api/passport/company', () => problem(500, 'internal-error')));
    await replace(input(el, 'companyName'), 'Granulats Dupont Est');
    await typeInto(input(el, 'password'), NEW_PASSWORD);
    await typeInto(input(el, 'passwordConfirmation'), NEW_PASSWORD);
    await clickOn(submit(el));
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure notice', 8000);
    expect(text(failure)).to.contain('(500)');
    expect(text(failure)).not.to.contain('les mots de passe et codes saisis ont été effacés');
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont Est');
    expect(input(el, 'password').value).to.equal(NEW_PASSWORD);
    expect(input(el, 'passwordConfirmation').value).to.equal(NEW_PASSWORD);
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    const updated = oneEvent(el, 'company-updated') as Promise<CompanyUpdatedEvent>;
    await clickOn(failure.querySelector('button')!);
    const event = await updated;
    expect([event.company.companyName, event.passwordChanged]).to.deep.equal(['Granulats Dupont Est', true]);
    await expectNoSecretLeft([NEW_PASSWORD], { logged, root: el });
  });

  it('a stale version (412): someone else changed it; reload keeps what was typed and lists what changed; then saved', async () => {
    mock = await useScenario('passport:default');
    const { el, session } = await mountLoaded();
    await replace(input(el, 'companyName'), 'Granulats Dupont Centre');
    // Someone else saves in between (version 1 → 2).
    const { createClient } = await import('@vigie/core/api');
    const api = await import('@vigie/core/passport/api');
    const other = createClient({ baseUrl: '/api' });
    const current = await api.getCompany(other, { session });
    await api.updateCompany(
      other,
      { companyName: current.companyName, regions: ['27', '44'], referent: { lastName: 'MARTIN', firstName: 'Baptiste' } },
      current.version,
      { session },
    );
    await clickOn(submit(el));
    const conflict = await until(() => el.querySelector('.vigie-company-conflict[role=alert]'), 'the conflict');
    expect(norm(text(conflict))).to.contain('Ces informations ont été modifiées entre-temps');
    expect(norm(text(conflict))).to.contain('Vos saisies sont conservées');
    expect(el.querySelector('.vigie-failure') === null, 'no el.querySelector(.vigie-failure)').to.be.true;
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont Centre');
    await expect(el).to.be.accessible();
    await clickOn(conflict.querySelector<HTMLButtonElement>('.vigie-company-reload')!);
    const reloaded = await until(() => el.querySelector<HTMLElement>('.vigie-company-conflict[role=status]'), 'the reload');
    expect(document.activeElement === reloaded, 'focus on reloaded').to.be.true;
    expect(norm(text(reloaded))).to.contain('Valeurs enregistrées entre-temps :');
    expect([...reloaded.querySelectorAll('dl > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))])).to.deep.equal(
      [['Régions d’intervention', 'Bourgogne-Franche-Comté, Grand Est']],
    );
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont Centre');
    await expect(el).to.be.accessible();
    const updated = oneEvent(el, 'company-updated') as Promise<CompanyUpdatedEvent>;
    await clickOn(submit(el));
    const event = await updated;
    expect([event.company.companyName, event.company.version]).to.deep.equal(['Granulats Dupont Centre', 3]);
    expect(el.querySelector('.vigie-company-conflict') === null, 'no el.querySelector(.vigie-company-conflict)').to.be.true;
  });

  it('the handover (seed « ETAPE 2 »): IMPORTANT as soon as the e-mail differs, the password choice, a confirmation; then handed over', async () => {
    mock = await useScenario('passport:default');
    const { el, session } = await mountLoaded();
    expect(el.querySelector('.vigie-company-important') === null, 'no el.querySelector(.vigie-company-important)').to.be.true;
    await replace(input(el, 'referentLastName'), 'DURAND');
    await replace(input(el, 'referentFirstName'), 'Claire');
    await replace(input(el, 'referentEmail'), 'claire.durand@granulats-dupont.fr');
    const important = await until(() => el.querySelector('.vigie-company-important'), 'the IMPORTANT warning');
    expect(norm(text(important))).to.equal(
      'IMPORTANT Vérifiez que l’adresse e-mail a été correctement saisie : celle-ci deviendra le nouvel identifiant de connexion au compte de l’entreprise et notre nouveau contact privilégié.',
    );
    expect(important.closest('[aria-live=polite]')).to.exist;
    expect(input(el, 'referentEmail').getAttribute('aria-describedby')).to.contain(important.id);
    // The password question, with the seed's two ways (and keeping it); the password fields wait for the choice.
    expect([...el.querySelectorAll('input[name=handoverPassword]')].map((r) => text((r as HTMLInputElement).labels![0]))).to.deep.equal([
      'Conserver le mot de passe actuel',
      'Définir un mot de passe temporaire pour mon successeur',
      'Mon successeur réinitialisera le mot de passe',
    ]);
    expect(input(el, 'password')).to.be.null;
    await expect(el).to.be.accessible();
    await clickOn(submit(el));
    await until(
      () => summary(el).includes('Que devient le mot de passe du compte de l’entreprise ? : Ce champ est obligatoire.'),
      'the choice required',
    );
    await clickOn(radio(el, 'temporary'));
    await el.updateComplete;
    expect(norm(text(el.querySelector('.vigie-company-mode')))).to.contain('Communiquez ce mot de passe temporaire à votre successeur');
    expect(norm(text(input(el, 'password').labels![0]))).to.equal('Mot de passe temporaire * (obligatoire)');
    await clickOn(submit(el));
    await until(() => summary(el).includes('Mot de passe temporaire : Ce champ est obligatoire.'), 'the temporary password required');
    await typeInto(input(el, 'password'), TEMPORARY);
    await typeInto(input(el, 'passwordConfirmation'), TEMPORARY);
    // The confirmation: Escape goes back to the form with nothing sent.
    submit(el).focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => el.querySelector<HTMLDialogElement>('dialog.vigie-company-confirm[open]'), 'the confirmation');
    expect(dialog.getAttribute('aria-labelledby')).to.equal(dialog.querySelector('h3')!.id);
    expect([...dialog.querySelectorAll('dl > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))])).to.deep.equal([
      ['Nouvelle personne référente', 'Claire DURAND'],
      ['Nouvel identifiant de connexion', 'claire.durand@granulats-dupont.fr'],
      ['Mot de passe', 'Définir un mot de passe temporaire pour mon successeur'],
    ]);
    expect(dialog.contains(document.activeElement)).to.be.true;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !el.querySelector('dialog.vigie-company-confirm'), 'the dialog to close');
    expect(document.activeElement === submit(el), 'focus on submit(el)').to.be.true;
    expect(input(el, 'password').value).to.equal(TEMPORARY);
    expect(writes()).to.deep.equal([]);
    // Confirmed: one request, the handover (point 17: the names go with it), with the version.
    await clickOn(submit(el));
    const again = await until(() => el.querySelector<HTMLDialogElement>('dialog.vigie-company-confirm[open]'), 'the confirmation again');
    const handedOver = oneEvent(el, 'company-handed-over') as Promise<CompanyHandedOverEvent>;
    await clickOn(again.querySelector<HTMLButtonElement>('.vigie-company-confirm-submit')!);
    const event = await handedOver;
    expect([event.email, event.passwordMode, event.referent.firstName, event.referent.lastName]).to.deep.equal([
      'claire.durand@granulats-dupont.fr',
      'temporary',
      'Claire',
      'DURAND',
    ]);
    expect(event.company.referent.email).to.equal('claire.durand@granulats-dupont.fr');
    expect(writes()).to.deep.equal(['POST /api/passport/company/handover']);
    const done = await until(() => el.querySelector('.vigie-company-saved'), 'the confirmation');
    expect(norm(text(done))).to.contain(
      'Le passage de relais est fait : Claire DURAND est désormais la personne référente Passeport Sécurité',
    );
    expect(norm(text(done))).to.contain('Communiquez ce mot de passe temporaire');
    expect(el.querySelector('.vigie-company-important') === null, 'no el.querySelector(.vigie-company-important)').to.be.true;
    await expect(el).to.be.accessible();
    // The successor signs in with the temporary password and must change it.
    const { createClient } = await import('@vigie/core/api');
    const { passportLogin } = await import('@vigie/core/passport/api');
    expect((await passportLogin(createClient({ baseUrl: '/api' }), 'claire.durand@granulats-dupont.fr', TEMPORARY)).kind).to.equal(
      'must-change-password',
    );
    await expectNoSecretLeft([TEMPORARY, session.token], { logged, root: el });
  });

  it('point 17: a handover with a new company name is ONE request; refused, it saves nothing at all and keeps what was typed', async function () {
    // Real keys and mouse for a whole flow: more than the default 10 s on a loaded machine.
    this.timeout(30_000);
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    /** Replaces a field's value with real keys. */
    const retype = async (field: HTMLInputElement, value: string) => {
      field.focus();
      field.select();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: value });
    };
    await retype(input(el, 'companyName'), 'Granulats Dupont SAS');
    await retype(input(el, 'referentLastName'), 'DURAND');
    await retype(input(el, 'referentFirstName'), 'Claire');
    // An address that is already another account's login: the server refuses the handover.
    await retype(input(el, 'referentEmail'), PASSPORT_DEMO_USER_LOGIN);
    await until(() => radio(el, 'reset'), 'the password choice');
    await clickOn(radio(el, 'reset'));
    await until(() => radio(el, 'reset').checked, 'the choice ticked');
    await clickOn(submit(el));
    const dialog = await until(() => el.querySelector<HTMLDialogElement>('dialog.vigie-company-confirm[open]'), 'the confirmation');
    await clickOn(dialog.querySelector('.vigie-company-confirm-submit')!);
    await until(
      () => text(input(el, 'referentEmail').closest('.vigie-field')!.querySelector('.vigie-field-error')),
      'the refusal on the e-mail',
    );
    expect(writes()).to.deep.equal(['POST /api/passport/company/handover']);
    // Nothing saved, not even the name; everything typed still there.
    expect(mock.passport.company('granulats-dupont').companyName).to.equal(PASSPORT_DEMO_COMPANY.companyName);
    expect(mock.passport.company('granulats-dupont').version).to.equal(1);
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont SAS');
    expect(input(el, 'referentLastName').value).to.equal('DURAND');
    // With a free address: one request saves it all.
    await retype(input(el, 'referentEmail'), 'claire.durand@granulats-dupont.fr');
    await clickOn(submit(el));
    const again = await until(() => el.querySelector<HTMLDialogElement>('dialog.vigie-company-confirm[open]'), 'the confirmation again');
    await clickOn(again.querySelector('.vigie-company-confirm-submit')!);
    await until(() => el.querySelector('.vigie-company-saved'), 'handed over');
    expect(writes()).to.deep.equal(['POST /api/passport/company/handover', 'POST /api/passport/company/handover']);
    const saved = mock.passport.company('granulats-dupont');
    expect([saved.companyName, saved.referent.email, saved.version]).to.deep.equal([
      'Granulats Dupont SAS',
      'claire.durand@granulats-dupont.fr',
      2,
    ]);
  });

  it('point 17: refresh() keeps what was typed (untouched fields follow the server); a failed refresh keeps the form, says so, and retries', async function () {
    // Real keys and mouse for a whole flow: more than the default 10 s on a loaded machine.
    this.timeout(30_000);
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    const name = input(el, 'companyName');
    name.focus();
    name.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'Granulats Dupont SAS' });
    // Meanwhile someone else changes the referent's first name on the server.
    const changed = mock.passport.updateCompany(
      'granulats-dupont',
      {
        companyName: PASSPORT_DEMO_COMPANY.companyName,
        regions: [...PASSPORT_DEMO_COMPANY.regions],
        referent: { lastName: 'MARTIN', firstName: 'Baptiste-Jean' },
      },
      1,
    );
    expect('kind' in changed).to.be.false;
    await el.refresh();
    await el.updateComplete;
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont SAS');
    expect(input(el, 'referentFirstName').value).to.equal('Baptiste-Jean');

    // The refresh fails: the form stays with what was typed, a notice says so, « Réessayer ».
    mock.worker.use(http.get('*/api/passport/company', () => problem(500, 'internal-error')));
    await el.refresh();
    const notice = await until(() => el.querySelector('.vigie-company-refresh-failed'), 'the refresh notice');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(norm(text(notice))).to.contain(
      'Les informations de l’entreprise n’ont pas pu être actualisées. Ce que vous avez saisi est conservé.',
    );
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont SAS');
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    await clickOn([...notice.querySelectorAll('button')].find((b) => text(b) === 'Réessayer')!);
    await until(() => !el.querySelector('.vigie-company-refresh-failed'), 'the notice gone');
    expect(input(el, 'companyName').value).to.equal('Granulats Dupont SAS');
    // Saving now sends what was typed, at the version just read.
    await clickOn(submit(el));
    await until(() => el.querySelector('.vigie-company-saved'), 'saved');
    expect(mock.passport.company('granulats-dupont').companyName).to.equal('Granulats Dupont SAS');
    expect(mock.passport.company('granulats-dupont').referent.firstName).to.equal('Baptiste-Jean');
  });

  it('handover refusals: an e-mail already used as a login (409), linked spaces (core: dissociate first)', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    await replace(input(el, 'referentEmail'), PASSPORT_DEMO_USER_LOGIN);
    await clickOn(radio(el, 'reset'));
    await el.updateComplete;
    expect(norm(text(el.querySelector('.vigie-company-mode')))).to.contain('Le mot de passe actuel ne fonctionnera plus');
    await clickOn(submit(el));
    await clickOn(await until(() => el.querySelector<HTMLButtonElement>('dialog[open] .vigie-company-confirm-submit'), 'the confirmation'));
    await until(() => summary(el).includes('Cette adresse e-mail est déjà l’identifiant d’un autre compte'), 'the taken e-mail');
    expect(input(el, 'referentEmail').value).to.equal(PASSPORT_DEMO_USER_LOGIN);

    mock = await useScenario('passport:linked-spaces');
    const linked = (await mountLoaded()).el;
    await until(
      () => text(linked.querySelector('.vigie-company-link')).includes('Ce compte entreprise est lié à votre compte utilisateur.'),
      'the linked note',
    );
    expect(text(linked.querySelector('.vigie-company-link-action'))).to.equal('Avoir un accès distinct à mon compte utilisateur');
    await replace(input(linked, 'referentEmail'), 'claire.durand@granulats-dupont.fr');
    await clickOn(radio(linked, 'keep'));
    await clickOn(submit(linked));
    await until(() => summary(linked).includes('Vos espaces sont liés : distinguez d’abord vos espaces'), 'dissociate first');
    expect(linked.querySelector('dialog')).to.be.null;
    expect(writes()).to.deep.equal([]);
  });

  it('the e-mail domain of every employee (seed « Astuces »): pre-filled, checked, preview counts, confirm once, report and event', async () => {
    mock = await useScenario('passport:default');
    const { el, session } = await mountLoaded();
    const toggle = el.querySelector<HTMLButtonElement>('.vigie-company-toggle')!;
    expect(text(toggle)).to.equal('Changer le nom de domaine des adresses e-mail de vos salariés');
    await clickOn(toggle);
    const to = await until(() => el.querySelector<HTMLInputElement>('.vigie-company-domain input[name=toDomain]'), 'the domain form');
    expect(document.activeElement === to, 'focus on to').to.be.true;
    expect(el.querySelector<HTMLInputElement>('.vigie-company-domain input[name=fromDomain]')!.value).to.equal('granulats-dupont.fr');
    await expect(el).to.be.accessible();
    await typeInto(to, 'granulats-dupont.fr');
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-company-domain button[type=submit]')!);
    await until(
      () =>
        norm(text(el.querySelector('.vigie-company-domain .vigie-error-summary'))).includes(
          'Le nouveau nom de domaine est identique à l’actuel.',
        ),
      'same domain',
    );
    await replace(to, 'dupont-granulats.fr');
    await clickOn(el.querySelector<HTMLButtonElement>('.vigie-company-domain button[type=submit]')!);
    const title = await until(() => el.querySelector<HTMLElement>('.vigie-company-domain-title'), 'the preview');
    const { createClient } = await import('@vigie/core/api');
    const api = await import('@vigie/core/passport/api');
    const expected = await api.previewEmailDomainChange(createClient({ baseUrl: '/api' }), 'granulats-dupont.fr', 'dupont-granulats.fr', {
      session,
    });
    expect(expected.changing).to.be.greaterThan(1);
    expect(norm(text(title))).to.equal(`${expected.changing} comptes vont changer`);
    expect(document.activeElement === title, 'focus on title').to.be.true;
    const stay = norm(text(el.querySelector('.vigie-company-domain-stay')));
    if (expected.noEmail > 0) expect(stay).to.contain(`${expected.noEmail} compte${expected.noEmail > 1 ? 's' : ''} sans adresse e-mail`);
    if (expected.otherDomain > 0) expect(stay).to.contain('sur un autre nom de domaine');
    await expect(el).to.be.accessible();
    const confirm = el.querySelector<HTMLButtonElement>('.vigie-company-domain-confirm')!;
    expect(norm(text(confirm))).to.equal(`Changer les ${expected.changing} adresses`);
    const changed = oneEvent(el, 'employees-email-domain-changed') as Promise<EmployeesEmailDomainChangedEvent>;
    await clickOn(confirm);
    await clickOn(confirm);
    const event = await changed;
    expect([event.count, event.fromDomain, event.toDomain]).to.deep.equal([
      expected.changing,
      'granulats-dupont.fr',
      'dupont-granulats.fr',
    ]);
    expect(apiRequests().filter((r) => r === 'POST /api/passport/company/email-domain')).to.have.length(1);
    const done = await until(() => el.querySelector<HTMLElement>('.vigie-company-domain-done [role=status]'), 'the report');
    expect(norm(text(done))).to.equal(
      `${expected.changing} adresses e-mail sont passées du domaine granulats-dupont.fr au domaine dupont-granulats.fr.`,
    );
    expect(document.activeElement === done, 'focus on done').to.be.true;
    await expect(el).to.be.accessible();
    // Nothing left on the old domain.
    const after = await api.previewEmailDomainChange(createClient({ baseUrl: '/api' }), 'granulats-dupont.fr', 'dupont-granulats.fr', {
      session,
    });
    expect(after.changing).to.equal(0);
  });

  it('« Lier ce compte entreprise à mon compte utilisateur »: cancelable spaces-link-requested, else <space-switcher> in a dialog', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded();
    const button = el.querySelector<HTMLButtonElement>('.vigie-company-link-action')!;
    el.addEventListener('spaces-link-requested', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'spaces-link-requested') as Promise<SpacesLinkRequestedEvent>;
    await clickOn(button);
    const event = await requested;
    expect([event.flow, event.cancelable]).to.deep.equal(['link', true]);
    await el.updateComplete;
    expect(el.querySelector('dialog') === null, 'no el.querySelector(dialog)').to.be.true;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => el.querySelector<HTMLDialogElement>('dialog.vigie-company-spaces[open]'), 'the dialog');
    const switcher = await until(() => dialog.querySelector('space-switcher .vigie-spaces-card'), 'the link flow');
    expect(text(switcher)).to.contain('Lier ce compte entreprise à mon compte utilisateur');
    await expect(el).to.be.accessible();
    const linked = oneEvent(el, 'spaces-linked');
    await clickOn(dialog.querySelector<HTMLButtonElement>('.vigie-spaces-link')!);
    await linked;
    await clickOn(dialog.querySelector<HTMLButtonElement>('.vigie-company-dialog-close')!);
    await until(() => !el.querySelector('dialog'), 'the dialog to close');
    expect(text(el.querySelector('.vigie-company-link'))).to.contain('Ce compte entreprise est lié à votre compte utilisateur.');
    expect(
      document.activeElement === el.querySelector('.vigie-company-link-action'),
      'focus on el.querySelector(.vigie-company-link-action)',
    ).to.be.true;
  });

  it('in English, in the dark theme: the same form, accessible', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mountLoaded({ locale: 'en', theme: 'dark' });
    expect(text(el.querySelector('h2'))).to.equal('Company information');
    expect(text(submit(el))).to.equal('Save the changes');
    await replace(input(el, 'referentEmail'), 'claire.durand@granulats-dupont.fr');
    const important = await until(() => el.querySelector('.vigie-company-important'), 'the warning');
    expect(text(important)).to.contain('it will become the new login of the company account');
    expect(translate('en', 'passport.company.title')).to.equal('Company information');
    await expect(el).to.be.accessible();
  });

  it('an expired session (401): cleared for the provider, « sign in again »', async () => {
    mock = await useScenario('passport:default');
    const el = await mount({
      session: {
        token: 'pp-expiree',
        expiresAt: '2026-03-10T11:00:00.000Z',
        companyName: 'X',
        referent: { lastName: 'A', firstName: 'B' },
        space: 'company',
      },
    });
    const alert = await until(() => el.querySelector('.vigie-company-signed-out[role=alert]'), 'the expired notice');
    expect(text(alert)).to.equal('Votre session a expiré. Connectez-vous de nouveau à votre espace entreprise.');
    const requested = oneEvent(el, 'passport-login-requested') as Promise<PassportLoginRequestedEvent>;
    await clickOn(el.querySelector<HTMLButtonElement>('button.vigie-company-sign-in')!);
    expect((await requested).reason).to.equal('session-expired');
    await expect(el).to.be.accessible();
  });
});
