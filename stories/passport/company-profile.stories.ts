/**
 * PP-COMPANY — `<company-profile>`, one story per state. The widget needs the referent's passport
 * session the provider shares: the stories hand the provider the mock's always-open demo session
 * (`PASSPORT_DEMO_SESSION` of @vigie/mock-api: Baptiste MARTIN, « Granulats Dupont SARL »), as
 * `<passport-login>` would after signing in. The states after an action (dirty, handover,
 * conflict, domain change) are reached by a `play` function; the answers that would change the
 * mock's data for good (the domain change) are fixed by a story handler, so every run looks the same.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { http, HttpResponse } from 'msw';
import { ContextEvent } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { vigieContext, type VigieServices } from '@vigie/components';
import '@vigie/components/define/company-profile.js';
import { PASSPORT_DEMO_SESSION, type ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface ProfileArgs {
  loginHref?: string;
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

const render = (args: ProfileArgs) =>
  args.signedIn === false
    ? html`<company-profile login-href=${ifDefined(args.loginHref || undefined)}></company-profile>`
    : html`<company-profile login-href=${ifDefined(args.loginHref || undefined)} ${withSession}></company-profile>`;

async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** Types into a field of the widget as a person would (an input event each time). */
async function fill(root: HTMLElement, name: string, value: string) {
  const input = await waitFor(() => root.querySelector<HTMLInputElement>(`company-profile input[name=${name}]`));
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const widget = (root: HTMLElement) =>
  waitFor(
    () =>
      root.querySelector('company-profile')?.querySelector<HTMLInputElement>('input[name=companyName]') &&
      root.querySelector('company-profile'),
  );

const problem = (status: number, slug: string) =>
  HttpResponse.json(
    { type: `/problems/${slug}`, title: slug, status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** The mock's handlers of a scenario, after the story's own. */
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

const meta = {
  id: 'passport-company-profile',
  title: 'Passeport sécurité/<company-profile>',
  component: 'company-profile',
  tags: ['autodocs'],
  args: { loginHref: '#connexion', signedIn: true },
  argTypes: {
    loginHref: { control: 'text' },
    signedIn: { control: false, table: { disable: true } },
  },
  render,
  parameters: {
    actions: {
      handles: [
        'company-updated',
        'company-handed-over',
        'employees-email-domain-changed',
        'spaces-link-requested',
        'passport-login-requested',
        'spaces-linked',
        'spaces-dissociated',
      ],
    },
    docs: {
      description: {
        component:
          'PP-COMPANY — « Informations de l’entreprise » (seed 004) : SIRET (lecture seule), nom, régions, référent, nouveau mot de passe ; ' +
          '« Enregistrer les modifications » / « Annuler ». Changer l’adresse e-mail du référent est le passage de relais (« ETAPE 2 ») : ' +
          'l’avertissement IMPORTANT du guide, le choix du mot de passe (conservé, temporaire, réinitialisation) et une confirmation. ' +
          '« Lier ce compte entreprise à mon compte utilisateur » ouvre `<space-switcher>` dans une boîte de dialogue (événement annulable ' +
          '`spaces-link-requested`) ; les « Astuces » : changer en une fois le nom de domaine des adresses des salariés. ' +
          'Session : la session de démonstration du mock (Baptiste MARTIN, baptiste.martin@granulats-dupont.fr / Passeport-2026!).',
      },
    },
  },
} satisfies Meta<ProfileArgs>;

export default meta;
type Story = StoryObj<ProfileArgs>;

export const SignedOut: Story = {
  name: 'Signed out',
  args: { signedIn: false },
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Aucune session : « Connectez-vous à votre espace entreprise » (événement `passport-login-requested`, annulable).',
      ),
    ),
  },
};

export const Loading: Story = {
  parameters: { ...mockApi('any:slow'), ...story(scenarioDoc('any:slow', 'Le chargement des informations.')) },
};

export const Error500: Story = {
  name: 'Error 500',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Les informations ne se chargent pas : l’erreur et « Réessayer ».')),
  },
};

export const Loaded: Story = {
  name: 'View and edit',
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'La fiche de « Granulats Dupont SARL », prête à être modifiée.')),
  },
};

export const Dirty: Story = {
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Des modifications non enregistrées (nom de l’entreprise, une région de plus).')),
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    await fill(canvasElement, 'companyName', 'Granulats Dupont et Fils');
    el.querySelector<HTMLInputElement>('input[name=regions][value="11"]')!.click();
  },
};

