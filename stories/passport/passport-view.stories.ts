/**
 * PP-ROSTER — `<passport-view>` (« Voir le passeport »), one story per state: loading, a valid
 * passport, an expired one, not started, in progress with the SNBPE reciprocity and failures, blocked
 * (for the referent, and for the employee: « Rapprochez-vous de votre responsable »), not found, an
 * error, no employee chosen, without a session, in English, dark, 360 px. "Today" is 10/03/2026.
 *
 * The widget needs the referent's passport session: the stories hand their provider the mock API's
 * always-open demo session (`PASSPORT_DEMO_SESSION`) with a context request, as a widget asks for its
 * services. The mock (`passport:default`, `any:slow`, `any:error-500`) answers as a backend would.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { ContextEvent } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { EmployeePassport } from '@vigie/core';
import { vigieContext, type VigieServices } from '@vigie/components';
import '@vigie/components/define/passport-view.js';
import { PASSPORT_DEMO_SESSION, type ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface ViewArgs {
  'employee-id'?: string;
  audience?: 'referent' | 'employee';
  'login-href'?: string;
  signedIn?: boolean;
}

/** Asks the enclosing provider for its services (as any widget does) and gives it the demo session. */
const withSession = ref((el?: Element) => {
  if (!el) return;
  queueMicrotask(() =>
    el.dispatchEvent(
      new ContextEvent(
        vigieContext,
        el,
        (services: VigieServices | undefined) =>
          services && services.passportSession?.token !== PASSPORT_DEMO_SESSION.token && services.setPassportSession(PASSPORT_DEMO_SESSION),
        false,
      ),
    ),
  );
});

function render(args: ViewArgs): TemplateResult {
  const view = (session: unknown) => html`<passport-view
    employee-id=${ifDefined(args['employee-id'] || undefined)}
    audience=${ifDefined(args.audience)}
    login-href=${ifDefined(args['login-href'] || undefined)}
    ${session}
  ></passport-view>`;
  return args.signedIn === false ? view(undefined) : view(withSession);
}

function story(scenario: ScenarioName, note: string, o: { timeout?: number; handlers?: readonly RequestHandler[] } = {}) {
  const base = mockApi(scenario, o.timeout ? { timeout: o.timeout } : {});
  return {
    ...base,
    msw: { handlers: [...(o.handlers ?? []), ...base.msw.handlers] },
    docs: { description: { story: scenarioDoc(scenario, note) } },
  };
}

/** Zoé NOËL, enrolled with an SNBPE passport: the common modules validated at once, two passed, 3 failures on blasting. */
const IN_PROGRESS: EmployeePassport = {
  employee: {
    id: 'emp-000041',
    firstName: 'Zoé',
    lastName: 'NOËL',
    email: 'zoe.noel@granulats-dupont.fr',
    profile: 'technical',
    passportUrl: null,
    state: 'active',
    expiresOn: null,
    version: 3,
  },
  snbpe: { issuedOn: '2025-01-15', linkedOn: '2026-02-02' },
  modules: [
    { id: 'faces-stockpiles-water', passedOn: '2026-02-20', failures: 1 },
    { id: 'dust-noise', passedOn: null, failures: 2 },
    { id: 'blasting', passedOn: null, failures: 3 },
  ],
};
const inProgress = http.get('*/api/passport/employees/:id/passport', () => HttpResponse.json(IN_PROGRESS));

const meta = {
  id: 'passport-passport-view',
  title: 'Passeport sécurité/<passport-view>',
  component: 'passport-view',
  tags: ['autodocs'],
  args: { 'employee-id': 'emp-000005', audience: 'referent', 'login-href': '#connexion', signedIn: true },
  argTypes: {
    'employee-id': { control: 'text' },
    audience: { control: 'inline-radio', options: ['referent', 'employee'] },
    'login-href': { control: 'text' },
    signedIn: { control: false, table: { disable: true } },
  },
  render,
  parameters: {
    ...story('passport:default', ''),
    actions: { handles: ['passport-login-requested'] },
    docs: {
      description: {
        component:
          'PP-ROSTER — le passeport sécurité UNPG d’un salarié (seed 004, « Voir le passeport ») : le salarié, l’état (non commencée, en cours, ' +
          'valide, expiré, bloqué) et la date d’expiration, puis chaque module : validé sur la plateforme (avec la date), validé aussitôt par la ' +
          'réciprocité SNBPE, à valider avec les échecs comptés, ou le module qui a bloqué le compte. Un compte bloqué dit pourquoi, depuis quand, ' +
          'et que le salarié doit se rapprocher de son responsable. `<passport-roster>` l’ouvre dans une boîte de dialogue ; il s’utilise aussi seul.',
      },
    },
  },
} satisfies Meta<ViewArgs>;

