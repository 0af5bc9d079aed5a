/**
 * VA-PROFILE — `<vault-profile>`, one story per state. The widget needs the vault session the
 * provider shares between vault widgets: the stories sign in as the mock's demo account (Paul
 * Dupont, `DEMO_ACCOUNTS` of @vigie/mock-api) through core's `vaultLogin` and hand the session
 * to the provider, as `<vault-login>` does. "Today" is 10/03/2026.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { http, HttpResponse } from 'msw';
import { ContextEvent } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { vigieContext, type VigieServices } from '@vigie/components';
import '@vigie/components/define/vault-profile.js';
import { DEMO_ACCOUNTS } from '@vigie/mock-api/browser';
import { mockApi, NOW_MS, scenarioDoc } from '../support/mock.js';

interface ProfileArgs {
  loginHref?: string;
  editing?: 'email' | 'password';
  signedIn?: boolean;
}

const PAUL = DEMO_ACCOUNTS[0];
const NEW_EMAIL = 'paul.dupont@nouvelle-adresse.fr';
const story = (description: string) => ({ docs: { description: { story: description } } });

/** Signs in as Paul (demo credentials) with the provider's own client, and gives the session to the provider. */
async function signIn(services: VigieServices) {
  if (services.vaultSession) return;
  try {
    const { vaultLogin } = await import('@vigie/core/vault/api');
    const answer = await vaultLogin(services.client, PAUL.identifier, PAUL.password);
    if (answer.kind === 'signed-in') return services.setVaultSession(answer.session);
  } catch {
    // `any:error-500`: no sign-in possible; a session the server will answer 500 to anyway.
  }
  services.setVaultSession({ token: 'vs_story', expiresAt: new Date(NOW_MS + 30 * 60_000).toISOString(), user: { firstName: PAUL.firstName, lastName: PAUL.lastName } });
}

/** Asks the enclosing provider for its services (as any widget does) and signs in. */
const withSession = ref((el?: Element) => {
  if (!el) return;
  queueMicrotask(() => el.dispatchEvent(new ContextEvent(vigieContext, el, (services: VigieServices | undefined) => services && void signIn(services), false)));
});

const render = (args: ProfileArgs) =>
  args.signedIn === false
    ? html`<vault-profile login-href=${ifDefined(args.loginHref || undefined)} editing=${ifDefined(args.editing)}></vault-profile>`
    : html`<vault-profile login-href=${ifDefined(args.loginHref || undefined)} editing=${ifDefined(args.editing)} ${withSession}></vault-profile>`;

async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const meta = {
  id: 'vault-vault-profile',
  title: 'Coffre-fort/<vault-profile>',
  component: 'vault-profile',
  tags: ['autodocs'],
  args: { loginHref: '#connexion', signedIn: true },
  argTypes: {
    loginHref: { control: 'text' },
    editing: { control: 'inline-radio', options: [undefined, 'email', 'password'] },
    signedIn: { control: false, table: { disable: true } },
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
  args: { signedIn: false },
  parameters: { ...mockApi('vault:default'), ...story(scenarioDoc('vault:default', 'Aucune session : « Se connecter » (événement `vault-login-requested`, annulable).')) },
};

export const Loaded: Story = {
  parameters: { ...mockApi('vault:default'), ...story(scenarioDoc('vault:default', 'Le profil de Paul Dupont.')) },
};

export const ChangeEmail: Story = {
  name: 'Change e-mail',
  args: { editing: 'email' },
  parameters: { ...mockApi('vault:default'), ...story(scenarioDoc('vault:default', 'Le formulaire de changement d’adresse e-mail ouvert (`editing="email"`).')) },
};

export const ChangePassword: Story = {
  name: 'Change password',
  args: { editing: 'password' },
  parameters: {
    ...mockApi('vault:default'),
    ...story(scenarioDoc('vault:default', 'Le formulaire « Changer de mot de passe » ouvert (`editing="password"`) ; le nombre de caractères s’affiche en direct.')),
  },
};

export const Success: Story = {
  args: { editing: 'email' },
  parameters: {
    ...mockApi('vault:default'),
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
        ...mockApi('vault:default').msw.handlers,
      ],
    },
    ...story(scenarioDoc('vault:default', 'Après le changement d’adresse e-mail : la confirmation, polie (`role=status`), et la nouvelle adresse.')),
  },
  play: async ({ canvasElement }) => {
    const el = await waitFor(() => canvasElement.querySelector('vault-profile'));
    for (const name of ['email', 'emailConfirmation']) {
      const input = await waitFor(() => el.querySelector<HTMLInputElement>(`input[name=${name}]`));
      input.value = NEW_EMAIL;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => el.querySelector('.vigie-profile-notice--success'));
  },
};

export const Error500: Story = {
  name: 'Error 500',
  parameters: { ...mockApi('any:error-500'), ...story(scenarioDoc('any:error-500', 'Le profil ne se charge pas : l’erreur et « Réessayer ».')) },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('vault:default'), ...story(scenarioDoc('vault:default', 'Locale `en`.')) },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { editing: 'password' },
  parameters: { ...mockApi('vault:default'), ...story(scenarioDoc('vault:default', 'Thème sombre (`theme="dark"`), formulaire du mot de passe ouvert.')) },
};

export const Narrow: Story = {
  args: { editing: 'email' },
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  parameters: { ...mockApi('vault:default'), ...story(scenarioDoc('vault:default', 'Dans un conteneur de 320 px.')) },
};