export const HandoverWarning: Story = {
  name: 'Handover warning',
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Nouvelle adresse du référent : l’avertissement IMPORTANT du guide, puis « Que devient le mot de passe ? » (mot de passe temporaire choisi).',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    await fill(canvasElement, 'referentLastName', 'DURAND');
    await fill(canvasElement, 'referentFirstName', 'Claire');
    await fill(canvasElement, 'referentEmail', 'claire.durand@granulats-dupont.fr');
    (await waitFor(() => el.querySelector<HTMLInputElement>('input[name=handoverPassword][value=temporary]'))).click();
  },
};

export const HandoverConfirmation: Story = {
  name: 'Handover confirmation',
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Avant d’envoyer le passage de relais : la boîte de dialogue de confirmation (nouveau référent, nouvel identifiant, mot de passe).',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    await fill(canvasElement, 'referentLastName', 'DURAND');
    await fill(canvasElement, 'referentFirstName', 'Claire');
    await fill(canvasElement, 'referentEmail', 'claire.durand@granulats-dupont.fr');
    (await waitFor(() => el.querySelector<HTMLInputElement>('input[name=handoverPassword][value=reset]'))).click();
    await waitFor(() => el.querySelector('.vigie-company-mode'));
    el.querySelector<HTMLButtonElement>('.vigie-company-form button[type=submit]')!.click();
    await waitFor(() => el.querySelector('dialog[open]'));
  },
};

export const Conflict: Story = {
  parameters: {
    ...withHandlers('passport:default', [http.put('*/api/passport/company', () => problem(412, 'version-mismatch'))]),
    ...story(
      scenarioDoc(
        'passport:default',
        'Quelqu’un d’autre a enregistré entre-temps (412) : l’avertissement, « Recharger les informations à jour », la saisie conservée.',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    await fill(canvasElement, 'companyName', 'Granulats Dupont Centre');
    el.querySelector<HTMLButtonElement>('.vigie-company-form button[type=submit]')!.click();
    await waitFor(() => el.querySelector('.vigie-company-conflict'));
  },
};

export const DomainPreview: Story = {
  name: 'Domain preview',
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Changer le nom de domaine des adresses des salariés : « N comptes vont changer » et ceux qui ne changent pas.',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    el.querySelector<HTMLButtonElement>('.vigie-company-toggle')!.click();
    await fill(canvasElement, 'toDomain', 'dupont-granulats.fr');
    el.querySelector<HTMLButtonElement>('.vigie-company-domain button[type=submit]')!.click();
    await waitFor(() => el.querySelector('.vigie-company-domain-preview'));
  },
};

export const DomainReport: Story = {
  name: 'Domain report',
  parameters: {
    // The change itself answered the same at every run (the mock's store would move the addresses for good): the 23 of the preview.
    ...withHandlers('passport:default', [http.post('*/api/passport/company/email-domain', () => HttpResponse.json({ changed: 23 }))]),
    ...story(scenarioDoc('passport:default', 'Après le changement : le compte rendu (événement `employees-email-domain-changed`).')),
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    el.querySelector<HTMLButtonElement>('.vigie-company-toggle')!.click();
    await fill(canvasElement, 'toDomain', 'dupont-granulats.fr');
    el.querySelector<HTMLButtonElement>('.vigie-company-domain button[type=submit]')!.click();
    (await waitFor(() => el.querySelector<HTMLButtonElement>('.vigie-company-domain-confirm'))).click();
    await waitFor(() => el.querySelector('.vigie-company-domain-done'));
  },
};

export const LinkedSpaces: Story = {
  name: 'Linked spaces',
  parameters: {
    ...mockApi('passport:linked-spaces'),
    ...story(
      scenarioDoc(
        'passport:linked-spaces',
        'Espaces liés : « Avoir un accès distinct à mon compte utilisateur » à côté de l’adresse du référent ; le passage de relais attend la dissociation.',
      ),
    ),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Locale `en`.')) },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Thème sombre, avertissement du passage de relais affiché.')),
  },
  play: HandoverWarning.play,
};

export const Narrow: Story = {
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Dans un conteneur de 320 px, avertissement du passage de relais affiché.')),
  },
  play: HandoverWarning.play,
};
