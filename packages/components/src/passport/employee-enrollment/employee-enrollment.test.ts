/**
 * PP-ENROLL — `<employee-enrollment>` in Chromium: « Inscrire un nouveau salarié » and « Modifier un
 * salarié » (seed 004) with the referent's passport session shared by the provider, against a small
 * passport backend written here with msw (it applies core's rules: the profile from the answers,
 * the SNBPE reciprocity at the tests' "today", versions and `If-Match`), so each failure (422, 500,
 * 412, 404, 401) can be produced on demand. Every field and message, the profile for the 8
 * combinations, the SNBPE date checks, the e-mail disclosure, events, pre-fill, the conflict,
 * keyboard paths, fr/en, axe per state.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse, delay } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  PROFILE_IDS,
  PROFILE_QUESTIONS,
  PROFILE_TABLE,
  SNBPE_COMMON_MODULES,
  answersFor,
  modulesValidatedBy,
  parseVersionTag,
  passportMessages,
  profileFor,
  type Employee,
  type EmployeeCreateRequest,
  type PassportSession,
  type ProfileAnswers,
} from '@vigie/core';
import { loadMessages, translate, type MessageKey } from '@vigie/core/i18n';
import { PASSPORT_DEMO_EMPLOYEES, PASSPORT_DEMO_SESSION, type MockWorker } from '@vigie/mock-api/browser';
import { PASSPORT_DEMO_COMPANY_ID } from '@vigie/mock-api';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, clickOn, typeInto, until, useScenario } from '../../../test/helpers.js';
import '../../define/employee-enrollment.js';
import type { EmployeeEnrollment } from './employee-enrollment.js';
import type { EmployeeEditCancelledEvent, EmployeeEnrolledEvent, EmployeeUpdatedEvent } from './employee-enrollment.events.js';
import type { PassportLoginRequestedEvent } from '../passport.events.js';

await loadMessages('en', passportMessages);
const fr = (key: MessageKey, params?: Record<string, string | number>) => translate('fr', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

const SESSION: PassportSession = {
  token: 'pp_test_session',
  expiresAt: '2026-03-10T18:00:00+01:00',
  companyName: 'Granulats Dupont',
  referent: { lastName: 'MARTIN', firstName: 'Claire' },
  space: 'company',
};

const ROW: Employee = {
  id: 'emp-000042',
  firstName: 'Hélène',
  lastName: 'LEFÈVRE',
  email: 'helene.lefevre@granulats-dupont.fr',
  profile: 'technical-checker',
  passportUrl: '/passeports/emp-000042',
  state: 'active',
  expiresOn: '2027-08-25',
  version: 3,
};

// ── a passport backend for these tests ─────────────────────────────────────────────────────

interface Call {
  readonly method: string;
  readonly path: string;
  readonly headers: Headers;
  readonly body: unknown;
}

let mock: MockWorker;
let calls: Call[] = [];
let stored = new Map<string, Employee>();
let nextId = 100;
/** Answers that replace the backend's normal one (a failure, a slow answer…) until cleared. */
let override: {
  create?: () => Promise<Response> | Response;
  get?: () => Promise<Response> | Response;
  update?: () => Promise<Response> | Response;
} = {};

const problem = (status: number, slug: string, extensions: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `/problems/${slug}`, title: slug, status, ...extensions },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

async function record(request: Request, path: string): Promise<unknown> {
  const text = request.method === 'GET' ? '' : await request.clone().text();
  const body = text ? JSON.parse(text) : undefined;
  calls.push({ method: request.method, path, headers: new Headers(request.headers), body });
  return body;
}

const signedIn = (request: Request) => request.headers.get('Authorization') === `Bearer ${SESSION.token}`;

const take = <K extends keyof typeof override>(k: K) => override[k];

const backend = [
  http.post('*/api/passport/employees', async ({ request }) => {
    const body = (await record(request, 'passport/employees')) as EmployeeCreateRequest;
    const once = take('create');
    if (once) return once();
    if (!signedIn(request)) return problem(401, 'session-required');
    const employee: Employee = {
      id: `emp-${++nextId}`,
      firstName: body.firstName,
      lastName: body.lastName.toLocaleUpperCase('fr'),
      email: body.email,
      profile: profileFor(body.answers),
      passportUrl: null,
      state: null,
      expiresOn: null,
      version: 1,
    };
    stored.set(employee.id, employee);
    const validatedModules = modulesValidatedBy({ hasSnbpePassport: body.snbpe !== null, issuedOn: body.snbpe?.issuedOn }, NOW);
    return HttpResponse.json({ employee, validatedModules, firstLoginSentTo: body.email ? 'employee' : 'referent' }, { status: 201 });
  }),
  http.get('*/api/passport/employees/:id', async ({ request, params }) => {
    await record(request, `passport/employees/${params.id}`);
    const once = take('get');
    if (once) return once();
    if (!signedIn(request)) return problem(401, 'session-required');
    const row = stored.get(String(params.id));
    return row ? HttpResponse.json(row) : problem(404, 'not-found');
  }),
  http.put('*/api/passport/employees/:id', async ({ request, params }) => {
    const body = (await record(request, `passport/employees/${params.id}`)) as Omit<EmployeeCreateRequest, 'snbpe'>;
    const once = take('update');
    if (once) return once();
    if (!signedIn(request)) return problem(401, 'session-required');
    const row = stored.get(String(params.id));
    if (!row) return problem(404, 'not-found');
    if (parseVersionTag(request.headers.get('If-Match')) !== row.version) return problem(412, 'version-mismatch');
    const next: Employee = {
      ...row,
      firstName: body.firstName,
      lastName: body.lastName,
      email: body.email,
      profile: profileFor(body.answers),
      version: row.version + 1,
    };
    stored.set(next.id, next);
    return HttpResponse.json(next);
  }),
];

/** Every test but the last group runs against the backend above (the last one: the mock API's `passport:default`). */
async function useBackend() {
  mock = await useScenario('vault:default');
  mock.worker.use(...backend);
  calls = [];
  stored = new Map([[ROW.id, ROW]]);
  override = {};
  nextId = 100;
}

