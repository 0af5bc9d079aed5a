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

const profile = (args: ProfileArgs) => html`<vault-profile login-href=${ifDefined(args.loginHref || undefined)} editing=${ifDefined(args.editing)}></vault-profile>`;

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
    actions: { handles: ['vault-email-changed', 'vault-password-changed', 'vault-login-requested'] },
    docs: {
      description: {
        component:
          'VA-PROFILE — « Mes informations de profil » (seed 002, questions 2, 3 et 4) : nom, identifiant (4 derniers chiffres), ' +
          'e-mail personnel, employeur ; changer d’adresse e-mail (deux fois) et « Changer de mot de passe » (actuel + nouveau deux fois). ' +
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
  ...vault('vault:default', scenarioDoc('vault:default', 'Aucune session : « Se connecter » (événement `vault-login-requested`, annulable).'), false),
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
  ...vault('vault:default', scenarioDoc('vault:default', 'Le formulaire « Changer de mot de passe » ouvert (`editing="password"`) ; le nombre de caractères s’affiche en direct.')),
};

const success = vault('vault:default', scenarioDoc('vault:default', 'Après le changement d’adresse e-mail : la confirmation, polie (`role=status`), et la nouvelle adresse.'));

export const Success: Story = {
  args: { editing: 'email' },
  ...success,
  parameters: {
    ...success.parameters,
    msw: {
      handlers: [
        // Answered the same at every run (the mock's store would keep the new address).
        http.put('*/api/vault/profile/email', () =>
          HttpResponse.json({
            identifier: PAUL.identifier,
            firstName: PAUL.firstName,
            lastName: PAUL.lastName,
            email: NEW_EMAIL,
            mobilePhone: '06 •• •• •• 32',
            secondFactor: 'off',
            paperless: true,
            employer: PAUL.employer,
          }),
        ),
        ...success.parameters.msw.handlers,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'vault-profile');
    await typeInto(el, { email: NEW_EMAIL, emailConfirmation: NEW_EMAIL });
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => el.querySelector('.vigie-vault-message--success'), 'the confirmation');
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
