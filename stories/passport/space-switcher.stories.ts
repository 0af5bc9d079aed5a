/**
 * PP-SPACES — `<space-switcher>`, one story per state. The widget needs the referent's passport
 * session the provider shares: the stories hand the provider the mock's always-open demo session
 * (`PASSPORT_DEMO_SESSION` of @vigie/mock-api: Baptiste MARTIN), as `<passport-login>` would.
 * `passport:default`: his spaces are separate; `passport:linked-spaces`: company, user and trainer
 * spaces are linked. The answers that would change the mock's data for good (linking,
 * dissociating) are fixed by a story handler where a `play` function performs them.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { http, HttpResponse } from 'msw';
import { ContextEvent } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { vigieContext, type VigieServices } from '@vigie/components';
import '@vigie/components/define/space-switcher.js';
import { PASSPORT_DEMO_SESSION, type ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface SwitcherArgs {
  loginHref?: string;
  companyHref?: string;
  dissociating?: boolean;
  signedIn?: boolean;
}

const story = (description: string) => ({ docs: { description: { story: description } } });

/** Asks the enclosing provider for its services (as any widget does) and gives it the demo session. */
const withSession = ref((el?: Element) => {
  if (!el) return;
  queueMicrotask(() =>
    el.dispatchEvent(
      new ContextEvent(
        vigieContext,
        el,
        (services: VigieServices | undefined) =>
          services && !services.passportSession && services.setPassportSession({ ...PASSPORT_DEMO_SESSION }),
        false,
      ),
    ),
  );
});

const render = (args: SwitcherArgs) =>
  args.signedIn === false
    ? html`<space-switcher login-href=${ifDefined(args.loginHref || undefined)}></space-switcher>`
    : html`<space-switcher
        login-href=${ifDefined(args.loginHref || undefined)}
        company-href=${ifDefined(args.companyHref || undefined)}
        ?dissociating=${args.dissociating ?? false}
        ${withSession}
      ></space-switcher>`;

async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const widget = (root: HTMLElement) =>
  waitFor(() => root.querySelector('space-switcher')?.querySelector('.vigie-spaces-state') && root.querySelector('space-switcher'));

/** The mock's handlers of a scenario, after the story's own. */
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

const meta = {
  id: 'passport-space-switcher',
  title: 'Passeport sécurité/<space-switcher>',
  component: 'space-switcher',
  tags: ['autodocs'],
  args: { loginHref: '#connexion', companyHref: '#informations-entreprise', signedIn: true },
  argTypes: {
    loginHref: { control: 'text' },
    companyHref: { control: 'text' },
    dissociating: { control: 'boolean' },
    signedIn: { control: false, table: { disable: true } },
  },
  render,
  parameters: {
    actions: {
      handles: ['spaces-linked', 'space-switched', 'spaces-dissociated', 'company-profile-requested', 'passport-login-requested'],
    },
    docs: {
      description: {
        component:
          'PP-SPACES — « Lier vos espaces » (seed 004) : les espaces entreprise, utilisateur et formateur du référent, liés ou non ; ' +
          'la liaison (facultative, réversible, elle « n’a un impact que sur votre modalité d’accès ») ; une fois liés, le menu ' +
          '« Espace actuel » (l’« onglet déroulant » du guide, au clavier : flèches, Début/Fin, Échap) ; « Avoir un accès distinct à mon ' +
          'compte utilisateur » et l’écran « DISTINGUER MES ESPACES », qui renvoie au passage de relais. Session : la session de ' +
          'démonstration du mock (Baptiste MARTIN).',
      },
    },
  },
} satisfies Meta<SwitcherArgs>;

export default meta;
type Story = StoryObj<SwitcherArgs>;

export const SignedOut: Story = {
  name: 'Signed out',
  args: { signedIn: false },
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Aucune session : « Connectez-vous à votre espace entreprise » (événement `passport-login-requested`).',
      ),
    ),
  },
};

export const Loading: Story = {
  parameters: { ...mockApi('any:slow'), ...story(scenarioDoc('any:slow', 'Le chargement des espaces.')) },
};

export const Error500: Story = {
  name: 'Error 500',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Les espaces ne se chargent pas : l’erreur et « Réessayer ».')),
  },
};