afterEach(() => mock?.worker.resetHandlers());

// ── helpers ────────────────────────────────────────────────────────────────────────────────

interface MountOptions {
  locale?: 'fr' | 'en';
  theme?: 'dark';
  session?: PassportSession | null;
  employeeId?: string;
  employee?: Employee;
  loginHref?: string;
}

async function mount(o: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${o.locale ?? 'fr'} theme=${ifDefined(o.theme)}>
      <employee-enrollment employee-id=${ifDefined(o.employeeId)} login-href=${ifDefined(o.loginHref)} .employee=${o.employee}></employee-enrollment>
    </vigie-provider>
  </div>`);
  const provider = wrapper.querySelector<VigieProvider>('vigie-provider')!;
  if (o.session !== null) provider.passportSession = o.session ?? SESSION;
  const el = provider.querySelector<EmployeeEnrollment>('employee-enrollment')!;
  await until(() => el.querySelector('.vigie-enrollment'), 'the widget');
  return { provider, el };
}

async function mountForm(o: MountOptions = {}) {
  const mounted = await mount(o);
  await until(() => mounted.el.querySelector('form'), 'the form');
  return mounted;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
const radio = (el: Element, name: string, value: 'yes' | 'no') =>
  el.querySelector<HTMLInputElement>(`input[name=${name}][value=${value}]`)!;
const submit = (el: Element) => el.querySelector<HTMLButtonElement>('form button[type=submit]')!;
const summaryItems = (el: Element) => [...el.querySelectorAll('.vigie-error-summary li')].map(text);
const fieldError = (el: Element, name: string) => text(input(el, name).closest('.vigie-field')?.querySelector('.vigie-field-error'));
const profileBox = (el: Element) => el.querySelector<HTMLElement>('.vigie-enrollment-profile')!;
const posts = () => calls.filter((c) => c.method === 'POST');
const puts = () => calls.filter((c) => c.method === 'PUT');

/** Replaces what `name` holds with `value`, typed with real key presses. */
async function fill(el: Element, name: string, value: string) {
  const field = input(el, name);
  field.focus();
  field.select();
  if (field.value !== '') await sendKeys({ press: 'Backspace' });
  if (value !== '') await typeInto(field, value);
}

async function answer(el: EmployeeEnrollment, answers: Partial<Record<string, boolean>>) {
  for (const [name, yes] of Object.entries(answers)) await clickOn(radio(el, name, yes ? 'yes' : 'no'));
  await el.updateComplete;
}

/** A complete creation form: names, no e-mail unless given, the answers, no SNBPE passport unless dated. */
async function fillCreation(el: EmployeeEnrollment, o: { email?: string; answers?: ProfileAnswers; snbpe?: string } = {}) {
  await fill(el, 'firstName', '  Zoé ');
  await fill(el, 'lastName', 'Lecœur');
  if (o.email) await fill(el, 'email', o.email);
  await answer(el, {
    ...(o.answers ?? { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: true }),
    hasSnbpePassport: o.snbpe !== undefined,
  });
  if (o.snbpe !== undefined) {
    await until(() => el.querySelector('input[name=snbpeIssuedOn]'), 'the date field');
    await fill(el, 'snbpeIssuedOn', o.snbpe);
    await el.updateComplete;
  }
}

// ── tests ──────────────────────────────────────────────────────────────────────────────────

describe('<employee-enrollment> (PP-ENROLL)', () => {
  beforeEach(useBackend);

  it('without a session: a clear notice and « Se connecter », which fires a cancelable passport-login-requested; no request', async () => {
    const { el } = await mount({ session: null, loginHref: '#connexion' });
    const link = await until(() => el.querySelector<HTMLAnchorElement>('a.vigie-enrollment-login'), 'the sign-in link');
    expect(text(el.querySelector('h2'))).to.equal('Inscrire un nouveau salarié');
    expect(text(el.querySelector('.vigie-panel-message'))).to.equal(fr('passport.enrollment.signedOut'));
    expect(text(link)).to.equal('Se connecter');
    expect(link.getAttribute('href')).to.equal('#connexion');
    expect(el.querySelector('form')).to.be.null;
    await expect(el).to.be.accessible();
    const href = location.href;
    el.addEventListener('passport-login-requested', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'passport-login-requested') as Promise<PassportLoginRequestedEvent>;
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
    expect(calls).to.deep.equal([]);
  });

  it('create: every field and text of the seed, no answer chosen in advance, the SNBPE section and its warning', async () => {
    const { el } = await mountForm();
    expect(el.mode).to.equal('create');
    const form = el.querySelector('form')!;
    expect(form.getAttribute('aria-labelledby')).to.equal(el.querySelector('h2')!.id);
    expect(text(el.querySelector('h2'))).to.equal('Inscrire un nouveau salarié');
    expect(text(el.querySelector('.vigie-required-note'))).to.equal(fr('form.requiredNote'));
    expect(text(input(el, 'firstName').labels![0])).to.equal('Prénom\u00a0* (obligatoire)');
    expect(text(input(el, 'lastName').labels![0])).to.equal('Nom\u00a0* (obligatoire)');
    const email = input(el, 'email');
    expect(text(email.labels![0])).to.equal('Adresse e-mail de contact');
    expect([email.type, email.autocomplete]).to.deep.equal(['email', 'off']);
    expect(text(document.getElementById(email.getAttribute('aria-describedby')!))).to.equal(fr('passport.enrollment.email.hint.create'));
    const legends = [...el.querySelectorAll('fieldset legend')].map(text);
    expect(legends).to.deep.equal([
      'Cet utilisateur va-t-il intervenir techniquement sur nos installations\u202f?\u00a0* (obligatoire)',
      'Cet utilisateur va-t-il mener des sessions de sensibilisation\u202f?\u00a0* (obligatoire)',
      'Cet utilisateur va-t-il mener des contrôles de passeports avec l’application mobile\u202f?\u00a0* (obligatoire)',
      'Ce salarié possède-t-il un passeport sécurité SNBPE\u202f?\u00a0* (obligatoire)',
    ]);
    for (const name of [...PROFILE_QUESTIONS, 'hasSnbpePassport']) {
      const options = [...el.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)];
      expect(options.map((o) => [o.type, o.value, text(o.labels![0]), o.checked])).to.deep.equal([
        ['radio', 'yes', 'Oui', false],
        ['radio', 'no', 'Non', false],
      ]);
    }
    expect(text(el.querySelector('.vigie-enrollment-questions .vigie-enrollment-note'))).to.equal(fr('passport.enrollment.profile.note'));
    expect(text(profileBox(el))).to.equal(fr('passport.enrollment.profile.pending'));
    const snbpe = el.querySelector('.vigie-enrollment-snbpe')!;
    expect(text(snbpe.querySelector('h3'))).to.equal('Passeport sécurité SNBPE');
    expect(text(snbpe)).to.contain(fr('passport.enrollment.snbpe.intro'));
    expect(text(snbpe.querySelector('.vigie-panel-message--warning'))).to.equal(
      'Attention, il n’est plus possible de lier un passeport SNBPE après avoir finalisé la création d’un compte. Vous devez impérativement saisir ces informations au moment de la création du compte.',
    );
    expect(el.querySelector('input[name=snbpeIssuedOn]')).to.be.null;
    expect(text(submit(el))).to.equal('Enregistrer');
    expect(el.querySelector('.vigie-enrollment-actions button.vigie-button--secondary')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('« Pas d’adresse e-mail ? » and « En savoir plus »: keyboard disclosures with the seed’s texts and the common modules', async () => {
    const { el } = await mountForm();
    const [noEmail, more] = el.querySelectorAll<HTMLDetailsElement>('details.vigie-enrollment-disclosure');
    expect(text(noEmail!.querySelector('summary'))).to.equal('Pas d’adresse e-mail\u202f?');
    expect(noEmail!.open).to.be.false;
    noEmail!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(noEmail!.open).to.be.true;
    expect(text(noEmail!.querySelector('.vigie-enrollment-disclosure-body'))).to.equal(
      'Si votre salarié ne dispose pas d’une adresse e-mail professionnelle, vous pouvez, après avoir reçu au préalable l’accord de la personne concernée, indiquer une autre adresse e-mail. À défaut, laissez ce champ vide\u202f: les informations relatives à ce compte seront envoyées sur l’adresse e-mail enregistrée sur le compte de l’entreprise (e-mail du référent Passeport Sécurité).',
    );
    expect(text(more!.querySelector('summary'))).to.equal('En savoir plus sur la réciprocité avec le passeport SNBPE');
    more!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Space' });
    expect(more!.open).to.be.true;
    const body = text(more!.querySelector('.vigie-enrollment-disclosure-body'));
    expect(body).to.contain('Syndicat National du Béton Prêt à l’Emploi (SNBPE)');
    expect(body).to.contain('Comment faire\u202f?');
    expect([...more!.querySelectorAll('li')].map(text)).to.deep.equal(SNBPE_COMMON_MODULES.map((m) => fr(`passport.module.${m}`)));
    await expect(el).to.be.accessible();
  });

  it('an empty « Enregistrer »: the summary names every missing answer in order, focus on Prénom, nothing sent', async () => {
    const { el } = await mountForm();
    await clickOn(submit(el));
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect(summaryItems(el)).to.deep.equal([
      'Prénom\u202f: Ce champ est obligatoire.',
      'Nom\u202f: Ce champ est obligatoire.',
      'Intervention technique sur les installations\u202f: Choisissez une réponse.',
      'Sessions de sensibilisation\u202f: Choisissez une réponse.',
      'Contrôles de passeports\u202f: Choisissez une réponse.',
      'Passeport sécurité SNBPE\u202f: Choisissez une réponse.',
    ]);
    expect(document.activeElement).to.equal(input(el, 'firstName'));
    expect(el.querySelector('input[name=email]')!.closest('.vigie-field')!.querySelector('.vigie-field-error')).to.be.null;
    expect(calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the e-mail is optional but checked when given (core’s rule)', async () => {
    const { el } = await mountForm();
    await fillCreation(el, { email: 'zoe.lecoeur@' });
    await clickOn(submit(el));
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect(summaryItems(el)).to.have.length(1);
    expect(fieldError(el, 'email')).to.contain('adresse e-mail valide');
    expect(document.activeElement).to.equal(input(el, 'email'));
    await fill(el, 'email', '');
    await clickOn(submit(el));
    await until(() => posts().length === 1, 'the request');
    expect((posts()[0]!.body as EmployeeCreateRequest).email).to.equal(null);
  });

  it('keyboard: arrow keys answer the questions; the profile appears, live and polite, once the three are answered', async () => {
    const { el } = await mountForm();
    const box = profileBox(el);
    expect([box.getAttribute('role'), box.getAttribute('aria-live')]).to.deep.equal(['status', 'polite']);
    radio(el, 'intervenesTechnically', 'yes').focus();
    await sendKeys({ press: 'Space' });
    expect(radio(el, 'intervenesTechnically', 'yes').checked).to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    expect(radio(el, 'intervenesTechnically', 'no').checked).to.be.true;
    await sendKeys({ press: 'ArrowLeft' });
    expect(radio(el, 'intervenesTechnically', 'yes').checked).to.be.true;
    // Tab leaves the group for the next question (one stop per group).
    await sendKeys({ press: 'Tab' });
    expect((document.activeElement as HTMLInputElement).name).to.equal('leadsAwarenessSessions');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(text(box)).to.equal(fr('passport.enrollment.profile.pending'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'checksPassports', 'no').checked).to.be.true;
    expect(text(box)).to.equal('Profil de sensibilisation\u202f: Salarié technique · formateur');
    expect(box.classList.contains('is-known')).to.be.true;
    radio(el, 'checksPassports', 'yes').focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(box)).to.equal('Profil de sensibilisation\u202f: Salarié technique · formateur');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(box)).to.equal('Profil de sensibilisation\u202f: Salarié technique · formateur · contrôleur');
    await expect(el).to.be.accessible();
  });

  it('the profile shown for each of the 8 combinations is core’s (PROFILE_TABLE through profileFor), with its catalog label', async () => {
    const { el } = await mountForm();
    const seen = new Set<string>();
    for (const [bits, id] of Object.entries(PROFILE_TABLE)) {
      const answers = { intervenesTechnically: bits[0] === '1', leadsAwarenessSessions: bits[1] === '1', checksPassports: bits[2] === '1' };
      await answer(el, answers);
      expect(profileFor(answers)).to.equal(id);
      expect(text(profileBox(el).querySelector('.vigie-enrollment-profile-value')), bits).to.equal(fr(`passport.profile.${id}`));
      seen.add(id);
    }
    expect([...seen].sort()).to.deep.equal([...PROFILE_IDS].sort());
  });

  it('SNBPE « Oui »: the date is required, JJ/MM/AAAA, a real date, not in the future, not expired — each explained', async function () {
    // Seven dates typed with real keys, each submitted: more than the default 10 s on a loaded machine.
    this.timeout(60_000);
    const { el } = await mountForm();
    await fillCreation(el, { snbpe: '' });
    const date = input(el, 'snbpeIssuedOn');
    expect(text(date.labels![0])).to.equal('Date d’obtention du passeport\u00a0* (obligatoire)');
    expect(text(date.closest('.vigie-field')!.querySelector('.vigie-hint'))).to.equal(fr('passport.enrollment.snbpe.date.hint'));
    const cases: [string, string][] = [
      ['', 'Ce champ est obligatoire.'],
      ['2024-03-15', fr('passport.enrollment.snbpe.date.invalid')],
      ['15/3/2024', fr('passport.enrollment.snbpe.date.invalid')],
      ['31/04/2025', fr('passport.enrollment.snbpe.date.invalid')],
      ['29/02/2025', fr('passport.enrollment.snbpe.date.invalid')],
      [
        '11/03/2026',
        'Cette date est postérieure à aujourd’hui (10/03/2026)\u202f: saisissez la date à laquelle le passeport a été obtenu.',
      ],
      [
        '10/03/2023',
        'Ce passeport SNBPE était valable jusqu’au 09/03/2026 (3\u00a0ans)\u202f: il n’est plus en cours de validité et ne valide aucun module. Vérifiez la date ou répondez «\u202fNon\u202f».',
      ],
    ];
    for (const [typed, message] of cases) {
      await fill(el, 'snbpeIssuedOn', typed);
      await clickOn(submit(el));
      await until(() => fieldError(el, 'snbpeIssuedOn').includes(message), `the error for « ${typed} »`);
      expect(summaryItems(el), typed).to.deep.equal([`Date d’obtention du passeport\u202f: ${message}`]);
      expect(document.activeElement).to.equal(input(el, 'snbpeIssuedOn'));
    }
    expect(posts()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('SNBPE: a valid date says live until when and how many modules it validates; an expired one says why before sending', async () => {
    const { el } = await mountForm();
    await fillCreation(el, { snbpe: '11/03/2023' });
    const live = el.querySelector<HTMLElement>('.vigie-enrollment-snbpe .vigie-enrollment-live')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(input(el, 'snbpeIssuedOn').getAttribute('aria-describedby')).to.contain(live.id);
    await until(() => text(live).includes('10/03/2026'), 'the validity');
    expect(text(live)).to.equal(
      `Passeport SNBPE en cours de validité jusqu’au 10/03/2026. ${fr('passport.snbpe.validated', { count: SNBPE_COMMON_MODULES.length })}`,
    );
    input(el, 'snbpeIssuedOn').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '2' });
    await until(() => text(live).includes('était valable jusqu’au 10/03/2025'), 'the expired passport');
    // « Non » hides the date (kept for « Oui » again) and sends no SNBPE passport.
    await clickOn(radio(el, 'hasSnbpePassport', 'no'));
    await el.updateComplete;
    expect(el.querySelector('input[name=snbpeIssuedOn]')).to.be.null;
    await clickOn(radio(el, 'hasSnbpePassport', 'yes'));
    await el.updateComplete;
    expect(input(el, 'snbpeIssuedOn').value).to.equal('11/03/2022');
  });

  it('enrols with an SNBPE passport: one POST with the session, an Idempotency-Key and core’s body; « L’utilisateur a bien été créé », the modules, what happens next', async () => {
    const { el } = await mountForm();
    await fillCreation(el, { email: ' zoe.lecoeur@granulats-dupont.fr ', snbpe: '15/03/2024' });
    const enrolled = oneEvent(el, 'employee-enrolled') as Promise<EmployeeEnrolledEvent>;
    submit(el).focus();
    await sendKeys({ press: 'Enter' });
    const event = await enrolled;
    expect(posts()).to.have.length(1);
    const call = posts()[0]!;
    expect(call.headers.get('Authorization')).to.equal(`Bearer ${SESSION.token}`);
    expect(call.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    expect(call.body).to.deep.equal({
      firstName: 'Zoé',
      lastName: 'Lecœur',
      email: 'zoe.lecoeur@granulats-dupont.fr',
      answers: { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: true },
      snbpe: { issuedOn: '2024-03-15' },
    });
    expect([event.employeeId, event.firstName, event.lastName, event.profile, event.firstLoginSentTo]).to.deep.equal([
      'emp-101',
      'Zoé',
      'LECŒUR',
      'technical-checker',
      'employee',
    ]);
    expect(event.validatedModules).to.deep.equal([...SNBPE_COMMON_MODULES]);
    expect(event.employee.version).to.equal(1);
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);

    const title = await until(() => el.querySelector<HTMLElement>('.vigie-enrollment-created h3'), 'the confirmation');
    expect(text(title)).to.equal('L’utilisateur a bien été créé');
    expect(document.activeElement).to.equal(title);
    expect(el.querySelector('form')).to.be.null;
    const created = el.querySelector('.vigie-enrollment-created')!;
    expect([...created.querySelectorAll('dd')].map(text)).to.deep.equal(['Zoé LECŒUR', 'Salarié technique · contrôleur']);
    expect(text(created)).to.contain(`Modules validés immédiatement grâce au passeport SNBPE (${SNBPE_COMMON_MODULES.length})`);
    expect([...created.querySelectorAll('.vigie-enrollment-modules li')].map(text)).to.deep.equal(
      SNBPE_COMMON_MODULES.map((m) => fr(`passport.module.${m}`)),
    );
    expect([...created.querySelectorAll('.vigie-enrollment-next li')].map(text)).to.deep.equal([
      fr('passport.enrollment.created.listed'),
      fr('passport.enrollment.created.referentMail'),
      fr('passport.enrollment.created.employeeMail', { name: 'Zoé LECŒUR' }),
    ]);
    await expect(el).to.be.accessible();

    // « Inscrire un autre salarié »: an empty form, focus on Prénom.
    await clickOn(created.querySelector<HTMLButtonElement>('.vigie-enrollment-actions button')!);
    await until(() => document.activeElement === el.querySelector('input[name=firstName]'), 'focus on Prénom');
    expect(input(el, 'firstName').value).to.equal('');
    expect(el.querySelectorAll('input[type=radio]:checked')).to.have.length(0);
    expect(text(profileBox(el))).to.equal(fr('passport.enrollment.profile.pending'));
  });

  it('enrols without an e-mail and without SNBPE: the referent must pass on the first-login information; no module listed', async () => {
    const { el } = await mountForm();
    await fillCreation(el, { answers: { intervenesTechnically: false, leadsAwarenessSessions: false, checksPassports: false } });
    const enrolled = oneEvent(el, 'employee-enrolled') as Promise<EmployeeEnrolledEvent>;
    await clickOn(submit(el));
    const event = await enrolled;
    expect([event.profile, event.firstLoginSentTo, event.validatedModules]).to.deep.equal(['administrative', 'referent', []]);
    expect((posts()[0]!.body as EmployeeCreateRequest).snbpe).to.equal(null);
    const created = await until(() => el.querySelector('.vigie-enrollment-created'), 'the confirmation');
    expect(created.querySelector('.vigie-enrollment-modules')).to.be.null;
    expect(text(created)).not.to.contain('Modules validés');
    expect([...created.querySelectorAll('.vigie-enrollment-next li')].map(text)).to.deep.equal([
      fr('passport.enrollment.created.listed'),
      fr('passport.enrollment.created.referentMail'),
      'Aucune adresse e-mail n’a été indiquée pour Zoé LECŒUR\u202f: vous devrez lui communiquer les informations nécessaires à sa première connexion. Celles-ci sont précisées dans l’e-mail de confirmation envoyé au référent.',
    ]);
  });

  it('422: the server’s field issues are shown on their fields (answers.*, snbpe.issuedOn), focus on the first', async () => {
    const { el } = await mountForm();
    await fillCreation(el, { email: 'zoe@granulats-dupont.fr', snbpe: '15/03/2024' });
    override.create = () =>
      problem(422, 'validation', {
        errors: [
          { field: 'email', issue: 'invalid-email' },
          { field: 'answers.checksPassports', issue: 'required' },
          { field: 'snbpe.issuedOn', issue: 'date-format' },
          { field: 'somethingElse', issue: 'required' },
        ],
      });
    await clickOn(submit(el));
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect(summaryItems(el)).to.deep.equal([
      `Adresse e-mail de contact\u202f: ${fr('passport.field.invalid-email')}`,
      `Contrôles de passeports\u202f: ${fr('passport.field.required')}`,
      `Date d’obtention du passeport\u202f: ${fr('passport.enrollment.snbpe.date.invalid')}`,
    ]);
    expect(document.activeElement).to.equal(input(el, 'email'));
    expect(el.querySelector('.vigie-failure')).to.be.null;
    expect(input(el, 'firstName').value).to.equal('  Zoé ');
    await expect(el).to.be.accessible();
  });

  it('500: everything typed is kept, a notice with « Réessayer »; every attempt of one submission carries the same Idempotency-Key', async () => {
    const { el } = await mountForm();
    await fillCreation(el, { email: 'zoe@granulats-dupont.fr', snbpe: '15/03/2024' });
    override.create = () => problem(500, 'internal-error');
    await clickOn(submit(el));
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure', 8000);
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(text(failure)).to.contain('Le service a rencontré une erreur (500).');
    expect([input(el, 'firstName').value, input(el, 'email').value, input(el, 'snbpeIssuedOn').value]).to.deep.equal([
      '  Zoé ',
      'zoe@granulats-dupont.fr',
      '15/03/2024',
    ]);
    expect(radio(el, 'intervenesTechnically', 'yes').checked).to.be.true;
    expect(radio(el, 'hasSnbpePassport', 'yes').checked).to.be.true;
    await expect(el).to.be.accessible();
    const key = posts()[0]!.headers.get('Idempotency-Key');
    expect(key).to.match(/^[0-9a-f-]{36}$/);

    // « Réessayer »: the same submission, the same key (the server creates the employee once).
    override.create = undefined;
    await clickOn(failure.querySelector('button')!);
    await until(() => el.querySelector('.vigie-enrollment-created'), 'the confirmation');
    expect(new Set(posts().map((p) => p.headers.get('Idempotency-Key')))).to.deep.equal(new Set([key]));
  });

  it('double submit sends one request; a changed form is another submission, with another key', async () => {
    const { el } = await mountForm();
    await fillCreation(el);
    // The answer waits for the test (a fixed delay would race the real clicks on a loaded machine).
    let release: (() => void) | undefined;
    override.create = async () => {
      await new Promise<void>((r) => (release = r));
      return problem(422, 'validation', { errors: [{ field: 'lastName', issue: 'required' }] });
    };
    await clickOn(submit(el));
    await clickOn(submit(el));
    await until(() => el.querySelector('.vigie-status')?.textContent?.includes('Envoi en cours'), 'submitting');
    expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
    input(el, 'lastName').focus();
    await sendKeys({ press: 'Enter' });
    await clickOn(submit(el));
    (await until(() => release, 'the request'))();
    await until(() => fieldError(el, 'lastName'), 'the answer');
    expect(posts()).to.have.length(1);
    expect(submit(el).hasAttribute('aria-disabled')).to.be.false;

    override.create = undefined;
    await fill(el, 'lastName', 'Lecoeur');
    await clickOn(submit(el));
    await until(() => el.querySelector('.vigie-enrollment-created'), 'the confirmation');
    expect(posts()).to.have.length(2);
    expect(posts()[1]!.headers.get('Idempotency-Key')).not.to.equal(posts()[0]!.headers.get('Idempotency-Key'));
  });

  it('the session is refused (401): it ends for the provider, the notice says so, and the input comes back with the next session', async () => {
    const { el, provider } = await mountForm();
    await fillCreation(el, { email: 'zoe@granulats-dupont.fr' });
    override.create = () => problem(401, 'session-required');
    await clickOn(submit(el));
    const notice = await until(() => el.querySelector('.vigie-panel-message--error'), 'the expired notice');
    expect(text(notice)).to.equal(fr('passport.enrollment.sessionExpired'));
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(provider.passportSession).to.be.undefined;
    const requested = oneEvent(el, 'passport-login-requested') as Promise<PassportLoginRequestedEvent>;
    await clickOn(el.querySelector<HTMLButtonElement>('button.vigie-enrollment-login')!);
    expect((await requested).reason).to.equal('session-expired');
    await expect(el).to.be.accessible();
    provider.passportSession = { ...SESSION };
    await until(() => el.querySelector('form'), 'the form again');
    expect([input(el, 'firstName').value, input(el, 'email').value]).to.deep.equal(['  Zoé ', 'zoe@granulats-dupont.fr']);
    expect(radio(el, 'checksPassports', 'yes').checked).to.be.true;
  });

  it('edit with the roster’s row: « Modifier un salarié » pre-filled (answers from core’s answersFor), no SNBPE section, no request to load', async () => {
    const { el } = await mountForm({ employee: ROW });
    expect(el.mode).to.equal('edit');
    expect(text(el.querySelector('h2'))).to.equal('Modifier un salarié');
    expect([input(el, 'firstName').value, input(el, 'lastName').value, input(el, 'email').value]).to.deep.equal([
      'Hélène',
      'LEFÈVRE',
      ROW.email,
    ]);
    const expected = answersFor(ROW.profile);
    for (const q of PROFILE_QUESTIONS) expect(radio(el, q, expected[q] ? 'yes' : 'no').checked, q).to.be.true;
    expect(text(profileBox(el))).to.equal('Profil de sensibilisation\u202f: Salarié technique · contrôleur');
    expect(el.querySelector('input[name=hasSnbpePassport]')).to.be.null;
    expect(el.querySelector('input[name=snbpeIssuedOn]')).to.be.null;
    expect(el.querySelector('.vigie-enrollment-snbpe')).to.be.null;
    expect(el.querySelector('details')).to.be.null;
    expect(text(el.querySelector('form'))).to.contain(fr('passport.enrollment.snbpe.editNote'));
    expect(text(el.querySelector('form'))).not.to.contain('Date d’obtention');
    expect([...el.querySelectorAll('.vigie-enrollment-actions button')].map(text)).to.deep.equal(['Enregistrer', 'Annuler']);
    expect(calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('edit: « Enregistrer » sends a PUT with If-Match and no SNBPE; employee-updated carries the new row; « Annuler » fires employee-edit-cancelled', async () => {
    const { el } = await mountForm({ employee: ROW });
    await fill(el, 'lastName', 'LEFEVRE-MARTIN');
    await fill(el, 'email', '');
    await answer(el, { intervenesTechnically: false, leadsAwarenessSessions: true });
    expect(text(profileBox(el))).to.equal('Profil de sensibilisation\u202f: Salarié administratif · formateur · contrôleur');
    const updated = oneEvent(el, 'employee-updated') as Promise<EmployeeUpdatedEvent>;
    await clickOn(submit(el));
    const event = await updated;
    expect(puts()).to.have.length(1);
    expect(puts()[0]!.path).to.equal(`passport/employees/${ROW.id}`);
    expect(puts()[0]!.headers.get('If-Match')).to.equal('"3"');
    expect(puts()[0]!.headers.get('Authorization')).to.equal(`Bearer ${SESSION.token}`);
    expect(puts()[0]!.body).to.deep.equal({
      firstName: 'Hélène',
      lastName: 'LEFEVRE-MARTIN',
      email: null,
      answers: { intervenesTechnically: false, leadsAwarenessSessions: true, checksPassports: true },
    });
    expect([event.employee.id, event.employee.version, event.employee.profile, event.employee.email]).to.deep.equal([
      ROW.id,
      4,
      'administrative-trainer-checker',
      null,
    ]);
    const done = await until(() => el.querySelector('.vigie-enrollment-live .vigie-panel-message--success'), 'the confirmation');
    expect(text(done)).to.equal(fr('passport.enrollment.updated'));
    await expect(el).to.be.accessible();

    // Saved again: the new version goes as If-Match.
    await fill(el, 'firstName', 'Hélène-Marie');
    await el.updateComplete;
    expect(el.querySelector('.vigie-enrollment-live .vigie-panel-message--success')).to.be.null;
    await clickOn(submit(el));
    await until(() => puts().length === 2, 'the second PUT');
    expect(puts()[1]!.headers.get('If-Match')).to.equal('"4"');
    await until(() => el.querySelector('.vigie-enrollment-live .vigie-panel-message--success'), 'saved again');

    // « Annuler »: the event, and the form back to what is saved.
    await fill(el, 'firstName', 'Quelqu’un');
    const cancelled = oneEvent(el, 'employee-edit-cancelled') as Promise<EmployeeEditCancelledEvent>;
    await clickOn([...el.querySelectorAll<HTMLButtonElement>('.vigie-enrollment-actions button')].find((b) => text(b) === 'Annuler')!);
    expect((await cancelled).employeeId).to.equal(ROW.id);
    await el.updateComplete;
    expect(input(el, 'firstName').value).to.equal('Hélène-Marie');
  });

  it('edit with employee-id alone: loads the row (loading state), then pre-fills; an unknown employee says it is gone', async () => {
    override.get = async () => {
      await delay(300);
      return HttpResponse.json(ROW);
    };
    const { el } = await mount({ employeeId: ROW.id });
    const loading = await until(() => el.querySelector('.vigie-panel-loading'), 'the loading state');
    expect(text(loading)).to.equal('Chargement…');
    await expect(el).to.be.accessible();
    await until(() => el.querySelector('form'), 'the form');
    override.get = undefined;
    expect(calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal([`GET passport/employees/${ROW.id}`]);
    expect(calls[0]!.headers.get('Authorization')).to.equal(`Bearer ${SESSION.token}`);
    expect(input(el, 'lastName').value).to.equal('LEFÈVRE');

    el.employeeId = 'emp-gone';
    const gone = await until(() => el.querySelector('.vigie-panel-message--error'), 'not found');
    expect(text(gone)).to.equal(fr('passport.enrollment.notFound'));
    expect(el.querySelector('form')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('edit by id with a session already there: one request; a dialog closed while loading loads again when it reopens', async () => {
    // The first read is still running when the dialog closes (long enough on a loaded machine too);
    // the second, after it reopens, answers at once.
    let reads = 0;
    override.get = async () => {
      if (reads++ === 0) await delay(3000);
      return HttpResponse.json(ROW);
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} .passportSession=${SESSION}></vigie-provider></div>`,
    );
    const provider = wrapper.querySelector<VigieProvider>('vigie-provider')!;
    const el = document.createElement('employee-enrollment');
    el.employeeId = ROW.id;
    provider.append(el);
    await until(() => el.querySelector('.vigie-panel-loading'), 'the loading state');
    // Closed once the first read has reached the server (on a loaded machine the data layer's
    // import can still be running when the loading state shows; a read aborted before it is sent
    // is rightly never sent, and then there would be only one request to see).
    await until(() => calls.length === 1, 'the first read sent', 8000);
    // Leaving the page aborts the read at once (the flow's runner is dropped): no wait needed.
    el.remove();
    provider.append(el);
    await until(() => el.querySelector('form'), 'the form', 8000);
    expect(calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal([
      `GET passport/employees/${ROW.id}`,
      `GET passport/employees/${ROW.id}`,
    ]);
    expect(input(el, 'firstName').value).to.equal(ROW.firstName);
  });

  it('edit: the row given after employee-id pre-fills at once; given again while editing, it keeps what is typed', async () => {
    override.get = () => new Promise<Response>(() => {});
    const { el } = await mount({ employeeId: ROW.id });
    await until(() => el.querySelector('.vigie-panel-loading'), 'the loading state');
    el.employee = ROW;
    await until(() => el.querySelector('form'), 'the form');
    expect(input(el, 'lastName').value).to.equal(ROW.lastName);
    await fill(el, 'lastName', 'LEFEVRE');
    el.employee = { ...ROW };
    await el.updateComplete;
    expect(input(el, 'lastName').value).to.equal('LEFEVRE');
    el.employee = { ...ROW, id: 'emp-000043', lastName: 'AUTRE' };
    el.employeeId = 'emp-000043';
    await el.updateComplete;
    expect(input(el, 'lastName').value).to.equal('AUTRE');
  });

  it('edit: loading fails (500): an alert and « Réessayer »', async () => {
    override.get = () => problem(500, 'internal-error');
    const { el } = await mount({ employeeId: ROW.id });
    const alert = await until(() => el.querySelector('.vigie-panel-message--error'), 'the error', 8000);
    expect(text(alert)).to.contain(fr('passport.enrollment.loadError'));
    expect(text(alert)).to.contain('(500)');
    expect(alert.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    override.get = undefined;
    await clickOn(alert.querySelector('button')!);
    await until(() => el.querySelector('form'), 'the form after the retry');
  });

  it('edit conflict (412): said, input kept; the saved version is loaded beside it; « Enregistrer » then replaces it with its version', async () => {
    const { el } = await mountForm({ employee: ROW });
    // Someone else saved in between.
    stored.set(ROW.id, { ...ROW, firstName: 'Hélène', lastName: 'DURAND', email: null, profile: 'administrative', version: 4 });
    await fill(el, 'firstName', 'Léna');
    await clickOn(submit(el));
    const conflict = await until(() => el.querySelector<HTMLElement>('.vigie-panel-message--error'), 'the conflict');
    expect(text(conflict)).to.contain(fr('passport.enrollment.conflict.title'));
    expect(text(conflict)).to.contain(fr('passport.enrollment.conflict.text'));
    expect(conflict.getAttribute('role')).to.equal('alert');
    await until(() => document.activeElement === conflict, 'focus on the conflict');
    expect(input(el, 'firstName').value).to.equal('Léna');
    expect(el.querySelector('.vigie-failure')).to.be.null;
    await expect(el).to.be.accessible();

    await clickOn(conflict.querySelector('button')!);
    const loaded = await until(() => el.querySelector<HTMLElement>('.vigie-panel-message--warning'), 'the saved version');
    expect(text(loaded)).to.contain(fr('passport.enrollment.conflict.loaded'));
    expect([...loaded.querySelectorAll('dd')].map(text)).to.deep.equal(['Hélène', 'DURAND', 'aucune', 'Salarié administratif']);
    expect(document.activeElement).to.equal(loaded);
    expect(input(el, 'firstName').value).to.equal('Léna');
    expect(input(el, 'lastName').value).to.equal('LEFÈVRE');
    await expect(el).to.be.accessible();

    const updated = oneEvent(el, 'employee-updated') as Promise<EmployeeUpdatedEvent>;
    await clickOn(submit(el));
    const event = await updated;
    expect(puts().map((p) => p.headers.get('If-Match'))).to.deep.equal(['"3"', '"4"']);
    expect([event.employee.firstName, event.employee.lastName, event.employee.version]).to.deep.equal(['Léna', 'LEFÈVRE', 5]);
    expect(el.querySelector('.vigie-panel-message--warning')).to.be.null;
  });

  it('edit conflict: « Reprendre la version enregistrée » puts the saved values in the form', async () => {
    const { el } = await mountForm({ employee: ROW });
    stored.set(ROW.id, { ...ROW, lastName: 'DURAND', profile: 'administrative', version: 7 });
    await fill(el, 'firstName', 'Léna');
    await clickOn(submit(el));
    await clickOn((await until(() => el.querySelector('.vigie-panel-message--error button'), 'the conflict')) as HTMLButtonElement);
    const useSaved = await until(() => el.querySelector<HTMLButtonElement>('.vigie-panel-message--warning button'), 'the saved version');
    expect(text(useSaved)).to.equal('Reprendre la version enregistrée');
    await clickOn(useSaved);
    await until(() => document.activeElement === input(el, 'firstName'), 'focus on Prénom');
    expect([input(el, 'firstName').value, input(el, 'lastName').value]).to.deep.equal(['Hélène', 'DURAND']);
    for (const q of PROFILE_QUESTIONS) expect(radio(el, q, 'no').checked, q).to.be.true;
    expect(el.querySelector('.vigie-panel-message--warning')).to.be.null;
  });

  it('English: the same form and messages in en (profile names included)', async () => {
    const { el } = await mountForm({ locale: 'en' });
    expect(text(el.querySelector('h2'))).to.equal('Enrol a new employee');
    expect(text(input(el, 'firstName').labels![0])).to.equal('First name\u00a0* (required)');
    expect([...el.querySelectorAll('fieldset legend')].map(text)[0]).to.equal(
      `${en('passport.enrollment.question.intervenesTechnically')}\u00a0* (required)`,
    );
    expect(text(el.querySelector('summary'))).to.equal('No email address?');
    await answer(el, { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: false });
    expect(text(profileBox(el))).to.equal('Awareness profile: Technical employee');
    await clickOn(radio(el, 'hasSnbpePassport', 'yes'));
    await el.updateComplete;
    await fill(el, 'firstName', 'Zoé');
    await fill(el, 'lastName', 'Lecœur');
    await fill(el, 'snbpeIssuedOn', '11/03/2026');
    await clickOn(submit(el));
    await until(() => fieldError(el, 'snbpeIssuedOn').includes('after today (10/03/2026)'), 'the English error');
    expect(text(submit(el))).to.equal('Save');
    await expect(el).to.be.accessible();
  });

  it('dark theme: readable and accessible, edit mode included', async () => {
    const { el, provider } = await mountForm({ theme: 'dark', employee: ROW });
    // A host that picks the dark theme has a dark page: the widget itself is transparent.
    provider.parentElement!.style.background = '#0d1117';
    const field = input(el, 'firstName');
    expect(getComputedStyle(field).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
  });
});

