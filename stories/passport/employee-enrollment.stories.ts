/**
 * PP-ENROLL — `<employee-enrollment>`, one story per state: « Inscrire un nouveau salarié » (empty,
 * answered with its profile, SNBPE with its date, errors, submitting, server error, success with
 * the modules or without e-mail) and « Modifier un salarié » (pre-filled, loaded by id, conflict),
 * without a session, in English, dark, 320 px. "Today" is 10/03/2026.
 *
 * The widget needs the referent's passport session that `<passport-login>` gives the provider. The
 * stories hand their provider the mock API's always-open demo session (`PASSPORT_DEMO_SESSION`,
 * company « Granulats Dupont SARL ») with a context request, as a widget asks for its services; the
 * mock (`passport:default`, `any:slow`, `any:error-500`) answers as a backend would, applying core's
 * rules. The conflict stories need someone else's save in between: their session (`story:conflict`)
 * is answered by the two routes below, the version stored being ahead of the row the form opened.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { http, HttpResponse } from 'msw';
import { ContextEvent } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { parseVersionTag, profileFor, type Employee, type EmployeeUpdateRequest, type PassportSession } from '@vigie/core';
import { vigieContext, type VigieServices } from '@vigie/components';
import '@vigie/components/define/employee-enrollment.js';
import { PASSPORT_DEMO_EMPLOYEES, PASSPORT_DEMO_SESSION, type ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

/** Which session the story's provider gets. */
type SessionKind = 'demo' | 'conflict' | 'signed-out';

interface EnrollmentArgs {
  employeeId?: string;
  employee?: Employee;
  loginHref?: string;
  session?: SessionKind;
}

/** Hélène LEFÈVRE, technical and checking passports, as the demo roster has her. */
const ROW: Employee = PASSPORT_DEMO_EMPLOYEES[4];

/** What someone else saved meanwhile (the conflict stories). */
const SAVED_BY_SOMEONE_ELSE: Employee = {
  ...ROW,
  lastName: 'DURAND',
  email: null,
  profile: 'technical-trainer-checker',
  version: ROW.version + 1,
};

const CONFLICT_SESSION: PassportSession = { ...PASSPORT_DEMO_SESSION, token: 'story:conflict' };

const isConflictStory = (request: Request) => request.headers.get('Authorization') === `Bearer ${CONFLICT_SESSION.token}`;