export default meta;
type Story = StoryObj<ViewArgs>;

export const Loading: Story = {
  parameters: story('any:slow', 'La réponse arrive au bout de 10 minutes : « Chargement du passeport… ».', { timeout: 15 * 60_000 }),
};

export const Valid: Story = {
  name: 'Valid passport',
  parameters: story(
    'passport:default',
    'Hélène LEFÈVRE : « Passeport valide », valable jusqu’au 31/03/2027 inclus ; les 10 modules validés, chacun avec sa date.',
  ),
};

export const Expired: Story = {
  name: 'Expired passport',
  args: { 'employee-id': 'emp-000002' },
  parameters: story(
    'passport:default',
    'Petit SEBASTIEN (seed 004, « 25 08 2023 ») : « Passeport expiré », la sensibilisation doit être renouvelée.',
  ),
};

export const NotStarted: Story = {
  name: 'Not started',
  args: { 'employee-id': 'emp-000001' },
  parameters: story('passport:default', 'Sébastien PETIT : inscrit, aucun module suivi ; tous « À valider ».'),
};

export const InProgressWithSnbpe: Story = {
  name: 'In progress: SNBPE reciprocity and failures',
  args: { 'employee-id': 'emp-000041' },
  parameters: story(
    'passport:default',
    'Inscrite avec un passeport SNBPE en cours de validité : les 7 modules communs « Validé par réciprocité SNBPE » ; un module de carrière validé, deux à valider avec leurs échecs (« Le prochain échec bloque le compte »).',
    { handlers: [inProgress] },
  ),
};

export const BlockedReferent: Story = {
  name: 'Blocked (referent)',
  args: { 'employee-id': 'emp-000003' },
  parameters: story(
    'passport:default',
    'John WEST (PP-BLOCK) : plus de trois échecs au module « Travail en hauteur » ; depuis quand, le message affiché au salarié, et comment débloquer.',
  ),
};

export const BlockedEmployee: Story = {
  name: 'Blocked (employee)',
  args: { 'employee-id': 'emp-000003', audience: 'employee' },
  parameters: story(
    'passport:default',
    '`audience="employee"` : « Vous avez échoué plus de trois fois… Rapprochez-vous de votre responsable ».',
  ),
};

export const NotFound: Story = {
  name: 'Not found',
  args: { 'employee-id': 'emp-999999' },
  parameters: story('passport:default', 'Un salarié que l’entreprise n’a pas (ou plus) : « Salarié introuvable ».'),
};

export const ErrorState: Story = {
  name: 'Error 500',
  parameters: story('any:error-500', 'Après les nouvelles tentatives du client, l’erreur avec « Réessayer ».'),
};

export const NoEmployee: Story = {
  name: 'No employee chosen',
  args: { 'employee-id': '' },
  parameters: story('passport:default', 'Sans `employee-id` : le widget le dit.'),
};

export const SignedOut: Story = {
  name: 'Signed out',
  args: { signedIn: false },
  parameters: story(
    'passport:default',
    'Sans session du référent : l’invitation à se connecter (`login-href`, événement annulable `passport-login-requested`).',
  ),
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { 'employee-id': 'emp-000003' },
  parameters: story('passport:default', 'Locale `en`.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { 'employee-id': 'emp-000003', audience: 'employee' },
  parameters: story('passport:default', 'Thème sombre (`theme="dark"`).'),
};

export const Narrow: Story = {
  name: '360 px',
  render: (args) => html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  args: { 'employee-id': 'emp-000003' },
  parameters: story('passport:default', 'Dans un conteneur de 360 px : le statut de chaque module passe sous son nom.'),
};
