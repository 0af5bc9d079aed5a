/**
 * PP-ROSTER — `<passport-view>` in Chromium against the mock API (msw, `passport:default`), with the
 * demo company's session handed to the provider: every state (loading, error with « Réessayer », not
 * found, no employee, signed out), a valid, an expired and a blocked passport (PP-BLOCK: the employee
 * is told to see their manager), the SNBPE reciprocity (PP-ENROLL), English, 360 px, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createClient } from '@vigie/core';
import { PASSPORT_DEMO_COMPANY_ID, PASSPORT_DEMO_SESSION, type ScenarioName } from '@vigie/mock-api';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { apiRequests, NOW, shadowText, until, useScenario } from '../../../test/helpers.js';
import '../../define/passport-view.js';
import type { PassportView } from './passport-view.js';

const $ = <T extends Element = HTMLElement>(el: PassportView, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: PassportView, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** Visible text, white space collapsed (the no-break spaces of French typography kept). */
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** « term: value » of each fact. */
const facts = (el: PassportView) =>
  $$(el, '[part~=facts] > div').map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);
/** Each module as shown: « name | status ». */
const modules = (el: PassportView) =>
  $$(el, '[part~=module]').map((li) => `${text(li.querySelector('.module-name'))} | ${text(li.querySelector('.module-status'))}`);

let mock: MockWorker | undefined;
afterEach(async () => {
  mock?.worker.resetHandlers();
  await setViewport({ width: 1280, height: 900 });
});