/** The conflict stories' employee routes; every other request goes on to the mock API. */
const conflictRoutes = [
  http.get('*/api/passport/employees/:id', ({ request }) =>
    isConflictStory(request) ? HttpResponse.json(SAVED_BY_SOMEONE_ELSE) : undefined,
  ),
  http.put('*/api/passport/employees/:id', async ({ request }) => {
    if (!isConflictStory(request)) return undefined;
    if (parseVersionTag(request.headers.get('If-Match')) !== SAVED_BY_SOMEONE_ELSE.version) {
      return HttpResponse.json(
        { type: '/problems/version-mismatch', title: 'Precondition Failed', status: 412 },
        { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    const body = (await request.json()) as EmployeeUpdateRequest;
    return HttpResponse.json({
      ...SAVED_BY_SOMEONE_ELSE,
      ...body,
      profile: profileFor(body.answers),
      version: SAVED_BY_SOMEONE_ELSE.version + 1,
    });
  }),
];

/** The story's mock scenario, with the conflict routes first. */
function api(scenario: ScenarioName) {
  const base = mockApi(scenario);
  return { ...base, msw: { handlers: [...conflictRoutes, ...base.msw.handlers] } };
}

/** Asks the enclosing provider for its services (as any widget does) and gives it the story's session. */
const withSession = (session: PassportSession) =>
  ref((el?: Element) => {
    if (!el) return;
    queueMicrotask(() =>
      el.dispatchEvent(
        new ContextEvent(
          vigieContext,
          el,
          (services: VigieServices | undefined) =>
            services && services.passportSession?.token !== session.token && services.setPassportSession(session),
          false,
        ),
      ),
    );
  });

function render(args: EnrollmentArgs): TemplateResult {
  const kind = args.session ?? 'demo';
  return kind === 'signed-out'
    ? html`<employee-enrollment employee-id=${ifDefined(args.employeeId || undefined)} login-href=${ifDefined(args.loginHref || undefined)} .employee=${args.employee}></employee-enrollment>`
    : html`<employee-enrollment
        employee-id=${ifDefined(args.employeeId || undefined)}
        login-href=${ifDefined(args.loginHref || undefined)}
        .employee=${args.employee}
        ${withSession(kind === 'conflict' ? CONFLICT_SESSION : PASSPORT_DEMO_SESSION)}
      ></employee-enrollment>`;
}

// ── play helpers: what a referent does ────────────────────────────────────────────────────

async function waitFor<T>(find: () => T | null | undefined | false, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('employee-enrollment story: the expected state did not come');
    await new Promise((r) => setTimeout(r, 30));
  }
}

async function formOf(canvas: HTMLElement) {
  const el = await waitFor(() => canvas.querySelector('employee-enrollment'));
  await waitFor(() => el.querySelector('form'));
  return el;
}

function type(el: Element, name: string, value: string) {
  const input = el.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function choose(el: Element, answers: Record<string, 'yes' | 'no'>) {
  for (const [name, value] of Object.entries(answers)) {
    const radio = await waitFor(() => el.querySelector<HTMLInputElement>(`input[name=${name}][value=${value}]`));
    radio.click();
  }
}

/** Zoé Lecœur, technical and checking passports, with an e-mail or not, with an SNBPE passport or not. */
async function fillZoe(el: Element, o: { email?: boolean; snbpe?: string } = {}) {
  type(el, 'firstName', 'Zoé');
  type(el, 'lastName', 'Lecœur');
  if (o.email) type(el, 'email', 'zoe.lecoeur@granulats-dupont.fr');
  await choose(el, {
    intervenesTechnically: 'yes',
    leadsAwarenessSessions: 'no',
    checksPassports: 'yes',
    hasSnbpePassport: o.snbpe ? 'yes' : 'no',
  });
  if (o.snbpe) {
    await waitFor(() => el.querySelector('input[name=snbpeIssuedOn]'));
    type(el, 'snbpeIssuedOn', o.snbpe);
  }
}

const save = (el: Element) => el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
const story = (description: string, scenario: ScenarioName = 'passport:default') => ({
  ...api(scenario),
  docs: { description: { story: scenarioDoc(scenario, description) } },
});

// ── stories ───────────────────────────────────────────────────────────────────────────────

const meta = {
  id: 'passport-employee-enrollment',
  title: 'Passeport sécurité/<employee-enrollment>',
  component: 'employee-enrollment',
  tags: ['autodocs'],
  args: { loginHref: '#connexion', session: 'demo' },
  argTypes: {
    employeeId: { control: 'text' },
    employee: { control: 'object' },
    loginHref: { control: 'text' },
    session: { control: false, table: { disable: true } },
  },
  render,
  parameters: {
    ...api('passport:default'),
    actions: { handles: ['employee-enrolled', 'employee-updated', 'employee-edit-cancelled', 'passport-login-requested'] },
    docs: {
      description: {
        component:
          'PP-ENROLL — « Inscrire un nouveau salarié » (seed 004) : prénom, nom, adresse e-mail de contact facultative (« Pas d’adresse e-mail ? »), ' +
          'les trois questions qui déterminent le profil de sensibilisation (affiché en direct), le passeport sécurité SNBPE et sa date d’obtention ' +
          '(réciprocité : modules communs validés immédiatement, seulement à la création). Avec `employee-id` ou `employee` : « Modifier un salarié » ' +
          '(pas de section SNBPE, « Enregistrer » / « Annuler », conflit de version). Le widget utilise la session du référent partagée par le fournisseur.',
      },
    },
  },
} satisfies Meta<EnrollmentArgs>;

export default meta;
type Story = StoryObj<EnrollmentArgs>;

export const Empty: Story = {
  parameters: story('Le formulaire d’inscription vide : aucune réponse n’est choisie d’avance.'),
};

export const AnsweredWithProfile: Story = {
  name: 'Answered, with the profile',
  parameters: story(
    'Les trois questions répondues : le profil de sensibilisation s’affiche en direct (`role=status`), avant l’enregistrement.',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    type(el, 'firstName', 'Zoé');
    type(el, 'lastName', 'Lecœur');
    await choose(el, { intervenesTechnically: 'yes', leadsAwarenessSessions: 'yes', checksPassports: 'no' });
  },
};

export const SnbpeWithDate: Story = {
  name: 'SNBPE passport with its date',
  parameters: story(
    '« Oui » au passeport SNBPE, obtenu le 15/03/2024 : en cours de validité, les modules communs seront validés immédiatement.',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillZoe(el, { email: true, snbpe: '15/03/2024' });
    el.querySelector('.vigie-enrollment-snbpe')?.scrollIntoView({ block: 'start' });
  },
};

export const SnbpeExpired: Story = {
  name: 'SNBPE passport expired',
  parameters: story(
    'Un passeport SNBPE obtenu le 02/01/2023 n’est plus en cours de validité (3 ans) : le widget l’explique avant l’envoi.',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillZoe(el, { snbpe: '02/01/2023' });
    el.querySelector('.vigie-enrollment-snbpe')?.scrollIntoView({ block: 'start' });
  },
};

export const Errors: Story = {
  parameters: story(
    '« Enregistrer » sans rien remplir : le récapitulatif des erreurs (liens vers les champs), chaque champ en erreur, le focus sur « Prénom ».',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    save(el);
    await waitFor(() => el.querySelector('.vigie-error-summary'));
  },
};

export const DateErrors: Story = {
  name: 'SNBPE date in the future',
  parameters: story('Une date d’obtention postérieure à aujourd’hui : l’erreur dit laquelle et pourquoi.'),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillZoe(el, { snbpe: '12/03/2026' });
    save(el);
    await waitFor(() => el.querySelector('.vigie-error-summary'));
  },
};

export const Submitting: Story = {
  parameters: story(
    'L’envoi en cours : le bouton reste focalisable (`aria-disabled`), « Envoi en cours… » est annoncé ; un second appui n’envoie rien.',
    'any:slow',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillZoe(el, { email: true });
    save(el);
    await waitFor(() => el.querySelector('.vigie-spinner'));
  },
};

export const ServerError: Story = {
  name: 'Server error',
  parameters: story(
    'Le service répond 500 : tout ce qui a été saisi est conservé, « Réessayer » renvoie la même demande (même `Idempotency-Key`).',
    'any:error-500',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillZoe(el, { email: true, snbpe: '15/03/2024' });
    save(el);
    await waitFor(() => el.querySelector('.vigie-failure'), 15_000);
  },
};

export const SuccessWithModules: Story = {
  name: 'Success, SNBPE modules validated',
  parameters: story(
    '« L’utilisateur a bien été créé » : le profil, les modules validés immédiatement par la réciprocité SNBPE, et la suite (le salarié reçoit ses informations de première connexion).',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillZoe(el, { email: true, snbpe: '15/03/2024' });
    save(el);
    await waitFor(() => el.querySelector('.vigie-enrollment-created'));
  },
};

export const SuccessWithoutEmail: Story = {
  name: 'Success, no e-mail',
  parameters: story(
    'Inscrit sans adresse e-mail ni passeport SNBPE : le référent reçoit les informations de première connexion et doit les transmettre.',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillZoe(el);
    save(el);
    await waitFor(() => el.querySelector('.vigie-enrollment-created'));
  },
};

export const Edit: Story = {
  args: { employee: ROW },
  parameters: story(
    '« Modifier un salarié » avec la ligne de la liste (`employee`) : pré-rempli, les réponses déduites du profil ; pas de section SNBPE.',
  ),
};

export const EditById: Story = {
  name: 'Edit, loaded by id',
  args: { employeeId: ROW.id },
  parameters: story('« Modifier un salarié » avec `employee-id` seul : le salarié est chargé (`GET passport/employees/{id}`).'),
};

export const EditConflict: Story = {
  name: 'Edit conflict',
  args: { employee: ROW, session: 'conflict' },
  parameters: story(
    'Quelqu’un d’autre a enregistré ce salarié entre-temps (412) : le message, les saisies conservées, « Charger la version enregistrée ».',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    type(el, 'firstName', 'Léna');
    save(el);
    await waitFor(() => el.querySelector('.vigie-panel-message--error'));
  },
};

export const EditConflictLoaded: Story = {
  name: 'Edit conflict, saved version loaded',
  args: { employee: ROW, session: 'conflict' },
  parameters: story(
    'Après « Charger la version enregistrée » : ce qui est enregistré, à côté des saisies conservées ; « Enregistrer » les enregistre à la place.',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    type(el, 'firstName', 'Léna');
    save(el);
    const reload = await waitFor(() => el.querySelector<HTMLButtonElement>('.vigie-panel-message--error button'));
    reload.click();
    await waitFor(() => el.querySelector('.vigie-panel-message--warning'));
  },
};

export const NoSession: Story = {
  name: 'No session',
  args: { session: 'signed-out' },
  parameters: story('Aucune session : « Se connecter » (événement `passport-login-requested`, annulable).'),
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: story('Locale `en`, questions répondues.'),
  play: AnsweredWithProfile.play,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: story('Thème sombre (`theme="dark"`), avec le passeport SNBPE.'),
  play: SnbpeWithDate.play,
};

export const Narrow: Story = {
  name: '320 px',
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  parameters: story('Dans un conteneur de 320 px : Prénom et Nom l’un sous l’autre, les longues questions vont à la ligne.'),
  play: AnsweredWithProfile.play,
};