export const NotLinked: Story = {
  name: 'Not linked',
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Espaces séparés : l’espace actuel, l’explication du guide (facultative, réversible) et « Lier mes espaces ».',
      ),
    ),
  },
};

export const LinkedThreeSpaces: Story = {
  name: 'Linked, 3 spaces',
  parameters: {
    ...mockApi('passport:linked-spaces'),
    ...story(scenarioDoc('passport:linked-spaces', 'Espaces liés : le menu « Espace actuel » en haut, les trois espaces liés.')),
  },
};

export const MenuOpen: Story = {
  name: 'Linked, menu open',
  parameters: {
    ...mockApi('passport:linked-spaces'),
    ...story(scenarioDoc('passport:linked-spaces', 'Le menu ouvert, l’espace actuel coché.')),
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    el.querySelector<HTMLButtonElement>('.vigie-menu-button')!.click();
    await waitFor(() => el.querySelector('[role=menu]:not([hidden])'));
  },
};

export const LinkedTwoSpaces: Story = {
  name: 'Linked, 2 spaces',
  parameters: {
    ...withHandlers('passport:linked-spaces', [
      http.get('*/api/passport/spaces', () =>
        HttpResponse.json({ linked: true, spaces: ['company', 'user'], active: 'user', canLink: false }),
      ),
    ]),
    ...story(scenarioDoc('passport:linked-spaces', 'Un référent qui n’est pas formateur : deux espaces liés, dans l’espace utilisateur.')),
  },
};

export const DissociationForm: Story = {
  name: 'Dissociation form',
  args: { dissociating: true },
  parameters: {
    ...mockApi('passport:linked-spaces'),
    ...story(
      scenarioDoc(
        'passport:linked-spaces',
        '« Avoir un accès distinct à mon compte utilisateur » : une nouvelle adresse et un mot de passe (`dissociating`).',
      ),
    ),
  },
};

export const DissociationConfirmation: Story = {
  name: 'Dissociation confirmation',
  args: { dissociating: true },
  parameters: {
    // Answered the same at every run (the mock's store would separate the spaces for good).
    ...withHandlers('passport:linked-spaces', [
      http.post('*/api/passport/spaces/dissociate', () =>
        HttpResponse.json({ linked: false, spaces: ['company'], active: 'company', canLink: true }),
      ),
    ]),
    ...story(
      scenarioDoc(
        'passport:linked-spaces',
        'L’écran « DISTINGUER MES ESPACES » du guide : les deux identifiants, l’Espace Formateur, et le passage de relais.',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const el = await waitFor(() => canvasElement.querySelector('space-switcher'));
    const values: Record<string, string> = {
      userLogin: 'baptiste.martin@example.fr',
      password: 'Mon-Compte-Perso-2026',
      passwordConfirmation: 'Mon-Compte-Perso-2026',
    };
    for (const [name, value] of Object.entries(values)) {
      const input = await waitFor(() => el.querySelector<HTMLInputElement>(`input[name=${name}]`));
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => el.querySelector('.vigie-spaces-done'));
  },
};

export const Refusal: Story = {
  parameters: {
    ...withHandlers('passport:default', [
      http.post('*/api/passport/spaces/link', () =>
        HttpResponse.json(
          { type: '/problems/spaces-refused', title: 'Refused', status: 409, reason: 'not-referent' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ]),
    ...story(
      scenarioDoc('passport:default', 'Le serveur refuse la liaison (409 `spaces-refused`, raison `not-referent`) : la raison, en clair.'),
    ),
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    el.querySelector<HTMLButtonElement>('.vigie-spaces-link')!.click();
    await waitFor(() => el.querySelector('.vigie-spaces-problem'));
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('passport:linked-spaces'), ...story(scenarioDoc('passport:linked-spaces', 'Locale `en`, menu ouvert.')) },
  play: MenuOpen.play,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Thème sombre, espaces séparés.')) },
};

export const Narrow: Story = {
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  parameters: {
    ...mockApi('passport:linked-spaces'),
    ...story(scenarioDoc('passport:linked-spaces', 'Dans un conteneur de 320 px, menu ouvert.')),
  },
  play: MenuOpen.play,
};