async function mount(
  o: {
    id?: string;
    scenario?: ScenarioName;
    locale?: string;
    signedIn?: boolean;
    audience?: 'referent' | 'employee';
    keepMock?: boolean;
  } = {},
) {
  if (!o.keepMock || !mock) mock = await useScenario(o.scenario ?? 'passport:default');
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${o.locale ?? 'fr'} .client=${client} .passportSession=${o.signedIn === false ? undefined : PASSPORT_DEMO_SESSION}>
      <passport-view employee-id=${o.id ?? 'emp-000005'} audience=${o.audience ?? 'referent'} login-href="/connexion"></passport-view>
    </vigie-provider>
  `);
  const el = provider.querySelector('passport-view')!;
  await el.updateComplete;
  return { provider, el };
}

/** Mounts and waits for the passport. */
async function shown(o: Parameters<typeof mount>[0] = {}) {
  const m = await mount(o);
  await until(() => $(m.el, '[part~=name]'), 'the passport', 8000);
  await m.el.updateComplete;
  return m;
}

async function clickOn(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

describe('<passport-view> (PP-ROSTER)', function () {
  // Each test loads the mock and the widget, and runs axe: room for a busy machine.
  this.timeout(30_000);

  it('a valid passport: the employee, « Passeport valide » until the expiry date, every module validated with its day', async () => {
    const { el } = await shown();
    expect(text($(el, '[part~=name]'))).to.equal('Hélène LEFÈVRE');
    expect($(el, '[part~=name]')!.localName).to.equal('h2');
    expect(text($(el, '[part~=header]'))).to.contain('Salarié technique · contrôleur');
    expect(text($(el, '[part~=header]'))).to.contain('helene.lefevre@granulats-dupont.fr');
    expect(text($(el, '[part~=status]'))).to.equal('Passeport valide Valable jusqu’au 31/03/2027 inclus.');
    expect(facts(el)).to.deep.equal(['État: Passeport valide', 'Expiration: 31/03/2027', 'Progression: 10 modules validés sur 10']);
    const list = modules(el);
    expect(list).to.have.length(10);
    expect(list[0]).to.equal('Règles générales du site | Validé le 22/03/2024');
    expect(list[9]).to.equal('Poussières et bruit | Validé le 31/03/2024');
    await expect(el).to.be.accessible();
  });

  it('an expired passport (seed 004: « Petit SEBASTIEN … 25 08 2023 ») says it must be renewed', async () => {
    const { el } = await shown({ id: 'emp-000002' });
    expect(text($(el, '[part~=status]'))).to.equal(
      'Passeport expiré Valable jusqu’au 25/08/2023\u202f: la sensibilisation doit être renouvelée.',
    );
    expect(text($(el, '[part~=header]'))).to.contain('Pas d’adresse e-mail');
    await expect(el).to.be.accessible();
  });

  it('PP-BLOCK blocked, for the referent: which module, since when, the employee is told to see their manager, and how to unblock', async () => {
    const { el } = await shown({ id: 'emp-000003' });
    const status = text($(el, '[part~=status]'));
    expect(status).to.contain('Compte bloqué');
    expect(status).to.contain('John WEST a échoué plus de trois fois au module «\u202fTravail en hauteur\u202f»');
    expect(status).to.contain('Un message l’invite à se rapprocher de son responsable.');
    expect(status).to.contain('Bloqué depuis le 08/03/2026.');
    expect(status).to.contain('cliquez sur «\u202fBloqué\u202f» dans la liste des salariés inscrits');
    expect(modules(el).filter((m) => !m.endsWith('À valider'))).to.deep.equal([
      'Règles générales du site | Validé le 28/02/2026',
      'Circulation sur le site | Validé le 01/03/2026',
      'Équipements de protection individuelle | Validé le 02/03/2026',
      'Travail en hauteur | Bloquant\u202f: échoué plus de trois fois',
    ]);
    expect($(el, '[part~=module-blocking]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it("PP-BLOCK end to end in the employee's view: failures counted (Intl plurals), the last try said, then the 4th blocks: « Rapprochez-vous de votre responsable »", async () => {
    const { el } = await shown({ id: 'emp-000001', audience: 'employee' });
    expect(text($(el, '[part~=status]'))).to.equal('Sensibilisation non commencée Vous n’avez encore suivi aucun module.');
    const fail = async () => {
      mock!.passport.recordModuleFailure('emp-000001', 'blasting', PASSPORT_DEMO_COMPANY_ID);
      await el.refresh();
      await el.updateComplete;
    };
    await fail();
    const blasting = () => modules(el).find((m) => m.startsWith('Tirs de mines'))!;
    expect(text($(el, '[part~=status]'))).to.contain('Sensibilisation en cours');
    expect(blasting()).to.match(/À valider ?1 échec sur 3 permis$/);
    await fail();
    expect(blasting()).to.match(/À valider ?2 échecs sur 3 permis$/);
    await fail();
    expect(blasting()).to.match(/3 échecs sur 3 permis Le prochain échec bloque le compte\.$/);
    await fail();
    const status = text($(el, '[part~=status]'));
    expect(status).to.contain('Compte bloqué');
    expect(status).to.contain('Vous avez échoué plus de trois fois au module «\u202fTirs de mines\u202f»');
    expect(text($(el, '.see-manager'))).to.equal('Rapprochez-vous de votre responsable, qui pourra faire débloquer votre compte.');
    expect(blasting()).to.equal('Tirs de mines | Bloquant\u202f: échoué plus de trois fois');
    expect(mock!.passport.outbox().at(-1)).to.include({ kind: 'blocking-alert', employeeId: 'emp-000001', moduleId: 'blasting' });
    await expect(el).to.be.accessible();
  });

  it('PP-ENROLL an employee enrolled with an SNBPE passport: the common modules « Validé par réciprocité SNBPE », the quarry ones to validate', async () => {
    mock = await useScenario('passport:default');
    const created = mock.passport.createEmployee(PASSPORT_DEMO_COMPANY_ID, {
      firstName: 'Zoé',
      lastName: 'NOËL',
      email: null,
      answers: { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: false },
      snbpe: { issuedOn: '2025-01-15' },
    });
    if ('kind' in created) throw new Error('not created');
    const { el } = await shown({ id: created.employee.id, keepMock: true });
    expect(text($(el, '[part~=snbpe]'))).to.equal(
      'Passeport SNBPE obtenu le 15/01/2025, associé à la création du compte le 10/03/2026\u202f: les modules communs aux deux programmes ont été validés aussitôt.',
    );
    const list = modules(el);
    expect(list.filter((m) => m.endsWith('Validé par réciprocité SNBPE'))).to.have.length(7);
    expect(list.slice(7)).to.deep.equal([
      'Tirs de mines | À valider',
      'Fronts de taille, stocks et plans d’eau | À valider',
      'Poussières et bruit | À valider',
    ]);
    expect(facts(el)[2]).to.equal('Progression: 7 modules validés sur 10');
  });

  it('loading says so (a live status); not found says the employee is no longer there', async () => {
    const { el } = await mount({ scenario: 'any:slow' });
    expect(text($(el, '[role=status]'))).to.equal('Chargement du passeport…');
    await expect(el).to.be.accessible();
    const gone = (await mount({ id: 'emp-999999' })).el;
    await until(() => $(gone, '[part~=error]'), 'not found');
    expect(text($(gone, '[part~=error]'))).to.equal(
      'Salarié introuvable Ce salarié n’est pas (ou plus) inscrit dans votre entreprise. Il a peut-être été supprimé\u202f: actualisez la liste des salariés.',
    );
    expect($(gone, '[part~=error]')!.getAttribute('role')).to.equal('alert');
    await expect(gone).to.be.accessible();
  });

  it('an error says what failed, with « Réessayer » (a real click) that shows the passport', async () => {
    mock = await useScenario('passport:default');
    mock.worker.use(
      http.get('/api/passport/employees/:id/passport', () =>
        HttpResponse.json({ type: '/problems/server', title: 'Oops', status: 500 }, { status: 500 }),
      ),
    );
    const { el } = await mount({ keepMock: true });
    const retry = await until(() => $<HTMLButtonElement>(el, '[part~=error] button'), 'the error');
    expect(text($(el, '[part~=error]'))).to.contain('Le passeport n’a pas pu être chargé.');
    expect(text(retry)).to.equal('Réessayer');
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    await clickOn(retry);
    await until(() => $(el, '[part~=name]'), 'the passport after « Réessayer »', 8000);
    expect(text($(el, '[part~=name]'))).to.equal('Hélène LEFÈVRE');
  });

  it('without a session: « Se connecter » (keyboard), cancelable passport-login-requested; nothing requested', async () => {
    const { el } = await mount({ signedIn: false });
    const link = await until(() => $<HTMLAnchorElement>(el, '[part~=signed-out] a'), 'the sign-in link');
    expect(text($(el, '[part~=signed-out]'))).to.contain('Connectez-vous à l’espace entreprise pour voir ce passeport.');
    await expect(el).to.be.accessible();
    const href = location.href;
    let asked = false;
    el.addEventListener('passport-login-requested', (e) => ((asked = true), e.preventDefault()), { once: true });
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(asked).to.equal(true);
    expect(location.href).to.equal(href);
    expect(apiRequests()).to.deep.equal([]);
  });

  it('no employee chosen says so', async () => {
    const { el } = await mount({ id: '' });
    await until(() => shadowText(el), 'a text');
    expect(text(el.shadowRoot!.firstElementChild)).to.equal('Aucun salarié n’est choisi\u202f: le passeport ne peut pas être affiché.');
    expect(apiRequests()).to.deep.equal([]);
  });

  it('in English, and at 360 px nothing overflows', async () => {
    await setViewport({ width: 360, height: 800 });
    const { el } = await shown({ id: 'emp-000003', locale: 'en' });
    expect(text($(el, '[part~=status]'))).to.contain('John WEST failed the module “Working at height” more than three times');
    expect(facts(el)).to.deep.equal(['State: Account blocked', 'Expiry: No passport yet', 'Progress: 3 modules validated out of 10']);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const li of $$(el, '[part~=module]')) expect(li.scrollWidth).to.be.at.most(li.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
