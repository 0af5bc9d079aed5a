/**
 * VA-PROFILE — `<vault-profile>`, one story per state. The widget needs the vault session the
 * provider shares between vault widgets: each signed-in story signs the mock's demo account in
 * (Paul Dupont, `DEMO_ACCOUNTS` of @vigie/mock-api) before it renders and hands the session to its
 * provider's `vaultSession` property (see ./support.ts), as a host that signs people in itself
 * would. "Today" is 10/03/2026.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ScenarioName } from '@vigie/mock-api';
import '@vigie/components/define/vault-profile.js';
import { DEMO_ACCOUNTS } from '@vigie/mock-api/browser';
import { scenarioDoc } from '../support/mock.js';
import { narrow, signedInProvider, typeInto, vaultStory, waitFor, widget } from './support.js';

interface ProfileArgs {
  loginHref?: string;
  editing?: 'email' | 'password';
}

const PAUL = DEMO_ACCOUNTS[0];
const NEW_EMAIL = 'paul.dupont@nouvelle-adresse.fr';

/** The mock of a story, signed in unless told otherwise. */
const vault = (scenario: ScenarioName, description: string, signedIn = true) => vaultStory(scenario, description, { signedIn });

const profile = (args: ProfileArgs) =>
  html`<vault-profile login-href=${ifDefined(args.loginHref || undefined)} editing=${ifDefined(args.editing)}></vault-profile>`;

/** Signed-in stories render their own provider, with the session; the others are in the preview's. */
const render = (args: ProfileArgs, context: Parameters<typeof signedInProvider>[0]) =>
  context.loaded['vaultSession'] ? signedInProvider(context, profile(args)) : profile(args);

const meta = {
  id: 'vault-vault-profile',
  title: 'Coffre-fort/<vault-profile>',
  component: 'vault-profile',
  tags: ['autodocs'],
  args: { loginHref: '#connexion' },
  argTypes: {
    loginHref: { control: 'text' },
    editing: { control: 'inline-radio', options: [undefined, 'email', 'password'] },
  },
  render,
  parameters: {
    actions: { handles: ['vault-email-change-requested', 'vault-password-changed', 'vault-login-requested'] },
    docs: {
      description: {
        component:
          'VA-PROFILE — « Mes informations de profil » (seed 002, questions 2, 3 et 4) : nom, identifiant (4 derniers chiffres), ' +
          'e-mail personnel, employeur ; changer d’adresse e-mail (deux fois, avec le mot de passe actuel : X-SEC ; la nouvelle adresse ' +
          'ne devient identifiant qu’une fois suivi le lien envoyé à cette adresse, voir `<vault-email-confirmation>`) et ' +
          '« Changer de mot de passe » (actuel + nouveau deux fois). ' +
          'Le widget utilise la session du coffre partagée par le fournisseur (ici : connexion du compte de démonstration ' +
          `${PAUL.identifier} / ${PAUL.password}) ; sans session, il invite à se connecter.`,
      },
    },
  },
} satisfies Meta<ProfileArgs>;

export default meta;
type Story = StoryObj<ProfileArgs>;

export const SignedOut: Story = {
  name: 'Signed out',
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Aucune session : « Se connecter » (événement `vault-login-requested`, annulable).'),
    false,
  ),
};

export const Loaded: Story = {
  ...vault('vault:default', scenarioDoc('vault:default', 'Le profil de Paul Dupont.')),
};

export const ChangeEmail: Story = {
  name: 'Change e-mail',
  args: { editing: 'email' },
  ...vault('vault:default', scenarioDoc('vault:default', 'Le formulaire de changement d’adresse e-mail ouvert (`editing="email"`).')),
};

export const ChangePassword: Story = {
  name: 'Change password',
  args: { editing: 'password' },
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Le formulaire « Changer de mot de passe » ouvert (`editing="password"`) ; le nombre de caractères s’affiche en direct.',
    ),
  ),
};

const success = vault(
  'vault:default',
  scenarioDoc(
    'vault:default',
    'Après « Enregistrer » (nouvelle adresse deux fois et mot de passe actuel) : la confirmation polie (`role=status`) ; la ' +
      'nouvelle adresse est « en attente de confirmation » jusqu’à ce que le lien envoyé soit suivi, l’adresse actuelle reste l’identifiant.',
  ),
);

export const Success: Story = {
  name: 'Success (pending confirmation)',
  args: { editing: 'email' },
  ...success,
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'vault-profile');
    await typeInto(el, { email: NEW_EMAIL, emailConfirmation: NEW_EMAIL, currentPassword: PAUL.password });
    el.querySelector('form')!.requestSubmit();
    await waitFor(() => el.querySelector('.vigie-profile-pending'), 'the pending address');
  },
};

export const WrongPassword: Story = {
  name: 'Change e-mail: wrong current password',
  args: { editing: 'email' },
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Un mot de passe actuel erroné : le message générique ; il compte pour le blocage du compte (3 erreurs, connexion comprise).',
    ),
  ),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'vault-profile');
    await typeInto(el, { email: NEW_EMAIL, emailConfirmation: NEW_EMAIL, currentPassword: 'pas-le-bon' });
    el.querySelector('form')!.requestSubmit();
    await waitFor(() => el.querySelector('.vigie-error-summary'), 'the error');
  },
};

const locked = vault(
  'vault:default',
  scenarioDoc('vault:default', 'Le compte est bloqué (423, `lockedUntil`) : le message dit jusqu’à quelle heure.'),
);

export const Locked: Story = {
  name: 'Change e-mail: account locked',
  args: { editing: 'email' },
  ...locked,
  parameters: {
    ...locked.parameters,
    msw: {
      handlers: [
        http.post('*/api/vault/profile/email', () =>
          HttpResponse.json(
            { type: '/problems/locked', title: 'Account locked', status: 423, lockedUntil: '2026-03-10T14:00:00+01:00' },
            { status: 423, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
        ...locked.parameters.msw.handlers,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'vault-profile');
    await typeInto(el, { email: NEW_EMAIL, emailConfirmation: NEW_EMAIL, currentPassword: PAUL.password });
    el.querySelector('form')!.requestSubmit();
    await waitFor(() => el.querySelector('.vigie-error-summary'), 'the lock');
  },
};

export const Error500: Story = {
  name: 'Error 500',
  ...vault('any:error-500', scenarioDoc('any:error-500', 'Le profil ne se charge pas : l’erreur et « Réessayer ».')),
};

export const English: Story = {
  globals: { locale: 'en' },
  ...vault('vault:default', scenarioDoc('vault:default', 'Locale `en`.')),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { editing: 'password' },
  ...vault('vault:default', scenarioDoc('vault:default', 'Thème sombre (`theme="dark"`), formulaire du mot de passe ouvert.')),
};

export const Narrow: Story = {
  args: { editing: 'email' },
  render: (args, context) => narrow(render(args, context)),
  ...vault('vault:default', scenarioDoc('vault:default', 'Dans un conteneur de 320 px.')),
};