describe('<employee-enrollment> against the mock API (passport:default)', () => {
  beforeEach(async () => {
    mock = await useScenario('passport:default');
  });

  it('enrols through the mock: the employee is in the roster, the SNBPE modules validated, the e-mails sent', async () => {
    const { el } = await mountForm({ session: PASSPORT_DEMO_SESSION });
    const before = mock.passport.employees().length;
    await fillCreation(el, { email: 'zoe.lecoeur@granulats-dupont.fr', snbpe: '15/03/2024' });
    const enrolled = oneEvent(el, 'employee-enrolled') as Promise<EmployeeEnrolledEvent>;
    await clickOn(submit(el));
    const event = await enrolled;
    expect(mock.passport.employees()).to.have.length(before + 1);
    expect(mock.passport.employee(event.employeeId)).to.deep.equal(event.employee);
    expect(event.validatedModules).to.deep.equal([...SNBPE_COMMON_MODULES]);
    expect(mock.passport.validatedModules(event.employeeId)).to.have.members([...SNBPE_COMMON_MODULES]);
    expect(event.firstLoginSentTo).to.equal('employee');
    expect(
      mock.passport
        .outbox()
        .filter((m) => 'employeeId' in m && m.employeeId === event.employeeId)
        .map((m) => m.kind),
    ).to.deep.equal(['employee-created', 'first-login']);
    await until(() => el.querySelector('.vigie-enrollment-created'), 'the confirmation');
  });

  it('edits a demo employee loaded by id; a change saved by someone else in between is a conflict, then saved over it', async () => {
    const demo = PASSPORT_DEMO_EMPLOYEES[4];
    const { el } = await mount({ session: PASSPORT_DEMO_SESSION, employeeId: demo.id });
    await until(() => el.querySelector('form'), 'the form');
    expect([input(el, 'firstName').value, input(el, 'lastName').value, input(el, 'email').value]).to.deep.equal([
      demo.firstName,
      demo.lastName,
      demo.email,
    ]);
    expect(text(profileBox(el))).to.contain(fr(`passport.profile.${demo.profile}`));
    // Someone else saves first (the mock's store, as another referent's request would).
    const other = mock.passport.updateEmployee(
      PASSPORT_DEMO_COMPANY_ID,
      demo.id,
      { firstName: demo.firstName, lastName: 'LEFÈVRE-DURAND', email: null, answers: answersFor('technical') },
      demo.version,
    );
    expect('version' in other ? other.version : other).to.equal(2);
    await fill(el, 'firstName', 'Hélène-Marie');
    await clickOn(submit(el));
    const reload = await until(() => el.querySelector<HTMLButtonElement>('.vigie-panel-message--error button'), 'the conflict');
    await clickOn(reload);
    const loaded = await until(() => el.querySelector('.vigie-panel-message--warning'), 'the saved version');
    expect([...loaded.querySelectorAll('dd')].map(text)).to.deep.equal([
      demo.firstName,
      'LEFÈVRE-DURAND',
      'aucune',
      fr('passport.profile.technical'),
    ]);
    const updated = oneEvent(el, 'employee-updated') as Promise<EmployeeUpdatedEvent>;
    await clickOn(submit(el));
    const event = await updated;
    expect([event.employee.firstName, event.employee.lastName, event.employee.version]).to.deep.equal(['Hélène-Marie', demo.lastName, 3]);
    expect(mock.passport.employee(demo.id)).to.deep.equal(event.employee);
  });
});
